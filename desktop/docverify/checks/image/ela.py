"""Compression-history hint for JPEGs (a "JPEG ghost" error-level map): an area pasted or
edited after the page was first compressed lacks the page's dip in error at its old quality."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from docverify.checks.context import Run, finding
from docverify.checks.image.common import gray, is_jpeg_source, jpeg_quality
from docverify.checks.image.metadata import editors
from docverify.checks.registry import rule
from docverify.config import CHECKS
from docverify.model import Finding, Region, Severity

_BLOCK = 16
# The page's former quality is looked for among these. Quality 90 was encoded too, only ever
# to take part in each block's largest error, which it never was (its step is the finest: 0 of
# the textured blocks of camera frames, of pages re-saved at 75/92, 60/95, 85, and of the
# 36 real JPEG specimens: maps identical): left out, the map is the same and a fifth cheaper.
_QUALITIES = (50, 60, 70, 80)
_TEXTURE = 20.0  # blocks flatter than this (variance) carry no compression evidence
_SAMPLE = 400  # textured blocks the former quality is refined on, at least


def _blocks(a: np.ndarray) -> np.ndarray:
    """Mean of every 16x16 block (an area resize by a whole factor is exactly that)."""
    import cv2

    h, w = (a.shape[0] // _BLOCK) * _BLOCK, (a.shape[1] // _BLOCK) * _BLOCK
    return cv2.resize(a[:h, :w], (w // _BLOCK, h // _BLOCK), interpolation=cv2.INTER_AREA)


def _errors(g: np.ndarray, q: int) -> np.ndarray:
    """Mean squared error per 16x16 block of ``g`` re-encoded at quality ``q``."""
    import cv2

    ok, buf = cv2.imencode(".jpg", g, [cv2.IMWRITE_JPEG_QUALITY, q])
    if not ok:
        raise RuntimeError("JPEG encoding failed")
    diff = cv2.absdiff(g, cv2.imdecode(buf, cv2.IMREAD_GRAYSCALE))
    return _blocks(cv2.multiply(diff, diff, dtype=cv2.CV_32F))  # no float copy


def _refine(g: np.ndarray, coarse: int, at_coarse: np.ndarray, top: np.ndarray,
            textured: np.ndarray) -> tuple[int, np.ndarray | None]:
    """The page's former quality to the unit near the coarse one, and its block errors (None
    when it is the coarse one).

    Off the former quality, a block dips only in the coefficients whose steps both qualities
    share, so how deep it dips depends on its content (a straight edge, in a few coefficients,
    may not dip at all): the map must be taken at the quality itself. Searched on every n-th
    row of blocks, n as large as leaves _SAMPLE textured blocks (at most 8): a block's error
    does not depend on its neighbours.
    """
    step = int(max(1, min(8, textured.sum() // _SAMPLE)))
    rows = np.arange(top.shape[0]) % step == 0
    if textured[rows].sum() < 10:  # the texture all in rows left out: all of them
        rows[:] = True
    w = top.shape[1] * _BLOCK
    sample = np.ascontiguousarray(
        g[: top.shape[0] * _BLOCK, :w].reshape(top.shape[0], _BLOCK, w)[rows].reshape(-1, w))
    tex, scale = textured[rows], top[rows]

    def dip(e: np.ndarray) -> float:
        return float(np.median((e / (np.maximum(scale, e) + 1e-6))[tex]))

    tried = {coarse: dip(at_coarse[rows])}
    for q in (coarse - 4, coarse - 2, coarse + 2, coarse + 4):
        tried[q] = dip(_errors(sample, q))
    best = min(tried, key=tried.__getitem__)
    for q in (best - 1, best + 1):
        if q not in tried:
            tried[q] = dip(_errors(sample, q))
    best = min(tried, key=tried.__getitem__)
    return best, (None if best == coarse else _errors(g, best))


def ghost_map(g: np.ndarray, keep: dict[int, np.ndarray] | None = None,
              clipped: np.ndarray | None = None) -> tuple[int, np.ndarray]:
    """The page's own former JPEG quality and, per 16x16 block, how much less than the page
    the block dips there (0 = like the page, 1 = no trace of that compression).

    Computed at full resolution: any resampling moves pixels off the 8x8 grid of the first
    compression and erases the dip (measured: 6 of 6 edited camera-sized pages found at full
    size, 0 of 6 at half size). ``g`` must keep the file's grid: crop at multiples of 8 only.
    With ``keep``, each quality's mean squared error per 16x16 block is stored in it (the
    portrait history reuses them: a JPEG block's error does not depend on its neighbours).
    ``clipped`` (see ``clipped_blocks``) marks blocks left out like flat ones. The quality
    is found on the grid _QUALITIES, then to the unit (``_refine``).
    """
    import cv2

    errors = []
    for q in _QUALITIES:
        errors.append(_errors(g, q))
        if keep is not None:
            keep[q] = errors[-1]
    err = np.stack(errors)
    # The texture in 16-bit integers against the 8-bit local mean (rounded): half the time of
    # float arithmetic, and the same blocks but a handful at the threshold.
    detail = cv2.subtract(g, cv2.blur(g, (_BLOCK, _BLOCK)), dtype=cv2.CV_16S)
    textured = _blocks(cv2.multiply(detail, detail, dtype=cv2.CV_32F)) > _TEXTURE
    if clipped is not None:
        textured &= ~clipped[: textured.shape[0], : textured.shape[1]]
    if textured.sum() < 10:
        return 0, np.zeros(err.shape[1:], np.float32)
    top = err.max(axis=0)
    norm = err / (top + 1e-6)
    page = np.median(norm[:, textured], axis=1)
    qi = int(np.argmin(page))
    quality, fine = _refine(g, _QUALITIES[qi], err[qi], top, textured)
    if fine is None:
        return quality, np.where(textured, norm[qi] - page[qi], 0.0).astype(np.float32)
    if keep is not None:
        keep[quality] = fine
    at = fine / (np.maximum(top, fine) + 1e-6)
    return quality, np.where(textured, at - np.median(at[textured]), 0.0).astype(np.float32)


def clipped_blocks(image: np.ndarray) -> np.ndarray:
    """The 16x16 blocks where at least CHECKS.ela_max_clipped of the pixels are at the ends
    of the range in some channel (within CHECKS.ela_clip_level of 0 or 255).

    Decoding clips such pixels, so re-encoding them even at the file's own quality does not
    give back the same block: their error level tells of exposure, not history (a camera's
    highlight or a light spot on the page).
    """
    import cv2

    lo, hi = CHECKS.ela_clip_level, 255 - CHECKS.ela_clip_level
    inside = cv2.inRange(image, (lo,) * 3, (hi,) * 3) if image.ndim == 3 else \
        cv2.inRange(image, lo, hi)
    return _blocks(inside) < 255 * (1 - CHECKS.ela_max_clipped)


@dataclass(frozen=True, slots=True)
class BlockErrors:
    """The error-level map's mean squared error per 16x16 block at each quality it encoded,
    its block (0, 0) at page pixel (x, y) (multiples of 16: on the file's grid)."""

    x: int
    y: int
    by_quality: dict[int, np.ndarray]

    def take(self, quality: int, rect: tuple[int, int, int, int]) -> np.ndarray | None:
        """The blocks of an aligned page rectangle (x0, y0, x1, y1) at ``quality``; None when
        that quality was not encoded or the rectangle is not wholly inside the map."""
        err = self.by_quality.get(quality)
        if err is None:
            return None
        x0, y0, x1, y1 = rect
        bx0, by0 = (x0 - self.x) // _BLOCK, (y0 - self.y) // _BLOCK
        bx1, by1 = (x1 - self.x) // _BLOCK, (y1 - self.y) // _BLOCK
        if (x0 - self.x) % _BLOCK or (y0 - self.y) % _BLOCK or bx0 < 0 or by0 < 0 or \
                bx1 > err.shape[1] or by1 > err.shape[0]:
            return None
        return err[by0:by1, bx0:bx1]


@dataclass(frozen=True, slots=True)
class Patch:
    """The largest compact anomalous patch of a ghost map, in blocks, and how it stands out."""

    x: int
    y: int
    w: int
    h: int
    blocks: int
    density: float  # share of the patch's bounding box that is anomalous
    noise: float  # share of the other blocks of the page that are anomalous

    @property
    def isolated(self) -> bool:
        """One dense patch on an otherwise clean map: what a pasted or edited area leaves.

        A grey, re-scaled or heavily compressed web image instead has anomalous blocks all
        over (text edges, flat areas), of which the largest cluster means nothing.
        """
        return (min(self.w, self.h) >= 2 and self.noise <= CHECKS.ela_max_noise
                and self.density >= CHECKS.ela_min_contrast * max(self.noise, 1e-3))


def largest_patch(anomaly: np.ndarray) -> Patch | None:
    """The largest compact cluster of anomalous blocks, or None when there is none big enough."""
    import cv2

    hot = (anomaly > CHECKS.ela_block_ratio).astype(np.uint8)
    n, _, stats, _ = cv2.connectedComponentsWithStats(hot, connectivity=8)
    if n < 2:
        return None
    best = 1 + int(np.argmax(stats[1:, cv2.CC_STAT_AREA]))
    x, y, w, h, area = (int(v) for v in stats[best])
    if area < CHECKS.ela_min_blocks or area < 0.3 * w * h:
        return None
    rest = anomaly.size - w * h
    noise = float(hot.sum() - area) / max(rest, 1)
    return Patch(x, y, w, h, area, area / (w * h), noise)


def earlier_compression(page_quality: int, file_quality: int | None) -> bool:
    """Whether the page's dip can be a compression before the file's own (last) one.

    A JPEG ghost shows an earlier compression only at a quality below the last one (coarser
    steps survive the finer requantisation; finer ones are wiped by a coarser last save).
    A dip at about the file's own quality is that last save, which every block went through,
    pasted or not: there the map is no history, and its unevenness comes from the blocks'
    content (pixels clipped at 0/255 on decoding, straight edges whose few coefficients fall
    on steps the nearest encoded quality does not share). A once-saved camera photo is that
    case. Without the file's tables, the map is judged as it stands.
    """
    return file_quality is None or page_quality <= file_quality - CHECKS.ela_min_quality_gap


def _area(run: Run, shape: tuple[int, ...]) -> tuple[int, int, int, int]:
    """The part of the image the map is computed on: the document's page when the MRZ places
    it (a camera frame's background holds no evidence and is most of the time), cut at
    multiples of 16 to keep the file's JPEG grid; else the whole image."""
    from docverify.checks.photo import page_region

    h, w = shape[:2]
    page = page_region(run) if run.mrz_region is not None else None
    if page is None:
        return 0, 0, w, h
    x0, y0 = (max(0, page.x) // _BLOCK) * _BLOCK, (max(0, page.y) // _BLOCK) * _BLOCK
    x1, y1 = min(w, page.x + page.width), min(h, page.y + page.height)
    if (x1 - x0) * (y1 - y0) > 0.8 * w * h or x1 - x0 < 8 * _BLOCK or y1 - y0 < 8 * _BLOCK:
        return 0, 0, w, h
    return x0, y0, x1, y1


@rule({"image.error_level": (Severity.WARNING, "Hint (JPEG files): an area whose compression "
                                              "history differs from the rest of the page (JPEG "
                                              "ghost error-level map), as an edited or pasted "
                                              "area has; information only when the map is "
                                              "noisy all over, unless the metadata names an "
                                              "image editor.")},
      needs_image=True, needs_document=False, needs="image (JPEG)")
def error_level(run: Run) -> Iterator[Finding]:
    if not is_jpeg_source(run) or run.image is None:
        return
    g = gray(run)
    x0, y0, x1, y1 = _area(run, g.shape)
    kept: dict[int, np.ndarray] = {}
    quality, anomaly = ghost_map(g[y0:y1, x0:x1], kept,
                                 clipped_blocks(run.image[y0:y1, x0:x1]))
    run.memo("ghost_blocks", lambda: BlockErrors(x0, y0, kept))
    if not earlier_compression(quality, jpeg_quality(run)):
        return
    patch = largest_patch(anomaly)
    if patch is None:
        return
    tools = editors(run)
    evidence = {"page_quality": quality, "blocks": patch.blocks,
                "density": f"{patch.density:.2f}", "noise": f"{patch.noise:.3f}",
                "peak": f"{float(anomaly.max()):.2f}"}
    region = Region(x0 + patch.x * _BLOCK, y0 + patch.y * _BLOCK, patch.w * _BLOCK,
                    patch.h * _BLOCK)
    if patch.isolated or tools:
        yield finding(
            "image.error_level", Severity.WARNING,
            "Hint: part of the image has a different compression history from the rest; it "
            "may have been edited or pasted in. The file was also saved by {editors}." if tools
            else "Hint: part of the image has a different compression history from the rest; "
            "it may have been edited or pasted in.",
            {"editors": ", ".join(tools)},
            evidence={**evidence, "editors": ", ".join(tools)}, region=region,
        )
        return
    yield finding(
        "image.error_level", Severity.INFO,
        "The compression-history map is uneven all over (a re-scaled or heavily compressed "
        "image); the largest uneven area is shown, but on its own it means little.",
        evidence=evidence, region=region,
    )
