"""Synthetic documents: valid MRZs per ICAO Doc 9303, determinism, regions and geometry."""

from __future__ import annotations

import re

import numpy as np
import pytest

from docverify.mrz.checkdigit import check_digit
from docverify.synth import generate
from docverify.synth.identity import mrz_name_part

FORMATS = ("TD1", "TD2", "TD3", "MRVA", "MRVB")
SHAPE = {"TD1": (3, 30), "TD2": (2, 36), "TD3": (2, 44), "MRVA": (2, 44), "MRVB": (2, 36)}
SEEDS = range(40)


def _ok(data: str, digit: str) -> bool:
    return check_digit(data) == digit


def _number_ok(num9: str, digit: str, optional: str) -> bool:
    """Document number check, with the ICAO overflow into the optional data."""
    if digit != "<":
        return _ok(num9, digit)
    m = re.match(r"([0-9A-Z]*?)([0-9])(<|$)", optional)
    return m is not None and _ok(num9 + m.group(1), m.group(2))


def check_failures(fmt: str, lines: tuple[str, ...]) -> list[str]:
    """Every check digit of ``lines`` that does not hold (empty list: all valid)."""
    bad = []
    if fmt == "TD1":
        l1, l2, _ = lines
        if not _number_ok(l1[5:14], l1[14], l1[15:30]):
            bad.append("number")
        if not _ok(l2[0:6], l2[6]):
            bad.append("birth")
        if not _ok(l2[8:14], l2[14]):
            bad.append("expiry")
        if not _ok(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29], l2[29]):
            bad.append("composite")
        return bad
    l2 = lines[1]
    opt_end = {"TD3": 42, "TD2": 35, "MRVA": 44, "MRVB": 36}[fmt]
    if not _number_ok(l2[0:9], l2[9], l2[28:opt_end]):
        bad.append("number")
    if not _ok(l2[13:19], l2[19]):
        bad.append("birth")
    if not _ok(l2[21:27], l2[27]):
        bad.append("expiry")
    if fmt == "TD3":
        empty = l2[28:42] == "<" * 14
        if not (_ok(l2[28:42], l2[42]) or (empty and l2[42] == "<")):
            bad.append("optional")
        if not _ok(l2[0:10] + l2[13:20] + l2[21:43], l2[43]):
            bad.append("composite")
    if fmt == "TD2" and not _ok(l2[0:10] + l2[13:20] + l2[21:35], l2[35]):
        bad.append("composite")
    return bad


def test_the_checker_itself_catches_a_wrong_digit():
    lines = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
             "L898902C36UTO7408122F1204159ZE184226B<<<<<10")
    assert check_failures("TD3", lines) == []
    broken = (lines[0], lines[1][:19] + "3" + lines[1][20:])
    assert "birth" in check_failures("TD3", broken)


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_check_digit_is_valid_and_lines_have_the_format_shape(fmt):
    for seed in SEEDS:
        doc = generate(fmt, seed)
        n_lines, width = SHAPE[fmt]
        assert len(doc.mrz) == n_lines, (seed, doc.mrz)
        for line in doc.mrz:
            assert len(line) == width, (seed, line)
            assert re.fullmatch(r"[A-Z0-9<]+", line), (seed, line)
        assert check_failures(fmt, doc.mrz) == [], (seed, doc.mrz)


@pytest.mark.parametrize("fmt", ["TD1", "TD2"])
def test_long_document_numbers_use_the_overflow_rule(fmt):
    longs = [generate(fmt, s) for s in range(120)]
    longs = [d for d in longs if len(d.fields["document_number"]) > 9]
    assert longs, "no long document number in 120 seeds"
    for doc in longs:
        line = doc.mrz[0] if fmt == "TD1" else doc.mrz[1]
        start = 5 if fmt == "TD1" else 0
        number = doc.fields["document_number"]
        assert line[start:start + 9] == number[:9]
        assert line[start + 9] == "<"
        rest = line[15:30] if fmt == "TD1" else line[28:35]
        assert rest.startswith(number[9:] + check_digit(number))


def test_td3_optional_data_is_sometimes_empty_with_both_check_conventions():
    lines = [generate("TD3", s).mrz[1] for s in range(80)]
    digits = {line[42] for line in lines if line[28:42] == "<" * 14}
    assert digits == {"<", "0"}


