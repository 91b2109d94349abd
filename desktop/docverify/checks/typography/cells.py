"""Segments each MRZ line into its fixed-pitch character cells and measures every character
against a robust fit of the line: position along the pitch, baseline, size and glyph shape.

The MRZ is printed in OCR-B at a fixed pitch, every cell holding a glyph (fillers too), so a
line is a row of N ink blobs whose centres lie on x = a + b k (+ c k^2 under perspective) and
whose bottoms lie on one baseline. A character pasted in, retyped or redrawn sits off that grid,
has another size, or another shape than OCR-B's.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from docverify.checks.context import Run
from docverify.checks.typography.glyphs import ALPHABET, Glyph, glyphs, match, sized_match
from docverify.checks.typography.segment import (
    PITCH,
    chain_blobs,
    clutter_of,
    find_blobs,
    ink_map,
    split_touching,
)
from docverify.checks.upright import Upright, upright
from docverify.model import Region


@dataclass(frozen=True, slots=True)
class Cell:
    """One measured character. Residuals are in pitches (position), cap heights (baseline) or
    relative to the line's typical size (height) or in pitches (width); ``shape`` is the match with its
    OCR-B glyph (1 = identical), ``best_other`` the best match with any other character."""

    line: int
    col: int
    char: str
    box: tuple[float, float, float, float]  # x, y, w, h in the working frame
    dx: float
    dy: float
    dh: float
    dw: float
    shape: float
    best_other: tuple[str, float]
    touching: int = -1  # >= 0: part of a blob of characters that run into each other
    # Ink weight: the glyph's ink over the OCR-B glyph's (both on the glyph's box), relative
    # to the line's typical ratio: another font's strokes are thinner or bolder.
    dens: float = 0.0
    # The median match with the same character printed elsewhere in this MRZ (NaN when it is
    # printed nowhere else, or when of a lone pair it is the one more like OCR-B): a glyph
    # pasted from another font differs from the document's own prints of it.
    kin: float = float("nan")
    # The match with the OCR-B glyph drawn at the line's size, neither stretched (sized_match).
    sized: float = 1.0
    other_sized: float = 0.0  # the sized match with ``best_other``'s character (0: none)
    # The move of the whole glyph: the part of dx (dy) that both its left and right (top and
    # bottom) edges agree on, 0 when they move apart. A character pasted off the grid moves
    # both edges alike; ink of the paper's pattern joined to one side moves that edge alone.
    shift_x: float = 0.0
    shift_y: float = 0.0
    # The paper's ink in bands just above and below the glyph (90th percentile) over the
    # glyph's stroke ink (95th percentile): a guilloche or tint under the MRZ (segment.clutter_of).
    clutter: float = 0.0


@dataclass(frozen=True, slots=True)
class LineFit:
    """The cells measured on one line and the spread of each residual over the line (robust
    standard deviations), which sets how far an outlier must be to count."""

    index: int
    cells: tuple[Cell, ...]
    length: int
    spread: dict[str, float]
    shape_median: float
    sized_median: float = 1.0
    clutter_median: float = 0.0  # the line's median ``clutter`` (fillers left out)


@dataclass(frozen=True, slots=True)
class Typography:
    lines: tuple[LineFit, ...]
    frame: Upright
    origin: tuple[float, float]  # working frame (0, 0) in the upright frame
    scale: float  # working px per upright px
    # Over the whole MRZ: the median and robust spread of the characters' ``kin`` matches.
    kin_median: float = float("nan")
    kin_spread: float = 0.0

    def region(self, cell: Cell) -> Region:
        x, y, w, h = cell.box
        pad = 0.15 * PITCH
        ox, oy = self.origin
        s = self.scale
        return self.frame.to_page(ox + (x - pad) / s, oy + (y - pad) / s,
                                  (w + 2 * pad) / s, (h + 2 * pad) / s)


def measure(run: Run) -> Typography | None:
    """The MRZ typography of the run's image (computed once per run); None when the MRZ cannot
    be segmented into its lines of cells."""
    return run.memo("typography", lambda: _measure(run))


def _robust_sd(values: np.ndarray) -> float:
    if values.size < 3:
        return 0.0
    return float(1.4826 * np.median(np.abs(values - np.median(values))))


def _robust_poly(k: np.ndarray, v: np.ndarray, degree: int) -> np.ndarray:
    """Polynomial fit of v over k, refitted without points off by more than 3 robust SDs."""
    keep = np.ones(len(k), bool)
    coef = np.zeros(degree + 1)
    for _ in range(4):
        if keep.sum() <= degree + 2:
            break
        coef = np.polyfit(k[keep], v[keep], degree)
        res = v - np.polyval(coef, k)
        sd = max(_robust_sd(res[keep]), 1e-6)
        new = np.abs(res) <= 3.0 * sd + 0.02 * PITCH
        if (new == keep).all():
            break
        keep = new
    return coef


def _crop(frame: Upright, n_lines: int, length: int) -> tuple[np.ndarray, float, float, float]:
    """The MRZ box (with a margin) scaled to the working pitch: (grey, x0, y0, scale)."""
    import cv2

    mx, my, mw, mh = frame.mrz
    pitch = mw / length
    x0 = max(0.0, mx - 1.5 * pitch)
    x1 = min(float(frame.gray.shape[1]), mx + mw + 1.5 * pitch)
    y0 = max(0.0, my - 0.8 * pitch)
    y1 = min(float(frame.gray.shape[0]), my + mh + 0.8 * pitch)
    crop = frame.gray[int(y0):int(np.ceil(y1)), int(x0):int(np.ceil(x1))]
    scale = PITCH / pitch
    crop = cv2.resize(crop, None, fx=scale, fy=scale,
                      interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC)
    return crop, float(int(x0)), float(int(y0)), scale


def _measure(run: Run) -> Typography | None:
    frame = upright(run)
    reading = run.ctx.reading
    lines = tuple(reading.lines) if reading is not None else ()
    if frame is None or not lines or len({len(t) for t in lines}) != 1:
        return None
    if not set("".join(lines)) <= set(ALPHABET):  # a misprint such as Ñ: no OCR-B glyph
        return None
    length = len(lines[0])
    gray, ox, oy, scale = _crop(frame, len(lines), length)
    ink = ink_map(gray)
    blobs = find_blobs(ink)
    chains = sorted(chain_blobs(blobs), key=lambda c: sum(blobs[i][2] for i in c),
                    reverse=True)[: len(lines)]
    if len(chains) < len(lines) or min(len(c) for c in chains) < 0.5 * length:
        return None
    chains.sort(key=lambda c: np.median([blobs[i][1] for i in c]))
    refs = glyphs(PITCH)
    fits = []
    for index, (chain, text) in enumerate(zip(chains, lines, strict=True)):
        fit = _fit_line(index, [blobs[i] for i in chain], text, ink, refs)
        if fit is not None:
            fits.append(fit)
    if not fits:
        return None
    fits, kin_median, kin_spread = _kin(fits, ink, refs)
    return Typography(tuple(fits), frame, (ox, oy), scale, kin_median, kin_spread)


def _kin(fits: list[LineFit], ink: np.ndarray, refs: dict[str, Glyph]
         ) -> tuple[list[LineFit], float, float]:
    """Each measured character compared with the same character printed elsewhere in the MRZ
    (both stretched onto the OCR-B glyph's box and softened as ``match`` does): the median of
    those matches becomes the cell's ``kin``. Of a lone pair that differ, the one less like
    OCR-B is the suspect: only it keeps the pair's match."""
    import dataclasses

    import cv2

    from docverify.checks.typography.glyphs import soften

    # Each print stretched onto its glyph's box (one size per character), softened, made
    # zero-mean and unit-length: the NCC of two is then their dot product.
    by_char: dict[str, list[tuple[tuple[int, int], np.ndarray]]] = {}
    for fit in fits:
        for c in fit.cells:
            x, y, w, h = c.box
            patch = ink[int(y):int(y + h), int(x):int(x + w)]
            # Fillers are not judged on their shape (see the rule); they are most of the MRZ.
            if c.touching >= 0 or c.char == "<" or patch.shape[0] < 2 or patch.shape[1] < 2:
                continue
            g = refs[c.char]
            v = soften(cv2.resize(patch.astype(np.float32), (g.width, g.height),
                                  interpolation=cv2.INTER_AREA)).ravel()
            v = v - v.mean()
            norm = float(np.linalg.norm(v))
            if norm > 1e-9:
                by_char.setdefault(c.char, []).append(((c.line, c.col), v / norm))
    shape = {(c.line, c.col): c.shape for fit in fits for c in fit.cells}
    kin: dict[tuple[int, int], float] = {}
    for prints in by_char.values():
        if len(prints) < 2:
            continue
        keys = [k for k, _ in prints]
        vecs = np.stack([v for _, v in prints])
        gram = vecs @ vecs.T
        for i, key in enumerate(keys):
            kin[key] = float(np.median(np.delete(gram[i], i)))
        if len(keys) == 2:  # who is the odd one of two? the one less like OCR-B
            kin.pop(max(keys, key=lambda k: shape[k]))
    if not kin:
        return fits, float("nan"), 0.0
    values = np.array(list(kin.values()))
    out = [dataclasses.replace(fit, cells=tuple(
        dataclasses.replace(c, kin=kin.get((c.line, c.col), float("nan"))) for c in fit.cells))
        for fit in fits]
    return out, float(np.median(values)), _robust_sd(values)


def _indices(boxes: list[tuple[float, float, float, float]], length: int) -> np.ndarray:
    """Cell index of each blob from the gaps between them (a gap of two pitches skips one)."""
    cx = np.array([b[0] + b[2] / 2 for b in boxes])
    gaps = np.diff(cx)
    pitch = float(np.median(gaps[(gaps > 0.6 * PITCH) & (gaps < 1.5 * PITCH)])) if len(
        gaps) else float(PITCH)
    k = np.concatenate([[0], np.cumsum(np.maximum(1, np.rint(gaps / pitch)))]).astype(int)
    return k


def _agreed(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Per element, the displacement two edges agree on: the smaller in size when both move
    the same way, else 0."""
    return np.where(np.sign(a) == np.sign(b), np.sign(a) * np.minimum(np.abs(a), np.abs(b)), 0.0)


def _weight(patch: np.ndarray, glyph: Glyph) -> float:
    """The patch's ink over the OCR-B glyph's, the patch stretched onto the glyph's box."""
    import cv2

    if patch.shape[0] < 2 or patch.shape[1] < 2:
        return 1.0
    p = cv2.resize(patch.astype(np.float32), (glyph.width, glyph.height),
                   interpolation=cv2.INTER_AREA)
    return float(p.mean()) / max(float(glyph.ink.mean()), 1e-6)


def _fit_line(index: int, blobs: list[tuple[float, float, float, float]], text: str,
              ink: np.ndarray, refs: dict[str, Glyph]) -> LineFit | None:
    length = len(text)
    boxes, group = split_touching(blobs)
    k = _indices(boxes, length)
    patches = [ink[int(y):int(y + h), int(x):int(x + w)] for x, y, w, h in boxes]
    # Which cell the first blob is: the offset whose characters the blobs look most like
    # (blobs beyond either end, stray marks, are dropped).
    span = int(k[-1]) + 1
    best = None
    for off in range(min(0, length - span), max(0, length - span) + 1):
        idx = k + off
        ok = (idx >= 0) & (idx < length)
        if ok.sum() < 0.6 * length:
            continue
        score = float(np.mean([match(patches[i], refs[text[idx[i]]])
                               for i in np.flatnonzero(ok)]))
        if best is None or score > best[0]:
            best = (score, off)
    if best is None:
        return None
    idx = k + best[1]
    keep = np.flatnonzero((idx >= 0) & (idx < length))
    if len(set(idx[keep].tolist())) != len(keep):
        return None
    kk = idx[keep].astype(float)
    chars = [text[int(j)] for j in idx[keep]]
    bx = np.array([boxes[i] for i in keep])
    alone = np.array([group[i] < 0 for i in keep])  # touching parts are not measured
    if alone.sum() < 0.5 * length:
        return None
    cx = bx[:, 0] + bx[:, 2] / 2 - np.array([refs[c].cx for c in chars])
    degree = 2 if alone.sum() >= 12 else 1
    coef_x = _robust_poly(kk[alone], cx[alone], degree)
    res_x = cx - np.polyval(coef_x, kk)
    pitch = float(np.polyval(np.polyder(coef_x), length / 2))
    bottom = bx[:, 1] + bx[:, 3] - np.array([refs[c].bottom for c in chars])
    res_y = bottom - np.polyval(_robust_poly(kk[alone], bottom[alone], degree), kk)
    rel_h = bx[:, 3] / np.array([refs[c].height for c in chars])
    size = float(np.median(rel_h[alone]))
    rel_h = rel_h / size - 1
    # Width in pitches rather than relative: a thin 1 or I is a few pixels wide.
    rel_w = (bx[:, 2] - size * np.array([refs[c].width for c in chars])) / max(pitch, 1e-6)
    rel_w = rel_w - np.median(rel_w[alone])  # blur and ink spread widen every glyph alike
    cap = float(np.median(bx[alone, 3]))
    own = np.array([match(patches[i], refs[c]) for i, c in zip(keep, chars, strict=True)])
    weight = np.array([_weight(patches[i], refs[c]) for i, c in zip(keep, chars, strict=True)])
    weight = weight / max(float(np.median(weight[alone])), 1e-6) - 1
    typical = float(np.median(own[alone]))
    sized = np.array([sized_match(patches[i], c, PITCH, size)
                      for i, c in zip(keep, chars, strict=True)])
    judged = alone & np.array([c != "<" for c in chars])
    sized_median = float(np.median(sized[judged])) if judged.any() else 1.0
    # Edge residuals: left/right in pitches, bottom/top in cap heights (top: the bottom's less
    # the height's, the glyph's expected height being size times the reference's).
    heights = size * np.array([refs[c].height for c in chars]) / max(cap, 1e-6)
    shift_x = _agreed(res_x / max(pitch, 1e-6) - rel_w / 2, res_x / max(pitch, 1e-6) + rel_w / 2)
    shift_y = _agreed(res_y / max(cap, 1e-6), res_y / max(cap, 1e-6) - rel_h * heights)
    clutter = np.array([clutter_of(ink, boxes[i]) for i in keep])
    cells = []
    for n, i in enumerate(keep):
        ch = chars[n]
        other = ("", -1.0)
        if own[n] < typical - 0.05:  # only a poor match needs the others (a misread?)
            other = max(((c, match(patches[i], g)) for c, g in refs.items() if c != ch),
                        key=lambda t: t[1])
        other_sized = sized_match(patches[i], other[0], PITCH, size) if other[0] else 0.0
        cells.append(Cell(index, int(idx[i]), ch, tuple(boxes[i]),
                          float(res_x[n] / max(pitch, 1e-6)), float(res_y[n] / max(cap, 1e-6)),
                          float(rel_h[n]), float(rel_w[n]), float(own[n]), other, group[i],
                          float(weight[n]), sized=float(sized[n]), other_sized=other_sized,
                          shift_x=float(shift_x[n]), shift_y=float(shift_y[n]),
                          clutter=float(clutter[n])))
    measured = [c for c in cells if c.touching < 0]
    spread = {key: _robust_sd(np.array([getattr(c, key) for c in measured
                                        if key != "dens" or c.char != "<"]))
              for key in ("dx", "dy", "dh", "dw", "shape", "dens")}
    spread["sized"] = _robust_sd(sized[judged])
    clutter_median = float(np.median(clutter[judged])) if judged.any() else 0.0
    return LineFit(index, tuple(cells), length, spread, typical, sized_median, clutter_median)
