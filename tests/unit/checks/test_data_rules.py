"""The data-consistency rules on MRZs built to break one rule at a time."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from checks_helpers import TODAY, context, td3

from docverify.checks import run_checks
from docverify.model import Severity


def codes(lines, today=TODAY):
    return {f.code for f in run_checks(context(lines, today)) if f.severity is not Severity.INFO}


def test_a_clean_passport_raises_nothing():
    assert codes(td3(number="12AB34567")) == set()


def test_parser_findings_come_first_and_are_kept():
    line1, line2 = td3(number="12AB34567")
    broken = line2[:9] + ("0" if line2[9] != "0" else "1") + line2[10:]
    found = run_checks(context((line1, broken)))
    assert found[0].code == "mrz.check_digit.document_number"


def test_expired_says_how_long_ago():
    found = run_checks(context(td3(number="12AB34567", expiry="240101")))
    expired = [f for f in found if f.code == "date.expired"]
    assert len(expired) == 1
    assert expired[0].severity is Severity.WARNING
    assert "2 years 11 months ago" in expired[0].message
    assert dict(expired[0].evidence)["expiry_date"] == "2024-01-01"


def test_age_over_110():
    # Born 1915 is only reachable with a full year; the MRZ parser keeps births in the past
    # 100 years, so feed a document whose birth date was set explicitly.
    ctx = context(td3(number="12AB34567", birth="150101"))
    doc = ctx.document
    old = type(doc)(**{**{s: getattr(doc, s) for s in doc.__slots__},
                       "birth_date": dt.date(1912, 1, 1)})
    found = run_checks(type(ctx)(ctx.reading, old, None, TODAY))
    assert "date.age_over_max" in {f.code for f in found}


def test_birth_in_future_and_expiry_before_birth():
    ctx = context(td3(number="12AB34567"))
    doc = ctx.document
    fields = {s: getattr(doc, s) for s in doc.__slots__}
    future = type(doc)(**{**fields, "birth_date": dt.date(2027, 5, 1),
                          "expiry_date": dt.date(2027, 1, 1)})
    got = {f.code for f in run_checks(type(ctx)(None, future, None, TODAY))}
    assert {"date.birth_in_future", "date.expiry_before_birth"} <= got


def test_validity_beyond_what_the_state_issues():
    # A French adult passport expiring 14 years from today.
    assert "date.validity_implausible" in codes(td3(number="12AB34567", expiry="401201"))
    # Ten years ahead is fine for an adult...
    assert "date.validity_implausible" not in codes(td3(number="12AB34567", expiry="361101"))
    # ... but not for a child, whose Canadian passport is valid five years (canada.ca).
    child = td3(state="CAN", number="AB123456", birth="200101", expiry="361101")
    assert "date.validity_implausible" in codes(child)


def test_unverified_validity_rows_are_not_used():
    from docverify.checks import tables

    rows = tables.load("validity")["P"]
    assert rows["ITA"]["status"] == "unverified"
    assert tables.validity("P", "ITA") is None
    assert tables.validity("P", "CAN") is not None
    # An Italian child's passport 10 years ahead: the unverified 5-year rule does not fire,
    # the default for passports (ChecksTunables.max_validity_years) does not either.
    child = td3(state="ITA", number="YA1234567", birth="200101", expiry="361101")
    assert "date.validity_implausible" not in codes(child)


def test_specimen_state_and_numbers():
    icao = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
            "L898902C36UTO7408122F1204159ZE184226B<<<<<10")
    got = codes(icao)
    assert {"code.specimen_state", "number.specimen", "date.expired"} <= got
    german = td3(surname="MUSTERMANN", given="ERIKA", number="C11T002JM", state="D<<")
    assert "number.specimen" in codes(german)


def test_specimen_name_without_specimen_number():
    found = run_checks(context(td3(surname="MUSTERMANN", given="ERIKA", number="12AB34567")))
    hit = [f for f in found if f.code == "number.specimen"]
    assert hit
    assert hit[0].field == "names"


@pytest.mark.parametrize(("state", "good", "bad"), [
    ("FRA", "12AB34567", "123456789"),
    ("USA", "A12345678", "AB1234567"),
    ("D<<", "C01X00T47", "A0000000A"),  # no vowels in German serial numbers
    ("NLD", "NW1234AB5", "NO1234AB5"),  # no letter O
])
def test_number_format_per_state(state, good, bad):
    assert "number.format_mismatch" not in codes(td3(number=good, state=state))
    assert "number.format_mismatch" in codes(td3(number=bad, state=state))


@pytest.mark.parametrize(("state", "number"), [
    ("D<<", "F1234567"),  # children's and temporary passports: a letter and seven digits
    ("LTU", "AB123456"),  # letters allowed
    ("ITA", "YA1234567"),
    ("CAN", "A123456BC"),
])
def test_number_formats_fixed_after_checking_sources(state, number):
    assert "number.format_mismatch" not in codes(td3(number=number, state=state))


def test_number_format_table_covers_30_states_with_sources():
    from docverify.checks import tables

    table = tables.load("number_formats")["P"]
    assert len(table) >= 30
    assert all(entry["source"] for entry in table.values())
    assert {e["status"] for e in table.values()} <= {"verified", "secondary", "specimen",
                                                     "unverified"}
    assert sum(e["status"] in tables.CONFIRMED for e in table.values()) >= 25


def test_an_unverified_number_format_only_informs():
    from docverify.checks import tables

    assert not tables.number_pattern("P", "RUS").confirmed
    found = [f for f in run_checks(context(td3(number="AB1234567", state="RUS")))
             if f.code == "number.format_mismatch"]
    assert len(found) == 1
    assert found[0].severity is Severity.INFO
    assert dict(found[0].evidence)["format_status"] == "unverified"


def test_genuine_specimen_passports_follow_their_state_format(fixtures):
    """Real specimens (tests/fixtures/documents) never fail their state's number format."""
    known = json.loads((fixtures / "documents" / "known_mrz.json").read_text())
    checked = 0
    for name, entry in known.items():
        if entry["format"] != "TD3" or not entry["mrz"][0].startswith("P"):
            continue
        found = run_checks(context(tuple(entry["mrz"])))
        assert "number.format_mismatch" not in {f.code for f in found}, name
        checked += "number.specimen" not in {f.code for f in found}
    assert checked >= 10


