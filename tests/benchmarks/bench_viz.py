"""How often the visual-zone comparison reads and matches each printed field, per format.

Genuine synthetic documents (clean renders and camera-degraded copies of them, the MRZ box and
its direction taken from the generator's geometry) and the real specimens of
tests/fixtures/documents (MRZ box and direction from the reader, text from known_mrz.json).
Per field: "read" = a label and a value below it were found; "match" = the value read equals the
MRZ's (after folding and transliteration; a date must parse); "false" = a mismatch finding above
information on a genuine document (a false alarm).

    nice .venv/bin/python tests/benchmarks/bench_viz.py --seeds 1000:1020 [--formats TD1,TD2,TD3]
        [--no-degraded] [--real] [--json out.json]

Tuning seeds used while improving checks/viz: 1000-1019; held-out: 5000-5019.
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from docverify.checks.context import CheckContext, Run
from docverify.checks.viz import compare
from docverify.checks.viz import fields as F
from docverify.checks.viz.ocr import read_viz
from docverify.model import Reading, Region, Severity
from docverify.mrz.parser import parse
from docverify.synth.degradation import map_box, map_quad, plan_degradation, render_plan
from docverify.synth.document import generate
from docverify.synth.tunables import SYNTH

FIELDS = compare._COMPARED
SPECIMENS = Path(__file__).resolve().parents[1] / "fixtures" / "documents"


def _context(image, mrz, region, rotation, today, path=None) -> CheckContext:
    result = parse(list(mrz), today)
    reading = Reading(None, tuple(mrz), (), result, region=Region(*region), rotation=rotation)
    return CheckContext(reading, result.document, image, today, path)


def synthetic(fmt: str, seed: int, degraded: bool) -> CheckContext:
    doc = generate(fmt, seed)
    if not degraded:
        return _context(doc.image, doc.mrz, doc.regions["mrz"], 0.0, SYNTH.reference_date)
    plan = plan_degradation((doc.image.shape[1], doc.image.shape[0]), seed)
    image = render_plan(doc.image, plan)
    if plan.jpeg_quality:
        import cv2

        ok, buf = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, plan.jpeg_quality])
        image = cv2.imdecode(buf, cv2.IMREAD_COLOR)
    quad = map_quad(doc.regions["mrz"], plan.matrix)
    (x0, y0), (x1, y1) = quad[0], quad[1]
    rotation = math.degrees(math.atan2(y1 - y0, x1 - x0)) % 360
    box = map_box(doc.regions["mrz"], plan.matrix, plan.out_size)
    return _context(image, doc.mrz, box, rotation, SYNTH.reference_date)


def real_items() -> list[tuple[str, str, list[str]]]:
    known = json.loads((SPECIMENS / "known_mrz.json").read_text(encoding="utf-8"))
    return [(name, e["format"], e["mrz"]) for name, e in sorted(known.items()) if e["mrz"]]


def real(name: str, mrz: list[str]) -> CheckContext | None:
    import dataclasses

    import cv2

    from docverify.errors import DocverifyError
    from docverify.reading.reader import read_file

    path = SPECIMENS / name
    try:
        reading = read_file(path)
    except DocverifyError:
        return None
    result = parse(list(mrz), SYNTH.reference_date)
    reading = dataclasses.replace(reading, lines=tuple(mrz), parse=result, confidences=())
    return CheckContext(reading, result.document, cv2.imread(str(path)), SYNTH.reference_date,
                        path)


def matches(doc, field: str, printed: str) -> bool:
    """Whether the printed value equals the MRZ's (stricter than 'no mismatch')."""
    mrz = compare._mrz_value(doc, field)
    if field in ("birth_date", "expiry_date"):
        date = F.parse_date(printed, getattr(doc, field))
        return date is not None and date.isoformat() == mrz
    if field == "document_number":
        return F.number_key(printed) == F.number_key(mrz)
    if field == "sex":
        return F.fold(printed)[:1] == ("X" if doc.sex == "<" else doc.sex)
    if field == "nationality":
        text = F.fold(printed)
        return bool(text) and compare._other_state(text, doc.nationality) is None and (
            doc.nationality in text.split() or len(text) >= 4)
    a, b = F.name_key(printed), F.name_key(mrz)
    return bool(a) and (a == b or b.startswith(a) or a.startswith(b))


