#!/usr/bin/env python3
"""Writes a synthetic roster in CareerReport's CSV format (deterministic: random.Random(N)).
usage: make_roster.py N > roster.csv   -- N students with accented names, scores and skills."""
import csv
import random
import sys

n = int(sys.argv[1])
rng = random.Random(n)
given = ["José", "Zoë", "Łukasz", "Søren", "Amelia", "Noah", "Aïcha", "Mateo", "Yuki", "Nguyễn", "Lena", "Omar"]
family = ["Müller", "Ñúñez", "García", "Ørsted", "Smith", "Dương", "Kowalski", "Okafor", "Rossi", "Lefèvre"]
skills = ["writing", "speaking", "creativity", "persuasion", "collaboration", "data_analysis", "spreadsheets",
          "sql", "html_css", "javascript", "programming", "web_analytics", "seo", "design_tools"]
plans = ["high_school", "certificate", "associate", "bachelor", "master"]
out = csv.writer(sys.stdout, lineterminator="\n")
out.writerow(["id", "given_name", "family_name", "grade", "email", "R", "I", "A", "S", "E", "C", "plans"]
             + ["skill." + s for s in skills])
for i in range(1, n + 1):
    rated = set(rng.sample(skills, rng.randint(3, 9)))
    out.writerow([f"s-{i:05d}", rng.choice(given), rng.choice(family), rng.randint(9, 12), f"s{i:05d}@school.example"]
                 + [rng.randint(0, 40) for _ in range(6)] + [rng.choice(plans)]
                 + [rng.randint(1, 5) if s in rated else "" for s in skills])
