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
    ("01 MAR / MAR 4", None), ("28.10.195", None),  # a year's digit lost: no date
])
def test_printed_dates(text, iso):
    got = fields.parse_date(text)
    assert (got.isoformat() if got else None) == iso


# TD1 cards: small labels over a rosette (the weak case of issue #4), and TD2.
@pytest.fixture(scope="module", params=[("TD1", 21), ("TD1", 22), ("TD2", 23)],
                ids=lambda p: f"{p[0]}-{p[1]}")
def card(request):
    return generate(*request.param)


def test_genuine_cards_read_most_fields_without_mismatch(card):
    from docverify.checks.context import Run
    from docverify.checks.viz.compare import printed_fields

    found = run_checks(synth_context(card))
    assert raised(found) == []
    run = Run(synth_context(card))
    try:
        pairs = printed_fields(ocr.read_viz(run))
    finally:
        run.close()
    assert len(pairs) >= 5, sorted(pairs)


@pytest.mark.parametrize("seed", [3, 4])
def test_replaced_field_on_a_card_carries_both_values_and_regions(card, seed):
    forged = tamper.viz_field(card, np.random.default_rng(seed))
    key = forged.detail.split(" ->")[0]
    found = raised(run_checks(synth_context(card, image=forged.image)))
    assert [f.code for f in found] == [f"viz.mismatch.{key[4:]}"]
    ev = dict(found[0].evidence)
    assert ev["printed"] != ev["mrz"]
    assert ev["printed_region"].startswith("{'x'")
    assert ev["mrz_region"].startswith("{'x'")  # the MRZ field's box, for the UI to draw
    assert found[0].region is not None
    assert found[0].position is not None  # line and column of the MRZ field


@pytest.mark.parametrize(("text", "field"), [
    ("Suname { Nom", "surname"), ("Given names / Pranoms", "given_names"),
    ("Date of birch", "birth_date"), ("Date of exoiry", "expiry_date"),
    ("Natonality", "nationality"), ("Document Neo.", "document_number"),
])
def test_labels_found_despite_ocr_near_misses(text, field):
    line = ocr.Line(tuple(ocr.Word(w, 90, 10 * i, 0, 9, 10) for i, w in enumerate(text.split())))
    assert fields.is_label_line(line)
    assert fields.label_field(line) == field


def test_values_are_not_names_and_numbers_are_not_values():
    line = ocr.Line((ocr.Word("HAPPY", 90, 0, 0, 50, 10),))
    assert not fields.is_label_line(line)


def test_a_value_is_never_taken_from_below_the_next_label():
    def ln(text, y):
        return ocr.Line((ocr.Word(text, 90, 0, y, 40, 10),))

    label, nxt, value = ln("Surname", 0), ln("Nationality", 14), ln("UTOPIAN", 27)
    assert fields.value_for(label, (label, nxt, value)) is None
    assert fields.value_for(nxt, (label, nxt, value)) is value


def test_two_digit_years_take_the_mrz_century():
    import datetime as dt

    assert fields.parse_date("04 APR / APR 45", dt.date(1945, 4, 4)) == dt.date(1945, 4, 4)
    assert fields.parse_date("04 APR / APR 45", dt.date(2045, 4, 4)) == dt.date(2045, 4, 4)
    # A different year is still a different date.
    assert fields.parse_date("04 APR / APR 46", dt.date(1945, 4, 4)) == dt.date(1946, 4, 4)


@pytest.mark.parametrize(("field", "printed", "differs"), [
    ("document_number", "X1234567FRA", False),  # the next column read on
    ("document_number", "MULTIPLE", False),  # a word under "No. of entries"
    ("document_number", "X123", False),  # a partial read
    ("document_number", "X123456", False),  # its last digit lost
    ("document_number", "1234567", False),  # its first letter lost
    ("document_number", "7654321", True),
    ("document_number", "X1234568", True),
    ("birth_date", "15 MAR / MAR 8", False),  # a year's digit lost
    ("birth_date", "15 MAR / MAR 86", True),
    ("document_number", "X7654321", True),
    ("document_number", "DEC / DEC 4", False),  # a date taken from the next row
    ("given_names", "ANNE MAR IE", False),  # a space read inside a name
    ("given_names", "ANNE MARLE", False),  # I read as L
    ("given_names", "19 JUL 2020", False),  # another field's value
    ("given_names", "BEATRICE", True),
    ("given_names", "Loc", False),  # a label in another language (personal data is in capitals)
    ("sex", "x", False),
    ("sex", "V/F", False),  # Dutch: vrouw / female
    ("sex", "F", False),
    ("sex", "M", True),
])
def test_what_counts_as_a_printed_mismatch(field, printed, differs):
    from checks_helpers import context
    from checks_helpers import td3 as td3_lines

    from docverify.checks.viz.compare import _compare

    doc = context(td3_lines(number="X1234567")).document
    assert _compare(doc, field, printed)[0] is differs


