"""Reader changes side by side on the real tuning specimens and 120 variants of them.

The held-out specimens stay blind, and 24 tuning documents are too few to tell reader changes
apart; each tuning specimen is also read turned 90° and 180°, shrunk to 0.6, skewed up to ±12°
and put in perspective (6% of each side), saved as JPEG q80 (seeded, so every run sees the same
144 images). Each combination of recogniser model x name prior x locator join is read with the
same reader; the figure is exact MRZs of 144. Held-out specimens are never read. Usage:
    .venv/bin/python training/evaluate_variants.py --old /tmp/old.onnx [--new MODEL]
    .venv/bin/python training/evaluate_variants.py --misses   # the reader as it is, every miss
    .venv/bin/python training/evaluate_variants.py --old A.onnx --new B.onnx --as-shipped \
        --budget 10   # the two models through the reader as shipped, variants and camera set
(--misses also reads a harder camera set: each tuning specimen under 4 of the synthetic
generator's camera degradations)
(the old model of a commit: git show COMMIT:resources/models/mrz_recognizer.onnx > /tmp/old.onnx)
"""

from __future__ import annotations

import argparse
import itertools
import sys
import tempfile
from pathlib import Path

import cv2
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from evaluate_reader import read_lines  # noqa: E402
from specimens import SPECIMENS, tuning_specimens  # noqa: E402

import docverify.reading.correct as correct_module  # noqa: E402
import docverify.reading.locate as locate_module  # noqa: E402
from docverify.reading.engines import ModelEngine  # noqa: E402
from docverify.reading.loader import load_pages  # noqa: E402
from docverify.reading.recognizer import default_model_path  # noqa: E402
from docverify.synth import degrade  # noqa: E402

SEED = 7
CAMERA_SEED = 5000


def variants(img: np.ndarray, rng: np.random.Generator) -> dict[str, np.ndarray]:
    h, w = img.shape[:2]
    turn = cv2.getRotationMatrix2D((w / 2, h / 2), rng.uniform(-12, 12), 1.0)
    corners = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    d = 0.06
    moved = np.float32([[w * d * rng.random(), h * d * rng.random()],
                        [w - w * d * rng.random(), h * d * rng.random()],
                        [w - w * d * rng.random(), h - h * d * rng.random()],
                        [w * d * rng.random(), h - h * d * rng.random()]])
    return {
        "r90": cv2.rotate(img, cv2.ROTATE_90_CLOCKWISE),
        "r180": cv2.rotate(img, cv2.ROTATE_180),
        "small": cv2.resize(img, None, fx=0.6, fy=0.6, interpolation=cv2.INTER_AREA),
        "skew": cv2.warpAffine(img, turn, (w, h), borderMode=cv2.BORDER_REPLICATE),
        "persp": cv2.warpPerspective(img, cv2.getPerspectiveTransform(corners, moved), (w, h),
                                     borderMode=cv2.BORDER_REPLICATE),
    }


def make_items(out: Path) -> list[tuple[Path, list[str]]]:
    rng = np.random.default_rng(SEED)
    items = []
    for rel, truth in sorted(tuning_specimens().items()):
        img = load_pages(SPECIMENS / rel)[0].image
        for kind, v in variants(img, rng).items():
            p = out / f"{rel.replace('/', '_')}_{kind}.jpg"
            cv2.imwrite(str(p), v, [cv2.IMWRITE_JPEG_QUALITY, 80])
            items.append((p, truth))
        items.append((SPECIMENS / rel, truth))
    return items


def camera_items(out: Path, per: int = 4) -> list[tuple[Path, list[str]]]:
    """Each tuning specimen under ``per`` of the synthetic generator's camera degradations
    (desk, light, shadow, blur, noise, perspective, turn, JPEG) at its own resolution: a harder
    set of real prints (64 of 96 read exactly at commit 59b9856), for study."""
    items = []
    for rel, truth in sorted(tuning_specimens().items()):
        img = load_pages(SPECIMENS / rel)[0].image
        if img.ndim == 2:
            img = cv2.cvtColor(img, cv2.COLOR_GRAY2BGR)
        for seed in range(CAMERA_SEED, CAMERA_SEED + per):
            v, _ = degrade(img, seed, src_dpi=300, out_dpi=300)
            p = out / f"{rel.replace('/', '_')}_camera{seed}.jpg"
            cv2.imwrite(str(p), v, [cv2.IMWRITE_JPEG_QUALITY, 92])
            items.append((p, truth))
    return items


def show_misses(items: list[tuple[Path, list[str]]], engine: ModelEngine,
                budget_s: float | None = None) -> int:
    """Read every item with the reader as it is; print each miss; return the exact count."""
    ok = 0
    for path, truth in items:
        got = read_lines(path, engine, budget_s)
        ok += got == truth
        if got != truth:
            print(f"  {path.name}: got {got}\n  {' ' * len(path.name)}  want {truth}", flush=True)
    return ok


def exact(items: list[tuple[Path, list[str]]], engine: ModelEngine,
          budget_s: float | None = None) -> int:
    return sum(read_lines(path, engine, budget_s) == truth for path, truth in items)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--old", type=Path, help="the model to compare against")
    ap.add_argument("--new", type=Path, default=default_model_path())
    ap.add_argument("--as-shipped", action="store_true",
                    help="compare old and new with the locator join and the name prior on only,"
                         " on the 144 items and the camera set")
    ap.add_argument("--budget", type=float, default=None, metavar="SECONDS",
                    help="the reader's time budget per image (default: the app's); a longer one "
                         "keeps a loaded machine from deciding a comparison")
    ap.add_argument("--misses", action="store_true",
                    help="no comparison: read the 144 items and the camera set with the reader"
                         " and model as they are, and print every miss")
    args = ap.parse_args()
    if args.misses:
        with tempfile.TemporaryDirectory() as tmp:
            engine = ModelEngine(args.new)
            for label, items in (("variants", make_items(Path(tmp))),
                                 ("camera", camera_items(Path(tmp)))):
                ok = show_misses(items, engine, args.budget)
                print(f"{label}: exact {ok}/{len(items)}", flush=True)
        return
    if args.old is None:
        ap.error("--old MODEL is needed to compare (or --misses)")
    engines = {"old": ModelEngine(args.old), "new": ModelEngine(args.new)}
    if args.as_shipped:
        with tempfile.TemporaryDirectory() as tmp:
            for label, items in (("variants", make_items(Path(tmp))),
                                 ("camera", camera_items(Path(tmp)))):
                for name, engine in engines.items():
                    ok = exact(items, engine, args.budget)
                    print(f"{label}: model {name} exact {ok}/{len(items)}", flush=True)
        return
    join, names = locate_module.join_beside_mate, correct_module.repair_names
    with tempfile.TemporaryDirectory() as tmp:
        items = make_items(Path(tmp))
        for (label, engine), with_join, with_prior in itertools.product(
                engines.items(), (False, True), (False, True)):
            locate_module.join_beside_mate = join if with_join else (lambda boxes: boxes)
            correct_module.repair_names = names if with_prior else (lambda rows, span: [])
            print(f"model {label}  locator join {'on ' if with_join else 'off'}  name prior "
                  f"{'on ' if with_prior else 'off'}  exact {exact(items, engine, args.budget)}"
                  f"/{len(items)}", flush=True)


if __name__ == "__main__":
    main()
