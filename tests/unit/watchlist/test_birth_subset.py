"""A birth date that agrees lets the name parts in common count: AJAKA, Antoine ~ AJAKA, Tony."""

from __future__ import annotations

from pathlib import Path

import pytest

from docverify.watchlist.screening import ScreeningQuery, screen
from docverify.watchlist.store import Store
from tests.unit.watchlist.small_store import band, person, small_store


@pytest.fixture
def store(tmp_path: Path) -> Store:
    entries = [person("1", ("AJAKA, Tony",), "1968-03-14"),
               person("2", ("MATHEMA, Cain",), "1948-01-28"),
               person("3", ("NGARUYE, Baudoin",), "1978")]
    return small_store(tmp_path / "s.sqlite3", entries, "Antoine")



def test_a_rare_part_and_the_same_birth_day_alert(store: Store) -> None:
    hit = next(h for h in screen(store, ScreeningQuery("AJAKA, Antoine", "1968-03-14"))
               if h.entry_id == "1")
    assert hit.band == "alert"
    assert any("the name parts in common count" in r for r in hit.reasons)
    assert band(store, "AJAKA, Antoine", "1", None) != "alert"  # no birth date: half a name
    assert band(store, "AJAKA, Antoine", "1", "1968") != "alert"  # a year needs more parts


def test_a_year_and_two_parts_in_common_alert(store: Store) -> None:
    assert band(store, "NGARUYE MPUMURO, Baudouin", "3", "1978") == "alert"
    assert band(store, "NGARUYE MPUMURO, Baudouin", "3", None) != "alert"


def test_a_shared_korean_reading_is_no_such_part(store: Store) -> None:
    assert band(store, "Chen Fang", "2", "1948-01-28") != "alert"


def test_entries_born_that_day_are_found(store: Store) -> None:
    vid = store.loaded()[0].version_id
    assert len(store.names_born_on(vid, "1968-03-14")) == 1
    assert store.names_born_on(vid, "1978-01-01") == []  # a year alone is not a day