def test_nationality_differs_on_a_national_passport():
    assert "code.nationality_differs" in codes(td3(state="FRA", nationality="DEU",
                                                   number="12AB34567"))
    # British nationality classes on a British passport are normal.
    assert "code.nationality_differs" not in codes(td3(state="GBR", nationality="GBD",
                                                       number="123456789"))
    # Refugee travel documents: no nationality.
    assert "code.nationality_differs" not in codes(td3(state="FRA", nationality="XXB",
                                                       number="12AB34567"))


def test_document_code_must_fit_the_format():
    assert "code.document_code_invalid" in codes(td3(code="I<", number="12AB34567"))
    assert "code.document_code_invalid" not in codes(td3(code="PD", number="12AB34567"))


def test_name_anomalies():
    digit = td3(names_field="HAPP1<<ANNE", number="12AB34567")
    found = [f for f in run_checks(context(digit)) if f.code == "name.digits"]
    assert found
    assert found[0].position == (0, 9)
    assert "name.filler_inside" in codes(td3(names_field="<HAPPY<<ANNE", number="12AB34567"))
    assert "name.filler_inside" in codes(td3(names_field="HAPPY<<ANNE<<<<<MARIE",
                                             number="12AB34567"))
    full = "HAPPY<<ANNE<<<<" + "M" * 24  # 39 characters: fills the field, fillers inside
    got = codes(td3(names_field=full, number="12AB34567"))
    assert "name.truncation_impossible" in got
    # A genuinely truncated long name is fine.
    long_name = "WOLFESCHLEGELSTEINHAUSEN<<HUBERT<BLAINE<WOLF"
    assert not {"name.filler_inside", "name.truncation_impossible"} & codes(
        td3(names_field=long_name, number="12AB34567"))


def test_published_specimens_never_crash_and_valid_ones_are_flagged(fixtures):
    specimens = json.loads((fixtures / "mrz" / "specimen_mrz_strings.json").read_text())
    flagged = 0
    for s in specimens:
        found = run_checks(context(tuple(s["mrz"])))
        assert not [f for f in found if f.code == "internal.rule_failed"], s["mrz"]
        got = {f.code for f in found}
        flagged += bool({"number.specimen", "code.specimen_state"} & got)
    assert flagged >= 20  # specimens announce themselves by number, name or state
