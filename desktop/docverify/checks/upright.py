"""The page turned so the MRZ reads left to right, with the maps between the two frames."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from docverify.checks.context import Run
from docverify.checks.image.common import gray as common_gray
from docverify.model import Region


@dataclass(frozen=True, slots=True)
class Upright:
    """The upright grey page, the MRZ box in it, and the affine map back to the page."""

    gray: np.ndarray
    mrz: tuple[float, float, float, float]  # x, y, width, height in the upright frame
    back: np.ndarray  # 2x3 affine from upright to page coordinates

    def to_page(self, x: float, y: float, w: float, h: float) -> Region:
        """An upright-frame box as the page region around it."""
        pts = np.array([[x, y, 1], [x + w, y, 1], [x + w, y + h, 1], [x, y + h, 1]], np.float64)
        mapped = pts @ self.back.T
        x0, y0 = np.floor(mapped.min(0)).astype(int)
        x1, y1 = np.ceil(mapped.max(0)).astype(int)
        return Region(int(max(0, x0)), int(max(0, y0)), int(x1 - max(0, x0)), int(y1 - max(0, y0)))


def upright(run: Run) -> Upright | None:
    """The page turned by the reading's rotation (computed once per run); None without MRZ box."""
    return run.memo("upright", lambda: _compute(run))


def _compute(run: Run) -> Upright | None:
    import cv2

    image, region = run.image, run.mrz_region
    if image is None or region is None or region.width < 10 or region.height < 4:
        return None
    gray = common_gray(run)  # the grey page the image hints use too (converted once)
    rotation = run.ctx.reading.rotation if run.ctx.reading is not None else 0.0
    h, w = gray.shape
    cx, cy = region.x + region.width / 2, region.y + region.height / 2
    # Reading.rotation is the direction of the text in the page (degrees, y down): turning the
    # page by that angle, counter-clockwise as OpenCV counts, lays the text horizontal.
    m = cv2.getRotationMatrix2D((w / 2, h / 2), rotation, 1.0)
    cos, sin = abs(m[0, 0]), abs(m[0, 1])
    nw, nh = int(h * sin + w * cos + 0.5), int(h * cos + w * sin + 0.5)
    m[0, 2] += nw / 2 - w / 2
    m[1, 2] += nh / 2 - h / 2
    if abs(rotation) < 0.3 or abs(rotation - 360) < 0.3:
        turned, m = gray, np.array([[1, 0, 0], [0, 1, 0]], np.float64)
    else:
        turned = cv2.warpAffine(gray, m, (nw, nh), flags=cv2.INTER_LINEAR,
                                borderMode=cv2.BORDER_REPLICATE)
    # The MRZ box in the upright frame: its centre maps exactly; its length and height are
    # the page box's extents along and across the text direction.
    ux, uy = m @ np.array([cx, cy, 1.0])
    # A box of length L and height H at angle a has page extents W = L|c| + H|s|,
    # Hb = L|s| + H|c|; solved for L and H (ill-posed near 45°, where we take the longer side).
    a = np.radians(rotation)
    c, s = abs(np.cos(a)), abs(np.sin(a))
    det = c * c - s * s
    if abs(det) > 0.3:
        length = (region.width * c - region.height * s) / det
        height = (region.height * c - region.width * s) / det
    else:
        length, height = max(region.width, region.height), min(region.width, region.height) / 3
    length = float(min(max(length, 10.0), max(region.width, region.height)))
    height = float(max(height, 4.0))
    back = cv2.invertAffineTransform(m)
    return Upright(turned, (ux - length / 2, uy - height / 2, length, height), back)
