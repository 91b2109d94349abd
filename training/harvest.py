"""Harvests (line crop, true text) pairs cut by the reader itself from degraded synthetic documents.

Documents come from docverify.synth.make_set(degraded=True) with seeds 1,000,000-1,999,999 only
(the benchmark uses 910,000, the tests small seeds, the dev set 777 and 4242). Each page is
located and cropped exactly as reader.read_image does (both page turns, the first candidates,
both ways up, reader._line_crops); the orientation kept is the one whose lines, read by the
current model, are closest to the true MRZ. Usage:
    .venv/bin/python training/harvest.py [--documents 1200] [--out training/out/harvest]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

import cv2
from rapidfuzz.distance import Levenshtein

sys.path.insert(0, str(Path(__file__).resolve().parent))

from data import ROOT  # noqa: E402

from docverify.config import READING  # noqa: E402
from docverify.reading import locate  # noqa: E402
from docverify.reading.reader import _line_crops, _split_band  # noqa: E402
from docverify.reading.recognizer import LineRecognizer  # noqa: E402
from docverify.synth.make_set import make_set  # noqa: E402

SEED_FIRST, SEED_LAST = 1_000_000, 1_999_999
DEFAULT_OUT = ROOT / "training" / "out" / "harvest"
BATCH_DOCS = 50  # documents per make_set call (one seed each)


def page_crops(gray, truth: list[str], rec: LineRecognizer):
    """The reader's crops of the band and orientation that best match ``truth``, or None."""
    best = None
    for rotated in (False, True):
        frame = cv2.rotate(gray, cv2.ROTATE_90_CLOCKWISE) if rotated else gray
        factor = locate.WORK_SIDE / max(frame.shape)
        work = cv2.resize(frame, None, fx=factor, fy=factor,
                          interpolation=cv2.INTER_AREA if factor < 1 else cv2.INTER_CUBIC)
        for cand in locate.group_lines(locate.detect_lines(work))[: READING.max_candidates]:
            lines = tuple(b.scaled(1 / factor) for b in cand.lines)
            if len(lines) == 1:
                lines = _split_band(frame, lines[0])
            if len(lines) != len(truth):
                continue
            for flip in (False, True):
                crops = _line_crops(frame, lines, flip)
                if any(c.shape[0] < 4 or c.shape[1] < 8 for c in crops):
                    continue
                reads = [r.text for r in rec.recognize_batch(crops)]
                d = sum(Levenshtein.distance(r, t) for r, t in zip(reads, truth, strict=True))
                if best is None or d < best[0]:
                    best = (d, crops, reads)
    if best is None or best[0] > 0.35 * sum(len(t) for t in truth):
        return None
    return best


def harvest(out: Path, documents: int, first_seed: int = SEED_FIRST,
            model: Path | None = None) -> list[dict]:
    """Writes crops as PNG plus labels.json into ``out``; returns the label entries."""
    out.mkdir(parents=True, exist_ok=True)
    rec = LineRecognizer(model)
    labels: list[dict] = []
    misread = skipped = 0
    t0 = time.time()
    for b in range((documents + BATCH_DOCS - 1) // BATCH_DOCS):
        seed = first_seed + b
        if not SEED_FIRST <= seed <= SEED_LAST:
            raise ValueError(f"seed {seed} outside the training range")
        n = min(BATCH_DOCS, documents - b * BATCH_DOCS)
        with tempfile.TemporaryDirectory() as tmp:
            manifest = make_set(Path(tmp), n, seed, degraded=True)
            for k, item in enumerate(manifest["items"]):
                gray = cv2.imread(str(Path(tmp) / item["file"]), cv2.IMREAD_GRAYSCALE)
                found = page_crops(gray, item["mrz"], rec)
                if found is None:
                    skipped += 1
                    continue
                d, crops, reads = found
                for i, (crop, text) in enumerate(zip(crops, item["mrz"], strict=True)):
                    name = f"s{seed}_{k:03d}_{i}.png"
                    cv2.imwrite(str(out / name), crop)
                    labels.append({"file": name, "text": text, "seed": seed, "format": item["format"],
                                   "model_read": reads[i]})
                    misread += reads[i] != text
        print(f"harvest: seed {seed}: {len(labels)} crops, {skipped} pages skipped, "
              f"{time.time() - t0:.0f}s", flush=True)
    meta = {"documents": documents, "first_seed": first_seed, "crops": len(labels),
            "pages_skipped": skipped, "crops_misread_by_harvesting_model": misread,
            "items": labels}
    (out / "labels.json").write_text(json.dumps(meta, indent=1), encoding="utf-8")
    return labels


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--documents", type=int, default=1200)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--model", type=Path, default=None)
    args = ap.parse_args()
    harvest(args.out, args.documents, model=args.model)


if __name__ == "__main__":
    main()
