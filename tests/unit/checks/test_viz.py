"""Visual zone against MRZ, with real tesseract on rendered documents."""

from __future__ import annotations

import numpy as np
import pytest
from checks_helpers import synth_context

from docverify.checks import run_checks, tamper
from docverify.checks.viz import fields, ocr
from docverify.model import Severity
from docverify.synth.document import generate


def raised(found, prefix="viz.mismatch"):
    return [f for f in found if f.code.startswith(prefix) and f.severity is not Severity.INFO]


@pytest.fixture(scope="module")
def td3():
    return generate("TD3", 11)


def test_genuine_document_has_no_mismatch(td3):
    found = run_checks(synth_context(td3))
    assert raised(found) == []
    assert not [f for f in found if f.code == "viz.unavailable"]


@pytest.mark.parametrize("seed", [0, 1, 5])
def test_replaced_printed_field_is_caught_with_both_regions(td3, seed):
    forged = tamper.viz_field(td3, np.random.default_rng(seed))
    key = forged.detail.split(" ->")[0]  # e.g. viz_surname
    found = raised(run_checks(synth_context(td3, image=forged.image)))
    assert [f.code for f in found] == [f"viz.mismatch.{key[4:]}"]
    ev = dict(found[0].evidence)
    assert ev["printed"] != ev["mrz"]
    assert "mrz_region" in ev
    box = found[0].region
    x, y, w, h = td3.regions[key]
    assert box is not None
    # The printed value's box overlaps the field the forger overwrote.
    ix = min(box.x + box.width, x + w) - max(box.x, x)
    iy = min(box.y + box.height, y + h) - max(box.y, y)
    assert ix > 0.5 * min(w, box.width)
    assert iy > 0.5 * min(h, box.height)


def test_mrz_edited_with_check_digits_fixed_is_caught_by_the_visual_zone(td3):
    forged = tamper.mrz_edit(td3, np.random.default_rng(2), fix_digits=True)
    found = run_checks(synth_context(td3, image=forged.image, mrz=forged.mrz))
    assert not [f for f in found if f.code.startswith("mrz.check_digit")]
    assert {f.code for f in raised(found)} & {"viz.mismatch.birth_date",
                                              "viz.mismatch.expiry_date"}


def test_skipped_when_the_mrz_already_alerts(td3, monkeypatch, tmp_path):
    forged = tamper.mrz_edit(td3, np.random.default_rng(2), fix_digits=False)
    started = []
    monkeypatch.setattr(ocr, "_start", lambda run: started.append(run))
    found = run_checks(synth_context(td3, image=forged.image, mrz=forged.mrz))
    assert [f.code for f in found if f.code.startswith("viz.")] == ["viz.skipped"]
    assert started == []


def test_the_ocr_leaves_no_process_or_file_behind(td3, monkeypatch, tmp_path):
    monkeypatch.setattr(ocr.tempfile, "tempdir", str(tmp_path))
    jobs = []
    start = ocr._start
    monkeypatch.setattr(ocr, "_start", lambda run: jobs.append(start(run)) or jobs[-1])
    run_checks(synth_context(td3))
    assert len(jobs) == 1
    assert jobs[0].proc.returncode == 0
    assert list(tmp_path.iterdir()) == []


def test_a_crashing_rule_still_reaps_the_ocr(td3, monkeypatch, tmp_path):
    from docverify.checks.image import greyscale

    monkeypatch.setattr(ocr.tempfile, "tempdir", str(tmp_path))
    monkeypatch.setattr(greyscale, "chroma", lambda image: 1 / 0)
    monkeypatch.setattr(ocr, "_collect", lambda run, job: 1 / 0)
    found = run_checks(synth_context(td3))
    assert {dict(f.evidence)["rule"].rsplit(".", 1)[-1] for f in found
            if f.code == "internal.rule_failed"} == {"greyscale", "viz_vs_mrz"}
    assert list(tmp_path.iterdir()) == []


def test_without_tesseract_it_says_so(td3, monkeypatch):
    monkeypatch.setattr(ocr, "tesseract_available", lambda: False)
    found = run_checks(synth_context(td3))
    skipped = [f for f in found if f.code == "viz.unavailable"]
    assert len(skipped) == 1
    assert skipped[0].severity is Severity.INFO


@pytest.mark.parametrize(("text", "iso"), [
    ("28.10.1953", "1953-10-28"), ("28/10/1953", "1953-10-28"), ("1953-10-28", "1953-10-28"),
    ("28 OCT 1953", "1953-10-28"), ("28 OCT/OCT 53", "1953-10-28"), ("31.02.2020", None),
])
def test_printed_dates(text, iso):
    got = fields.parse_date(text)
    assert (got.isoformat() if got else None) == iso
