"""The MRZ parser against the published specimens and against broken text."""

import datetime as dt
import json

import pytest

from docverify.model import DocFormat, Severity
from docverify.mrz.checkdigit import check_digit
from docverify.mrz.parser import parse

TODAY = dt.date(2026, 11, 28)


def codes(result):
    return [f.code for f in result.findings if f.severity is not Severity.INFO]


def specimens(fixtures_dir):
    return json.loads((fixtures_dir / "mrz" / "specimen_mrz_strings.json").read_text())


def test_published_specimens_validity_matches(fixtures):
    checked = 0
    for s in specimens(fixtures):
        if s.get("all_valid") is None:
            continue
        result = parse(s["mrz"], TODAY)
        digits_ok = not [c for c in codes(result) if c.startswith("mrz.check_digit")]
        assert digits_ok == s["all_valid"], s["mrz"]
        checked += 1
    assert checked >= 20


def test_icao_samples(fixtures):
    data = json.loads((fixtures / "mrz" / "icao_mrz_samples.json").read_text())
    for sample in data["samples"]:
        result = parse(sample["lines"], TODAY)
        assert result.document is not None
        assert result.document.format.value == sample["format"].replace("-", "")
        assert (not [c for c in codes(result) if "check_digit" in c]) == sample["valid"], sample
        if "document_number" in sample:
            assert result.document.document_number == sample["document_number"]


def test_td3_fields():
    r = parse(["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
               "L898902C36UTO7408122F1204159ZE184226B<<<<<10"], TODAY)
    d = r.document
    assert d.format is DocFormat.TD3
    assert (d.document_code, d.issuing_state, d.nationality) == ("P", "UTO", "UTO")
    assert (d.surname, d.given_names) == ("ERIKSSON", "ANNA MARIA")
    assert d.document_number == "L898902C3"
    assert d.birth_date == dt.date(1974, 8, 12)
    assert d.expiry_date == dt.date(2012, 4, 15)
    assert d.sex == "F"
    assert d.optional_data == "ZE184226B"
    assert r.valid


def test_td1_long_document_number():
    # ICAO Doc 9303 part 5: number D23145890734 with check digit 9 continues in the optional data.
    line1 = "I<UTOD23145890<7349<<<<<<<<<<<"
    line2 = "3407127M9507122UTO<<<<<<<<<<<2"
    line3 = "STEVENSON<<PETER<JOHN<<<<<<<<<"
    r = parse([line1, line2, line3], TODAY)
    assert r.document.document_number == "D23145890734"
    assert check_digit("D23145890734") == "9"
    assert not [c for c in codes(r) if c == "mrz.check_digit.document_number"]
    assert r.document.optional_data == ""


def test_td3_empty_optional_with_filler_check_digit():
    r = parse(["P<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<",
               "C11T002JM4D<<9608122F2310314<<<<<<<<<<<<<<<4"], TODAY)
    assert r.document.issuing_state == "D"
    assert codes(r) == []


@pytest.mark.parametrize(
    ("position", "code"),
    [(9, "mrz.check_digit.document_number"), (19, "mrz.check_digit.birth_date"),
     (27, "mrz.check_digit.expiry_date"), (42, "mrz.check_digit.optional_data"),
     (43, "mrz.check_digit.composite")],
)
def test_each_check_digit_is_named(position, code):
    line2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10"
    wrong = str((int(line2[position]) + 1) % 10)
    broken = line2[:position] + wrong + line2[position + 1 :]
    r = parse(["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", broken], TODAY)
    found = [f for f in r.findings if f.code == code]
    assert len(found) == 1
    f = found[0]
    assert f.severity is Severity.CRITICAL
    assert f.position == (1, position)
    assert dict(f.evidence)["found"] == wrong
    assert dict(f.evidence)["expected"] == line2[position]


def test_garbage_is_a_finding_not_an_exception():
    for text in (["hello"], [], ["x" * 44, "y" * 44], ["<" * 5000], ["P<UTO" + "é" * 39, "1" * 44]):
        r = parse(text, TODAY)
        assert r.findings, text
        assert not r.valid


def test_huge_text_refused_quickly():
    r = parse(["A" * 10_000_000], TODAY)
    assert r.document is None
    assert "characters long" in r.findings[0].message


