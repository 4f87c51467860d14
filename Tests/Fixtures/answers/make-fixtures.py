#!/usr/bin/env python3
"""Makes the questionnaire-answer fixtures: one class of 30 students in the four formats
CareerReport reads, the scores computed here independently of the Swift code, and bad inputs.

Run from anywhere with openpyxl installed (`make test-deps` puts it in .venv-test):
    .venv-test/bin/python Tests/Fixtures/answers/make-fixtures.py
The output is deterministic (a fixed seed, fixed times), so the committed files only change when
this script does.
"""
import csv
import datetime
import io
import json
import os
import random
import re
import zipfile

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
SHORT = json.load(open(os.path.join(ROOT, "Sources/Questionnaire/Resources/interest-profiler-short.json")))
SELF = json.load(open(os.path.join(ROOT, "Sources/Questionnaire/Resources/self-rating.json")))
CATALOG = json.load(open(os.path.join(ROOT, "Sources/CareerModel/Resources/starter-catalog.json")))

ITEMS = SHORT["items"]
LABELS = {a["value"]: a["label"] for a in SHORT["answers"]}
SKILLS = ["writing", "data_analysis", "html_css", "seo", "speaking"]
SKILL_NAMES = {s["key"]: s["name"] for s in CATALOG["skills"]}
PLANS = SELF["plans"]
PLAN_LABELS = {o["plan"]: o["label"]["en"] for o in PLANS["options"]}
AREAS = "RIASEC"
GIVEN = ["Ana", "Ben", "Chloé", "Dev", "Eli", "Fatima", "Gus", "Hana", "Iker", "June", "Kofi", "Lea", "Mateo", "Nia",
         "Omar", "Pia", "Quinn", "Rosa", "Sami", "Tariq", "Uma", "Vik", "Wen", "Xavi", "Yara", "Zoë", "Alba", "Bruno",
         "Cleo", "Dara"]

rng = random.Random(15)


def student(n):
    """One student: answers 0-4 (None = missing) per item, skills, plans, and what is special."""
    liked = rng.sample(AREAS, 2)
    answers = {}
    for item in ITEMS:
        base = 3 if item["area"] in liked else 1
        answers[item["id"]] = max(0, min(4, base + rng.choice([-1, 0, 0, 1])))
    case = ""
    if n == 5:  # one missing answer in R: prorated
        answers["ipsf-01"] = None
        case = "prorated R"
    elif n == 6:  # two missing in I: incomplete
        answers["ipsf-03"] = None
        answers["ipsf-04"] = None
        case = "incomplete"
    elif n == 7:  # every answer the same
        answers = {item["id"]: 3 for item in ITEMS}
        case = "all_same"
    elif n == 8:  # mostly Unsure
        for item in ITEMS[::1]:
            if rng.random() < 0.7:
                answers[item["id"]] = 2
        case = "mostly_unsure"
    skills = {key: rng.randint(1, 5) for key in SKILLS}
    plan = rng.choice(list(PLAN_LABELS))
    return {
        "id": f"s-{n:04d}", "given": GIVEN[n - 1], "email": f"student{n}@example.org", "answers": answers,
        "skills": skills, "plan": plan, "case": case,
        # Student 9 took 90 seconds for 60 items: too fast on the Microsoft Forms export.
        "minutes": 1.5 if n == 9 else 8 + n % 7,
    }


STUDENTS = [student(n) for n in range(1, 31)]
START = datetime.datetime(2026, 11, 30, 9, 0, 0)


def expected(s):
    """Area sums as the docs define them: 0-4 per item; one missing per area prorated (half up)."""
    scores, prorated = {}, []
    for area in AREAS:
        values = [s["answers"][i["id"]] for i in ITEMS if i["area"] == area]
        given = [v for v in values if v is not None]
        missing = len(values) - len(given)
        if missing > 1:
            return None, []
        total = sum(given)
        if missing == 1:
            prorated.append(area)
            exact = total * len(values) / len(given)
            total = int(exact + 0.5)
        scores[area] = total
    return scores, prorated


