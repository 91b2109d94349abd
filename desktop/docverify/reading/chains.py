"""Find text lines as chains of character-sized marks: the locator's second way to see a line.

The first way (locate.detect_lines) smears each line's strokes into one blob. Where that fails
(characters printed far apart on a card filling the photo, guilloche bridging two lines into
one blob, a shadow eating half a line) the characters themselves are still there: an MRZ line
is a row of dozens of marks of one height at one pitch. Each mark is linked to the nearest
mark of like height to its right, about one character on, and a long enough chain is a line.
"""

from __future__ import annotations

import math

import numpy as np

from docverify.config import READING
from docverify.reading.geometry import Box


def _marks(gray: np.ndarray) -> np.ndarray:
    """Character-sized dark marks of ``gray``: one row per mark, (cx, cy, width, height)."""
    import cv2

    h, w = gray.shape
    block = max(15, int(max(h, w) * READING.chain_block_share) | 1)
    ink = cv2.adaptiveThreshold(cv2.GaussianBlur(gray, (3, 3), 0), 255,
                                cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, block, 12)
    _count, _labels, stats, _centroids = cv2.connectedComponentsWithStats(ink, connectivity=8)
    x, y, bw, bh, area = (stats[1:, k].astype(np.float32) for k in range(5))
    lo, hi = READING.chain_mark_px
    keep = (bh >= lo) & (bh <= hi) & (bw <= 1.6 * bh) & (area >= 0.12 * bw * bh)
    return np.stack([x + bw / 2, y + bh / 2, bw, bh], axis=1)[keep]


def _next_marks(marks: np.ndarray) -> np.ndarray:
    """For each mark, the index of the nearest mark of like height one character or so to
    its right, roughly level with it (-1 for none)."""
    nxt = np.full(len(marks), -1, np.int64)
    if len(marks) == 0:
        return nxt
    order = np.argsort(marks[:, 0])
    sorted_marks = marks[order]
    xs = sorted_marks[:, 0]
    slope = math.tan(math.radians(READING.chain_max_angle_deg))
    for k, i in enumerate(order):
        cx, cy, _w, h = marks[i]
        stop = int(np.searchsorted(xs, cx + READING.chain_max_gap_heights * h, side="right"))
        near = sorted_marks[k + 1 : stop]
        dx = near[:, 0] - cx
        ratio = near[:, 3] / h
        # Fillers (<) stand lower than letters: level within half a letter, plus the slope.
        level = np.abs(near[:, 1] - cy) <= 0.5 * np.maximum(h, near[:, 3]) + dx * slope
        ok = (dx > 0.2 * h) & (ratio >= 0.55) & (ratio <= 1.8) & level
        if ok.any():
            nxt[i] = order[k + 1 + int(np.argmin(np.where(ok, dx, np.inf)))]
    return nxt


def detect_chains(gray: np.ndarray) -> list[Box]:
    """Text lines of at least READING.chain_min_marks character marks, as rotated boxes
    (``gray`` already at the locator's working resolution)."""
    import cv2

    marks = _marks(gray)
    nxt = _next_marks(marks)
    # Where two marks link to one, only the nearer keeps the link: chains do not fork.
    claimed: dict[int, int] = {}
    for i, j in enumerate(nxt):
        if j < 0:
            continue
        k = claimed.get(int(j))
        if k is None or marks[j, 0] - marks[i, 0] < marks[j, 0] - marks[k, 0]:
            claimed[int(j)] = i
    prev = {j: i for j, i in claimed.items()}
    boxes = []
    for start in range(len(marks)):
        if start in prev:
            continue  # not the head of a chain
        chain, i = [start], start
        while nxt[i] >= 0 and prev.get(int(nxt[i])) == i:
            i = int(nxt[i])
            chain.append(i)
        if len(chain) < READING.chain_min_marks:
            continue
        pts = marks[chain]
        # The direction from the letters' centres (fillers sit lower), the band from all.
        vx, vy, x0, y0 = cv2.fitLine(pts[:, :2], cv2.DIST_HUBER, 0, 0.01, 0.01).ravel()
        if vx < 0:
            vx, vy = -vx, -vy
        along = (pts[:, 0] - x0) * vx + (pts[:, 1] - y0) * vy
        height = float(np.percentile(pts[:, 3], 75))
        u0 = float(along.min() - pts[np.argmin(along), 2] / 2)
        u1 = float(along.max() + pts[np.argmax(along), 2] / 2)
        uc = (u0 + u1) / 2
        angle = math.degrees(math.atan2(vy, vx))
        boxes.append(Box(float(x0 + uc * vx), float(y0 + uc * vy), u1 - u0, height, angle))
    return boxes