def test_dates_century_and_partial():
    r = parse(["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
               "L898902C36UTO2601012F3601019ZE184226B<<<<<10"], TODAY)
    assert r.document.birth_date == dt.date(2026, 1, 1)
    assert r.document.expiry_date == dt.date(2036, 1, 1)
    r = parse(["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
               "L898902C36UTO2612312F3601019ZE184226B<<<<<10"], TODAY)
    assert r.document.birth_date == dt.date(1926, 12, 31)  # not in the future
    r = parse(["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
               "L898902C36UTO74<<<<2F1204159ZE184226B<<<<<10"], TODAY)
    assert r.document.birth_date is None
    assert any(f.code == "mrz.date.birth_date.partial" for f in r.findings)


def test_invalid_calendar_date_named():
    line2 = "L898902C36UTO7413322F1204159ZE184226B<<<<<10"
    r = parse(["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", line2], TODAY)
    assert "mrz.date.birth_date.invalid" in codes(r)


def test_truncated_name_flagged():
    r = parse(["P<UTOABCDEFGHIJKLMNOPQRSTUVWXY<<ABCDEFGHIJKLM",
               "L898902C36UTO7408122F1204159ZE184226B<<<<<10"], TODAY)
    assert r.document.names_truncated
    assert any(f.code == "mrz.name.truncated" for f in r.findings)


def test_visa_formats_have_no_composite():
    r = parse(["V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
               "L8988901C4XXX4009078F96121096ZE184226B<<<<<<"], TODAY)
    assert r.document.format is DocFormat.MRVA
    assert not [c for c in codes(r) if "check_digit" in c]


def test_unknown_codes_and_sex():
    r = parse(["P<QQQERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
               "L898902C36QQQ7408122Q1204159ZE184226B<<<<<10"], TODAY)
    c = codes(r)
    assert "mrz.code.issuing_state.unknown" in c
    assert "mrz.code.nationality.unknown" in c
    assert "mrz.sex.invalid" in c


def test_icao_only_codes_known():
    from docverify.mrz.codes import country_name, is_known_code
    for code in ("D", "GBD", "RKS", "EUE", "UNO", "XXA", "XPO", "XOM", "PRK", "KOR", "UTO"):
        assert is_known_code(code), code
    assert not is_known_code("INP")
    assert country_name("D<<")


def test_iso_nationality():
    from docverify.mrz.codes import iso_nationality

    assert iso_nationality("D<<") == "DEU"
    assert iso_nationality("GBN") == "GBR"
    assert iso_nationality("PRK") == "PRK"
    assert iso_nationality("UTO") is None
    assert iso_nationality("XXA") is None


def test_a_check_digit_over_a_character_outside_the_alphabet_cannot_be_verified():
    """A '#' in the document number: the charset finding names it, and the two check digits
    over it say they cannot be verified rather than quoting a digit the data never gave."""
    r = parse(["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
               "L898#02C36UTO7408122F1204159ZE184226B<<<<<10"], TODAY)
    by_code = {f.code: f for f in r.findings}
    assert "column 5" in by_code["mrz.charset"].message
    for code in ("mrz.check_digit.document_number", "mrz.check_digit.composite"):
        assert "cannot be verified" in by_code[code].message
        assert dict(by_code[code].evidence)["expected"] == "?"
    assert not r.valid


def test_lines_far_from_every_format_length_have_no_layout():
    """Two lines 4 characters shorter than TD2's 36 are not read as TD2 (1-3 lost characters
    are, with a line-length finding): the text is not an MRZ."""
    r = parse(["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<", "L898902C36UTO7408122F1204159ZE18"], TODAY)
    assert r.document is None
    assert r.findings
    r = parse(["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE18422"], TODAY)
    assert r.document is not None
    assert "mrz.line_length" in codes(r)


def test_no_text_is_no_mrz_and_says_so():
    for nothing in ([], ["", "  "]):
        r = parse(nothing, TODAY)
        assert r.document is None
        assert r.findings[0].message.startswith("No MRZ text was given")


def test_historic_codes():
    from docverify.mrz.codes import is_historic_code

    for code in ("YUG", "SUN", "CSK", "DDR", "ANT", "SCG", "ZAR", "TMP", "BUR"):
        assert is_historic_code(code), code
    assert not is_historic_code("DEU")
    assert not is_historic_code("RKS")


def test_code_tables_load_from_the_shipped_data():
    """The tables are read once per process (cached); read them again here, so that loading
    them is exercised even when an app test's worker thread (Qt's, which coverage does not
    trace) read them first."""
    from docverify.mrz import codes

    codes._tables.cache_clear()
    codes._iso_codes.cache_clear()
    assert codes.is_known_code("DEU")
    assert codes.is_historic_code("YUG")
    assert codes.is_specimen_code("UTO")
    assert codes.iso_nationality("D<<") == "DEU"
    assert codes.iso_nationality("YUG") == "YUG"
