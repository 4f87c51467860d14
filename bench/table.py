#!/usr/bin/env python3
"""One markdown table from a run_peers.sh results folder: per tool, wall ms per report (median), CPU
ms per report (user + system, median), reports per second, peak RSS, average file size, and how many
times slower than CareerReport in the same repetition, by wall time and by CPU time (the median of
the per-repetition ratios). CPU time is the steadier of the two on a shared machine: other
processes stretch wall time, not the CPU time a tool spends.   usage: table.py RESULTS_DIR N BASE_PEER"""
import csv
import os
import statistics
import sys

folder, n, base = sys.argv[1], int(sys.argv[2]), sys.argv[3]
rows = list(csv.DictReader(open(os.path.join(folder, "runs.tsv")), delimiter="\t"))
peers = list(dict.fromkeys(r["peer"] for r in rows))


def cpu(row):
    return float(row["user_s"]) + float(row["sys_s"])


wall = {(r["rep"], r["peer"]): float(r["wall_s"]) for r in rows}
cpus = {(r["rep"], r["peer"]): cpu(r) for r in rows}


def ratio(table, peer, mine):
    values = [table[(r["rep"], peer)] / table[(r["rep"], base)] for r in mine if (r["rep"], base) in table]
    median = statistics.median(values)
    if peer == base:
        return "1 (base)"
    return "%.1fx slower" % median if median >= 1 else "%.1fx faster" % (1 / median)


print("| tool | wall ms/report | CPU ms/report | reports/s | peak RSS MB | avg file KB | wall vs CareerReport | CPU vs CareerReport |")
print("|---|---:|---:|---:|---:|---:|---:|---:|")
for peer in sorted(peers, key=lambda p: (p != base, p)):
    mine = [r for r in rows if r["peer"] == peer]
    ms = 1000 * statistics.median(float(r["wall_s"]) for r in mine) / n
    cpu_ms = 1000 * statistics.median(cpu(r) for r in mine) / n
    rss = statistics.median(int(r["maxrss_kb"]) for r in mine) / 1024
    size = int(mine[-1]["bytes"]) / max(int(mine[-1]["files"]), 1) / 1024
    files = int(mine[-1]["files"])
    note = "" if files == n else " (wrote %d of %d files)" % (files, n)
    print("| %s%s | %.2f | %.2f | %.0f | %.0f | %.1f | %s | %s |" % (
        peer, note, ms, cpu_ms, 1000 / ms, rss, size, ratio(wall, peer, mine), ratio(cpus, peer, mine)))
