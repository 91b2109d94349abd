"""The match with the OCR-B glyph at the line's size (sized_match): OCR-B matches itself, a
sans-serif letter close to OCR-B does not, and such a letter pasted in is flagged."""

from __future__ import annotations

import numpy as np
import pytest
from checks_helpers import synth_context
from PIL import Image, ImageDraw

from docverify.checks import run_checks, tamper
from docverify.checks.typography.cells import PITCH
from docverify.checks.typography.glyphs import font_available, glyphs, sized_match
from docverify.model import Severity
from docverify.synth.document import generate
from docverify.synth.render import _font

pytestmark = pytest.mark.skipif(not font_available(), reason="fonts-ocr-b not installed")


def _ink(ch: str, kind: str, cap: int) -> np.ndarray:
    """``ch`` drawn white on black in the font ``kind`` with a cap height of about ``cap`` px,
    cut to its ink box, as 0..1."""
    font = _font(kind, 100)
    _, top, _, bottom = font.getbbox("H")
    font = _font(kind, max(6, round(100 * cap / (bottom - top))))
    img = Image.new("L", (4 * cap, 4 * cap), 0)
    ImageDraw.Draw(img).text((cap, 3 * cap), ch, font=font, fill=255, anchor="ls")
    a = np.asarray(img, np.float32) / 255.0
    ys, xs = np.nonzero(a > 0.3)
    return a[ys.min():ys.max() + 1, xs.min():xs.max() + 1]


# Not P: DejaVu Sans' P drawn at OCR-B's cap height matches OCR-B's at this pitch as well as
# OCR-B's own (0.995); only its position and ink weight can betray it.
@pytest.mark.parametrize("ch", ["N", "K", "E", "H"])
def test_ocr_b_matches_itself_at_its_size_and_sans_serif_less(ch):
    ref = glyphs(PITCH)[ch]
    own = _ink(ch, "ocrb", ref.height)
    size = own.shape[0] / ref.height
    sans = _ink(ch, "sans", ref.height)
    assert sized_match(own, ch, PITCH, size) > 0.97
    assert sized_match(sans, ch, PITCH, size) < sized_match(own, ch, PITCH, size) - 0.01


def test_empty_patch_matches_nothing():
    assert sized_match(np.zeros((1, 5), np.float32), "A", PITCH, 1.0) == 0.0


# Tuning pages whose letter pasted in DejaVu Sans (an N, close to OCR-B's) scored under the
# threshold on position, baseline, size, ink weight and stretched shape alone.
@pytest.mark.parametrize(("fmt", "seed", "rng"), [("TD3", 5000, 35000), ("TD1", 5042, 35042)])
def test_sans_serif_letter_close_to_ocr_b_is_flagged(fmt, seed, rng):
    doc = generate(fmt, seed)
    forged = tamper.glyph(doc, np.random.default_rng(rng), shift=False)
    line, col = (int(v) - 1 for v in forged.detail.replace("line ", "").replace("col ", "")
                 .split()[:2])
    found = [f for f in run_checks(synth_context(doc, image=forged.image))
             if f.code.startswith("mrz.typography.") and f.severity is Severity.WARNING]
    assert [f.position for f in found] == [(line, col)], forged.detail


def test_an_ocr_b_variant_with_a_longer_arm_still_matches():
    # Real OCR-B prints differ in small ways (an L's arm): the centroid moves with the arm,
    # the placement may move back by a few pixels.
    ref = glyphs(PITCH)["L"]
    own = _ink("L", "ocrb", ref.height)
    arm = max(2, own.shape[1] // 4)
    longer = np.zeros((own.shape[0], own.shape[1] + arm), np.float32)
    longer[:, :own.shape[1]] = own
    longer[-4:, own.shape[1]:] = own[-4:, -1:]  # the bottom stroke runs on
    size = own.shape[0] / ref.height
    assert sized_match(longer, "L", PITCH, size) > 0.96  # centroids alone: 0.94
