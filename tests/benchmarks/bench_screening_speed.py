"""Screening speed against 1,000,000 synthetic names built from real list name parts.

Prints: import time of 1M names with the index; one-query median (one core), cold (the per-part
lookup cache emptied before each query) and warm; a 10,000-row batch measured whole (the cache
kept, as `screen --batch` does); wall and CPU time (the machine is shared); and the ratios against
brute-force rapidfuzz measured in the same run. Never asserted in tests. Run:
.venv/bin/python tests/benchmarks/bench_screening_speed.py [--names 1000000] [--batch 10000]
[--keep DIR] [--cli]
--keep DIR keeps the store and the batch CSV in DIR (a later run reuses them: no import);
--cli also times `docverify screen --json --batch` on that CSV as a user runs it (a new process).
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rapidfuzz import fuzz, process

from docverify.watchlist.entry import KIND_PERSON, BirthDate, Entry, ParsedList
from docverify.watchlist.importers import ofac_csv, un
from docverify.watchlist.screening import ScreeningQuery, open_store, screen

SHARED = Path(__file__).parents[3] / "shared" / "fixtures" / "watchlists"


def name_parts() -> tuple[list[str], list[str]]:
    entries = (un.read(SHARED / "un_consolidated_full_2026-02-27.xml.gz").entries
               + ofac_csv.read(SHARED / "ofac_sdn_2021-07" / "sdn.csv").entries)
    firsts, lasts = set(), set()
    for e in entries:
        if e.kind != KIND_PERSON:
            continue
        for n in e.names:
            parts = [p for p in n.replace(",", " ").split() if p.isalpha()]
            if len(parts) >= 2:
                lasts.add(parts[0].upper())
                firsts.update(p.capitalize() for p in parts[1:])
    return sorted(firsts), sorted(lasts)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--names", type=int, default=1_000_000)
    ap.add_argument("--batch", type=int, default=10_000)
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--keep", metavar="DIR", help="keep (and reuse) the store and batch CSV here")
    ap.add_argument("--cli", action="store_true",
                    help="time `docverify screen --json --batch` on the batch CSV")
    args = ap.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    rng = random.Random(7)
    firsts, lasts = name_parts()
    print(f"name parts from the real lists: {len(firsts)} given, {len(lasts)} surnames")
    entries, names = [], []
    for i in range(args.names // 2):
        ns = tuple(f"{rng.choice(lasts)}, {' '.join(rng.sample(firsts, rng.choice((1, 2))))}"
                   for _ in range(2))
        y = rng.randint(1940, 2000)
        entries.append(Entry(f"S{i}", KIND_PERSON, ns, (BirthDate(y, y),)))
        names.extend(ns)
    tmp_dir = None if args.keep else tempfile.TemporaryDirectory(prefix="docverify-speed-")
    tmp = Path(args.keep or tmp_dir.name)  # 200+ MiB at 1M names
    tmp.mkdir(parents=True, exist_ok=True)
    store = open_store(tmp / "speed.sqlite3")
    if any(i.names == len(names) for i in store.lists()):
        print(f"reusing the store in {tmp} (no import measured)")
    else:
        t, c = time.perf_counter(), time.process_time()
        store.write_version(ParsedList("synthetic", "csv", "", tuple(entries)), "x" * 64,
                            "synthetic")
        import_s = time.perf_counter() - t
        print(f"import {len(names):,} names with index: {import_s:.1f} s wall "
              f"({time.process_time() - c:.1f} s CPU) "
              f"(db {(tmp / 'speed.sqlite3').stat().st_size / 2**20:.0f} MiB)")
    t = time.perf_counter()
    store = open_store(tmp / "speed.sqlite3")
    store.loaded()
    print(f"open store and load the persisted index: {time.perf_counter() - t:.2f} s")

    def query_name() -> str:
        base = rng.choice(names).replace(",", "")
        parts = base.split()
        rng.shuffle(parts)
        return " ".join(parts)

    qs = [ScreeningQuery(query_name(), str(rng.randint(1940, 2000))) for _ in range(args.queries)]
    indexes = [lo.index for lo in store.loaded()]
    times, cpu, warm = [], [], []
    for q in qs:
        for ix in indexes:
            ix.clear_cache()
        t, c = time.perf_counter(), time.process_time()
        screen(store, q)
        times.append((time.perf_counter() - t) * 1000)
        cpu.append((time.process_time() - c) * 1000)
    for q in qs:
        t = time.perf_counter()
        screen(store, q)
        warm.append((time.perf_counter() - t) * 1000)
    med, med_cpu = statistics.median(times), statistics.median(cpu)
    print(f"docverify one query vs {len(names):,} names, cold: median {med:.1f} ms wall "
          f"({med_cpu:.1f} ms CPU), p95 {sorted(times)[int(len(times) * 0.95)]:.1f} ms; "
          f"warm (parts seen before): median {statistics.median(warm):.1f} ms")
    # brute force rapidfuzz on the same names, one core
    lowered = [n.lower() for n in names]
    bf = {}
    for scorer in (fuzz.ratio, fuzz.token_sort_ratio):
        ts = []
        for q in qs[:10]:
            t = time.perf_counter()
            process.extract(q.name.lower(), lowered, scorer=scorer, limit=20, score_cutoff=80)
            ts.append((time.perf_counter() - t) * 1000)
        bf[scorer.__name__] = statistics.median(ts)
        print(f"brute-force rapidfuzz {scorer.__name__}: median {bf[scorer.__name__]:.1f} ms "
              f"-> docverify (cold) is {bf[scorer.__name__] / med:.1f}x faster")
    n = args.batch
    batch = [ScreeningQuery(query_name(), str(rng.randint(1940, 2000))) for _ in range(n)]
    if args.cli:
        csv_path = tmp / "batch.csv"
        with open(csv_path, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(("name", "birth_date", "nationality", "document_number"))
            w.writerows((q.name, q.birth_date, "", "") for q in batch)
        exe = Path(sys.executable).with_name("docverify")
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        out = subprocess.run([str(exe), "--db", str(tmp / "speed.sqlite3"), "screen", "--json",
                              "--batch", str(csv_path)], capture_output=True, check=True).stdout
        wall = time.perf_counter() - t
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu_s = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        print(f"`docverify screen --json --batch` of {n:,} rows: {wall:.0f} s wall "
              f"({cpu_s:.0f} s CPU, all processes), {len(out.splitlines()):,} lines out")
    else:
        for ix in indexes:
            ix.clear_cache()
        t, c = time.perf_counter(), time.process_time()
        for q in batch:
            screen(store, q)
        wall, cpu_s = time.perf_counter() - t, time.process_time() - c
        print(f"batch of {n:,} rows (measured whole, starting cold): {wall:.0f} s wall "
              f"({cpu_s:.0f} s CPU, {wall / n * 1000:.1f} ms/row); brute-force token_sort "
              f"would take {bf['token_sort_ratio'] * n / 1000:.0f} s -> "
              f"{bf['token_sort_ratio'] * n / 1000 / wall:.1f}x")
    store.close()
    if tmp_dir is not None:
        tmp_dir.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
