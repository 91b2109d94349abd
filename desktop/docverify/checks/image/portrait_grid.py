"""Portrait block-grid hint (any file): a photo cut from a JPEG and pasted in keeps an 8x8 JPEG
block grid of its own that the page around it lacks."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from docverify.checks.context import Run, finding
from docverify.checks.image.common import gray
from docverify.checks.image.portrait import face_and_zone, ring
from docverify.checks.registry import rule
from docverify.config import CHECKS
from docverify.model import Finding, Region, Severity

# The 8x8 DCT's DC and first horizontal and vertical basis vectors, as separable kernels.
_N8 = np.arange(8)
_DC = np.full(8, np.sqrt(1 / 8), np.float32)
_AC1 = (0.5 * np.cos((2 * _N8 + 1) * np.pi / 16)).astype(np.float32)
_KERNELS = ((_DC, _DC), (_AC1, _DC), (_DC, _AC1))


@dataclass(frozen=True, slots=True)
class Grid:
    """The portrait's strongest 8x8 JPEG block grid against the page's at the same offset.

    ``strength`` is how strongly the portrait's block coefficients (DC and the first AC ones)
    sit on multiples of a quantisation step when its blocks start at ``offset`` (x, y, modulo
    8, in the image): about 0.3 for never-compressed content, above 0.7 where a JPEG grid lies;
    ``typical`` the portrait's median over the 64 offsets; ``page`` the page ring's strength at
    that offset and ``page_typical`` the ring's median at other offsets (``page_excess``, the
    difference, is how much of that grid the page itself has)."""

    offset: tuple[int, int]
    strength: float
    typical: float
    page: float
    page_typical: float
    page_blocks: int

    @property
    def page_excess(self) -> float:
        return self.page - self.page_typical


def _coefficients(g: np.ndarray, rect: tuple[int, int, int, int]) -> list[np.ndarray]:
    """The DC and first AC coefficients of the 8x8 block starting at every pixel of ``rect``,
    and last a map of the blocks holding a clipped (black or white) pixel, whose coefficients
    left their quantisation lattice when the decoder clipped them."""
    import cv2

    x0, y0, x1, y1 = rect
    sub = g[y0:y1, x0:x1].astype(np.float32) - 128.0
    maps = [cv2.sepFilter2D(sub, cv2.CV_32F, kx, ky, anchor=(0, 0),
                            borderType=cv2.BORDER_CONSTANT) for kx, ky in _KERNELS]
    clipped = (np.abs(sub) >= 126.5).astype(np.float32)
    ones = np.ones(8, np.float32)
    maps.append(cv2.sepFilter2D(clipped, cv2.CV_32F, ones, ones, anchor=(0, 0),
                                borderType=cv2.BORDER_CONSTANT))
    return maps


def _samples(maps: list[np.ndarray], rect: tuple[int, int, int, int],
             offset: tuple[int, int]) -> list[np.ndarray]:
    """Each map's coefficients of the whole blocks of ``rect`` on the grid at ``offset``, at most
    CHECKS.portrait_grid_max_blocks of them (evenly spread), zeros left out (no evidence)."""
    x0, y0, _, _ = rect
    sx, sy = (offset[0] - x0) % 8, (offset[1] - y0) % 8
    h, w = maps[0].shape
    clean = maps[-1][sy:h - 7:8, sx:w - 7:8].ravel() < 0.5
    out = []
    for m in maps[:-1]:
        v = m[sy:h - 7:8, sx:w - 7:8].ravel()[clean]
        v = v[np.abs(v) > 0.5]
        out.append(v[::max(1, v.size // CHECKS.portrait_grid_max_blocks)])
    return out


_WINDOW = 256
_STEPS = np.arange(3, 21, dtype=np.float32)  # quantisation steps of JPEG qualities ~40-90


def _periodicity(samples: list[np.ndarray]) -> float:
    """How strongly the coefficients sit on multiples of one step (the best of _STEPS), 0-1,
    averaged over the coefficients that have enough samples."""
    got = []
    for v in samples:
        if v.size < CHECKS.portrait_grid_min_blocks:
            continue
        phase = (2 * np.pi / _STEPS)[:, None] * v[None, :]
        got.append(float(np.hypot(np.cos(phase).mean(axis=1), np.sin(phase).mean(axis=1)).max()))
    return float(np.mean(got)) if got else 0.0


def block_grid(g: np.ndarray, face: Region, zone: Region) -> Grid | None:
    """The portrait's (``face``, inset) strongest block grid and the page ring's at its offset
    (the ring left unmeasured, 0 blocks, when the portrait's grid is below
    CHECKS.portrait_grid_min); None when either has too few non-flat blocks to tell."""
    di, dj = CHECKS.portrait_face_inset * face.width, CHECKS.portrait_face_inset * face.height
    h, w = g.shape[:2]
    rect = (int(max(0, face.x + di)), int(max(0, face.y + dj)),
            int(min(w, face.x + face.width - di)), int(min(h, face.y + face.height - dj)))
    if rect[2] - rect[0] < 32 or rect[3] - rect[1] < 32:
        return None
    # A centred window of at most _WINDOW px a side holds ample blocks (a 12-Mpx frame's
    # portrait would otherwise be filtered whole for a few hundred samples).
    cx, cy = (rect[0] + rect[2]) // 2, (rect[1] + rect[3]) // 2
    rect = (max(rect[0], cx - _WINDOW // 2), max(rect[1], cy - _WINDOW // 2),
            min(rect[2], cx + _WINDOW // 2), min(rect[3], cy + _WINDOW // 2))
    maps = _coefficients(g, rect)
    scores = np.array([[_periodicity(_samples(maps, rect, (dx, dy))) for dx in range(8)]
                       for dy in range(8)])
    if not scores.any():
        return None
    dy, dx = (int(v) for v in np.unravel_index(int(np.argmax(scores)), scores.shape))
    if scores.max() < CHECKS.portrait_grid_min:  # no grid of note: the page is not needed
        return Grid((dx, dy), float(scores.max()), float(np.median(scores)), 0.0, 0.0, 0)
    strips = [(r, _coefficients(g, r)) for r in ring(zone, g.shape) if r is not None]

    def page_at(offset: tuple[int, int]) -> tuple[float, int]:
        per_map: list[list[np.ndarray]] = [[] for _ in _KERNELS]
        for r, maps_r in strips:
            for acc, v in zip(per_map, _samples(maps_r, r, offset), strict=True):
                acc.append(v)
        joined = [np.concatenate(a) if a else np.zeros(0, np.float32) for a in per_map]
        return _periodicity(joined), min(v.size for v in joined)

    page, blocks = page_at((dx, dy))
    if blocks < CHECKS.portrait_grid_min_blocks:
        return None
    # The page's level off any grid: eight other offsets, one per row and column.
    others = [(k, (3 * k + 1) % 8) for k in range(8)]
    typical = float(np.median([page_at(o)[0] for o in others if o != (dx, dy)]))
    return Grid((dx, dy), float(scores.max()), float(np.median(scores)), page, typical,
                int(blocks))


@rule({"image.portrait_grid": (Severity.WARNING, "Hint: the portrait carries an 8x8 JPEG "
                                                 "block grid of its own that the page around "
                                                 "it lacks, as a photo cut from a JPEG and "
                                                 "pasted in has.")},
      needs_image=True, needs="mrz+image")
def portrait_grid(run: Run) -> Iterator[Finding]:
    found = face_and_zone(run)
    if found is None:
        return
    face, zone = found
    grid = block_grid(gray(run), face, zone)
    if grid is None or grid.strength < CHECKS.portrait_grid_min or \
            grid.page_excess > CHECKS.portrait_grid_page_max:
        return
    yield finding(
        "image.portrait_grid", Severity.WARNING,
        "Hint: the portrait carries a JPEG block grid the page around it lacks; the photo "
        "may have been pasted in from another image.",
        evidence={"grid_offset": f"{grid.offset[0]},{grid.offset[1]}",
                  "portrait_grid": f"{grid.strength:.2f}", "page_grid": f"{grid.page:.2f}",
                  "page_typical": f"{grid.page_typical:.2f}",
                  "portrait_typical": f"{grid.typical:.2f}", "page_blocks": grid.page_blocks},
        region=face,
    )
