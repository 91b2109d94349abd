"""Screening speed against 1,000,000 synthetic names built from real list name parts.

Prints: import time of 1M names with the index; one-query median (one core), cold (the per-part
lookup cache emptied before each query) and warm; a 10,000-row batch measured whole (the cache
kept, as `screen --batch` does); wall and CPU time (the machine is shared); and the ratios against
brute-force rapidfuzz measured in the same run. Never asserted in tests. Run:
.venv/bin/python tests/benchmarks/bench_screening_speed.py [--names 1000000] [--batch 10000]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
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
    tmp_dir = tempfile.TemporaryDirectory(prefix="docverify-speed-")  # 200+ MiB at 1M names
    tmp = Path(tmp_dir.name)
    store = open_store(tmp / "speed.sqlite3")
    t, c = time.perf_counter(), time.process_time()
    store.write_version(ParsedList("synthetic", "csv", "", tuple(entries)), "x" * 64, "synthetic")
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
    for ix in indexes:
        ix.clear_cache()
    t, c = time.perf_counter(), time.process_time()
    for _ in range(n):
        screen(store, ScreeningQuery(query_name(), str(rng.randint(1940, 2000))))
    wall, cpu_s = time.perf_counter() - t, time.process_time() - c
    print(f"batch of {n:,} rows (measured whole, starting cold): {wall:.0f} s wall "
          f"({cpu_s:.0f} s CPU, {wall / n * 1000:.1f} ms/row); brute-force token_sort would "
          f"take {bf['token_sort_ratio'] * n / 1000:.0f} s -> "
          f"{bf['token_sort_ratio'] * n / 1000 / wall:.1f}x")
    store.close()
    tmp_dir.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
