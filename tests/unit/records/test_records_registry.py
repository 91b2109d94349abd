"""The repeat-use registry: one document number or one portrait under several identities."""

from __future__ import annotations

import datetime as dt

import cv2
import pytest
from records_helpers import Clock, make_result

from docverify.model import Reading, Region
from docverify.mrz.parser import parse
from docverify.pipeline import Options, verify_image, verify_mrz
from docverify.records import open_records
from docverify.records.portrait import distance, photo_zone, portrait_hash, same_photo
from docverify.synth.document import generate

TD3 = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
       "L898902C36UTO7408122F1204159ZE184226B<<<<<10"]
TD3_OTHER_NAME = ["P<UTOSMITH<<JOHN<<<<<<<<<<<<<<<<<<<<<<<<<<<<",
                  "L898902C36UTO7408122F1204159ZE184226B<<<<<10"]
TODAY = dt.date(2010, 1, 1)


@pytest.fixture
def store(target):
    with open_records(target, clock=Clock()) as s:
        yield s


def codes(result):
    return [f.code for f in result.findings]


def test_same_number_under_another_name_is_a_finding(store):
    options = Options(records=store, today=TODAY)
    first = verify_mrz(TD3, options)
    assert "registry.repeat_use" not in codes(first)
    rid = store.record(first, operator="o", workstation="w")
    again = verify_mrz(TD3, options)
    assert "registry.repeat_use" not in codes(again)  # the same person again: nothing to say
    store.record(again, operator="o", workstation="w")
    other = verify_mrz(TD3_OTHER_NAME, options)
    found = [f for f in other.findings if f.code == "registry.repeat_use"]
    assert len(found) == 2  # both earlier verifications, newest first
    assert f"record #{rid + 1}" in found[0].message
    assert f"record #{rid}" in found[1].message
    assert "ERIKSSON" in found[0].message
    evidence = dict(found[1].evidence)
    assert evidence["earlier_record"] == str(rid)
    assert evidence["differs"] == "name"
    assert other.verdict.value in ("review", "alert")


def test_birth_date_or_nationality_differs(store):
    store.record(make_result(), operator="o", workstation="w")
    f = store.repeat_use(make_result(birth=dt.date(1980, 1, 1)).reading).findings
    assert dict(f[0].evidence)["differs"] == "date of birth"
    f = store.repeat_use(make_result(nationality="D").reading).findings
    assert dict(f[0].evidence)["differs"] == "nationality"


def test_an_ocr_slip_in_the_name_is_not_another_identity(store):
    store.record(make_result(surname="ERIKSSON"), operator="o", workstation="w")
    assert store.repeat_use(make_result(surname="ERIKSS0N").reading).findings == ()
    assert store.repeat_use(make_result(surname="JOHANSSON").reading).findings != ()


def test_purged_and_redacted_records_leave_the_registry(store):
    store.record(make_result(), operator="o", workstation="w")
    store.purge_person(document_number="L898902C3", reason="r1", operator="dpo")
    assert store.repeat_use(make_result(surname="SMITH").reading).findings == ()


def _synth(fmt, seed):
    doc = generate(fmt, seed)
    parsed = parse(doc.mrz, TODAY)
    reading = Reading(None, doc.mrz, (), parsed, region=Region(*doc.regions["mrz"]))
    return doc, reading


def _swap_photo(into, source):
    """``into``'s image with ``source``'s photo pasted over its own (a photo substitution)."""
    image = into.image.copy()
    px, py, pw, ph = source.regions["photo"]
    qx, qy, qw, qh = into.regions["photo"]
    image[qy:qy + qh, qx:qx + qw] = cv2.resize(source.image[py:py + ph, px:px + pw], (qw, qh))
    return image


@pytest.mark.parametrize("fmt", ["TD3", "TD2", "MRVA"])
def test_photo_zone_finds_the_portrait(fmt):
    doc, reading = _synth(fmt, 3)
    zone = photo_zone(doc.image.shape, reading.region, fmt)
    px, py, pw, ph = doc.regions["photo"]
    ix = max(0, min(zone.x + zone.width, px + pw) - max(zone.x, px))
    iy = max(0, min(zone.y + zone.height, py + ph) - max(zone.y, py))
    inter = ix * iy
    assert inter / (zone.width * zone.height + pw * ph - inter) > 0.85


def test_portrait_signature_survives_a_half_turn():
    doc, reading = _synth("TD3", 3)
    h, w = doc.image.shape[:2]
    r = reading.region
    turned = doc.image[::-1, ::-1].copy()
    flipped_region = Region(w - r.x - r.width, h - r.y - r.height, r.width, r.height)
    a = portrait_hash(doc.image, r, "TD3")
    b = portrait_hash(turned[::-1, ::-1].copy(), r, "TD3")
    assert a == b
    c = portrait_hash(turned, flipped_region, "TD3")
    assert c is not None  # found below the band, at right; its bits are mirrored, not compared


def test_no_portrait_for_td1_and_flat_zones():
    doc, reading = _synth("TD1", 3)
    assert portrait_hash(doc.image, reading.region, "TD1") is None
    flat = doc.image.copy()
    flat[:] = 200
    td3, r3 = _synth("TD3", 3)
    assert portrait_hash(flat[: td3.image.shape[0], : td3.image.shape[1]], r3.region, "TD3") is None


def test_same_portrait_under_another_identity_is_a_finding(store):
    first, first_reading = _synth("TD3", 11)
    one = store.repeat_use(first_reading, first.image)
    assert one.findings == ()
    assert one.portrait is not None
    rid = store.record(make_result(portrait=one.portrait), operator="o", workstation="w")
    # Other people's documents, with their own portraits: no finding.
    for seed in (12, 13, 14):
        doc, reading = _synth("TD3", seed)
        other = store.repeat_use(reading, doc.image)
        assert other.portrait is not None
        assert not same_photo(one.portrait, other.portrait), distance(one.portrait,
                                                                       other.portrait)
        assert [f for f in other.findings if f.field == "portrait"] == []
    # Another person's document carrying the first one's photo.
    doc, reading = _synth("TD3", 15)
    swapped = store.repeat_use(reading, _swap_photo(doc, first))
    portrait_findings = [f for f in swapped.findings if f.field == "portrait"]
    assert len(portrait_findings) == 1
    assert f"record #{rid}" in portrait_findings[0].message
    assert dict(portrait_findings[0].evidence)["earlier_record"] == str(rid)


def test_pipeline_carries_the_portrait_to_the_record(store):
    doc, reading = _synth("TD3", 21)
    result = verify_image(doc.image, None, Options(engine=_FakeEngine(doc), records=store,
                                                   image_checks=False, today=TODAY))
    assert dict(result.extras).get("portrait_hash")
    rid = store.record(result, operator="o", workstation="w")
    assert store.get(rid).personal["portrait_hash"] == dict(result.extras)["portrait_hash"]


class _FakeEngine:
    """Reads a synthetic document's MRZ lines perfectly, in order (no OCR model needed)."""

    name = "fake"

    def __init__(self, doc):
        self.lines = doc.mrz

    def recognize_batch(self, crops):
        from docverify.reading.recognizer import LineResult

        out = []
        for i, _ in enumerate(crops):
            text = self.lines[i % len(self.lines)]
            out.append(LineResult(text, (0.99,) * len(text), tuple(((c, 0.99),) for c in text)))
        return out
