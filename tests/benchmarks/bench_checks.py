"""Benchmark of the checks: detection per kind of tampering, false alarms on genuine images,
and the time the checks add per image.

Genuine documents come from docverify.synth (clean renders, and camera-degraded ones from
``make_set(degraded=True)``); forgeries from docverify.checks.tamper; real specimen images from
tests/fixtures/documents (41 with a known MRZ, plus one without). The MRZ is given as printed
(the reader is measured by bench_mrz.py), so the figures are the checks' own; for degraded and
real images the reader still supplies where the MRZ is (region and rotation), as in
``docverify check``. A forgery counts as detected when the checks raise, on it, a warning or
critical finding that the same document did not raise untampered.

False alarms are counted per family: ``image`` (the image hints: a genuine document raised
above "clear" by them; target at most 2%), ``typography`` (mrz.typography.*), ``viz``.

Tuning and held-out parts: thresholds are chosen on the tuning part only and the held-out
part is reported beside it. Synthetic documents: tuning seeds 5000+, held-out seeds 9000+
(each part its own tampering randomness and its own donor of swapped photos); degraded
synthetic sets: make_set seed 7 (tuning) and 8 (held-out); real specimens: the ``holdout``
flag of known_mrz.json (the split bench_mrz.py uses).

A forgery kind that writes a JPEG (photo swap, re-saved region, recapture) is compared with the
same genuine document put through the same compressions without the edit, so a check that
merely reacts to double compression earns no detection (and shows as a false alarm in
``false_alarm_rate_resaved``).

Times: wall and CPU (this process plus its tesseract children) per image, median; the machine
is shared, so the CPU figure is the steadier one. ``camera`` times all checks on synthetic
pages scaled into 4000x3000 JPEG camera frames (the MRZ region given in frame coordinates).

    .venv/bin/python tests/benchmarks/bench_checks.py [--per-kind 16] [--degraded 24]
        [--split tuning|heldout|both] [--camera 6] [--no-real] [--json out.json]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

import cv2
import numpy as np

from docverify.checks import CheckContext, run_checks, tamper
from docverify.errors import DocverifyError
from docverify.model import Reading, Region, Severity
from docverify.mrz.parser import parse
from docverify.reading.reader import read_file
from docverify.synth.document import generate
from docverify.synth.make_set import make_set
from docverify.synth.tunables import SYNTH

FORMATS = ("TD3", "TD1", "TD2", "MRVA")
SPECIMENS = Path(__file__).resolve().parents[1] / "fixtures" / "documents"
FAMILIES = {"image": ("image.",), "typography": ("mrz.typography.",), "viz": ("viz.",),
            "photo": ("photo.",), "barcode": ("barcode.",)}
# Per part: first synthetic seed, tampering randomness, donor of swapped photos, degraded set.
SPLITS = {"tuning": (5000, 20261128, 4999, 7), "heldout": (9000, 20261129, 8999, 8)}
# What each JPEG-writing kind does to the page besides its edit (qualities, in order), ending
# with the file the checks read at quality 100.
JPEG_CHAINS = {"photo_swap": (75, 92), "jpeg_region": (60, 95), "recapture": (88,)}


def context(doc, image, mrz, source_path=None):
    result = parse(list(mrz), SYNTH.reference_date)
    reading = Reading(None, tuple(mrz), (), result, region=Region(*doc.regions["mrz"]))
    return CheckContext(reading, result.document, image, SYNTH.reference_date, source_path)


def raised(findings):
    return {f.code for f in findings if f.severity is not Severity.INFO}


def families(codes) -> dict[str, list[str]]:
    out = {}
    for fam, prefixes in FAMILIES.items():
        hit = sorted(c for c in codes if c.startswith(prefixes))
        if hit:
            out[fam] = hit
    return out


def _cpu() -> float:
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def timed(ctx, **kw):
    c, t = _cpu(), time.perf_counter()
    found = run_checks(ctx, **kw)
    return found, time.perf_counter() - t, _cpu() - c


def reader_engine() -> str:
    """The project's recognizer when its model is there (it may be being retrained), else
    stock tesseract: only where the MRZ is matters here, its text is replaced by the truth."""
    from docverify.reading.recognizer import default_model_path

    return "docverify" if default_model_path().is_file() else "tesseract"


def read_context(path: Path, truth: list[str] | None, today) -> tuple[CheckContext, bool]:
    """The context `docverify check` would build, with the MRZ text replaced by the truth.

    Returns (context, whether the reader found the MRZ)."""
    image = cv2.imread(str(path))
    try:
        reading = read_file(path, engine=reader_engine())
    except DocverifyError:
        return CheckContext(None, None, image, today, path), False
    if truth:
        result = parse(list(truth), today)
        reading = dataclasses.replace(reading, lines=tuple(truth), parse=result, confidences=())
    return CheckContext(reading, reading.document, image, today, path), True


def genuine_set(name: str, items, today) -> dict:
    """False alarms per family over (label, path, truth) items read like `docverify check`."""
    flags, unread, times = {}, 0, []
    for label, path, truth in items:
        ctx, found = read_context(path, truth, today)
        unread += not found
        out, dt_wall, _ = timed(ctx)
        times.append(dt_wall)
        fam = families(raised(out))
        if fam:
            flags[label] = fam
        print(f"  {name} {label}: {fam or 'clear'}", file=sys.stderr, flush=True)
    n = len(items)
    return {
        "images": n,
        "mrz_not_found_by_reader": unread,
        "false_alarm_rate": {f: sum(f in v for v in flags.values()) / max(n, 1) for f in FAMILIES},
        "flagged": flags,
        "median_s_all_checks": statistics.median(times) if times else None,
    }


def real_items(split: str) -> list[tuple[str, Path, list[str]]]:
    known = json.loads((SPECIMENS / "known_mrz.json").read_text(encoding="utf-8"))
    want = split == "heldout"
    return [(name, SPECIMENS / name, entry["mrz"]) for name, entry in sorted(known.items())
            if bool(entry.get("holdout")) == want]


def degraded_items(tmp: Path, count: int, seed: int) -> list[tuple[str, Path, list[str]]]:
    out = tmp / f"degraded_{seed}"
    manifest = make_set(out, count, seed=seed, degraded=True)
    return [(it["file"], out / it["file"], it["mrz"]) for it in manifest["items"]]


def _jpeg(img, quality: int):
    ok, buf = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, quality])
    assert ok
    return cv2.imdecode(buf, cv2.IMREAD_COLOR)


def resaved(doc, chain, path: Path):
    """The genuine page through a kind's compressions, written at quality 100; read back."""
    img = doc.image
    for q in chain:
        img = _jpeg(img, q)
    cv2.imwrite(str(path), img, [cv2.IMWRITE_JPEG_QUALITY, 100])
    return cv2.imread(str(path))


