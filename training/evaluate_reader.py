"""End-to-end check of a recognizer model through the real reader: exact MRZs on degraded docs.

Two sets: degraded synthetic documents (docverify.synth.make_set, a seed outside training's
1,000,000-1,999,999, the benchmark's 910,000, the tests' small seeds and the dev seeds 777/4242),
and the real specimens' tuning part (tests/fixtures/documents/known_mrz.json without
"holdout": true; the held-out ones are never read here). Usage:
    .venv/bin/python training/evaluate_reader.py [--model PATH] [--seed 2500000] [--count 100]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from data import ROOT  # noqa: E402

from docverify.errors import NoMRZError  # noqa: E402
from docverify.reading.engines import ModelEngine  # noqa: E402
from docverify.reading.reader import read_file  # noqa: E402
from docverify.reading.recognizer import default_model_path  # noqa: E402
from docverify.synth.make_set import make_set  # noqa: E402

DEFAULT_SEED = 2_500_000


def read_lines(path: Path, engine: ModelEngine, budget_s: float | None = None
               ) -> list[str] | None:
    try:
        return list(read_file(path, engine=engine, budget_s=budget_s).lines)
    except NoMRZError:
        return None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", type=Path, default=default_model_path())
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--count", type=int, default=100)
    ap.add_argument("--show", action="store_true", help="print the misses (synthetic and real tuning)")
    args = ap.parse_args()
    if 1_000_000 <= args.seed <= 1_999_999 or args.seed in (910_000, 777, 4242) or args.seed < 1000:
        ap.error("that seed belongs to training, the benchmark, the tests or the dev set")
    engine = ModelEngine(args.model)

    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        manifest = make_set(out, args.count, args.seed, degraded=True)
        synth_ok = 0
        for item in manifest["items"]:
            got = read_lines(out / item["file"], engine)
            ok = got == item["mrz"]
            synth_ok += ok
            if not ok and args.show:
                print(f"  {item['file']}: got {got}\n  {' ' * len(item['file'])}  want {item['mrz']}")
    synth_s = time.perf_counter() - t0

    docs = ROOT / "tests" / "fixtures" / "documents"
    known = json.loads((docs / "known_mrz.json").read_text(encoding="utf-8"))
    tuning = {k: v for k, v in known.items()
              if not k.startswith("_") and v.get("mrz") and not v.get("holdout")}
    real_ok = 0
    for rel, v in tuning.items():
        got = read_lines(docs / rel, engine)
        real_ok += got == v["mrz"]
        if got != v["mrz"] and args.show:
            print(f"  {rel}: got {got}\n  {' ' * len(rel)}  want {v['mrz']}")
    print(json.dumps({
        "model": str(args.model),
        "synthetic_degraded": {"seed": args.seed, "documents": args.count, "exact": synth_ok,
                               "seconds": round(synth_s, 1)},
        "real_tuning": {"documents": len(tuning), "exact": real_ok},
    }, indent=1))


if __name__ == "__main__":
    main()
