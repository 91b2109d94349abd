"""A birth date that agrees lets the name parts in common count: AJAKA, Antoine ~ AJAKA, Tony;
and the head of a name chain, or the chain without its middle: Mohammad Wali ~ MOHAMMAD WALI
MOHAMMAD EWAZ, Mahad Karate ~ Mahad Mohamed Ali Karate."""

from __future__ import annotations

from pathlib import Path

import pytest

from docverify.watchlist.entry import KIND_PERSON, BirthDate, Entry
from docverify.watchlist.match import score_name
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


def test_the_head_of_a_name_chain_with_a_birth_year(tmp_path: Path) -> None:
    # UN TAi.078 and TAi.024 (born about 1965 and 1968) by their given and father's names
    def about(i: str, name: str, year: int) -> Entry:
        return Entry(i, KIND_PERSON, (name,), (BirthDate(year, year, None, True),))

    store = small_store(tmp_path / "s.sqlite3", [
        about("t78", "MOHAMMAD WALI MOHAMMAD EWAZ", 1965),
        about("t24", "ABDUL GHANI BARADAR ABDUL AHMAD TURK", 1968),
        person("6941", ("HAMDAN, Salim Ahmad Salim",), "1970"),
        *(person(f"w{i}", (f"MOHAMMAD {g} KHAN",), "1950")
          for i, g in enumerate(("Nabi", "Omar", "Akbar", "Rasul", "Hasan", "Naim"))),
    ], "ahmad")
    assert band(store, "Mohammad Wali", "t78", "1965") == "alert"
    assert band(store, "Abdul Ghani Baradar", "t24", "1968") == "alert"
    assert band(store, "Mohammad Wali", "t78", None) == "review"  # no birth date: not enough
    assert band(store, "Mohammad Wali", "t78", "1980") == "namesake"
    assert band(store, "Mohammad Ewaz", "t78", "1965") == "alert"  # the middle left out
    listed = ("mohammad", "wali", "mohammad", "ewaz")
    chain = [score_name(q, listed, lambda _: 1.0, lambda _: 1.0).chain_score
             for q in (("mohammad", "wali"), ("mohammad", "ewaz"), ("wali", "ewaz"))]
    assert chain[0] > 0
    assert chain[1] > 0
    assert chain[2] == 0.0  # the head left out: no chain
    assert band(store, "Ahmed Ali Hamdan", "6941", "1970") == "review"  # Ali is no Salim


def test_the_listed_name_the_head_of_the_query_chain(tmp_path: Path) -> None:
    # OFAC SDN 23335 (AL-GHAZALI, Muhammad, born 1988) queried with his father's name added
    store = small_store(tmp_path / "s.sqlite3", [
        person("23335", ("AL-GHAZALI, Muhammad",), "1988"),
        *(person(f"w{i}", (f"{g}, Muhammad",), "1950")
          for i, g in enumerate(("Nabi", "Omar", "Akbar", "Rasul", "Hasan", "Naim"))),
    ], "muhammad")
    assert band(store, "AL-GHAZALI, Muhammad Abd al-Karim", "23335", "1988") == "alert"
    assert band(store, "AL-GHAZALI, Muhammad Abd al-Karim", "23335", None) == "review"
    assert band(store, "AL-GHAZALI, Muhammad Abd al-Karim", "23335", "1970") == "namesake"
    # ... or inside it (the middle of the chain left out of the listed name)
    assert band(store, "AL-GHAZALI, Abd al-Karim Muhammad", "23335", "1988") == "alert"
    # ... but not before it: no chain
    assert band(store, "Abd al-Karim AL-GHAZALI Muhammad", "23335", "1988") == "review"


def test_a_one_part_name_the_head_of_a_chain(tmp_path: Path) -> None:
    # UN TAi.160, ABDUL SAMAD ACHEKZAI (born 1970), queried by his name alone with his birth
    # year: Abdul Samad is one part, the tribal name the rest of the chain
    store = small_store(tmp_path / "s.sqlite3", [
        person("t160", ("ABDUL SAMAD ACHEKZAI",), "1970"),
        *(person(f"w{i}", (f"MOHAMMAD {g} KHAN",), "1970")
          for i, g in enumerate(("Nabi", "Omar", "Akbar", "Rasul", "Hasan", "Naim"))),
    ], "ahmad")
    assert band(store, "Abdul Samad", "t160", "1970") == "alert"
    assert band(store, "Abdul Samad", "t160", None) != "alert"  # no birth date: not enough
    assert band(store, "Abdul Samad", "t160", "1985") != "alert"
    assert band(store, "Abdul Samat", "t160", "1970") != "alert"  # spelt otherwise: no chain
    # a name that six listed persons born that year begin with is no chain's head alone
    assert all(band(store, "Mohammad", f"w{i}", "1970") != "alert" for i in range(6))


def test_a_chain_read_in_its_natural_order(tmp_path: Path) -> None:
    # OFAC writes the surname first (KAMBAR, Abu Yasir is Abu Yasir Kambar): OFAC SDN 15010
    # queried by his kunya with his birth year; the query's parts in the chain's order
    store = small_store(tmp_path / "s.sqlite3", [
        person("15010", ("KAMBAR, Abu Yasir",), "1977"),
        person("20841", ("ABDORABOH, Mohammed Saleh",), "1962"),
        person("QDi.002", ("AMIN MUHAMMAD UL HAQ SAAM KHAN",), "1960"),
    ], "ahmad")
    assert band(store, "YASIR, Abu", "15010", "1977") == "alert"
    assert band(store, "YASIR, Abu", "15010", None) != "alert"
    assert band(store, "Mohammed Saleh", "20841", "1962") == "alert"
    # Saleh son of Mohammad is not Mohammed son of Saleh: no chain
    listed, text = ("abdoraboh", "mohammed", "saleh"), "ABDORABOH, Mohammed Saleh"
    chain = [score_name(q, listed, lambda _: 1.0, lambda _: 1.0, text).chain_score
             for q in (("mohammed", "saleh"), ("saleh", "mohammed"))]
    assert chain[0] > 0.85
    assert chain[1] == 0.0
    # a comma in a query may mean either order
    assert band(store, "Amin, Muhammad", "QDi.002", "1960") == "alert"
    listed = ("kambar", "abuyasir")
    ns = score_name(("abuyasir",), listed, lambda _: 1.0, lambda _: 1.0)
    assert ns.chain_score == 0.0  # the order as written: Abu Yasir is no head
    ns = score_name(("abuyasir",), listed, lambda _: 1.0, lambda _: 1.0, "KAMBAR, Abu Yasir")
    assert ns.chain_score > 0.85