def write_csv(name, rows, encoding="utf-8"):
    with open(os.path.join(HERE, name), "w", newline="", encoding=encoding) as f:
        csv.writer(f, lineterminator="\r\n").writerows(rows)


def google():
    grid = "How would you feel about doing these activities?"
    skill_grid = "Rate your skills"
    header = ["Timestamp", "Email Address", "Student ID"] + [f"{grid} [{i['text']}]" for i in ITEMS]
    header += [f"{skill_grid} [{SKILL_NAMES[k]}]" for k in SKILLS] + [PLANS["question"]["en"]]
    rows = [header]
    for n, s in enumerate(STUDENTS):
        sent = START + datetime.timedelta(minutes=10 * n + s["minutes"])
        stamp = sent.strftime("%Y/%m/%d %-I:%M:%S %p") + " GMT+1"
        row = [stamp, s["email"], s["id"]]
        row += [LABELS[v] if v is not None else "" for v in (s["answers"][i["id"]] for i in ITEMS)]
        row += [str(s["skills"][k]) for k in SKILLS] + [PLAN_LABELS[s["plan"]]]
        rows.append(row)
    write_csv("class-google-forms.csv", rows)


def microsoft():
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    # Microsoft's own columns, then the questions in a drifted order: items backwards, skills first.
    questions = [("Student ID", None)] + [(SKILL_NAMES[k], ("skill", k)) for k in SKILLS]
    questions += [(i["text"], ("item", i["id"])) for i in reversed(ITEMS)] + [(PLANS["question"]["en"], ("plan",))]
    sheet.append(["ID", "Start time", "Completion time", "Email", "Name"] + [q for q, _ in questions])
    for n, s in enumerate(STUDENTS):
        started = START + datetime.timedelta(minutes=10 * n)
        finished = started + datetime.timedelta(minutes=s["minutes"])
        row = [n + 1, started, finished, s["email"], s["given"]]
        for _, what in questions:
            if what is None:
                row.append(s["id"])
            elif what[0] == "skill":
                row.append(s["skills"][what[1]])
            elif what[0] == "item":
                value = s["answers"][what[1]]
                row.append(LABELS[value] if value is not None else None)
            else:
                row.append(PLAN_LABELS[s["plan"]])
        sheet.append(row)
    for cells in sheet.iter_rows(min_row=2, min_col=2, max_col=3):
        for cell in cells:
            cell.number_format = "m/d/yy h:mm:ss"
    book.properties.created = datetime.datetime(2026, 11, 30)
    book.properties.modified = datetime.datetime(2026, 11, 30)
    path = os.path.join(HERE, "class-microsoft-forms.xlsx")
    book.save(path)
    normalize_zip(path)


