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


# The IJG (libjpeg) luminance quantization table at quality 50, which qualities scale.
_IJG_LUMA = np.array([
    16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55,
    14, 13, 16, 24, 40, 57, 69, 56, 14, 17, 22, 29, 51, 87, 80, 62,
    18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113, 92,
    49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99], np.int64)


def _ijg_tables() -> np.ndarray:
    """Row q-1: the sorted IJG luminance table at quality q (1-100)."""
    q = np.arange(1, 101)[:, None]
    scale = np.where(q < 50, 5000 // q, 200 - 2 * q)
    return np.sort(np.clip((_IJG_LUMA[None, :] * scale + 50) // 100, 1, 255), axis=1)


def jpeg_quality(run: Run) -> int | None:
    """The quality (IJG scale, 1-100) of the file's last JPEG compression, from its luminance
    quantization table (the closest IJG table, order aside: other encoders' tables too get
    their nearest quality); None when the source is no readable JPEG."""

    def make() -> int | None:
        from PIL import Image

        path = run.ctx.source_path
        if path is None:
            return None
        try:
            with Image.open(path) as im:
                tables = getattr(im, "quantization", None) or {}
        except (OSError, ValueError, SyntaxError):
            return None
        if not tables:
            return None
        luma = np.sort(np.asarray(tables[min(tables)], np.int64))
        if luma.size != 64:
            return None
        return 1 + int(np.argmin(np.abs(_ijg_tables() - luma[None, :]).sum(axis=1)))

    return run.memo("jpeg_quality", make)
