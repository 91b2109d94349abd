"""OCR-B reference glyphs for the MRZ alphabet, rendered at a working pitch, and their match."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import numpy as np

OCRB = Path("/usr/share/fonts/opentype/ocr-b/OCRB.otf")
ALPHABET = "<0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_SOFT = 1.2  # blur (px at the working pitch) applied before comparing shapes
_SLACK = 0.125  # sized_match: how far (pitches) the glyph may move from the centroid placement


class FontMissing(RuntimeError):
    """The OCR-B font (Debian package fonts-ocr-b) is not installed."""


@dataclass(frozen=True, slots=True)
class Glyph:
    """One character's ink at the working pitch: where it sits in its cell and its shape.

    ``cx`` is the ink centre from the cell's left edge, ``bottom`` the ink bottom from the
    baseline (y down), both in pixels; ``ink`` is the ink box (1 = ink, float32).
    """

    char: str
    cx: float
    bottom: float
    width: int
    height: int
    ink: np.ndarray
    soft: np.ndarray  # the ink blurred as `match` blurs what it compares


def font_available() -> bool:
    return OCRB.is_file()


@functools.cache
def glyphs(pitch: int) -> dict[str, Glyph]:
    """Every MRZ character rendered in OCR-B so that the advance (the pitch) is ``pitch`` px."""
    import cv2
    from PIL import Image, ImageDraw, ImageFont

    if not font_available():
        raise FontMissing(f"{OCRB} is missing: install the fonts-ocr-b package")
    probe = ImageFont.truetype(str(OCRB), 100)
    size = max(6, round(100 * pitch / probe.getlength("A")))
    scale = 4  # render large and average down: sub-pixel accurate ink boxes
    big = ImageFont.truetype(str(OCRB), size * scale)
    out: dict[str, Glyph] = {}
    for ch in ALPHABET:
        side = 3 * pitch * scale
        img = Image.new("L", (side, side), 0)
        base = 2 * pitch * scale
        ImageDraw.Draw(img).text((pitch * scale, base), ch, font=big, fill=255, anchor="ls")
        a = np.asarray(img, np.float32) / 255.0
        a = a.reshape(side // scale, scale, side // scale, scale).mean(axis=(1, 3))
        ys, xs = np.nonzero(a > 0.35)
        y0, y1, x0, x1 = ys.min(), ys.max() + 1, xs.min(), xs.max() + 1
        ink = a[y0:y1, x0:x1].copy()
        out[ch] = Glyph(ch, (x0 + x1) / 2 - pitch, y1 - 2 * pitch, int(x1 - x0), int(y1 - y0),
                        ink, cv2.GaussianBlur(ink, (0, 0), _SOFT))
    return out


def ncc(a: np.ndarray, b: np.ndarray) -> float:
    """Zero-mean normalised cross-correlation of two equal-sized arrays (-1..1; 0 when flat)."""
    a = a - a.mean()
    b = b - b.mean()
    den = float(np.sqrt((a * a).sum() * (b * b).sum()))
    return float((a * b).sum() / den) if den > 1e-9 else 0.0


def soften(a: np.ndarray) -> np.ndarray:
    """The blur applied to both sides before shapes are compared."""
    import cv2

    return cv2.GaussianBlur(a, (0, 0), _SOFT)


def match(ink: np.ndarray, glyph: Glyph) -> float:
    """How well an ink patch (1 = ink) has the reference glyph's shape, 1 being identical.

    The patch is resized onto the glyph's ink box, so size and position do not count here
    (the geometry checks see those); only the shape does.
    """
    import cv2

    if ink.size == 0 or ink.shape[0] < 2 or ink.shape[1] < 2:
        return 0.0
    patch = cv2.resize(ink.astype(np.float32), (glyph.width, glyph.height),
                       interpolation=cv2.INTER_AREA)
    # A little blur on both sides: a stroke a pixel off is not another shape.
    return ncc(soften(patch), glyph.soft)


def _centred(a: np.ndarray, side: int) -> np.ndarray:
    """``a`` moved so that its ink centroid is the centre of a ``side`` x ``side`` canvas."""
    import cv2

    m = cv2.moments(a, binaryImage=False)
    if m["m00"] < 1e-6:
        return np.zeros((side, side), np.float32)
    shift = np.float32([[1, 0, side / 2 - m["m10"] / m["m00"]],
                        [0, 1, side / 2 - m["m01"] / m["m00"]]])
    return cv2.warpAffine(a.astype(np.float32), shift, (side, side))


@functools.lru_cache(maxsize=512)
def _sized(char: str, pitch: int, size: float, side: int) -> np.ndarray:
    import cv2

    glyph = glyphs(pitch)[char]
    w, h = max(2, round(glyph.width * size)), max(2, round(glyph.height * size))
    return soften(_centred(cv2.resize(glyph.ink, (w, h), interpolation=cv2.INTER_AREA), side))


def sized_match(ink: np.ndarray, char: str, pitch: int, size: float) -> float:
    """The match of an ink patch with the OCR-B glyph drawn at the line's measured size
    (``size``: the line's glyph height over the reference's), both centred on their ink
    centroid: unlike ``match`` the patch is not stretched onto the glyph's box, so another
    font's proportions, stroke ends and counters count as they are (1 = identical). ``pitch``
    is the working pitch the patch is at."""
    import cv2

    if ink.size == 0 or ink.shape[0] < 2 or ink.shape[1] < 2:
        return 0.0
    side = 2 * pitch
    ref = _sized(char, pitch, round(size, 2), side)
    # The best of the placements within _SLACK px of the centroids' (an open glyph such as L
    # moves its centroid with its arm's length, which OCR-B's variants print differently).
    m = max(1, round(_SLACK * pitch))
    if not ref[m:side - m, m:side - m].any():
        return 0.0
    scores = cv2.matchTemplate(soften(_centred(ink, side)), ref[m:side - m, m:side - m],
                               cv2.TM_CCOEFF_NORMED)
    return float(scores.max())
