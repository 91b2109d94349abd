"""MRZ typography on patterned paper: glyph boxes shrunk onto their own strokes, moves judged
on what both edges agree on, and residuals scaled by the paper's ink around each character."""

from __future__ import annotations

import json
from pathlib import Path

import cv2
import numpy as np
import pytest
from checks_helpers import TODAY

from docverify.checks import CheckContext, run_checks
from docverify.checks.context import Run
from docverify.checks.typography.cells import _agreed, measure
from docverify.checks.typography.glyphs import font_available
from docverify.model import Reading, Region, Severity
from docverify.mrz.parser import parse

pytestmark = pytest.mark.skipif(not font_available(), reason="fonts-ocr-b not installed")

SPECIMENS = Path(__file__).resolve().parents[2] / "fixtures" / "documents"
# A Croatian specimen whose MRZ is printed over a guilloche, line 2 starting on a red band;
# the MRZ box and rotation (degrees) are those the reader finds in it.
HRV = ("passporteye/100_pass-hrv.jpg", Region(29, 332, 527, 45), 359.78)


def _hrv_context() -> CheckContext:
    name, region, rotation = HRV
    truth = json.loads((SPECIMENS / "known_mrz.json").read_text(encoding="utf-8"))[name]["mrz"]
    result = parse(truth, TODAY)
    reading = Reading(name, tuple(truth), (), result, region=region, rotation=rotation)
    return CheckContext(reading, result.document, cv2.imread(str(SPECIMENS / name)), TODAY)


def test_agreed_move_is_what_both_edges_share():
    left = np.array([0.30, 0.25, -0.2, 0.0])
    right = np.array([0.35, 0.00, 0.1, 0.2])
    np.testing.assert_allclose(_agreed(left, right), [0.30, 0.0, 0.0, 0.0])
    np.testing.assert_allclose(_agreed(-left, -right), [-0.30, 0.0, 0.0, 0.0])


def test_guilloche_specimen_is_not_flagged():
    found = [f for f in run_checks(_hrv_context()) if f.code.startswith("mrz.typography.")
             and f.severity is Severity.WARNING]
    assert found == []


def test_guilloche_specimen_boxes_hug_the_glyphs_and_clutter_is_measured():
    typo = measure(Run(_hrv_context()))
    assert typo is not None
    assert len(typo.lines) == 2
    top, bottom = typo.lines
    h = next(c for c in top.cells if c.col == 2)
    assert h.char == "H"
    # The pattern once joined specks to the H: its box was 0.17 pitch too wide, its match 0.55.
    assert h.shape > 0.8
    # Line 2 starts on the red band and the densest guilloche: its first characters carry
    # more of the paper's ink than the line's typical one.
    first = [c for c in bottom.cells if c.col < 3 and c.touching < 0]
    assert first
    assert max(c.clutter for c in first) > 1.6 * bottom.clutter_median
    assert bottom.clutter_median < 0.25
    # ... and are cut above that pattern's level: the first 0, once boxed with a stripe of the
    # pattern (0.25 pitch too wide, match 0.25), has its own box and shape again.
    zero = next(c for c in bottom.cells if c.col == 0)
    assert zero.char == "0"
    assert zero.shape > 0.85
    assert abs(zero.dw) < 0.05


def test_glyph_moved_towards_the_next_line_is_measured_and_flagged():
    """A character shifted right and down (the M of MARIA on an MRV-A page) runs into the filler
    after it and comes within a third of a pitch of the line below: it was once joined to the
    glyph under it into a two-line blob and dropped, leaving both lines too broken to measure."""
    from checks_helpers import synth_context

    from docverify.checks import tamper
    from docverify.synth.document import generate

    doc = generate("MRVA", 5015)
    rng = np.random.default_rng(7 * 5015)
    tamper.glyph(doc, rng, shift=False)  # the draw before it, as in the tuning harness
    forged = tamper.glyph(doc, rng, shift=True)
    assert forged.detail == "line 1 col 19 shifted"
    ctx = synth_context(doc, image=forged.image)
    typo = measure(Run(ctx))
    assert typo is not None
    assert [len(ln.cells) for ln in typo.lines] == [44, 44]
    found = [f for f in run_checks(ctx) if f.code.startswith("mrz.typography.")
             and f.severity is Severity.WARNING]
    assert [(f.code, f.position) for f in found] == [("mrz.typography.position", (0, 18))]
