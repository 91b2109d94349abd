"""Line crops cut by the reader itself from the real specimens' tuning part, for training.

The specimens in tests/fixtures/documents are real printed documents photographed or scanned
like the ones users bring: their lines teach the recognizer the inks, backgrounds and the
reader's own crop geometry that the fixture's line crops lack. Only the tuning part is used
(known_mrz.json entries without "holdout": true); a held-out specimen is refused, so the
held-out figure of bench_mrz.py stays blind. Each page is cut as harvest.page_crops does
(both page turns, first candidates, both ways up; the orientation whose lines best match the
truth). Cached in training/out/specimens/. Usage:
    .venv/bin/python training/specimens.py [--out training/out/specimens]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import cv2

sys.path.insert(0, str(Path(__file__).resolve().parent))

from data import ALPHABET, ROOT  # noqa: E402
from harvest import page_crops  # noqa: E402

from docverify.reading.loader import load_pages  # noqa: E402
from docverify.reading.recognizer import LineRecognizer  # noqa: E402

SPECIMENS = ROOT / "tests" / "fixtures" / "documents"
DEFAULT_OUT = ROOT / "training" / "out" / "specimens"


def tuning_specimens() -> dict[str, list[str]]:
    """Relative path -> true MRZ lines of every tuning specimen (never a held-out one)."""
    known = json.loads((SPECIMENS / "known_mrz.json").read_text(encoding="utf-8"))
    return {rel: truth["mrz"] for rel, truth in known.items()
            if not rel.startswith("_") and truth.get("mrz") and not truth.get("holdout")}


def harvest_specimens(out: Path = DEFAULT_OUT, model: Path | None = None) -> list[dict]:
    """Writes the crops as PNG plus labels.json into ``out``; returns the label entries."""
    out.mkdir(parents=True, exist_ok=True)
    rec = LineRecognizer(model)
    labels: list[dict] = []
    skipped = []
    for rel, truth in sorted(tuning_specimens().items()):
        found = None
        for page in load_pages(SPECIMENS / rel):
            gray = cv2.cvtColor(page.image, cv2.COLOR_BGR2GRAY)
            found = page_crops(gray, truth, rec)
            if found is not None:
                break
        if found is None:
            skipped.append(rel)
            continue
        _, crops, reads = found
        stem = rel.replace("/", "_").rsplit(".", 1)[0]
        for i, (crop, text) in enumerate(zip(crops, truth, strict=True)):
            if not set(text) <= ALPHABET:  # a specimen printing Ñ in its MRZ: not a label
                continue
            name = f"{stem}_{i}.png"
            cv2.imwrite(str(out / name), crop)
            labels.append({"file": name, "text": text, "specimen": rel, "model_read": reads[i]})
    meta = {"specimens": len(tuning_specimens()), "skipped": skipped, "crops": len(labels),
            "items": labels}
    (out / "labels.json").write_text(json.dumps(meta, indent=1), encoding="utf-8")
    print(f"specimens: {len(labels)} crops from {len(tuning_specimens()) - len(skipped)} "
          f"tuning specimens; not cut: {', '.join(skipped) or 'none'}", flush=True)
    return labels


def load_specimen_crops(out: Path = DEFAULT_OUT) -> list[tuple]:
    """(gray crop, text) pairs, harvested on first use."""
    labels = out / "labels.json"
    items = (json.loads(labels.read_text(encoding="utf-8"))["items"] if labels.is_file()
             else harvest_specimens(out))
    return [(cv2.imread(str(out / it["file"]), cv2.IMREAD_GRAYSCALE), it["text"]) for it in items]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--model", type=Path, default=None)
    args = ap.parse_args()
    harvest_specimens(args.out, args.model)


if __name__ == "__main__":
    main()