def test_a_visa_prints_the_passport_number_not_its_own():
    from checks_helpers import context

    from docverify.checks.viz.compare import _compare

    visa = context(("V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
                    "L8988901C4XXX4009078F96121096ZE184226B<<<<<<")).document
    assert _compare(visa, "document_number", "M123889546")[0] is False


def test_brightest_channel_of_a_frame_view_is_numpys_max():
    rng = np.random.default_rng(3)
    frame = rng.integers(0, 256, (60, 80, 3), dtype=np.uint8)
    view = frame[7:50, 5:71]  # a crop of a larger frame, not contiguous
    assert np.array_equal(ocr._max_channel(view), view.max(axis=2))


def test_a_replaced_field_never_repeats_the_value_it_overwrites():
    # TD2 5002's holder is a KOWALSKI, one of the forger's surnames: drawn, the next is used.
    doc = generate("TD2", 5002)
    own = {"viz_surname": doc.fields["surname"], "viz_document_number": doc.fields["document_number"]}
    picked_own = 0
    for seed in range(60):
        rng = np.random.default_rng(seed)
        probe = np.random.default_rng(seed)
        key = ("viz_surname", "viz_document_number", "viz_birth_date")[int(probe.integers(3))]
        picked_own += key == "viz_surname" and int(probe.integers(5)) == 4
        forged = tamper.viz_field(doc, rng)
        new = forged.detail.split("-> ")[1]
        assert new != own.get(key, doc.fields["birth_date"])
        assert not np.array_equal(forged.image, doc.image)
    assert picked_own > 0  # the case this guards was met


def test_a_visa_that_prints_its_own_number_is_compared():
    # The synthetic visa prints the MRZ's (visa) number under "Document No." and nowhere else.
    visa = generate("MRVA", 5007)
    rng = np.random.default_rng(0)
    forged = tamper.viz_field(visa, rng)
    while not forged.detail.startswith("viz_document_number"):
        forged = tamper.viz_field(visa, rng)
    found = raised(run_checks(synth_context(visa, image=forged.image)))
    assert [(f.code, f.severity) for f in found] == [("viz.mismatch.document_number",
                                                      Severity.WARNING)]
    assert raised(run_checks(synth_context(visa))) == []


def test_the_icao_visa_specimen_prints_the_passport_number_and_is_not_flagged():
    # Its "Document No." is the passport's (M123889546); the visa's own, L8988901C, is printed
    # under the photo, where the OCR reads part of it.
    from test_photo import real_context

    found = run_checks(real_context("fastmrz/mrva.jpg"))
    assert [f.code for f in found if f.code == "viz.unavailable"] == []
    assert raised(found) == []


@pytest.mark.parametrize(("fmt", "seed"), [("TD2", 5006), ("MRVA", 5015)])
def test_a_recaptured_genuine_page_read_in_part_raises_no_mismatch(fmt, seed, tmp_path):
    # Through the recapture kind's compression (JPEG 88, then written at 100) the OCR loses the
    # end of TD2 5006's number (675745 for 675745301) and MRV-A 5015's year (MAR 4 for MAR 41).
    import cv2

    doc = generate(fmt, seed)
    ok, buf = cv2.imencode(".jpg", doc.image, [cv2.IMWRITE_JPEG_QUALITY, 88])
    assert ok
    path = tmp_path / "resaved.jpg"
    cv2.imwrite(str(path), cv2.imdecode(buf, cv2.IMREAD_COLOR), [cv2.IMWRITE_JPEG_QUALITY, 100])
    found = run_checks(synth_context(doc, image=cv2.imread(str(path)), source_path=path))
    assert raised(found) == []
