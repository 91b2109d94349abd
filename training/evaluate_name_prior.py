"""The reader's name step on real names: how many name words it mends and how many it breaks.

The name lines of the real training crops (../shared/fixtures/mrz_lines, never the held-out
split) are shrunk to 20-40%, blurred and saved as JPEG q25-60 (seeded), read by the committed
recogniser, given the column class as the reader does, then respelt by the reader's name step
(name_spelling.repair_names) under each known-word bonus asked for. A word counts as mended when
the read was wrong and the respelt word is right, broken the other way round. Usage:
    .venv/bin/python training/evaluate_name_prior.py [--repeats 2] [--bonus 0 4 6] [--show]
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import sys
from pathlib import Path

import cv2
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from data import LINES_DIR, load_crops, read_gray, split  # noqa: E402

import docverify.reading.correct as correct_module  # noqa: E402
import docverify.reading.name_spelling as name_spelling  # noqa: E402
from docverify.mrz.layout import Span  # noqa: E402
from docverify.reading.cells import Cell  # noqa: E402
from docverify.reading.recognizer import default_recognizer  # noqa: E402

SEED = 11


def name_columns(text: str) -> tuple[int, int] | None:
    """The name field of a labelled line, told from its shape; None for other lines."""
    if len(text) == 44 and text[0] in "PV":
        return 5, 44
    if (len(text) == 36 and text[0] in "PVIAC" and re.fullmatch(r"[A-Z<]{5}", text[:5])
            and re.search("[A-Z]{2}", text[5:])):
        return 5, 36
    if len(text) == 30 and re.fullmatch(r"[A-Z<]+", text) and "<<" in text:
        return 0, 30
    return None


def degrade(img: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    h, w = img.shape
    f = rng.uniform(0.2, 0.4)
    small = cv2.resize(img, (max(8, int(w * f)), max(6, int(h * f))), interpolation=cv2.INTER_AREA)
    if rng.random() < 0.5:
        small = cv2.GaussianBlur(small, (3, 3), rng.uniform(0.5, 1.0))
    _ok, enc = cv2.imencode(".jpg", small, [cv2.IMWRITE_JPEG_QUALITY, int(rng.integers(25, 60))])
    return cv2.imdecode(enc, cv2.IMREAD_GRAYSCALE)


def respelt(result, columns: tuple[int, int]) -> tuple[str, str]:
    """The line as the column class leaves it, and after the name step."""
    a, b = columns
    row = [Cell(ch, p, alts)
           for ch, p, alts in zip(result.text, result.confidences, result.alternatives, strict=True)]
    for ch in row[a:b]:
        new = correct_module._apply_class(ch, "a")
        if new is not None:
            ch.char, ch.conf = new, min(ch.conf, 0.5)
    before = "".join(ch.char for ch in row)
    name_spelling.repair_names([row], Span(0, a, b))
    return before, "".join(ch.char for ch in row)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeats", type=int, default=2, help="degraded reads of each line")
    ap.add_argument("--bonus", type=float, nargs="+", default=[0.0, 4.0])
    ap.add_argument("--show", action="store_true", help="print each mended and broken word")
    args = ap.parse_args()
    train, _heldout = split(load_crops(), "real")
    lines = [(c, cols) for c in train if (cols := name_columns(c.text))]
    rng = np.random.default_rng(SEED)
    recognizer = default_recognizer()
    reads = []
    for _ in range(args.repeats):
        images = [degrade(read_gray(LINES_DIR / c.file), rng) for c, _ in lines]
        for (crop, cols), result in zip(lines, recognizer.recognize_batch(images), strict=True):
            if len(result.text) == len(crop.text):  # a word's place needs the line's length
                reads.append((crop.text, cols, result))
    print(f"{len(lines)} real name lines, {len(reads)} degraded reads of the right length")
    base = name_spelling.READING
    for bonus in args.bonus:
        name_spelling.READING = dataclasses.replace(base, name_prior_known_bonus=bonus)
        mended = broken = right = words = 0
        for truth, (a, b), result in reads:
            before, after = respelt(result, (a, b))
            for m in re.finditer(r"[A-Z]+", truth[a:b]):
                i, j = m.start() + a, m.end() + a
                was, now = before[i:j] == truth[i:j], after[i:j] == truth[i:j]
                mended += now and not was
                broken += was and not now
                right += now
                words += 1
                if args.show and was != now:
                    print(f"   {'mended' if now else 'BROKEN'} {before[i:j]} -> {after[i:j]}")
        print(f"known-word bonus {bonus}: {words} words, mended {mended}, broken {broken},"
              f" right after {right}", flush=True)
    name_spelling.READING = base


if __name__ == "__main__":
    main()
