"""Writes a deterministic set of synthetic documents and a manifest.json describing them."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import cv2

from docverify.synth.degradation import map_box, map_quad, plan_degradation, render_plan
from docverify.synth.document import generate, normalise_format
from docverify.synth.identity import FORMATS

_STRIDE = 1_000_003  # document seeds: seed * stride + index, so sets with other seeds differ


def document_seed(seed: int, index: int) -> int:
    # Kept below 2**31: OpenCV's and Pillow's random helpers take a C int.
    return (seed * _STRIDE + index) % (2**31 - 1)


def make_item(fmt: str, doc_seed: int, degraded: bool, out_dir: Path, name: str,
              ) -> dict[str, Any]:
    """Renders one document (degraded or not), writes it and returns its manifest entry."""
    doc = generate(fmt, doc_seed)
    entry: dict[str, Any] = {
        "format": doc.fmt,
        "seed": doc_seed,
        "mrz": list(doc.mrz),
        "fields": doc.fields,
        "dpi": doc.dpi,
    }
    if not degraded:
        path = out_dir / f"{name}.png"
        if not cv2.imwrite(str(path), doc.image):
            raise OSError(f"could not write {path}")
        entry["file"] = path.name
        entry["size"] = [int(doc.image.shape[1]), int(doc.image.shape[0])]
        entry["regions"] = {k: list(v) for k, v in doc.regions.items()}
        entry["degradation"] = None
        return entry
    plan = plan_degradation((doc.image.shape[1], doc.image.shape[0]), doc_seed)
    # Encoding once at the plan's quality gives exactly the pixels apply_plan() returns.
    image = render_plan(doc.image, plan)
    path = out_dir / f"{name}.jpg"
    quality = plan.jpeg_quality or 95
    if not cv2.imwrite(str(path), image, [cv2.IMWRITE_JPEG_QUALITY, quality]):
        raise OSError(f"could not write {path}")
    hom = plan.matrix
    entry["file"] = path.name
    entry["size"] = list(plan.out_size)
    entry["dpi"] = round(plan.out_dpi, 1)
    entry["regions"] = {k: list(map_box(v, hom, plan.out_size)) for k, v in doc.regions.items()}
    entry["quads"] = {k: map_quad(v, hom) for k, v in doc.regions.items()}
    entry["clean_regions"] = {k: list(v) for k, v in doc.regions.items()}
    entry["degradation"] = plan.to_json()
    return entry


def make_set(out_dir: Path, count: int, seed: int, degraded: bool = False,
             formats: tuple[str, ...] = FORMATS) -> dict[str, Any]:
    """Writes ``count`` documents cycling through ``formats``; returns the manifest."""
    out_dir.mkdir(parents=True, exist_ok=True)
    fmts = tuple(normalise_format(f) for f in formats)
    items = []
    for i in range(count):
        fmt = fmts[i % len(fmts)]
        items.append(make_item(fmt, document_seed(seed, i), degraded, out_dir,
                               f"{i:05d}_{fmt.lower()}"))
    manifest = {
        "generator": "docverify.synth",
        "seed": seed,
        "count": count,
        "degraded": degraded,
        "formats": list(fmts),
        "regions_note": "regions are (x, y, w, h) in the written image; for degraded images "
                        "they are the boxes around the mapped quads (quads: corners clockwise "
                        "from top-left of the clean box); degradation.homography maps clean "
                        "document pixels to the written image",
        "items": items,
    }
    (out_dir / "manifest.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False),
                                           encoding="utf-8")
    return manifest


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m docverify.synth.make_set", description=__doc__)
    ap.add_argument("--out", required=True, type=Path, help="output directory")
    ap.add_argument("--count", type=int, default=50)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--degraded", action="store_true", help="camera-like degradations")
    ap.add_argument("--formats", default=",".join(FORMATS),
                    help="comma-separated: TD1,TD2,TD3,MRVA,MRVB")
    args = ap.parse_args(argv)
    if args.count < 0:
        ap.error("--count must be >= 0")
    try:
        formats = tuple(f.strip() for f in args.formats.split(",") if f.strip())
        manifest = make_set(args.out, args.count, args.seed, args.degraded, formats)
    except ValueError as exc:
        ap.error(str(exc))
    print(f"wrote {manifest['count']} documents and manifest.json to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
