#!/usr/bin/env python3
"""Per-request figures of a Gatling run, read from its HTML report (bench/load.sh prints them).

Usage: bench/gatling-report.py REPORT_DIR [REQUEST ...]
Prints the statistics table (count, requests/s, min, p50, p75, p95, p99, max, mean, in ms) for every
request, then, for each REQUEST named (e.g. lesson login), the highest per-second p50 and p95 in each
20 s window of the run, so the minute of the logins can be told from the rest.
"""
import glob
import html
import re
import sys


def table(index):
    text = open(index, encoding="utf-8").read()
    for row in re.finditer(r"<tr[^>]*>(.*?)</tr>", text, re.S):
        cells = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", row.group(1))).split())
        if cells.startswith("Total OK") or re.match(r"^[A-Za-z][\w ]* 0 \d", cells):
            print(cells)


def over_time(page, window=20):
    text = open(page, encoding="utf-8").read()
    chart = text[text.find("renderTo: 'responseTimeOverTimeContainerId'"):]
    for name in ("50%", "95%"):
        series = re.search(r"name: '" + re.escape(name) + r"',\s*data: \[(.*?)\]\s*,\s*tooltip", chart, re.S)
        if not series:
            continue
        points = re.findall(r"\[(\d+), (null|\d+)\]", series.group(1))
        start = int(points[0][0])
        windows = {}
        for at, value in points:
            if value != "null":
                windows.setdefault((int(at) - start) // (window * 1000), []).append(int(value))
        print(f"  p{name[:-1]:<3}" + " ".join(f"{w * window}s:{max(v)}" for w, v in sorted(windows.items())))


if __name__ == "__main__":
    report = sys.argv[1]
    table(f"{report}/index.html")
    for request in sys.argv[2:]:
        pages = glob.glob(f"{report}/req_{request.replace(' ', '-')}-*.html")
        if pages:
            print(f"{request}, highest per-second percentile in each 20 s window (ms):")
            over_time(pages[0])
