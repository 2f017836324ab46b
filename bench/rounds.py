#!/usr/bin/env python3
"""Aggregates bench/run.sh's interleaved rounds: one hyperfine JSON per round (every command run once, in turn).

Usage: rounds.py OUT_PREFIX ROUND.json... [--ratio 'A|B|label|target'...]
Writes OUT_PREFIX.md (the table), OUT_PREFIX.csv (hyperfine's CSV columns, medians in the mean's place, so the
script's cpu()/wall() helpers read it) and OUT_PREFIX.ratios (tab-separated: label, ratio of medians, median of the
rounds' ratios, target, verdict, ratio of the CPU medians), and prints the table.

The ratio A/B is given twice: the ratio of the two medians, and the median of the per-round ratios (A and B ran in the
same round, seconds apart, so a busy machine slows both: this one travels best). The verdict is on that one; the ratio
of CPU time (user+sys, all threads) is given beside it, as it moves less with the load than wall time does.
"""
import csv
import json
import statistics
import sys


def fmt(seconds):
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def main(argv):
    prefix, rest = argv[0], argv[1:]
    files, ratios = [], []
    i = 0
    while i < len(rest):
        if rest[i] == "--ratio":
            ratios.append(rest[i + 1].split("|"))
            i += 2
        else:
            files.append(rest[i])
            i += 1

    names, wall, cpu = [], {}, {}
    per_round = []
    for path in files:
        with open(path) as f:
            results = json.load(f)["results"]
        this_round = {}
        for r in results:
            name = r["command"]
            if name not in wall:
                names.append(name)
                wall[name], cpu[name] = [], []
            if any(code != 0 for code in r.get("exit_codes", [0])):
                sys.exit(f"rounds.py: '{name}' failed in {path}")
            wall[name].append(r["times"][0])
            cpu[name].append(r["user"] + r["system"])
            this_round[name] = r["times"][0]
        per_round.append(this_round)

    def med(values):
        return statistics.median(values)

    lines = [
        "| Command | Median | Mean ± σ | Min–max | CPU (user+sys), median | Rounds |",
        "|:---|---:|---:|---:|---:|---:|",
    ]
    for n in names:
        w = wall[n]
        sd = statistics.stdev(w) if len(w) > 1 else 0.0
        lines.append(
            f"| `{n}` | {fmt(med(w))} | {fmt(statistics.mean(w))} ± {fmt(sd)} | {fmt(min(w))}–{fmt(max(w))} "
            f"| {fmt(med(cpu[n]))} | {len(w)} |"
        )

    ratio_rows = []
    for a, b, label, target in ratios:
        if a not in wall or b not in wall:
            continue
        of_medians = med(wall[a]) / med(wall[b])
        paired = med([r[a] / r[b] for r in per_round if a in r and b in r])
        verdict = ""
        if target:
            limit = float(target.lstrip("<=≤ "))
            verdict = "met" if paired <= limit else "NOT met"
        cpu_ratio = med(cpu[a]) / med(cpu[b])
        ratio_rows.append((label, of_medians, paired, target, verdict, cpu_ratio))
    if ratio_rows:
        lines += ["", "| Ratio | Of the medians | Median of the rounds' ratios | Target | | CPU (user+sys), of the medians |",
                  "|:---|---:|---:|:---|:---|---:|"]
        for label, of_medians, paired, target, verdict, cpu_ratio in ratio_rows:
            lines.append(f"| {label} | {of_medians:.2f} | {paired:.2f} | {('≤ ' + target) if target else ''} | {verdict} | {cpu_ratio:.2f} |")

    table = "\n".join(lines) + "\n"
    with open(prefix + ".md", "w") as f:
        f.write(table)
    with open(prefix + ".csv", "w", newline="") as f:
        out = csv.writer(f)
        out.writerow(["command", "mean", "stddev", "median", "user", "system", "min", "max"])
        for n in names:
            w = wall[n]
            # CPU split is not kept per round; user holds user+sys, system 0, so user+system is the CPU median.
            out.writerow([n, med(w), statistics.stdev(w) if len(w) > 1 else 0, med(w), med(cpu[n]), 0, min(w), max(w)])
    with open(prefix + ".ratios", "w") as f:
        for label, of_medians, paired, target, verdict, cpu_ratio in ratio_rows:
            f.write(f"{label}\t{of_medians:.2f}\t{paired:.2f}\t{target}\t{verdict}\t{cpu_ratio:.2f}\n")
    sys.stdout.write(table)


if __name__ == "__main__":
    main(sys.argv[1:])
