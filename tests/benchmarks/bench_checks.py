"""Benchmark of the checks: detection per kind of tampering, false alarms on genuine images,
and the time the checks add per image.

Genuine documents come from docverify.synth; forgeries from docverify.checks.tamper. The MRZ is
given as printed (the reader is measured by bench_mrz.py), so the figures are the checks' own.
A forgery counts as detected when the checks raise, on it, a warning or critical finding that
the same document did not raise untampered. Real specimen images (../shared/fixtures) are used
for the image hints' false alarms only.

    .venv/bin/python tests/benchmarks/bench_checks.py [--per-kind 16] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

import cv2
import numpy as np

from docverify.checks import CheckContext, run_checks, tamper
from docverify.model import Reading, Region, Severity
from docverify.mrz.parser import parse
from docverify.synth.document import generate
from docverify.synth.tunables import SYNTH

FORMATS = ("TD3", "TD1", "TD2", "MRVA")
SPECIMENS = Path(__file__).resolve().parents[2].parent / "shared" / "fixtures" / "documents"


def context(doc, image, mrz, source_path=None):
    result = parse(list(mrz), SYNTH.reference_date)
    reading = Reading(None, tuple(mrz), (), result, region=Region(*doc.regions["mrz"]))
    return CheckContext(reading, result.document, image, SYNTH.reference_date, source_path)


def raised(findings):
    return {f.code for f in findings if f.severity is not Severity.INFO}


def timed(ctx, **kw):
    t = time.perf_counter()
    found = run_checks(ctx, **kw)
    return found, time.perf_counter() - t


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--per-kind", type=int, default=16)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    tmp = Path(tempfile.mkdtemp(prefix="bench_checks_"))
    rng = np.random.default_rng(20261128)
    docs = [generate(FORMATS[i % len(FORMATS)], 5000 + i) for i in range(args.per_kind)]
    other = generate("TD3", 4999)

    baseline, t_all, t_data = [], [], []
    false_image, false_viz, false_image_jpeg = 0, 0, 0
    for i, doc in enumerate(docs):
        found, dt_all = timed(context(doc, doc.image, doc.mrz))
        _, dt_data = timed(context(doc, doc.image, doc.mrz), include_image_checks=False)
        t_all.append(dt_all)
        t_data.append(dt_data)
        codes = raised(found)
        baseline.append(codes)
        false_image += any(c.startswith("image.") for c in codes)
        false_viz += any(c.startswith("viz.") for c in codes)
        path = tmp / f"genuine_{i}.jpg"
        cv2.imwrite(str(path), doc.image, [cv2.IMWRITE_JPEG_QUALITY, 85])
        jfound = run_checks(context(doc, cv2.imread(str(path)), doc.mrz, path))
        false_image_jpeg += any(c.startswith("image.") for c in raised(jfound))

    per_kind = {}
    for kind in tamper.KINDS:
        hits, how = 0, {}
        for i, doc in enumerate(docs):
            forged = tamper.make(kind, doc, rng, other)
            path = None
            if kind in ("photo_swap", "jpeg_region", "recapture"):
                path = tmp / f"{kind}_{i}.jpg"
                cv2.imwrite(str(path), forged.image, [cv2.IMWRITE_JPEG_QUALITY, 100])
            new = raised(run_checks(context(doc, forged.image, forged.mrz, path))) - baseline[i]
            hits += bool(new)
            for c in new:
                how[c] = how.get(c, 0) + 1
        per_kind[kind] = {"detected": hits, "of": len(docs), "rate": hits / len(docs),
                          "by_code": dict(sorted(how.items(), key=lambda kv: -kv[1]))}

    real = sorted(p for p in SPECIMENS.rglob("*") if p.suffix.lower() in (".jpg", ".png"))
    real_flags = {}
    for p in real:
        img = cv2.imread(str(p))
        if img is None:
            continue
        found = run_checks(CheckContext(None, None, img, SYNTH.reference_date, p))
        codes = sorted(c for c in raised(found) if c.startswith("image."))
        if codes:
            real_flags[str(p.relative_to(SPECIMENS))] = codes

    n = len(docs)
    report = {
        "genuine_synthetic": n,
        "false_alarms_image_png": false_image / n,
        "false_alarms_image_jpeg": false_image_jpeg / n,
        "false_alarms_viz": false_viz / n,
        "genuine_baseline_codes": sorted({c for b in baseline for c in b}),
        "real_specimens": len(real),
        "real_specimens_image_flags": real_flags,
        "false_alarms_image_real": len(real_flags) / max(1, len(real)),
        "median_s_all_checks": statistics.median(t_all),
        "median_s_without_image_checks": statistics.median(t_data),
        "per_kind": per_kind,
        "edits_detected_overall": sum(k["detected"] for k in per_kind.values())
        / sum(k["of"] for k in per_kind.values()),
    }
    json.dump(report, sys.stdout, indent=1)
    sys.stdout.write("\n")
    if args.json:
        args.json.write_text(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