def camera_times(docs, tmp: Path) -> dict:
    """All checks on pages scaled into 4000x3000 camera frames (JPEG q90), median times."""
    walls, cpus = [], []
    for i, doc in enumerate(docs):
        rng = np.random.default_rng(100 + i)
        h, w = doc.image.shape[:2]
        s = 0.72 * 4000 / w if w / h > 4 / 3 else 0.72 * 3000 / h
        page = cv2.resize(doc.image, None, fx=s, fy=s, interpolation=cv2.INTER_CUBIC)
        ph, pw = page.shape[:2]
        ox, oy = int(rng.integers(40, 4000 - pw - 40)), int(rng.integers(40, 3000 - ph - 40))
        frame = np.full((3000, 4000, 3), (70, 80, 95), np.uint8)
        frame[oy:oy + ph, ox:ox + pw] = page
        noise = rng.normal(0, 3, frame.shape).astype(np.float32)
        frame = np.clip(cv2.GaussianBlur(frame, (3, 3), 0.8) + noise, 0, 255).astype(np.uint8)
        path = tmp / f"camera_{i}.jpg"
        cv2.imwrite(str(path), frame, [cv2.IMWRITE_JPEG_QUALITY, 90])
        mx, my, mw, mh = doc.regions["mrz"]
        ctx = context(doc, cv2.imread(str(path)), doc.mrz, path)
        region = Region(int(ox + mx * s), int(oy + my * s), int(mw * s), int(mh * s))
        ctx = dataclasses.replace(ctx, reading=dataclasses.replace(ctx.reading, region=region))
        found, wall, cpu = timed(ctx)
        walls.append(wall)
        cpus.append(cpu)
        print(f"  camera {i}: {wall:.3f} s {families(raised(found)) or 'clear'}",
              file=sys.stderr, flush=True)
    return {"frames": len(docs), "median_s_all_checks": statistics.median(walls),
            "median_cpu_s_all_checks": statistics.median(cpus)}


