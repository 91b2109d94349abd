"""Reads the visual zone above the MRZ with tesseract `eng`: words, their lines and boxes."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import numpy as np

from docverify.checks.context import Run
from docverify.checks.upright import Upright, upright
from docverify.config import CHECKS
from docverify.model import Region

log = logging.getLogger(__name__)

# The visual zone of a TD3 data page reaches about 0.65 MRZ widths above the MRZ (88 mm page,
# 112 mm MRZ); TD1/TD2 less. The crop takes a little more and is clipped to the image.
_ABOVE = {"TD3": 0.70, "MRVA": 0.70, "TD2": 0.62, "MRVB": 0.62, "TD1": 0.55}
# Working scale: MRZ character height in the OCR image, in pixels.
_TARGET_CHAR_PX = 20.0


@dataclass(frozen=True, slots=True)
class Word:
    text: str
    conf: float
    x: float  # upright-frame box, in the page's scale
    y: float
    w: float
    h: float


@dataclass(frozen=True, slots=True)
class Line:
    """A line of words as tesseract grouped them, left to right."""

    words: tuple[Word, ...]

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def conf(self) -> float:
        return float(np.mean([w.conf for w in self.words])) if self.words else 0.0

    @property
    def box(self) -> tuple[float, float, float, float]:
        x0 = min(w.x for w in self.words)
        y0 = min(w.y for w in self.words)
        x1 = max(w.x + w.w for w in self.words)
        y1 = max(w.y + w.h for w in self.words)
        return x0, y0, x1 - x0, y1 - y0


@dataclass(frozen=True, slots=True)
class VizText:
    lines: tuple[Line, ...]
    frame: Upright

    def region(self, line: Line) -> Region:
        return self.frame.to_page(*line.box)


class TesseractMissing(RuntimeError):
    """tesseract is not installed or has no `eng` model."""


def tesseract_available() -> bool:
    try:
        import pytesseract

        return "eng" in pytesseract.get_languages(config="")
    except Exception:  # not installed, not on PATH, broken install
        return False


def read_viz(run: Run) -> VizText | None:
    """The visual-zone text (computed once per run); None when there is nothing to read."""
    return run.memo("viz_text", lambda: _read(run))


def _binarise(gray: np.ndarray, char_px: float) -> np.ndarray:
    """Dark ink on white; background patterns lighter than halfway to the ink are dropped, and
    so are blobs much taller than text (the photo, seals)."""
    import cv2

    bg = float(np.median(gray))
    ink = float(np.percentile(gray, 0.5))
    ink_mask = (gray < (bg + ink) / 2).astype(np.uint8)
    n, _, stats, _ = cv2.connectedComponentsWithStats(ink_mask, connectivity=8)
    labels = cv2.connectedComponents(ink_mask, connectivity=8)[1]
    big = np.flatnonzero(stats[:, cv2.CC_STAT_HEIGHT] > 3.5 * char_px)
    big = big[big != 0]
    if big.size:
        ink_mask[np.isin(labels, big)] = 0
    return np.where(ink_mask > 0, 0, 255).astype(np.uint8)


def _read(run: Run) -> VizText | None:
    import cv2
    import pytesseract

    frame = upright(run)
    doc = run.document
    if frame is None or doc is None:
        return None
    if not tesseract_available():
        raise TesseractMissing("tesseract with the eng model is not installed")
    mx, my, mw, mh = frame.mrz
    gray = frame.gray
    top = int(max(0, my - _ABOVE.get(str(doc.format), 0.6) * mw))
    x0 = int(max(0, mx - 0.08 * mw))
    x1 = int(min(gray.shape[1], mx + 1.08 * mw))
    y1 = int(max(0, my - 0.02 * mh))
    if y1 - top < 20 or x1 - x0 < 20:
        return VizText((), frame)
    crop = gray[top:y1, x0:x1]
    char_px = mh / (len(doc.mrz) * 1.6)  # MRZ lines sit at 6 lines per inch, caps ~60% of it
    scale = min(1.0, _TARGET_CHAR_PX / max(char_px, 1.0))
    if scale < 0.95:
        crop = cv2.resize(crop, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    binary = _binarise(crop, char_px * scale)
    data = pytesseract.image_to_data(
        binary, lang="eng", config="--psm 11 -c tessedit_do_invert=0",
        output_type=pytesseract.Output.DICT,
    )
    groups: dict[tuple[int, int, int], list[Word]] = {}
    for i, text in enumerate(data["text"]):
        text = text.strip()
        conf = float(data["conf"][i])
        if not text or conf < CHECKS.viz_min_word_conf:
            continue
        key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        groups.setdefault(key, []).append(Word(
            text, conf,
            x0 + data["left"][i] / scale, top + data["top"][i] / scale,
            data["width"][i] / scale, data["height"][i] / scale,
        ))
    lines = [Line(tuple(sorted(ws, key=lambda w: w.x))) for ws in groups.values()]
    lines = _merge_rows(lines)
    lines.sort(key=lambda ln: (round(ln.box[1] / max(char_px, 1)), ln.box[0]))
    return VizText(tuple(lines), frame)


def _merge_rows(lines: list[Line]) -> list[Line]:
    """psm 11 splits a row into fragments; words closer than two word-heights are one line."""
    out: list[Line] = []
    for line in sorted(lines, key=lambda ln: (ln.box[1], ln.box[0])):
        for i, prev in enumerate(out):
            px, py, pw, ph = prev.box
            x, y, w, h = line.box
            same_row = abs((py + ph / 2) - (y + h / 2)) < 0.5 * max(ph, h)
            near = 0 <= x - (px + pw) < 1.2 * max(ph, h)
            if same_row and near:
                out[i] = Line(prev.words + line.words)
                break
        else:
            out.append(line)
    return out
