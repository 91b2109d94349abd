"""Name knowledge beyond spelling: Arabic letters Latin writes two ways (Othman ~ Usman), given
names' short forms (Chuy ~ Jesus, Grisha ~ Grigory, Mohd ~ Muhammad), the article written joined
(Alhusseini ~ Husseini)."""

from __future__ import annotations

from pathlib import Path

import pytest

from docverify.config import SCREENING
from docverify.watchlist.index import NameIndex
from docverify.watchlist.match import (
    ARTICLE_HOW,
    SHORT_FORM_HOW,
    TWO_WAY_HOW,
    VOWEL_HOW,
    part_similarity,
)
from docverify.watchlist.names import query_parts, readings
from docverify.watchlist.nicknames import short_form_readings
from docverify.watchlist.screening import ScreeningQuery, screen
from docverify.watchlist.store import Store
from tests.unit.watchlist.small_store import band, person, small_store


@pytest.mark.parametrize(("a", "b"), [
    ("othman", "usman"), ("uthman", "osman"), ("dhakir", "zakir"), ("fadl", "fazl"),
    ("murtada", "murtaza"), ("thabit", "sabit"),
])
def test_arabic_letters_latin_writes_two_ways(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        sim, how = part_similarity(x, y)
        assert sim == pytest.approx(SCREENING.two_way_similarity)
        assert how == TWO_WAY_HOW


@pytest.mark.parametrize(("a", "b"), [
    ("hamad", "hamza"),  # same consonants once d is z, but not the same sound
    ("hadi", "haji"),  # d is never j
    ("othman", "simon"),
    ("ahmad", "ahmed"),  # differing in a vowel only: not this rule's business
])
def test_names_the_two_way_letters_do_not_make_one(a: str, b: str) -> None:
    assert part_similarity(a, b)[1] != TWO_WAY_HOW


def test_short_forms_both_ways() -> None:
    assert "jesus" in short_form_readings("chuy")
    assert "chuy" in short_form_readings("jesus")
    assert "pancho" in short_form_readings("paco")  # two short forms of Francisco
    assert "jesus" in readings(query_parts("CHUY LABRA")[0])
    assert "chuy" in readings(query_parts("AVILES, Jesus Labra")[1])
    assert short_form_readings("labra") == ()
    for q, listed in (("chuy", "jesus"), ("jesus", "chuy"), ("grisha", "grigoriy"),
                      ("mohd", "muhammad"), ("sasha", "aleksandr")):
        sim, how = part_similarity(query_parts(q)[0], listed)
        assert sim == pytest.approx(SCREENING.short_form_similarity), (q, listed)
        assert SHORT_FORM_HOW in how


def test_a_short_forms_name_counts_only_spelt_alike() -> None:
    # Chuy is Jesús's: a name merely like Jesús (Jesse, 0.73) is not reached through Chuy
    assert part_similarity("jesus", "jesse")[0] >= SCREENING.part_min_similarity
    assert part_similarity(query_parts("chuy")[0], "jesse")[0] < SCREENING.part_min_similarity
    # the short form itself keeps its own spelling variants in full
    assert part_similarity(query_parts("pancho")[0], "panchos")[0] > 0.9



@pytest.fixture
def store(tmp_path: Path) -> Store:
    entries = [person("13108", ("JEGA, Ali Abbas Usman", "JEGA, Abbas"), "1965"),
               person("8800", ("LABRA AVILES, Jesus Abraham", "AVILES, Jesus Labra"), "1945"),
               person("16273", ("LEPSVERIDZE, Grigory Victorovich", "LEPS, Grigory"),
                       "1962-07-16"),
               person("10726", ("AL MAZIDIH, Badran Turki Hishan",), "1977")]
    return small_store(tmp_path / "s.sqlite3", entries, "Ali")



def test_othman_finds_usman(store: Store) -> None:
    assert band(store, "HASSAN, Ali Abbas Othman", "13108", "1965") == "alert"
    assert band(store, "Ali Abbas Simon", "13108", "1965") != "alert"


def test_a_short_form_finds_the_full_name_and_back(store: Store) -> None:
    assert band(store, "CHUY LABRA", "8800", "1945") == "alert"
    assert band(store, "Chucho Aviles Labra", "8800", "1945") == "alert"
    assert band(store, "GRISHA", "16273", "1962-07-16") == "alert"  # alone, born that day
    assert band(store, "GRISHA", "16273", None) is None  # alone, no more than a given name
    assert band(store, "Pepe Labra", "8800", "1945") != "alert"  # José is not Jesús


@pytest.mark.parametrize(("joined", "apart"), [
    ("alhusseini", "husseini"), ("elmasri", "masri"), ("alhashimi", "hashimi"),
])
def test_the_article_written_joined(joined: str, apart: str) -> None:
    for a, b in ((joined, apart), (apart, joined)):
        sim, how = part_similarity(a, b)
        assert sim == pytest.approx(SCREENING.article_joined_similarity)
        assert how.startswith(ARTICLE_HOW)


@pytest.mark.parametrize(("joined", "apart"), [
    ("alrawi", "rawi"), ("aladnani", "adnani"), ("elkurdi", "kurdi"),
])
def test_the_article_written_joined_to_a_nisba(joined: str, apart: str) -> None:
    # a nisba (-i: al-Rawi, al-Adnani) bears the article: shorter or vowel-initial ones too
    for a, b in ((joined, apart), (apart, joined)):
        assert part_similarity(a, b) == (SCREENING.article_joined_similarity, ARTICLE_HOW)


def test_the_article_joined_to_a_nisba_in_a_screening(tmp_path: Path) -> None:
    # OFAC SDN 27124 (AL-RAWI, Marwan Mahdi) queried as his alias ALRAWI, Marwan
    store = small_store(tmp_path / "s.sqlite3", [
        person("27124", ("AL-RAWI, Marwan Mahdi",), "1981"),
        *(person(f"r{i}", (f"AL-RAWI, {g}",), "1950") for i, g in enumerate(
            ("Ahmad", "Khalid", "Omar", "Yasir", "Hamid", "Salim", "Nabil", "Walid"))),
    ], "ahmad")
    assert band(store, "ALRAWI, Marwan", "27124", "1981") == "alert"
    assert band(store, "ALRAWI, Marwan", "27124", "1990") != "alert"


@pytest.mark.parametrize(("a", "b"), [("albert", "bert"), ("elvira", "vira"),
                                      ("alexander", "xander"), ("alimov", "imov")])
def test_names_starting_al_or_el_are_not_the_article(a: str, b: str) -> None:
    assert not part_similarity(a, b)[1].startswith(ARTICLE_HOW)


def test_the_joined_article_in_a_screening(store: Store) -> None:
    hit = next(h for h in screen(store, ScreeningQuery("ALMAZIDIH, Badran Turki"))
               if h.entry_id == "10726")
    assert hit.band == "alert"
    assert ARTICLE_HOW in hit.reasons[0]
    assert band(store, "ALMAZIDIH, Hassan Ali", "10726", None) != "alert"


def test_compounds_written_as_one_word_find_the_name_written_apart(tmp_path: Path) -> None:
    # two OFAC SDN listings (entities 24391 and 12057) among fillers sharing Abdallah/Mohammad
    store = small_store(tmp_path / "c.sqlite3", [
        person("24391", ("SAFI-AL-DIN, Abdallah",), "1960-07-08"),
        person("12057", ("NAQDI, Mohammad Reza",), "1953"),
    ], "abdallah mohammad")
    assert band(store, "SAFIEDDINE, Abdullah", "24391", "1960-07-08") == "alert"
    assert band(store, "NAGHDI, Mohammedreza", "12057", None) == "alert"  # listed 1951-1953
    assert band(store, "Saladin Abdallah", "24391", "1960-07-08") is None  # not Safi al-Din


@pytest.mark.parametrize(("a", "b"), [
    ("ebrahimi", "ibrahimi"), ("refke", "rifki"), ("taufek", "taufik"), ("hossein", "hussein"),
    ("osman", "usman"), ("mahmoud", "mahmud"), ("rasheed", "rashid"),
])
def test_vowels_transliterations_write_e_or_i_and_o_or_u(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        assert part_similarity(x, y)[0] >= SCREENING.vowel_similarity


@pytest.mark.parametrize(("a", "b"), [
    ("meng", "ming"),  # Chinese syllables: e and i differ
    ("semenov", "simonov"),  # e/i and o/u, but not in the same places
])
def test_vowels_that_do_not_make_one_name(a: str, b: str) -> None:
    assert part_similarity(a, b)[1] != VOWEL_HOW


def test_a_korean_reading_still_beats_the_vowel_rule() -> None:
    assert part_similarity("minchul", "minchol") == (1.0, "same Korean reading")


def test_vowel_spellings_find_the_listed_name(tmp_path: Path) -> None:
    # two OFAC SDN listings (21561, 9616) among fillers sharing Hasan
    store = small_store(tmp_path / "v.sqlite3", [
        person("21561", ("EBRAHIMI, Hasan Dehghan",), "1961-03-21"),
        person("9616", ("RIFKI, Taufik", "RIFQI, Tawfiq"), "1974-08-29"),
    ], "hasan")
    assert band(store, "IBRAHIMI, Hasan Dahqan", "21561", "1961-03-21") == "alert"
    assert band(store, "REFKE, Taufek", "9616", "1974-08-29") == "alert"
    hit = next(h for h in screen(store, ScreeningQuery("REFKE, Taufek", "1974-08-29"))
               if h.entry_id == "9616")
    assert VOWEL_HOW in hit.reasons[0]
    assert band(store, "REFKE, Taufek", "9616", "1980-01-01") != "alert"  # another man


def test_the_index_finds_a_part_by_its_vowels() -> None:
    ix = NameIndex.build([("rifki", "taufik"), ("refah", "tariq"), ("simonov", "li")])
    (ids, sims), (other_ids, other_sims) = ix.lookup(["refke", "semenov"])
    found = dict(zip((ix.vocab[i] for i in ids.tolist()), sims.tolist(), strict=True))
    assert found["rifki"] == pytest.approx(SCREENING.vowel_similarity)  # ratio alone: 0.6
    assert "refah" not in found
    other = dict(zip((ix.vocab[i] for i in other_ids.tolist()), other_sims.tolist(), strict=True))
    assert other.get("simonov", 0.0) < SCREENING.vowel_similarity


def test_a_married_womans_de_surname_costs_little(tmp_path: Path) -> None:
    # OFAC SDN 15786, and her alias with her husband's surname (DE CORTEZ, Vanessa)
    store = small_store(tmp_path / "d.sqlite3", [
        person("15786", ("VALENZUELA VALENZUELA, Vanessa",), "1985-11-16"),
    ], "maria")
    assert band(store, "DE CORTEZ, Vanessa", "15786", "1985-11-16") == "alert"
    assert band(store, "VALENZUELA DE CORTEZ, Vanessa", "15786", "1985-11-16") == "alert"
    assert band(store, "DE CORTEZ, Vanessa", "15786", "1985") != "alert"  # a year alone