def run_split(split: str, args, tmp: Path) -> dict:
    first, rng_seed, donor, degraded_seed = SPLITS[split]
    rng = np.random.default_rng(rng_seed)
    docs = [generate(FORMATS[i % len(FORMATS)], first + i) for i in range(args.per_kind)]
    other = generate("TD3", donor)

    baseline, t_all, c_all, t_data = [], [], [], []
    false_png = {f: 0 for f in FAMILIES}
    false_jpeg = {f: 0 for f in FAMILIES}
    false_resaved = {f: 0 for f in FAMILIES}
    jpeg_base: dict[str, list[set[str]]] = {k: [] for k in JPEG_CHAINS}
    for i, doc in enumerate(docs):
        found, dt_all, cpu_all = timed(context(doc, doc.image, doc.mrz))
        _, dt_data, _ = timed(context(doc, doc.image, doc.mrz), include_image_checks=False)
        t_all.append(dt_all)
        c_all.append(cpu_all)
        t_data.append(dt_data)
        codes = raised(found)
        baseline.append(codes)
        for fam in families(codes):
            false_png[fam] += 1
        path = tmp / f"{split}_genuine_{i}.jpg"
        cv2.imwrite(str(path), doc.image, [cv2.IMWRITE_JPEG_QUALITY, 85])
        jfound = run_checks(context(doc, cv2.imread(str(path)), doc.mrz, path))
        for fam in families(raised(jfound)):
            false_jpeg[fam] += 1
        any_resaved: set[str] = set()
        for kind, chain in JPEG_CHAINS.items():
            path = tmp / f"{split}_resaved_{kind}_{i}.jpg"
            rcodes = raised(run_checks(context(doc, resaved(doc, chain, path), doc.mrz, path)))
            jpeg_base[kind].append(codes | rcodes)
            any_resaved |= rcodes
        for fam in families(any_resaved):
            false_resaved[fam] += 1
    print(f"{split} genuine clean done: median {statistics.median(t_all):.3f} s", file=sys.stderr)

    per_kind = {}
    for kind in tamper.KINDS:
        hits, how = 0, {}
        for i, doc in enumerate(docs):
            forged = tamper.make(kind, doc, rng, other)
            path = None
            if kind in JPEG_CHAINS:
                path = tmp / f"{split}_{kind}_{i}.jpg"
                cv2.imwrite(str(path), forged.image, [cv2.IMWRITE_JPEG_QUALITY, 100])
            base = jpeg_base[kind][i] if kind in JPEG_CHAINS else baseline[i]
            new = raised(run_checks(context(doc, forged.image, forged.mrz, path))) - base
            hits += bool(new)
            for c in new:
                how[c] = how.get(c, 0) + 1
        per_kind[kind] = {"detected": hits, "of": len(docs), "rate": hits / len(docs),
                          "by_code": dict(sorted(how.items(), key=lambda kv: -kv[1]))}
        print(f"{split} {kind}: {hits}/{len(docs)}", file=sys.stderr, flush=True)

    degraded = genuine_set(f"{split} degraded", degraded_items(tmp, args.degraded, degraded_seed),
                           SYNTH.reference_date)
    real = None if args.no_real else genuine_set(f"{split} real", real_items(split),
                                                 SYNTH.reference_date)
    n = len(docs)
    return {
        "seeds": f"{first}..{first + n - 1}",
        "genuine_synthetic": n,
        "false_alarm_rate_png": {f: v / n for f, v in false_png.items()},
        "false_alarm_rate_jpeg_q85": {f: v / n for f, v in false_jpeg.items()},
        "false_alarm_rate_resaved": {f: v / n for f, v in false_resaved.items()},
        "genuine_baseline_codes": sorted({c for b in baseline for c in b}),
        "degraded_synthetic": degraded,
        "real_specimens": real,
        "median_s_all_checks": statistics.median(t_all),
        "median_cpu_s_all_checks": statistics.median(c_all),
        "median_s_without_image_checks": statistics.median(t_data),
        "per_kind": per_kind,
        "edits_detected_overall": sum(k["detected"] for k in per_kind.values())
        / sum(k["of"] for k in per_kind.values()),
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--per-kind", type=int, default=16)
    ap.add_argument("--degraded", type=int, default=24)
    ap.add_argument("--split", choices=("tuning", "heldout", "both"), default="both")
    ap.add_argument("--camera", type=int, default=6, help="4000x3000 frames timed (0: none)")
    ap.add_argument("--no-real", action="store_true")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    tmp = Path(tempfile.mkdtemp(prefix="bench_checks_"))
    splits = ("tuning", "heldout") if args.split == "both" else (args.split,)
    report: dict = {"reader_engine": reader_engine()}
    for split in splits:
        report[split] = run_split(split, args, tmp)
    if args.camera:
        first = SPLITS[splits[0]][0]
        docs = [generate(FORMATS[i % len(FORMATS)], first + i) for i in range(args.camera)]
        report["camera_4000x3000"] = camera_times(docs, tmp)
    json.dump(report, sys.stdout, indent=1)
    sys.stdout.write("\n")
    if args.json:
        args.json.write_text(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
