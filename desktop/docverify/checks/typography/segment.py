"""Finds the glyph boxes of an MRZ line: the ink over the paper, its blobs cut onto each glyph's
own strokes, touching glyphs split, and the blobs chained into lines."""

from __future__ import annotations

import numpy as np

from docverify.config import CHECKS

PITCH = 24  # working pitch (px): the MRZ is scaled so that one character cell is this wide
_WIDEST = 1.05  # no OCR-B glyph is wider than this many pitches (W and M: about 0.8)
_TALLEST = 1.7  # a blob taller than this many pitches is no glyph (OCR-B's 0: 1.1)


def ink_map(gray: np.ndarray) -> np.ndarray:
    """Ink as 0..1 (1 = darkest), the paper's slow changes (light, tint, pattern) removed."""
    import cv2

    k = 2 * PITCH + 1
    paper = cv2.morphologyEx(gray, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT,
                                                                              (k, k)))
    paper = cv2.GaussianBlur(paper, (0, 0), PITCH / 2)
    diff = np.clip(paper.astype(np.float32) - gray.astype(np.float32), 0, None)
    top = float(np.percentile(diff, 99.5))
    return np.clip(diff / max(top, 1.0), 0, 1)


def find_blobs(ink: np.ndarray) -> list[tuple[float, float, float, float]]:
    """Character-sized ink blobs (x, y, w, h): components, with the parts of a broken glyph
    (one above the other) joined."""
    import cv2

    level = max(0.25, float(cv2.threshold((ink * 255).astype(np.uint8), 0, 255,
                                          cv2.THRESH_OTSU)[0]) / 255.0)
    mask = (ink >= level * 0.8).astype(np.uint8)
    n, labels, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    boxes = []
    for i in range(1, n):
        if stats[i, 4] < 4 or stats[i, 3] < 0.12 * PITCH:
            continue
        if stats[i, 3] > _TALLEST * PITCH or stats[i, 2] > 3.2 * PITCH:
            boxes += _strong_parts(ink, labels, i, stats[i, :4])
        else:
            boxes.append(list(map(float, stats[i, :4])))
    boxes.sort(key=lambda b: b[0])
    merged: list[list[float]] = []
    for b in boxes:
        for m in merged:
            overlap = min(m[0] + m[2], b[0] + b[2]) - max(m[0], b[0])
            gap = max(m[1], b[1]) - min(m[1] + m[3], b[1] + b[3])
            y0, y1 = min(m[1], b[1]), max(m[1] + m[3], b[1] + b[3])
            # ... never into a box taller than a glyph: a glyph moved down towards the next
            # line is not part of the glyph below it.
            if overlap > 0.5 * min(m[2], b[2]) and gap < 0.35 * PITCH \
                    and y1 - y0 <= _TALLEST * PITCH:
                x0, x1 = min(m[0], b[0]), max(m[0] + m[2], b[0] + b[2])
                m[:] = [x0, y0, x1 - x0, y1 - y0]
                break
        else:
            merged.append(list(b))
    boxes = [_tighten(ink, b) for b in merged]
    return [b for b in boxes if 0.45 * PITCH <= b[3] <= _TALLEST * PITCH and b[2] <= 3.2 * PITCH]


def _strong_parts(ink: np.ndarray, labels: np.ndarray, label: int, box: np.ndarray,
                  ) -> list[list[float]]:
    """A component too large for one glyph (glyphs run into a line of the paper's pattern,
    or into the other MRZ line) cut into its parts at least CHECKS.glyph_box_level of its
    stroke ink (95th percentile): the glyphs, without the fainter pattern joining them."""
    import cv2

    x, y, w, h = (int(v) for v in box)
    own = labels[y:y + h, x:x + w] == label
    patch = np.where(own, ink[y:y + h, x:x + w], 0.0)
    if CHECKS.glyph_box_level <= 0 or not own.any():
        return []
    level = CHECKS.glyph_box_level * quantile(patch[own], 0.95)
    n, _, stats, _ = cv2.connectedComponentsWithStats((patch >= level).astype(np.uint8),
                                                      connectivity=8)
    return [[float(x + s[0]), float(y + s[1]), float(s[2]), float(s[3])] for s in stats[1:n]
            if s[4] >= 4 and s[3] >= 0.12 * PITCH]


