"""Greyscale fact: a page with no colour at all is a copy or a grey scan, not the original.

Information only: office scanners and web images are often grey, so on its own it is no ground
for a review (measured on the real specimens in tests/benchmarks/bench_checks.py)."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np

from docverify.checks.context import Run, finding
from docverify.checks.registry import rule
from docverify.config import CHECKS
from docverify.model import Finding, Severity


def chroma(image: np.ndarray) -> float:
    """Mean colourfulness (|a| + |b| in 8-bit Lab) of a downscaled copy."""
    import cv2

    if image.ndim == 2 or image.shape[2] == 1:
        return 0.0
    step = max(1, image.shape[1] // 1024)  # a camera frame: every k-th pixel first (x7 faster)
    sub = image[::step, ::step]
    small = cv2.resize(sub, (256, max(1, int(256 * sub.shape[0] / sub.shape[1]))),
                       interpolation=cv2.INTER_AREA)
    lab = cv2.cvtColor(small, cv2.COLOR_BGR2LAB).astype(np.float32)
    return float(np.mean(np.abs(lab[:, :, 1] - 128) + np.abs(lab[:, :, 2] - 128)))


@rule({"image.greyscale": (Severity.INFO, "Information: the image has no colour, as a greyscale "
                                         "photocopy or scan would; passports are printed in "
                                         "colour.")},
      needs_image=True, needs_document=False)
def greyscale(run: Run) -> Iterator[Finding]:
    assert run.image is not None
    value = chroma(run.image)
    if value < CHECKS.greyscale_max_chroma:
        yield finding(
            "image.greyscale", Severity.INFO,
            "The image is greyscale: a photocopy or grey scan, not the document itself.",
            evidence={"chroma": f"{value:.2f}", "threshold": CHECKS.greyscale_max_chroma},
        )
