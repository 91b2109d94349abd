"""Helpers the image hints share: the grey page, and whether the source was a JPEG."""

from __future__ import annotations

import numpy as np

from docverify.checks.context import Run


def gray(run: Run) -> np.ndarray:
    import cv2

    def make() -> np.ndarray:
        img = run.image
        assert img is not None
        return cv2.cvtColor(img, cv2.COLOR_BGR2GRAY) if img.ndim == 3 else img

    return run.memo("gray", make)


def is_jpeg_source(run: Run) -> bool:
    path = run.ctx.source_path
    if path is None:
        return False
    if path.suffix.lower() in (".jpg", ".jpeg", ".jfif"):
        return True
    try:
        with path.open("rb") as fh:
            return fh.read(3) == b"\xff\xd8\xff"
    except OSError:
        return False
