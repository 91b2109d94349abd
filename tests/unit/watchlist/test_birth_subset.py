"""A birth date that agrees lets the name parts in common count: AJAKA, Antoine ~ AJAKA, Tony."""

from __future__ import annotations

from pathlib import Path

import pytest

from docverify.watchlist.entry import KIND_PERSON, BirthDate, Entry, ParsedList
from docverify.watchlist.screening import ScreeningQuery, open_store, screen
from docverify.watchlist.store import Store


def _person(i: str, names: tuple[str, ...], date: str) -> Entry:
    y = int(date[:4])
    return Entry(i, KIND_PERSON, names, (BirthDate(y, y, date if len(date) == 10 else None),))


@pytest.fixture
def store(tmp_path: Path) -> Store:
    entries = [_person("1", ("AJAKA, Tony",), "1968-03-14"),
               _person("2", ("MATHEMA, Cain",), "1948-01-28"),
               _person("3", ("NGARUYE, Baudoin",), "1978")]
    entries += [_person(f"f{i}", (f"SMITH, Antoine {chr(97 + i % 26)}x",), "1950")
                for i in range(40)]
    s = open_store(tmp_path / "s.sqlite3")
    s.write_version(ParsedList("own", "csv", "", tuple(entries)), "h" * 64, "test")
    return s


def _band(store: Store, name: str, entry_id: str, birth: str | None) -> str | None:
    hits = [h for h in screen(store, ScreeningQuery(name, birth)) if h.entry_id == entry_id]
    return hits[0].band if hits else None


def test_a_rare_part_and_the_same_birth_day_alert(store: Store) -> None:
    hit = next(h for h in screen(store, ScreeningQuery("AJAKA, Antoine", "1968-03-14"))
               if h.entry_id == "1")
    assert hit.band == "alert"
    assert any("the name parts in common count" in r for r in hit.reasons)
    assert _band(store, "AJAKA, Antoine", "1", None) != "alert"  # no birth date: half a name
    assert _band(store, "AJAKA, Antoine", "1", "1968") != "alert"  # a year needs more parts


def test_a_year_and_two_parts_in_common_alert(store: Store) -> None:
    assert _band(store, "NGARUYE MPUMURO, Baudouin", "3", "1978") == "alert"
    assert _band(store, "NGARUYE MPUMURO, Baudouin", "3", None) != "alert"


def test_a_shared_korean_reading_is_no_such_part(store: Store) -> None:
    assert _band(store, "Chen Fang", "2", "1948-01-28") != "alert"


def test_entries_born_that_day_are_found(store: Store) -> None:
    vid = store.loaded()[0].version_id
    assert len(store.names_born_on(vid, "1968-03-14")) == 1
    assert store.names_born_on(vid, "1978-01-01") == []  # a year alone is not a day
