"""Screen recapture hint: a photo of a screen shows the screen's pixel grid as a pair of sharp,
perpendicular peaks in the spectrum (moiré), the same in every part of the page."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from docverify.checks.context import Run, finding
from docverify.checks.image.common import gray
from docverify.checks.registry import rule
from docverify.config import CHECKS
from docverify.model import Finding, Region, Severity


@dataclass(frozen=True, slots=True)
class Moire:
    """The strongest perpendicular pair of spectral peaks, in robust SDs of the spectrum's
    local excess (the weaker peak of the pair counts), with the grid's period and angle."""

    score: float
    single: float  # the strongest peak alone, paired or not
    period_px: float
    angle_deg: float
    tiles: int


Box = tuple[int, int, int, int]  # x0, y0, x1, y1


def _cells(shape: tuple[int, ...], area: Box, tile: int, most: int,
           avoid: Box | None = None) -> list[tuple[int, int]]:
    """Top-left corners of non-overlapping tiles over ``area`` that miss ``avoid``, at most
    ``most``, spread evenly."""
    x0, y0, x1, y1 = area
    ys = range(y0, min(y1, shape[0]) - tile + 1, tile)
    xs = range(x0, min(x1, shape[1]) - tile + 1, tile)
    cells = [(y, x) for y in ys for x in xs
             if avoid is None or x + tile <= avoid[0] or x >= avoid[2]
             or y + tile <= avoid[1] or y >= avoid[3]]
    if len(cells) > most:
        idx = np.linspace(0, len(cells) - 1, most).round().astype(int)
        cells = [cells[i] for i in idx]
    return cells


def mean_spectrum(g: np.ndarray, area: Box | None = None, avoid: Box | None = None
                  ) -> tuple[np.ndarray | None, int]:
    """The log power spectrum averaged over the area's tiles (centred), and how many tiles.

    Averaging keeps what every tile shares (a screen's grid, at one frequency all over the
    page) and smooths what belongs to one tile's content (a line of text, a photo). Tiles
    meeting ``avoid`` (the MRZ: fixed-pitch lines of characters are a grid themselves) are
    left out; the tile is halved until at least CHECKS.recapture_min_tiles remain, and with
    fewer at the smallest size nothing is judged (None)."""
    import cv2

    area = area or (0, 0, g.shape[1], g.shape[0])
    tile = CHECKS.recapture_tile
    cells = _cells(g.shape, area, tile, CHECKS.recapture_max_tiles, avoid)
    while len(cells) < CHECKS.recapture_min_tiles and tile > CHECKS.recapture_min_tile:
        tile //= 2
        cells = _cells(g.shape, area, tile, CHECKS.recapture_max_tiles, avoid)
    win = np.outer(np.hanning(tile), np.hanning(tile)).astype(np.float32)
    acc = np.zeros((tile, tile), np.float32)
    n = 0
    for y, x in cells:
        t = g[y:y + tile, x:x + tile].astype(np.float32)
        if t.std() < 3:
            continue
        f = cv2.dft((t - t.mean()) * win, flags=cv2.DFT_COMPLEX_OUTPUT)
        acc += np.log1p(cv2.magnitude(f[:, :, 0], f[:, :, 1]) ** 2)
        n += 1
    if n < CHECKS.recapture_min_tiles:
        return None, n
    return np.fft.fftshift(acc / n), n


def moire(g: np.ndarray, area: Box | None = None, avoid: Box | None = None) -> Moire:
    """The screen-grid evidence of the grey image ``g`` (within ``area``, tiles missing
    ``avoid``; boxes as x0, y0, x1, y1).

    The spectrum's excess over its 5x5 median is measured at high frequencies (periods under
    8 px); among the strongest local peaks, each is paired with the point a quarter turn away
    at the same radius: a pixel grid has both, text lines and guilloche rarely do.
    """
    import cv2

    spec, n = mean_spectrum(g, area, avoid)
    if spec is None:
        return Moire(0.0, 0.0, 0.0, 0.0, 0)
    tile = spec.shape[0]
    c = tile // 2
    yy, xx = np.mgrid[0:tile, 0:tile] - c
    radius = np.hypot(yy, xx)
    ring = (radius > tile / 8) & (radius < tile / 2 - 2)
    excess = np.where(ring, spec - cv2.medianBlur(spec.astype(np.float32), 5), 0.0)
    excess = excess.astype(np.float32)
    vals = excess[ring]
    sd = 1.4826 * float(np.median(np.abs(vals - np.median(vals)))) + 1e-6
    peaks = np.argwhere((excess == cv2.dilate(excess, np.ones((3, 3), np.uint8)))
                        & ring & (excess > 0) & (yy <= 0))
    if len(peaks) == 0:
        return Moire(0.0, 0.0, 0.0, 0.0, n)
    heights = excess[peaks[:, 0], peaks[:, 1]]
    best, where = 0.0, peaks[int(np.argmax(heights))]
    for k in np.argsort(-heights)[:CHECKS.recapture_candidates]:
        py, px = peaks[k]
        qy, qx = c + (px - c), c - (py - c)  # a quarter turn about the centre
        if not (1 <= qy < tile - 1 and 1 <= qx < tile - 1):
            continue
        pair = min(float(heights[k]), float(excess[qy - 1:qy + 2, qx - 1:qx + 2].max()))
        if pair > best:
            best, where = pair, peaks[k]
    dy, dx = float(where[0] - c), float(where[1] - c)
    return Moire(best / sd, float(heights.max()) / sd, tile / max(np.hypot(dy, dx), 1e-6),
                 float(np.degrees(np.arctan2(dy, dx))), n)


def _mrz_box(run: Run) -> Box | None:
    """The MRZ in the image, with a margin of a third of its height."""
    r = run.mrz_region
    if r is None:
        return None
    m = r.height // 3
    return r.x - m, r.y - m, r.x + r.width + m, r.y + r.height + m


def _area(run: Run, shape: tuple[int, ...]) -> Box:
    """The document's page when the MRZ places it (a camera frame's background shows no
    screen), else the whole image."""
    from docverify.checks.photo import page_region

    h, w = shape[:2]
    page = page_region(run) if run.mrz_region is not None else None
    if page is None:
        return 0, 0, w, h
    x0, y0 = max(0, page.x), max(0, page.y)
    x1, y1 = min(w, page.x + page.width), min(h, page.y + page.height)
    if x1 - x0 < 2 * CHECKS.recapture_tile or y1 - y0 < 2 * CHECKS.recapture_tile:
        return 0, 0, w, h
    return x0, y0, x1, y1


@rule({"image.recapture": (Severity.WARNING, "Hint: a perpendicular pair of sharp periodic "
                                            "peaks in the page's spectrum, as a screen's pixel "
                                            "grid leaves when a screen showing the document is "
                                            "photographed (moiré).")},
      needs_image=True, needs_document=False)
def recapture(run: Run) -> Iterator[Finding]:
    g = gray(run)
    x0, y0, x1, y1 = _area(run, g.shape)
    m = moire(g, (x0, y0, x1, y1), _mrz_box(run))
    if m.score >= CHECKS.recapture_peak_ratio:
        yield finding(
            "image.recapture", Severity.WARNING,
            "Hint: the image shows a screen's moiré pattern; it may be a photo of a screen "
            "rather than of the document.",
            evidence={"peak_score": f"{m.score:.1f}", "threshold": CHECKS.recapture_peak_ratio,
                      "period_px": f"{m.period_px:.2f}", "angle_deg": f"{m.angle_deg:.1f}",
                      "tiles": m.tiles},
            region=Region(x0, y0, x1 - x0, y1 - y0),
        )