def normalize_zip(path):
    """Rewrites a zip with fixed entry times, so the fixture's bytes do not change between runs."""
    with zipfile.ZipFile(path) as z:
        entries = [(info.filename, z.read(info)) for info in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            if name == "docProps/core.xml":  # openpyxl stamps the time of saving
                data = re.sub(rb"<dcterms:modified([^>]*)>[^<]*<", rb"<dcterms:modified\1>2026-11-30T00:00:00Z<", data)
            z.writestr(zipfile.ZipInfo(name, (2026, 11, 30, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)


def long():
    rows = [["student_id", "item_id", "answer"]]
    for s in STUDENTS:
        for i in ITEMS:
            value = s["answers"][i["id"]]
            if value is not None:
                rows.append([s["id"], i["id"], LABELS[value]])
        rows += [[s["id"], "skill-" + k.replace("_", "-"), str(s["skills"][k])] for k in SKILLS]
        rows.append([s["id"], "education-plans", s["plan"]])
    write_csv("class-long.csv", rows)


def wide():
    header = ["student_id"] + [i["id"] for i in ITEMS] + ["skill-" + k.replace("_", "-") for k in SKILLS]
    rows = [header + ["education-plans"]]
    for s in STUDENTS:
        row = [s["id"]] + ["" if s["answers"][i["id"]] is None else str(s["answers"][i["id"]]) for i in ITEMS]
        rows.append(row + [str(s["skills"][k]) for k in SKILLS] + [s["plan"]])
    write_csv("class-wide.csv", rows)


def roster():
    rows = [["id", "given_name", "family_name", "grade", "email"]]
    rows += [[s["id"], s["given"], "Test", "11", s["email"]] for s in STUDENTS]
    write_csv("class-roster.csv", rows)


def scores():
    rows = [["student_id", "R", "I", "A", "S", "E", "C", "prorated", "case"]]
    for s in STUDENTS:
        values, prorated = expected(s)
        rows.append([s["id"]] + ([str(values[a]) for a in AREAS] if values else [""] * 6)
                    + ["".join(prorated), s["case"]])
    write_csv("expected-scores.csv", rows)


def bad():
    folder = os.path.join(HERE, "bad")
    os.makedirs(folder, exist_ok=True)

    def text(name, content, encoding="utf-8"):
        with open(os.path.join(folder, name), "w", newline="", encoding=encoding) as f:
            f.write(content)

    first = STUDENTS[:3]
    items = ",".join(i["id"] for i in ITEMS)

    def wide_row(s, labels):
        return ",".join([s["id"]] + [labels[s["answers"][i["id"]]] for i in ITEMS])

    english = LABELS
    french = {0: "Je déteste", 1: "Je n'aime pas", 2: "Indécis", 3: "J'aime", 4: "J'adore"}
    spanish = {0: "Me disgusta mucho", 1: "Me disgusta", 2: "No estoy seguro", 3: "Me gusta", 4: "Me gusta mucho"}
    text("french-labels.csv", "student_id," + items + "\r\n" + wide_row(first[0], english) + "\r\n"
         + wide_row(first[1], french) + "\r\n" + wide_row(first[2], english) + "\r\n")
    # Spanish labels and a name with accents, saved by Excel on Windows: Windows-1252.
    text("windows-1252.csv", "student_id,Name," + items + "\r\n"
         + "\r\n".join(wide_row(s, spanish).replace(s["id"], s["id"] + ",José", 1) for s in first) + "\r\n",
         encoding="cp1252")
    text("empty.csv", "")
    text("header-only.csv", "student_id," + items + "\r\n")
    text("student-twice.csv", "student_id," + items + "\r\n" + wide_row(first[0], english) + "\r\n"
         + wide_row(first[1], english) + "\r\n" + wide_row(first[0], english) + "\r\n")
    # Two columns nobody asked for, item 60 missing, item 2 twice.
    cut = [i["id"] for i in ITEMS[:59]]
    text("unknown-columns.csv", ",".join(["student_id", "favourite colour"] + cut + ["ipsf-02", "shoe size"]) + "\r\n"
         + "\r\n".join(",".join([s["id"], "blue"] + [english[s["answers"][i]] for i in cut]
                                + [english[s["answers"]["ipsf-02"]], "40"]) for s in first) + "\r\n")
    text("not-a-zip.xlsx", "ID,Start time\r\n1,2026-11-30\r\n")
    with zipfile.ZipFile(os.path.join(folder, "no-sheet.xlsx"), "w") as z:
        z.writestr(zipfile.ZipInfo("[Content_Types].xml", (2026, 11, 30, 0, 0, 0)), "<Types/>")
        z.writestr(zipfile.ZipInfo("xl/workbook.xml", (2026, 11, 30, 0, 0, 0)),
                   '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>')
    # A real workbook whose sheet XML is cut short.
    source = os.path.join(HERE, "class-microsoft-forms.xlsx")
    with zipfile.ZipFile(source) as z:
        entries = [(info.filename, z.read(info)) for info in z.infolist()]
    with zipfile.ZipFile(os.path.join(folder, "broken-xml.xlsx"), "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            if name == "xl/worksheets/sheet1.xml":
                data = data[: len(data) // 2]
            z.writestr(zipfile.ZipInfo(name, (2026, 11, 30, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)


google()
microsoft()
long()
wide()
roster()
scores()
bad()
print("fixtures written to", HERE)
