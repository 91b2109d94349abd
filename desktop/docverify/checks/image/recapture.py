"""Screen recapture hint: a photo of a screen shows sharp periodic peaks (moiré) in the spectrum."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np

from docverify.checks.context import Run, finding
from docverify.checks.image.common import gray
from docverify.checks.registry import rule
from docverify.config import CHECKS
from docverify.model import Finding, Region, Severity

_TILE = 256


def moire_score(g: np.ndarray) -> tuple[float, tuple[int, int]]:
    """The strongest isolated high-frequency peak over its neighbourhood, and the tile it is in.

    Text and guilloche spread their energy along lines of the spectrum; a screen's pixel grid
    puts it in a few sharp peaks far from the centre.
    """
    import cv2

    h, w = g.shape
    best, where = 0.0, (0, 0)
    win = np.outer(np.hanning(_TILE), np.hanning(_TILE)).astype(np.float32)
    yy, xx = np.mgrid[0:_TILE, 0:_TILE] - _TILE // 2
    radius = np.hypot(yy, xx)
    ring = (radius > _TILE / 8) & (radius < _TILE / 2 - 2)
    ys = np.linspace(0, max(0, h - _TILE), 3).astype(int)
    xs = np.linspace(0, max(0, w - _TILE), 3).astype(int)
    for y in ys:
        for x in xs:
            tile = g[y:y + _TILE, x:x + _TILE].astype(np.float32)
            if tile.shape != (_TILE, _TILE) or tile.std() < 3:
                continue
            spec = np.log1p(np.abs(np.fft.fftshift(np.fft.fft2((tile - tile.mean()) * win))))
            local = cv2.medianBlur(spec.astype(np.float32), 5)
            excess = np.where(ring, spec - local, 0)
            score = float(excess.max() / (np.std(spec[ring]) + 1e-6))
            if score > best:
                best, where = score, (int(x), int(y))
    return best, where


@rule({"image.recapture": (Severity.WARNING, "Hint: periodic peaks in the image spectrum, as "
                                            "when a screen showing the document is "
                                            "photographed (moiré).")},
      needs_image=True, needs_document=False)
def recapture(run: Run) -> Iterator[Finding]:
    score, (x, y) = moire_score(gray(run))
    if score >= CHECKS.recapture_peak_ratio:
        yield finding(
            "image.recapture", Severity.WARNING,
            "Hint: the image shows a screen's moiré pattern; it may be a photo of a screen "
            "rather than of the document.",
            evidence={"peak_score": f"{score:.1f}", "threshold": CHECKS.recapture_peak_ratio},
            region=Region(x, y, _TILE, _TILE),
        )