def _tighten(ink: np.ndarray, box: list[float]) -> tuple[float, float, float, float]:
    """The blob's box shrunk onto the glyph's own strokes: the parts of it at least
    CHECKS.glyph_box_level of its own stroke ink (95th percentile), and above the paper's
    pattern around it (CHECKS.glyph_box_clutter_factor times its clutter). The blob is cut at
    a low level common to the whole MRZ, where a patterned or tinted paper (guilloche,
    security print) joins faint specks to the glyph and widens its box; the OCR-B reference
    box is likewise cut at a share of its stroke ink, so both boxes then mean the same."""
    import cv2

    x, y, w, h = (int(v) for v in box)
    patch = ink[y:y + h, x:x + w]
    if CHECKS.glyph_box_level <= 0 or patch.shape[0] < 3 or patch.shape[1] < 3:
        return (float(x), float(y), float(w), float(h))
    share = max(CHECKS.glyph_box_level, CHECKS.glyph_box_clutter_factor * clutter_of(ink, box))
    strong = (patch >= share * quantile(patch, 0.95)).astype(np.uint8)
    n, _, stats, _ = cv2.connectedComponentsWithStats(strong, connectivity=8)
    if n < 2:
        return (float(x), float(y), float(w), float(h))
    areas = stats[1:, 4]
    keep = stats[1:][areas >= 0.1 * areas.max()]  # a broken glyph's parts, not specks
    x0, y0 = int(keep[:, 0].min()), int(keep[:, 1].min())
    x1 = int((keep[:, 0] + keep[:, 2]).max())
    y1 = int((keep[:, 1] + keep[:, 3]).max())
    return (float(x + x0), float(y + y0), float(x1 - x0), float(y1 - y0))


def split_touching(boxes: list[tuple[float, float, float, float]],
                    ) -> tuple[list[tuple[float, float, float, float]], list[int]]:
    """Blobs wider than any OCR-B glyph hold characters that touch, which fixed-pitch print
    never does: each is cut into one box per cell it spans, and those boxes get a group number
    (-1 for an ordinary blob)."""
    out, group = [], []
    for n, (x, y, w, h) in enumerate(boxes):
        if w <= _WIDEST * PITCH:
            out.append((x, y, w, h))
            group.append(-1)
            continue
        parts = max(2, round(w / PITCH))
        for p in range(parts):
            out.append((x + p * w / parts, y, w / parts, h))
            group.append(n)
    return out, group


def chain_blobs(blobs: list[tuple[float, float, float, float]]) -> list[list[int]]:
    """Blobs linked left to right into text lines (each to its nearest right neighbour less
    than a pitch away edge to edge, at about the same height); tolerant of residual skew."""
    order = sorted(range(len(blobs)), key=lambda i: blobs[i][0] + blobs[i][2] / 2)
    nxt: dict[int, int] = {}
    taken: set[int] = set()
    for a, i in enumerate(order):
        xi, yi, wi, hi = blobs[i]
        cyi = yi + hi / 2
        best, best_d = None, None
        for j in order[a + 1:]:
            xj, yj, wj, hj = blobs[j]
            if xj + wj / 2 - (xi + wi / 2) > 4.0 * PITCH:
                break
            d = xj - (xi + wi)
            if d > 1.1 * PITCH or j in taken or abs(yj + hj / 2 - cyi) > 0.45 * PITCH:
                continue
            if best_d is None or d < best_d:
                best, best_d = j, d
        if best is not None:
            nxt[i] = best
            taken.add(best)
    chains = []
    for i in order:
        if i in taken:
            continue
        chain = [i]
        while chain[-1] in nxt:
            chain.append(nxt[chain[-1]])
        chains.append(chain)
    return chains


def clutter_of(ink: np.ndarray, box: tuple[float, float, float, float]) -> float:
    """The paper's ink next to a glyph relative to the glyph's own: the 90th percentile of
    the ink in bands a quarter of its height just above and below it (between the lines,
    where plain paper has none) over its stroke ink (95th percentile in its box)."""
    x, y, w, h = (int(v) for v in box)
    glyph = ink[y:y + h, x:x + w]
    if glyph.size == 0:
        return 0.0
    b = max(2, int(0.25 * h))
    band = np.concatenate([ink[max(0, y - 1 - b):max(0, y - 1), x:x + w].ravel(),
                           ink[y + h + 1:y + h + 1 + b, x:x + w].ravel()])
    if band.size == 0:
        return 0.0
    return quantile(band, 0.9) / max(quantile(glyph, 0.95), 1e-6)


def quantile(a: np.ndarray, q: float) -> float:
    """The q-quantile of a non-empty array by rank (np.percentile is slow on small arrays)."""
    flat = a.ravel()
    k = int(round(q * (flat.size - 1)))
    return float(np.partition(flat, k)[k])
