"""A similarity hint between the chip's face (DG2) and the printed photo: aligned grey correlation.

Not face recognition: both are ICAO portraits framed alike, so the two pictures are brought to one
size (the correlation ignores brightness and contrast), and the best normalised correlation over small shifts and
scales is reported for the officer to weigh, beside the two pictures.
"""

from __future__ import annotations

import cv2
import numpy as np

from docverify.config import CHIP
from docverify.model import Finding, Severity, make_finding


def decode(image: bytes) -> np.ndarray | None:
    """The grey picture of JPEG or JPEG 2000 bytes, or None when it cannot be decoded."""
    grey = cv2.imdecode(np.frombuffer(image, np.uint8), cv2.IMREAD_GRAYSCALE)
    return grey if grey is not None and grey.size else None


def _prepare(grey: np.ndarray, width: int, height: int) -> np.ndarray:
    if grey.ndim == 3:
        grey = cv2.cvtColor(grey, cv2.COLOR_BGR2GRAY)
    # Crop to the portrait's aspect ratio around the centre before resizing.
    h, w = grey.shape
    target = height / width
    if h / w > target:
        ch = round(w * target)
        grey = grey[(h - ch) // 2:(h - ch) // 2 + ch]
    else:
        cw = round(h / target)
        grey = grey[:, (w - cw) // 2:(w - cw) // 2 + cw]
    small = cv2.resize(grey, (width, height), interpolation=cv2.INTER_AREA)
    return cv2.GaussianBlur(small, (3, 3), 0).astype(np.float32)


def similarity(chip_face: np.ndarray, printed: np.ndarray) -> float | None:
    """Normalised correlation in [-1, 1] of the two portraits at their best alignment; None when
    either is too small or flat to compare."""
    w, h = CHIP.face_hint_size
    if min(chip_face.shape[:2]) < 16 or min(printed.shape[:2]) < 16:
        return None
    a = _prepare(chip_face, w, h)
    if a.std() < 1.0:
        return None
    best = None
    for scale in CHIP.face_hint_scales:
        b = _prepare(printed, round(w * scale), round(h * scale))
        if b.std() < 1.0:
            continue
        if b.shape[0] < h or b.shape[1] < w:  # a smaller search picture: pad by the edge
            b = cv2.copyMakeBorder(b, 0, max(0, h - b.shape[0]), 0, max(0, w - b.shape[1]),
                                   cv2.BORDER_REPLICATE)
        # The chip's face, trimmed by the shift margin, slides over the printed photo.
        m = CHIP.face_hint_shift
        templ = a[m:h - m, m:w - m]
        score = float(cv2.matchTemplate(b, templ, cv2.TM_CCOEFF_NORMED).max())
        best = score if best is None else max(best, score)
    return best


def face_hint(chip_image: bytes, printed: np.ndarray | None) -> list[Finding]:
    """chip.face.similarity (information): the score, labelled a hint; nothing when either
    picture is missing or cannot be compared."""
    if printed is None:
        return []
    chip_face = decode(chip_image)
    score = similarity(chip_face, printed) if chip_face is not None else None
    if score is None:
        return []
    low = score < CHIP.face_hint_low
    return [make_finding(
        "chip.face.similarity", Severity.INFO,
        "Similarity hint, chip face (DG2) against the printed photo: {score:.2f} (low: compare"
        " the two pictures). A grey-level comparison of the framed portraits, not face"
        " recognition: the officer compares the faces" if low
        else "Similarity hint, chip face (DG2) against the printed photo: {score:.2f}. A"
        " grey-level comparison of the framed portraits, not face recognition: the officer"
        " compares the faces",
        {"score": score}, field="photo", evidence=(("similarity", f"{score:.2f}"),))]
