"""Rotated boxes and the crops taken along them: the geometry shared by locating and reading."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from docverify.model import Region


@dataclass(frozen=True, slots=True)
class Box:
    """A rotated rectangle: centre, length along the text, height across it, angle in degrees.

    ``angle`` is the direction of the text line in image coordinates (OpenCV's y axis points
    down), normalised to (-90, 90]; a box read upside down is handled by the reader, not here.
    """

    cx: float
    cy: float
    length: float
    height: float
    angle: float

    @classmethod
    def from_min_area_rect(
        cls, rect: tuple[tuple[float, float], tuple[float, float], float]
    ) -> Box:
        (cx, cy), (w, h), angle = rect
        if w < h:
            w, h = h, w
            angle -= 90.0
        while angle <= -90.0:
            angle += 180.0
        while angle > 90.0:
            angle -= 180.0
        return cls(cx, cy, w, h, angle)

    def scaled(self, factor: float) -> Box:
        return Box(
            self.cx * factor,
            self.cy * factor,
            self.length * factor,
            self.height * factor,
            self.angle,
        )

    def corners(self) -> np.ndarray:
        """The four corners, as a (4, 2) float array."""
        a = math.radians(self.angle)
        ux, uy = math.cos(a), math.sin(a)
        vx, vy = -uy, ux
        hl, hh = self.length / 2, self.height / 2
        return np.array(
            [
                [self.cx + sx * hl * ux + sy * hh * vx, self.cy + sx * hl * uy + sy * hh * vy]
                for sx, sy in ((-1, -1), (1, -1), (1, 1), (-1, 1))
            ],
            dtype=np.float32,
        )

    def region(self, width: int, height: int) -> Region:
        """The axis-aligned bounds of the box, clipped to an image of this size."""
        pts = self.corners()
        x0 = int(max(0, math.floor(pts[:, 0].min())))
        y0 = int(max(0, math.floor(pts[:, 1].min())))
        x1 = int(min(width, math.ceil(pts[:, 0].max())))
        y1 = int(min(height, math.ceil(pts[:, 1].max())))
        return Region(x0, y0, max(0, x1 - x0), max(0, y1 - y0))


def crop_box(
    gray: np.ndarray, box: Box, pad_along: float = 0.0, pad_across: float = 0.0, flip: bool = False
) -> np.ndarray:
    """The box's content straightened to horizontal (rotated 180° more when ``flip``).

    Pads are added on each side, in pixels of the source image; outside the image the
    border is replicated so a margin never shows as a black bar.
    """
    import cv2

    length = max(2, int(round(box.length + 2 * pad_along)))
    height = max(2, int(round(box.height + 2 * pad_across)))
    angle = box.angle + (180.0 if flip else 0.0)
    a = math.radians(angle)
    cos, sin = math.cos(a), math.sin(a)
    # Affine map from output (u, v) to source (x, y): centre-relative rotation.
    m = np.array(
        [
            [cos, -sin, box.cx - cos * length / 2 + sin * height / 2],
            [sin, cos, box.cy - sin * length / 2 - cos * height / 2],
        ],
        dtype=np.float64,
    )
    return cv2.warpAffine(
        gray,
        m,
        (length, height),
        flags=cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP,
        borderMode=cv2.BORDER_REPLICATE,
    )
