"""Compression-history hint for JPEGs (a "JPEG ghost" error-level map): an area pasted or
edited after the page was first compressed lacks the page's dip in error at its old quality."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from docverify.checks.context import Run, finding
from docverify.checks.image.common import gray, is_jpeg_source
from docverify.checks.image.metadata import editors
from docverify.checks.registry import rule
from docverify.config import CHECKS
from docverify.model import Finding, Region, Severity

_BLOCK = 16
_QUALITIES = (50, 60, 70, 80, 90)
_TEXTURE = 20.0  # blocks flatter than this (variance) carry no compression evidence


def _blocks(a: np.ndarray) -> np.ndarray:
    h, w = (a.shape[0] // _BLOCK) * _BLOCK, (a.shape[1] // _BLOCK) * _BLOCK
    return a[:h, :w].reshape(h // _BLOCK, _BLOCK, w // _BLOCK, _BLOCK).mean(axis=(1, 3))


def ghost_map(image: np.ndarray, g: np.ndarray) -> tuple[int, np.ndarray]:
    """The page's own former JPEG quality and, per 16x16 block, how much less than the page
    the block dips there (0 = like the page, 1 = no trace of that compression)."""
    import cv2

    gf = g.astype(np.float32)
    errors = []
    for q in _QUALITIES:
        ok, buf = cv2.imencode(".jpg", g, [cv2.IMWRITE_JPEG_QUALITY, q])
        if not ok:
            raise RuntimeError("JPEG encoding failed")
        again = cv2.imdecode(buf, cv2.IMREAD_GRAYSCALE).astype(np.float32)
        errors.append(_blocks((gf - again) ** 2))
    err = np.stack(errors)
    textured = _blocks((gf - cv2.blur(gf, (_BLOCK, _BLOCK))) ** 2) > _TEXTURE
    if textured.sum() < 10:
        return 0, np.zeros(err.shape[1:], np.float32)
    norm = err / (err.max(axis=0) + 1e-6)
    page = np.median(norm[:, textured], axis=1)
    qi = int(np.argmin(page[:-1]))
    return _QUALITIES[qi], np.where(textured, norm[qi] - page[qi], 0.0).astype(np.float32)


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
    quality, anomaly = ghost_map(run.image, gray(run))
    patch = largest_patch(anomaly)
    if patch is None:
        return
    tools = editors(run)
    evidence = {"page_quality": quality, "blocks": patch.blocks,
                "density": f"{patch.density:.2f}", "noise": f"{patch.noise:.3f}",
                "peak": f"{float(anomaly.max()):.2f}"}
    region = Region(patch.x * _BLOCK, patch.y * _BLOCK, patch.w * _BLOCK, patch.h * _BLOCK)
    if patch.isolated or tools:
        why = f" The file was also saved by {', '.join(tools)}." if tools else ""
        yield finding(
            "image.error_level", Severity.WARNING,
            "Hint: part of the image has a different compression history from the rest; it "
            f"may have been edited or pasted in.{why}",
            evidence={**evidence, "editors": ", ".join(tools)}, region=region,
        )
        return
    yield finding(
        "image.error_level", Severity.INFO,
        "The compression-history map is uneven all over (a re-scaled or heavily compressed "
        "image); the largest uneven area is shown, but on its own it means little.",
        evidence=evidence, region=region,
    )