def measure(ctx: CheckContext) -> dict:
    run = Run(ctx)
    t0 = time.perf_counter()
    try:
        text = read_viz(run)
        seconds = time.perf_counter() - t0
        found = list(compare._fields(run, text)) if text is not None else []
        pairs = compare.printed_fields(text) if text is not None else {}
    finally:
        run.close()
    doc = ctx.document
    out = {}
    for field in FIELDS:
        line = pairs.get(field)
        out[field] = {"read": line is not None,
                      "match": line is not None and matches(doc, field, line.text),
                      "text": line.text if line is not None else None}
    out["_seconds"] = seconds
    out["_false"] = [(f.code, dict(f.evidence).get("printed"), dict(f.evidence).get("mrz"),
                      str(f.severity), dict(f.evidence).get("ocr_confidence"))
                     for f in found if f.code.startswith("viz.mismatch")
                     and f.severity is not Severity.INFO]
    return out


def summarise(results: list[dict]) -> dict:
    n = len(results)
    read, match = Counter(), Counter()
    for r in results:
        for f in FIELDS:
            read[f] += r[f]["read"]
            match[f] += r[f]["match"]
    return {"documents": n,
            "read": {f: read[f] for f in FIELDS}, "match": {f: match[f] for f in FIELDS},
            "match_rate": round(sum(match.values()) / max(1, n * len(FIELDS)), 3),
            "median_ocr_s": round(statistics.median(r["_seconds"] for r in results), 3)
            if results else None,
            "false_mismatches": [x for r in results for x in r["_false"]]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seeds", default="1000:1020")
    ap.add_argument("--formats", default="TD1,TD2,TD3")
    ap.add_argument("--no-degraded", action="store_true")
    ap.add_argument("--no-clean", action="store_true")
    ap.add_argument("--real", action="store_true")
    ap.add_argument("--json", type=Path)
    ap.add_argument("-v", action="store_true", help="print each document's fields")
    args = ap.parse_args(argv)
    lo, hi = (int(v) for v in args.seeds.split(":"))
    report: dict[str, dict] = {}
    kinds = [k for k, off in (("clean", args.no_clean), ("degraded", args.no_degraded)) if not off]
    for fmt in args.formats.split(","):
        for kind in kinds:
            results = []
            for seed in range(lo, hi):
                r = measure(synthetic(fmt, seed, kind == "degraded"))
                results.append(r)
                if args.v:
                    print(fmt, kind, seed, {f: (r[f]["match"], r[f]["text"]) for f in FIELDS},
                          r["_false"], file=sys.stderr)
            report[f"{fmt} {kind}"] = summarise(results)
            print(f"{fmt} {kind}: {json.dumps(report[f'{fmt} {kind}'])}", flush=True)
    if args.real:
        per_fmt: dict[str, list[dict]] = defaultdict(list)
        for name, fmt, mrz in real_items():
            ctx = real(name, mrz)
            if ctx is None:
                continue
            r = measure(ctx)
            per_fmt[fmt].append(r)
            if args.v:
                print(name, {f: (r[f]["match"], r[f]["text"]) for f in FIELDS}, r["_false"],
                      file=sys.stderr)
        for fmt, results in sorted(per_fmt.items()):
            report[f"real {fmt}"] = summarise(results)
            print(f"real {fmt}: {json.dumps(report[f'real {fmt}'])}", flush=True)
    if args.json:
        args.json.write_text(json.dumps(report, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
