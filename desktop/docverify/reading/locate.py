"""Find the MRZ in a page: bands of two or three long, parallel, evenly spaced text lines."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from docverify.config import READING
from docverify.reading.geometry import Box

# The text-line detector runs on a copy of the page scaled so its longer side is this long.
WORK_SIDE = 1200


@dataclass(frozen=True, slots=True)
class LineBox:
    """One detected text line in page coordinates."""

    box: Box


@dataclass(frozen=True, slots=True)
class Candidate:
    """A candidate MRZ: its text lines, top to bottom as seen when the band is horizontal."""

    lines: tuple[Box, ...]
    score: float


def _text_mask(gray: np.ndarray) -> np.ndarray:
    """A binary mask of dark, text-sized strokes with characters merged into line blobs."""
    import cv2

    h, w = gray.shape
    unit = max(h, w) / WORK_SIDE
    k = lambda a, b: cv2.getStructuringElement(
        cv2.MORPH_RECT, (max(1, int(a * unit)), max(1, int(b * unit)))
    )  # noqa: E731
    blackhat = cv2.morphologyEx(gray, cv2.MORPH_BLACKHAT, k(21, 21))
    # Horizontal gradient of the dark strokes, smeared along the line before thresholding,
    # so thin, widely spaced OCR-B characters join into one blob as well as bold print does.
    grad = np.absolute(cv2.Sobel(blackhat, cv2.CV_32F, 1, 0, ksize=3))
    grad = cv2.normalize(grad, None, 0, 255, cv2.NORM_MINMAX).astype(np.uint8)
    grad = cv2.morphologyEx(grad, cv2.MORPH_CLOSE, k(25, 3))
    _, mask = cv2.threshold(grad, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    mask = cv2.morphologyEx(mask, cv2.MORPH_OPEN, k(3, 3))
    mask = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, k(15, 1))
    return mask


def detect_lines(gray: np.ndarray) -> list[Box]:
    """Long, thin blobs of text in ``gray`` (already at working resolution), as rotated boxes."""
    import cv2

    mask = _text_mask(gray)
    h, w = gray.shape
    min_len = 0.12 * max(h, w)
    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    boxes = []
    for c in contours:
        if len(c) < 5:
            continue
        box = Box.from_min_area_rect(cv2.minAreaRect(c))
        if box.length < min_len or box.height < 4 or box.length < 6 * box.height:
            continue
        if abs(box.angle) > 25:
            continue  # steeper lines are found in the pass over the page turned by 90°
        boxes.append(box)
    return boxes


def _offset(a: Box, b: Box) -> float:
    """Signed distance of b's centre from a's line, across a's direction."""
    t = math.radians(a.angle)
    return -(b.cx - a.cx) * math.sin(t) + (b.cy - a.cy) * math.cos(t)


def _along(a: Box, b: Box) -> float:
    t = math.radians(a.angle)
    return (b.cx - a.cx) * math.cos(t) + (b.cy - a.cy) * math.sin(t)


def _union(a: Box, b: Box) -> Box:
    """The box along ``a``'s direction that encloses both."""
    return band_of(Candidate((a, b), 0.0))


def _pieces_of_one_line(a: Box, b: Box) -> bool:
    """Whether two blobs could be parts of one text line: parallel, on one line, and of
    like height."""
    h = max(a.height, b.height)
    return (abs(a.angle - b.angle) <= 4 and abs(_offset(a, b)) <= 0.45 * h
            and min(a.height, b.height) >= READING.line_piece_min_height_ratio * h)


def merge_collinear(boxes: list[Box]) -> list[Box]:
    """Join pieces of one text line split at a wider gap (e.g. before a run of fillers)."""
    boxes = list(boxes)
    merged = True
    while merged:
        merged = False
        for i in range(len(boxes)):
            for j in range(i + 1, len(boxes)):
                a, b = boxes[i], boxes[j]
                h = max(a.height, b.height)
                if not _pieces_of_one_line(a, b):
                    continue
                gap = abs(_along(a, b)) - (a.length + b.length) / 2
                if gap > 2.5 * h:
                    continue
                boxes[i] = _union(a, b) if a.length >= b.length else _union(b, a)
                del boxes[j]
                merged = True
                break
            if merged:
                break
    return boxes


