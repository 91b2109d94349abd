"""Importers on malformed or hostile list files: odd FtM value types, a gzipped UK XML, a missing
UK path, an endless XML name, placeholder birth dates, long own-list names, control bytes."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from docverify.config import SCREENING
from docverify.errors import InputError
from docverify.watchlist.importers.base import parse_birth_date, quoted
from docverify.watchlist.importers.detect import detect, reader
from docverify.watchlist.importers.tabular import read_rows
from docverify.watchlist.screening import ScreeningQuery, import_list, open_store, screen


def _ftm(tmp_path: Path, props: object) -> Path:
    path = tmp_path / "ftm.jsonl"
    path.write_text(json.dumps({"id": "x", "schema": "Person", "properties": props}) + "\n")
    return path


def test_ftm_values_of_any_type_neither_crash_nor_split_into_letters(tmp_path: Path) -> None:
    path = _ftm(tmp_path, {"name": "Ivan Petrov", "birthDate": [1980, None, {"a": 1}],
                           "nationality": "RUS", "passportNumber": [12345, True, 1.5]})
    (entry,) = reader("ftm")(path).entries
    assert entry.names == ("Ivan Petrov",)  # a bare string is one name, not eleven letters
    assert [d.year_from for d in entry.birth_dates] == [1980]
    assert entry.nationalities == ("RUS",)
    assert entry.documents == ("12345",)  # a whole number is its digits; true, 1.5 are no values


def test_ftm_bare_string_name_does_not_match_a_single_letter(tmp_path: Path) -> None:
    store = open_store(tmp_path / "s.sqlite3")
    import_list(store, _ftm(tmp_path, {"name": "Ivan Petrov"}))
    assert not screen(store, ScreeningQuery("V"))
    assert screen(store, ScreeningQuery("Ivan Petrov"))


def test_ftm_properties_not_an_object_skipped_and_odd_schema_refused(tmp_path: Path) -> None:
    path = tmp_path / "ftm.jsonl"
    good = {"id": "y", "schema": "Person", "properties": {"name": ["Anna Berg"]}}
    path.write_text(json.dumps({"id": "x", "schema": "Person", "properties": ["Ivan"]}) + "\n"
                    + json.dumps(good) + "\n")
    assert [e.names for e in reader("ftm")(path).entries] == [("Anna Berg",)]
    path.write_text(json.dumps({"id": "x", "schema": ["Person"], "properties": {}}) + "\n")
    with pytest.raises(InputError, match="line 1: not a FollowTheMoney entity"):
        reader("ftm")(path)


_UK_XML = """<?xml version="1.0" encoding="utf-8"?>
<Designations DateGenerated="2025-01-02T00:00:00">
<Designation><UniqueID>RUS0001</UniqueID><IndividualEntityShip>Individual</IndividualEntityShip>
<Names><Name><Name1>Ivan</Name1><Name6>Petrov</Name6></Name></Names>
<IndividualDetails><Individual><DOBs><DOB>01/02/1970</DOB></DOBs></Individual></IndividualDetails>
</Designation></Designations>
"""


def test_gzipped_uk_xml_imports(tmp_path: Path) -> None:
    path = tmp_path / "uk.xml.gz"
    path.write_bytes(gzip.compress(_UK_XML.encode()))
    assert detect(path) == "uk"
    parsed = reader("uk")(path)
    assert [e.names for e in parsed.entries] == [("Ivan Petrov",)]
    assert parsed.list_date == "2025-01-02"


@pytest.mark.parametrize("name", ["missing.xml", "folder"])
def test_uk_on_a_missing_path_or_a_folder_is_a_one_line_error(tmp_path: Path, name: str) -> None:
    (tmp_path / "folder").mkdir()
    with pytest.raises(InputError) as err:
        reader("uk")(tmp_path / name)
    with pytest.raises(InputError) as other:  # the same words as another format gives
        reader("eu")(tmp_path / name)
    assert str(err.value) == str(other.value)


def _un_person(ref: str, first: str, second: str = "") -> str:
    return (f"<INDIVIDUAL><DATAID>{ref}</DATAID><FIRST_NAME>{first}</FIRST_NAME>"
            f"<SECOND_NAME>{second}</SECOND_NAME><REFERENCE_NUMBER>{ref}</REFERENCE_NUMBER>"
            "</INDIVIDUAL>")


def test_an_endless_xml_name_is_cut_at_import(tmp_path: Path) -> None:
    """2-million-character UN names (one word, and words) are stored cut, the records kept."""
    people = (_un_person("KPi.901", "A" * 2_000_000) + _un_person("KPi.902", "ABC " * 500_000)
              + _un_person("KPi.903", "RI", "WON HO"))
    path = tmp_path / "un.xml.gz"  # 29 KB gzipped, as the tester's was
    path.write_bytes(gzip.compress(
        f'<?xml version="1.0" encoding="UTF-8"?><CONSOLIDATED_LIST dateGenerated="2026-02-27">'
        f"<INDIVIDUALS>{people}</INDIVIDUALS></CONSOLIDATED_LIST>".encode()))
    store = open_store(tmp_path / "s.sqlite3")
    summary = import_list(store, path)
    assert summary.entries == 3
    (loaded,) = store.loaded()
    stored = sorted(row[2] for row in store.names(loaded.version_id, range(summary.names)))
    assert len(stored) == 3
    cut = SCREENING.max_field_chars
    assert stored[0] == "A" * cut  # one word: cut at the limit
    assert stored[1].startswith("ABC ABC")
    assert stored[1].endswith(" ABC")  # cut after a whole word
    assert cut - 4 <= len(stored[1]) <= cut
    assert stored[2] == "RI WON HO"
    assert [h.entry_id for h in screen(store, ScreeningQuery("RI WON HO"))] == ["KPi.903"]


@pytest.mark.parametrize(("text", "year", "date"), [
    ("0000-00-00", None, None), ("0000", None, None), ("0001-01-01", None, None),
    ("1980-13-45", 1980, None), ("31/02/1980", 1980, None), ("1980-02-29", 1980, "1980-02-29"),
    ("29 Feb 1980", 1980, "1980-02-29"), ("0000 to 1980", None, None), ("Aug 0000", None, None),
])
def test_list_birth_dates_that_are_no_calendar_dates(text: str, year: int | None,
                                                     date: str | None) -> None:
    parsed = parse_birth_date(text)
    assert (parsed.year_from if parsed else None) == year
    assert (parsed.date if parsed else None) == date


@pytest.mark.parametrize("listed", ["0000-00-00", "1980-13-45", "31/02/1980", "0000"])
def test_a_placeholder_birth_date_does_not_make_a_namesake(tmp_path: Path, listed: str) -> None:
    own = tmp_path / "own.csv"
    own.write_text(f"name,birth_date\nZero Zulu,{listed}\n")
    store = open_store(tmp_path / "s.sqlite3")
    import_list(store, own)
    (hit,) = screen(store, ScreeningQuery("Zero Zulu", birth_date="1980"))
    assert hit.band != "namesake"
    assert not any("conflicts" in r for r in hit.reasons)


def test_own_lists_with_long_alike_file_names_stay_two_lists(tmp_path: Path) -> None:
    berlin = tmp_path / "watchlist_of_the_compliance_department_berlin.csv"
    bonn = tmp_path / "watchlist_of_the_compliance_department_bonn.csv"
    berlin.write_text("name\nAlice Alpha\n")
    bonn.write_text("name\nBob Bravo\n")
    store = open_store(tmp_path / "s.sqlite3")
    ids = {import_list(store, berlin).list_id, import_list(store, bonn).list_id}
    assert len(ids) == 2
    assert all(len(i) <= 40 for i in ids)
    assert {i.list_id for i in store.lists()} == ids
    assert [h.name for h in screen(store, ScreeningQuery("Alice Alpha"))] == ["Alice Alpha"]
    assert [h.name for h in screen(store, ScreeningQuery("Bob Bravo"))] == ["Bob Bravo"]
    short = tmp_path / "suppliers.csv"
    short.write_text("name\nCarl Charlie\n")
    assert import_list(store, short).list_id == "own-suppliers"  # short ids unchanged


def test_quoted_escapes_control_characters_and_cuts() -> None:
    assert quoted("foo\x1b[2J\x00") == "foo\\x1b[2J\\x00"
    long = quoted("\x00" * 1000)
    assert len(long) == 81
    assert long.endswith("\u2026")
    assert "\x00" not in long


def test_missing_column_message_quotes_the_header_safely(tmp_path: Path) -> None:
    esc = tmp_path / "esc.csv"
    esc.write_bytes(b"foo\x1b[2J\x1b[31m,bar\n1,2\n")
    with pytest.raises(InputError) as err:
        reader("csv")(esc)
    assert "\x1b" not in str(err.value)
    assert "\\x1b[2j" in str(err.value)
    binary = tmp_path / "batch.csv"
    binary.write_bytes(bytes(range(256)) * 8)  # the batch file is read by read_rows too
    with pytest.raises(InputError) as err:
        read_rows(binary, ("name",))
    message = str(err.value)
    assert message.isprintable()
    assert len(message) < 200
