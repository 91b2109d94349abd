"""The wider strong-alias tuning set: every tuning-half person's strong alias, not 300 of them.

bench_screening_quality.py's headline draws 300 persons, about 150 per half: one name rule
moves its tuning figure by a case or two at most. This set takes every person of the tuning
half (the held-out half is never read) that has a strong alias (pick_aliases' rule: not the
primary name, not marked weak, Latin script), one alias per person drawn with each seed, takes
it out of every listing of the person (UN and OFAC), and queries it with the person's birth
date. A hit on any listing of the person counts. Printed per seed: found / cases, alerts in
all, and the alerts outside the person's listings (wrong alerts, or the same person not linked
by same_person). Run:
.venv/bin/python tests/benchmarks/bench_screening_wider.py [--seeds 1,2,3] [--misses 40]
[--out FILE] (--out writes one line per case: seed, found, entry, alias, alerts)
"""

from __future__ import annotations

import argparse
import random
import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from bench_screening_quality import (  # noqa: E402
    KIND_PERSON,
    Docverify,
    dob_of,
    held_out,
    load,
    name_key,
    pick_aliases,
    same_person,
)

from docverify.watchlist.screening import ScreeningQuery, screen  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seeds", default="1,2,3")
    ap.add_argument("--misses", type=int, default=0, help="print this many misses per seed")
    ap.add_argument("--out", help="write every case's outcome to this file")
    args = ap.parse_args()
    un_e, ofac_e = load()
    entries = un_e + ofac_e
    persons = [e for e in entries if e.kind == KIND_PERSON]
    tuning = [e for e in persons if not held_out(e)]
    person_of = same_person(persons)
    lines = []
    totals = []
    for seed in (int(s) for s in args.seeds.split(",")):
        pick = pick_aliases(tuning, False, len(tuning), random.Random(seed))
        gone: dict[str, set[str]] = {}
        for eid, alias in pick.items():
            for m in person_of[eid]:
                gone.setdefault(m, set()).add(name_key(alias))
        eng = Docverify([replace(e, names=tuple(n for n in e.names
                                                if name_key(n) not in gone.get(e.entry_id, ())),
                                 weak_names=tuple(n for n in e.weak_names
                                                  if name_key(n) not in gone.get(e.entry_id, ())))
                         for e in entries])
        by_id = {e.entry_id: e for e in persons}
        found = alerts = 0
        wrong, misses = [], []
        for eid, alias in pick.items():
            q = ScreeningQuery(alias, dob_of(by_id[eid]))
            hits = screen(eng.store, q)
            a = {h.entry_id for h in hits if h.band == "alert"}
            ok = bool(a & person_of[eid])
            found += ok
            alerts += len(a)
            wrong += [(alias, q.birth_date, h.entry_id, h.name) for h in hits
                      if h.band == "alert" and h.entry_id not in person_of[eid]]
            if not ok:
                best = next((h for h in hits if h.entry_id in person_of[eid]), None)
                misses.append((alias, q.birth_date, eid, by_id[eid].names[0],
                               f"{best.band} {best.score:.3f} {best.name!r}" if best else "-"))
            lines.append(f"{seed}\t{int(ok)}\t{eid}\t{alias}\t{','.join(sorted(a))}")
        totals.append((found, len(pick), alerts, len(wrong)))
        print(f"seed {seed}: {found}/{len(pick)} found, alerts {alerts}, outside the person's "
              f"listings {len(wrong)}")
        for w in wrong:
            print(f"    alert outside: {w[0]!r} {w[1]} -> {w[2]} {w[3]!r}")
        for m in misses[:args.misses]:
            print(f"    miss: {m[0]!r} {m[1]} -> {m[2]} ({m[3]!r}): {m[4]}")
    print("wider tuning set: " + " / ".join(f"{f}" for f, _, _, _ in totals)
          + f" of {totals[0][1]}; alerts " + " / ".join(f"{a}" for _, _, a, _ in totals)
          + "; outside " + " / ".join(f"{w}" for _, _, _, w in totals))
    if args.out:
        Path(args.out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