def _is_mate(a: Box, b: Box) -> bool:
    """Whether b could be the next MRZ line of a: parallel, of similar length, aligned and
    a line pitch away."""
    if abs(a.angle - b.angle) > 4 or not 0.8 <= b.length / a.length <= 1.25:
        return False
    hmax = max(a.height, b.height)
    return (READING.mate_min_pitch * hmax <= abs(_offset(a, b)) <= 3.2 * hmax
            and abs(_along(a, b)) <= 0.12 * a.length)


def join_beside_mate(boxes: list[Box]) -> list[Box]:
    """Join two pieces of one line, however wide the gap between them, when together they are
    the mate of a whole line beside them: MRZ lines are equally long, and a run of a line
    can be lost (faint print, a shadow's edge) while its neighbour is found whole."""
    boxes = list(boxes)
    for i, a in enumerate(boxes):
        for j in range(i + 1, len(boxes)):
            b = boxes[j]
            # Seen from the longer piece, whose direction is the surer over a wide gap (a
            # short piece's box may lie flat while its line runs 2° off).
            if not (_pieces_of_one_line(a, b) if a.length >= b.length
                    else _pieces_of_one_line(b, a)):
                continue
            joined = _union(a, b) if a.length >= b.length else _union(b, a)
            if any(_is_mate(joined, p) for k, p in enumerate(boxes) if k not in (i, j)):
                rest = [p for k, p in enumerate(boxes) if k not in (i, j)]
                return join_beside_mate([joined, *rest])
    return boxes


def group_lines(boxes: list[Box]) -> list[Candidate]:
    """Groups of 2-3 lines that are parallel, of similar length, aligned and evenly spaced."""
    boxes = sorted(join_beside_mate(merge_collinear(boxes)), key=lambda b: -b.length)
    found: list[Candidate] = []
    for i, a in enumerate(boxes):
        mates = []
        for j, b in enumerate(boxes):
            if i != j and _is_mate(a, b):
                mates.append((_offset(a, b), b))
        if not mates:
            continue
        members = sorted([(0.0, a), *mates], key=lambda m: m[0])
        # Keep the longest run of evenly spaced lines, at most three.
        members = members[:3] if len(members) > 3 else members
        lines = tuple(m[1] for m in members)
        heights = [b.height for b in lines]
        regularity = min(heights) / max(heights)
        score = sum(b.length for b in lines) * regularity
        found.append(Candidate(lines, score))
    # Single blobs where the lines were merged (tightly printed or small image).
    for b in boxes:
        if 3.5 <= b.length / b.height <= 12:
            found.append(Candidate((b,), 0.5 * b.length))
    found.sort(key=lambda c: -c.score)
    unique: list[Candidate] = []
    for c in found:
        key = {(round(b.cx), round(b.cy)) for b in c.lines}
        if any(key <= {(round(b.cx), round(b.cy)) for b in u.lines} for u in unique):
            continue
        unique.append(c)
    return unique


def equal_ends(lines: tuple[Box, ...]) -> tuple[Box, ...]:
    """The lines of one MRZ stretched to the same start and end along the band: MRZ lines are
    equally long and aligned, so a line whose first character or trailing fillers the detector
    lost (a shadow, faint fillers) takes its ends from the others."""
    if len(lines) < 2:
        return lines
    band = band_of(Candidate(lines, 0.0))
    t = math.radians(band.angle)
    # A line is no taller than its share of the pitch: blur fattens each blob into the next
    # line, and a crop that holds two lines reads neither.
    pitch = abs(_offset(lines[0], lines[-1])) / (len(lines) - 1)
    tallest = READING.line_max_pitch_share * pitch
    return tuple(
        Box(band.cx - _offset(band, b) * math.sin(t), band.cy + _offset(band, b) * math.cos(t),
            band.length, min(b.height, tallest), band.angle)
        for b in lines
    )


def band_of(candidate: Candidate) -> Box:
    """One box enclosing all lines of a candidate, along their mean direction."""
    angle = sum(b.angle for b in candidate.lines) / len(candidate.lines)
    t = math.radians(angle)
    ux, uy, vx, vy = math.cos(t), math.sin(t), -math.sin(t), math.cos(t)
    us, vs = [], []
    for b in candidate.lines:
        for x, y in b.corners():
            us.append(x * ux + y * uy)
            vs.append(x * vx + y * vy)
    u0, u1, v0, v1 = min(us), max(us), min(vs), max(vs)
    uc, vc = (u0 + u1) / 2, (v0 + v1) / 2
    return Box(uc * ux + vc * vx, uc * uy + vc * vy, u1 - u0, v1 - v0, angle)