def test_fields_agree_with_the_mrz():
    for seed in range(20):
        doc = generate("TD3", seed)
        l1, l2 = doc.mrz
        f = doc.fields
        assert l2[13:19] == f["birth_date"][2:4] + f["birth_date"][5:7] + f["birth_date"][8:10]
        assert l2[21:27] == f["expiry_date"][2:4] + f["expiry_date"][5:7] + f["expiry_date"][8:10]
        assert l2[0:9].rstrip("<") == f["document_number"]
        assert l1[2:5].rstrip("<") == f["issuing_state"]
        assert l1[5:].startswith(f["surname"].replace(" ", "<") + "<<")
        assert 1940 <= int(f["birth_date"][:4]) <= 2008
        assert f["expiry_date"] > f["issue_date"] >= f["birth_date"]


def test_expiry_is_mostly_in_the_future_and_sometimes_past():
    docs = [generate(fmt, s) for fmt in FORMATS for s in range(40)]
    past = sum(d.fields["expiry_date"] < "2026-03-01" for d in docs)
    assert 0 < past < 0.25 * len(docs)


def test_names_are_varied_across_seeds():
    surnames = {generate("TD3", s).fields["surname"] for s in range(60)}
    assert len(surnames) >= 25


def test_transliteration():
    assert mrz_name_part("Müller") == "MUELLER"
    assert mrz_name_part("O'Brien") == "OBRIEN"
    assert mrz_name_part("Jean-Pierre") == "JEAN<PIERRE"
    assert mrz_name_part("María de los Ángeles") == "MARIA<DE<LOS<ANGELES"
    assert mrz_name_part("Łukasiewicz") == "LUKASIEWICZ"


@pytest.mark.parametrize("fmt", FORMATS)
def test_same_seed_same_document_other_seed_other_document(fmt):
    a, b, c = generate(fmt, 11), generate(fmt, 11), generate(fmt, 12)
    assert a.mrz == b.mrz
    assert a.regions == b.regions
    assert np.array_equal(a.image, b.image)
    assert a.mrz != c.mrz
    assert not np.array_equal(a.image, c.image)


EXPECTED_MM = {"TD1": (85.6, 53.98), "TD2": (105, 74), "TD3": (125, 88), "MRVA": (120, 80),
               "MRVB": (105, 74)}


@pytest.mark.parametrize("fmt", FORMATS)
def test_size_regions_and_mrz_geometry(fmt):
    doc = generate(fmt, 5)
    h, w = doc.image.shape[:2]
    assert doc.image.dtype == np.uint8
    assert doc.image.shape[2] == 3
    assert doc.dpi == 300
    assert abs(w - EXPECTED_MM[fmt][0] / 25.4 * 300) <= 1
    assert abs(h - EXPECTED_MM[fmt][1] / 25.4 * 300) <= 1
    expected = {"mrz", "photo", "viz_surname", "viz_given_names", "viz_document_number",
                "viz_birth_date", "viz_expiry_date", "viz_nationality", "viz_sex",
                "viz_issue_date"} | {f"mrz_line_{i}" for i in range(len(doc.mrz))}
    assert set(doc.regions) == expected
    gray = doc.image.mean(axis=2)
    for name, (x, y, bw, bh) in doc.regions.items():
        assert min(bw, bh) > 0, name
        assert min(x, y) >= 0, name
        assert min(w - x - bw, h - y - bh) >= 0, (name, doc.regions[name])
        if name != "photo":  # text: some ink inside
            assert gray[y:y + bh, x:x + bw].min() < 80, name
    # 10 characters per inch: 30 px per character at 300 dpi; lines 4.23 mm apart.
    width = len(doc.mrz[0])
    lines = [doc.regions[f"mrz_line_{i}"] for i in range(len(doc.mrz))]
    for _x, _y, bw, bh in lines:
        assert abs(bw - width * 30) <= 2
        assert 20 <= bh <= 36
    spacing = lines[1][1] - lines[0][1]
    assert abs(spacing - 4.23 / 25.4 * 300) <= 2
    last_centre_from_bottom = h - (lines[-1][1] + lines[-1][3] / 2)
    assert 5.5 / 25.4 * 300 < last_centre_from_bottom < 7.5 / 25.4 * 300
    # No text ink above, below or beside the MRZ lines' boxes within the MRZ band.
    mx, my, mw, mh = doc.regions["mrz"]
    assert gray[my + mh + 6:, mx:mx + mw].min() > 80


def test_lower_dpi_scales_everything():
    a, b = generate("TD3", 3), generate("TD3", 3, dpi=150)
    assert abs(b.image.shape[1] * 2 - a.image.shape[1]) <= 2
    assert a.mrz == b.mrz
