#!/usr/bin/env python3
"""One markdown table from a run_peers.sh results folder: per tool, ms per report (median), reports
per second, peak RSS, average file size, and how many times slower than CareerReport in the same
repetition (the median of the per-repetition ratios).   usage: table.py RESULTS_DIR N BASE_PEER"""
import csv
import os
import statistics
import sys

folder, n, base = sys.argv[1], int(sys.argv[2]), sys.argv[3]
rows = list(csv.DictReader(open(os.path.join(folder, "runs.tsv")), delimiter="\t"))
peers = list(dict.fromkeys(r["peer"] for r in rows))
wall = {(r["rep"], r["peer"]): float(r["wall_s"]) for r in rows}
print("| tool | ms/report | reports/s | peak RSS MB | avg file KB | time vs CareerReport |")
print("|---|---:|---:|---:|---:|---:|")
for peer in sorted(peers, key=lambda p: (p != base, p)):
    mine = [r for r in rows if r["peer"] == peer]
    ms = 1000 * statistics.median(float(r["wall_s"]) for r in mine) / n
    rss = statistics.median(int(r["maxrss_kb"]) for r in mine) / 1024
    size = int(mine[-1]["bytes"]) / max(int(mine[-1]["files"]), 1) / 1024
    ratios = [wall[(r["rep"], peer)] / wall[(r["rep"], base)] for r in mine if (r["rep"], base) in wall]
    median = statistics.median(ratios)
    ratio = "1 (base)" if peer == base else ("%.1fx slower" % median if median >= 1 else "%.1fx faster" % (1 / median))
    files = int(mine[-1]["files"])
    note = "" if files == n else " (wrote %d of %d files)" % (files, n)
    print("| %s%s | %.2f | %.0f | %.0f | %.1f | %s |" % (peer, note, ms, 1000 / ms, rss, size, ratio))
