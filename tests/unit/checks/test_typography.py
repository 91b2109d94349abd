"""MRZ typography: characters measured against their fixed-pitch OCR-B line, on rendered and
real images (real OCR-B font, no mocks of the measurement)."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest
from checks_helpers import TODAY, synth_context

from docverify.checks import CheckContext, run_checks, tamper
from docverify.model import Reading, Region, Severity
from docverify.mrz.parser import parse
from docverify.synth.document import generate

SPECIMENS = Path(__file__).resolve().parents[2] / "fixtures" / "documents"


def typo(found, severity=None):
    return [f for f in found if f.code.startswith("mrz.typography.")
            and (severity is None or f.severity is severity)]


def overlaps(region: Region, box) -> bool:
    x, y, w, h = box
    return (region.x < x + w and x < region.x + region.width
            and region.y < y + h and y < region.y + region.height)


def cell_box(doc, line: int, col: int):
    x, y, w, h = doc.regions[f"mrz_line_{line}"]
    pitch = w / len(doc.mrz[line])
    return (x + col * pitch, y, pitch, h)


@pytest.mark.parametrize(("fmt", "seed"), [("TD3", 5000), ("TD1", 5001), ("TD2", 5002)])
def test_genuine_rendered_mrz_is_not_flagged_and_is_measured(fmt, seed):
    doc = generate(fmt, seed)
    assert typo(run_checks(synth_context(doc))) == []


def _where(detail: str) -> tuple[int, int]:
    line, col = (int(v) for v in detail.replace("line ", "").replace("col ", "").split()[:2])
    return line - 1, col - 1


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_shifted_character_is_flagged_at_that_character(seed):
    doc = generate(("TD3", "TD1", "MRVA")[seed], 5100 + seed)
    forged = tamper.glyph(doc, np.random.default_rng(seed), shift=True)
    line, col = _where(forged.detail)
    found = typo(run_checks(synth_context(doc, image=forged.image)), Severity.WARNING)
    assert found, forged.detail
    assert len(found) == 1
    f = found[0]
    assert f.position[0] == line
    assert abs(f.position[1] - col) <= 1  # a shift into the neighbour flags the pair
    assert overlaps(f.region, cell_box(doc, line, col))
    assert f.code in ("mrz.typography.position", "mrz.typography.baseline",
                      "mrz.typography.touching")


@pytest.mark.parametrize("seed", [3, 4])
def test_character_in_another_font_is_flagged_at_that_character(seed):
    doc = generate("TD3", 5200 + seed)
    forged = tamper.glyph(doc, np.random.default_rng(seed), shift=False)
    line, col = _where(forged.detail)
    found = typo(run_checks(synth_context(doc, image=forged.image)), Severity.WARNING)
    assert [f.position for f in found] == [(line, col)], forged.detail
    assert overlaps(found[0].region, cell_box(doc, line, col))
    assert dict(found[0].evidence)["character"] == doc.mrz[line][col]


# Real specimen images with the MRZ box the reader finds in them (tesseract engine).
REAL = [
    ("fastmrz/td3.jpg", Region(55, 343, 549, 42)),
    ("fastmrz/td1.jpg", Region(31, 660, 486, 97)),
    ("passporteye/passport-td3.jpg", Region(120, 672, 1054, 81)),
]


@pytest.mark.parametrize(("name", "region"), REAL)
def test_real_specimens_are_measured_and_not_flagged(name, region):
    import json

    truth = json.loads((SPECIMENS / "known_mrz.json").read_text(encoding="utf-8"))[name]["mrz"]
    result = parse(truth, TODAY)
    reading = Reading(name, tuple(truth), (), result, region=region)
    image = cv2.imread(str(SPECIMENS / name))
    found = typo(run_checks(CheckContext(reading, result.document, image, TODAY)))
    assert found == []


def test_a_misread_character_is_not_called_a_forgery():
    doc = generate("TD3", 5000)
    line = doc.mrz[1]
    col = next(i for i, c in enumerate(line) if c.isdigit() and i < 9)
    wrong = "8" if line[col] != "8" else "3"
    lines = (doc.mrz[0], line[:col] + wrong + line[col + 1:])
    found = typo(run_checks(synth_context(doc, mrz=lines)), Severity.WARNING)
    assert found == []


def test_without_the_ocr_b_font_it_says_so(monkeypatch):
    monkeypatch.setattr("docverify.checks.typography.rule.font_available", lambda: False)
    found = typo(run_checks(synth_context(generate("TD3", 5000))))
    assert [(f.code, f.severity) for f in found] == [("mrz.typography.unmeasured", Severity.INFO)]
