"""Measures the MRZ line recognizer against tesseract (eng, --psm 7, MRZ whitelist) on held-out lines.

Sets: the held-out real documents of shared/fixtures/mrz_lines (never trained on), the fixture's
held-out rendered lines, and OCR-B lines rendered here with a seed the training never uses
(clean and degraded). Usage:
    .venv/bin/python training/evaluate_recognizer.py [--model PATH] [--no-tesseract] [--write]
--write stores the figures in the model's JSON under "heldout".
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

import numpy as np
from rapidfuzz.distance import Levenshtein

sys.path.insert(0, str(Path(__file__).resolve().parent))

from data import LINES_DIR, is_dev, load_crops, read_gray, split  # noqa: E402
from mrz_text import mrz_document, random_string  # noqa: E402
from synth import render_line  # noqa: E402

from docverify.reading.recognizer import ALPHABET, LineRecognizer, default_model_path  # noqa: E402

EVAL_SEED = 777_001  # never used by training
N_RENDERED = 300
N_FIXTURE_RENDERED = 300


def score(preds: list[str], truths: list[str]) -> dict[str, float]:
    exact = sum(p == t for p, t in zip(preds, truths, strict=True))
    errors = sum(Levenshtein.distance(p, t) for p, t in zip(preds, truths, strict=True))
    chars = sum(len(t) for t in truths)
    return {
        "lines": len(truths),
        "line_exact": round(exact / max(1, len(truths)), 4),
        "char_accuracy": round(1 - errors / max(1, chars), 4),
    }


def rendered_set(clean: bool, n: int, seed: int) -> list[tuple[np.ndarray, str]]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        doc = mrz_document(rng)
        k = rng.randrange(len(doc))
        nb = (doc[k - 1] if k else random_string(rng, len(doc[k])),
              doc[k + 1] if k + 1 < len(doc) else random_string(rng, len(doc[k])))
        out.append((render_line(rng, doc[k], nb, clean=clean), doc[k]))
    return out


def tesseract_read(img: np.ndarray) -> str:
    import pytesseract

    cfg = f"--psm 7 -c tessedit_char_whitelist={ALPHABET}"
    text = pytesseract.image_to_string(img, lang="eng", config=cfg)
    return "".join(c for c in text.upper() if c in ALPHABET)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", type=Path, default=default_model_path())
    ap.add_argument("--lines", type=Path, default=LINES_DIR)
    ap.add_argument("--no-tesseract", action="store_true")
    ap.add_argument("--write", action="store_true", help="store the figures in the model's JSON")
    ap.add_argument("--show-errors", type=int, default=0,
                    help="print this many errors per set (never of real_heldout: no tuning on it)")
    ap.add_argument("--train-real", action="store_true",
                    help="also score the real training crops (a fit diagnostic, not a result)")
    ap.add_argument("--dev", action="store_true",
                    help="score the development documents (data.is_dev) instead of the held-out"
                    " ones: for choosing between recipes trained with --dev-out")
    args = ap.parse_args()
    if args.dev and args.write:
        ap.error("--dev figures are not the model's held-out figures: no --write")

    crops = load_crops(args.lines)
    _, synth_ho = split(crops, "synthetic")
    synth_ho = random.Random(EVAL_SEED).sample(synth_ho, min(N_FIXTURE_RENDERED, len(synth_ho)))
    real_tr, real_ho = split(crops, "real")
    sets = {
        "real_heldout": [(read_gray(args.lines / c.file), c.text) for c in real_ho],
        "rendered_clean": rendered_set(True, N_RENDERED, EVAL_SEED),
        "rendered_degraded": rendered_set(False, N_RENDERED, EVAL_SEED + 1),
        "fixture_rendered_heldout": [(read_gray(args.lines / c.file), c.text) for c in synth_ho],
    }
    if args.dev:
        del sets["real_heldout"]
        dev = [c for c in real_tr if is_dev(c.document)]
        sets["real_dev"] = [(read_gray(args.lines / c.file), c.text) for c in dev]
    if args.train_real:
        sets["real_train_diagnostic"] = [(read_gray(args.lines / c.file), c.text) for c in real_tr]
    t0 = time.perf_counter()
    rec = LineRecognizer(args.model)
    load_seconds = time.perf_counter() - t0
    results: dict[str, dict[str, dict[str, float]]] = {}
    timing = {}
    for name, items in sets.items():
        imgs = [i for i, _ in items]
        truths = [t for _, t in items]
        t0 = time.perf_counter()
        preds = [rec.recognize(i).text for i in imgs]
        timing[name] = (time.perf_counter() - t0) / max(1, len(imgs))
        results[name] = {"model": score(preds, truths)}
        if args.show_errors and name != "real_heldout":
            bad = [(p, t) for p, t in zip(preds, truths, strict=True) if p != t]
            for p, t in bad[: args.show_errors]:
                print(f"  {name}: got {p}\n  {' ' * len(name)}  want {t}")
        if not args.no_tesseract and name != "real_train_diagnostic":
            t0 = time.perf_counter()
            tpreds = [tesseract_read(i) for i in imgs]
            results[name]["tesseract_eng"] = score(tpreds, truths)
            results[name]["tesseract_eng"]["seconds_per_line"] = round(
                (time.perf_counter() - t0) / max(1, len(imgs)), 4)
        results[name]["model"]["seconds_per_line"] = round(timing[name], 5)

    print(f"\nmodel {args.model}")
    print(f"{'set':28} {'lines':>6} {'engine':>14} {'line exact':>11} {'char acc':>9} {'ms/line':>8}")
    for name, r in results.items():
        for engine, s in r.items():
            print(f"{name:28} {s['lines']:6d} {engine:>14} {100 * s['line_exact']:10.1f}% "
                  f"{100 * s['char_accuracy']:8.2f}% {1000 * s['seconds_per_line']:8.2f}")
    print(f"model load {1000 * load_seconds:.0f} ms")
    if args.write:
        meta_path = args.model.with_suffix(".json")
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        meta["heldout"] = {
            "sets": {
                "real_heldout": "held-out real documents (20% by document hash), never trained on",
                "rendered_clean": f"{N_RENDERED} OCR-B lines rendered clean, seed {EVAL_SEED}",
                "rendered_degraded": f"{N_RENDERED} OCR-B lines, full degradations, "
                f"seed {EVAL_SEED + 1}",
                "fixture_rendered_heldout": "fixture rendered lines of held-out documents",
            },
            "tesseract": "eng, --psm 7, MRZ whitelist (Debian tesseract 5.3)",
            "results": results,
            "model_load_seconds": round(load_seconds, 3),
        }
        meta_path.write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
        print(f"wrote figures into {meta_path}")


if __name__ == "__main__":
    main()
