"""MRZ typography: each character against its other prints in the same MRZ (kin), fillers,
characters run together by blur or by a move, and characters OCR-B does not have."""

from __future__ import annotations

import math

import numpy as np
import pytest
from checks_helpers import synth_context
from test_typography import _where, typo

from docverify.checks import run_checks, tamper
from docverify.checks.context import Run
from docverify.checks.typography.cells import measure
from docverify.model import Severity
from docverify.synth.document import generate


def _cells(run):
    t = measure(run)
    assert t is not None
    return t, {(c.line, c.col): c for ln in t.lines for c in ln.cells}


def test_kin_is_set_only_for_data_characters_printed_more_than_once():
    doc = generate("TD3", 5300)
    t, cells = _cells(Run(synth_context(doc)))
    assert 0.95 <= t.kin_median <= 1.0
    count = {}
    for (line, col) in cells:
        ch = doc.mrz[line][col]
        count[ch] = count.get(ch, 0) + 1
    for c in cells.values():
        if count[c.char] == 1 or c.char == "<":  # fillers are not judged on their shape
            assert math.isnan(c.kin)
        elif count[c.char] >= 3 and c.touching < 0:
            assert c.kin >= t.kin_median - 0.1


def _sans_with_kin():
    # A character in DejaVu Sans that the MRZ prints at least twice more in OCR-B.
    for seed in range(5300, 5340):
        doc = generate("TD3", seed)
        rng = np.random.default_rng(seed)
        forged = tamper.glyph(doc, rng, shift=False)
        line, col = _where(forged.detail)
        ch = doc.mrz[line][col]
        if ch.isalpha() and "".join(doc.mrz).count(ch) >= 3:
            return doc, forged, line, col
    raise AssertionError("no such seed")


def test_a_glyph_in_another_font_matches_its_other_prints_worse():
    doc, forged, line, col = _sans_with_kin()
    t, cells = _cells(Run(synth_context(doc, image=forged.image)))
    pasted = cells[(line, col)]
    assert not math.isnan(pasted.kin)
    siblings = [c.kin for k, c in cells.items()
                if c.char == pasted.char and k != (line, col) and not math.isnan(c.kin)]
    assert siblings
    assert pasted.kin < min(siblings) - 0.02
    found = typo(run_checks(synth_context(doc, image=forged.image)), Severity.WARNING)
    assert [f.position for f in found] == [(line, col)]


@pytest.mark.parametrize("seed", [0, 2])
def test_a_character_moved_into_its_neighbour_is_a_warning_blur_is_not(seed):
    # The moved glyph runs into its neighbour: the part of the blob it makes is off the
    # baseline, so the finding is a warning at that character (touching alone is information).
    doc = generate(("TD3", "TD1", "MRVA")[seed], 5100 + seed)
    forged = tamper.glyph(doc, np.random.default_rng(seed), shift=True)
    line, col = _where(forged.detail)
    found = typo(run_checks(synth_context(doc, image=forged.image)), Severity.WARNING)
    assert [f.code for f in found] in (["mrz.typography.baseline"], ["mrz.typography.position"])
    assert found[0].position[0] == line
    assert abs(found[0].position[1] - col) <= 1
    assert "touching" in dict(found[0].evidence)


def test_a_character_ocr_b_lacks_is_not_measured():
    # A misprinted MRZ (a Spanish card printing Ñ): no crash, the check says it did not measure.
    doc = generate("TD3", 5300)
    lines = (doc.mrz[0][:5] + "Ñ" + doc.mrz[0][6:], doc.mrz[1])
    run = Run(synth_context(doc, mrz=lines))
    assert measure(run) is None


def test_another_font_carries_another_ink_weight():
    # Drawn in the MRZ's own ink, DejaVu Sans's strokes are still thinner than OCR-B's: the
    # glyph's ink over the OCR-B glyph's, relative to its line, falls well below the others'.
    doc, forged, line, col = _sans_with_kin()
    _, cells = _cells(Run(synth_context(doc, image=forged.image)))
    others = [abs(c.dens) for k, c in cells.items()
              if k != (line, col) and c.char != "<" and c.touching < 0]
    assert cells[(line, col)].dens < -1.5 * max(others)
