"""Titles and honorifics around a name (Alhaji, El Hadj, Maulavi, Mufti, Ustad, Ma'alin, Sahib,
Naib Amir) are dropped as Dr and Mullah are; a title alone, or with one common given name, never
makes an alert."""

from __future__ import annotations

from pathlib import Path

import pytest

from docverify.watchlist.names import split_parts
from docverify.watchlist.store import Store
from tests.unit.watchlist.small_store import band, person, small_store


@pytest.mark.parametrize(("name", "parts"), [
    ("Alhaji Musa Bello", ("musa", "bello")),
    ("El Hadj Mokhtar Belmokhtar", ("mokhtar", "belmokhtar")),
    ("TAJIDINE, Hajj Hussein", ("taj", "din", "hussein")),  # Taj al-Din written as one word
    ("ABDULLAH SAHIB, Amir", ("abdullah", "amir")),  # Sahib: "sir", after the name
    ("Maulavi Adam Khan", ("adam", "khan")),
    ("RAHIM, Mufti Abdul", ("rahim", "abdul")),
    ("Ustad Daud Zulkarnaen", ("daud", "zulkarnaen")),
    ("AL-KA'ABI, Sheik Akram", ("kaabi", "akram")),
    ("ILYAS, Naib Amir", ("ilyas",)),  # Naib Amir: deputy emir
    ("RAHMAT, Kari", ("rahmat",)),  # Qari written with k, as OFAC 17152 and UN TAi.172 do
    ("Kari Rahmat", ("rahmat",)),
    ("MOHAMED OMAR MA’ALIN", ("mohamed", "omar")),  # Mu'allim, teacher, as Somali usage writes it
    ("Macallin Cabdi Xasan", ("cabdi", "xasan")),
    ("Mu'allim Yusuf", ("yusuf",)),
])
def test_titles_and_honorifics_are_dropped(name: str, parts: tuple[str, ...]) -> None:
    assert split_parts(name) == parts


@pytest.mark.parametrize(("name", "parts"), [
    ("Haji Sahib", ("haji", "sahib")),  # titles alone: they are the name
    ("Naib Imam", ("naib", "imam")),
    ("SAMAHAH, Saadah Al-Naib Mishal", ("samahah", "saadah", "naib", "mishal")),  # a surname
    ("AMIR, Abdullah", ("amir", "abdullah")),  # Amir alone is a name
])
def test_words_like_titles_stay(name: str, parts: tuple[str, ...]) -> None:
    assert split_parts(name) == parts


@pytest.fixture
def store(tmp_path: Path) -> Store:
    entries = [person("1", ("KASHMIRI, Mohammad Ilyas",), "1964-01-02"),
               person("2", ("ABDULLAH, Amir",), "1972"),
               person("3", ("ALIZAI, Haji Azizullah",), "1950")]
    return small_store(tmp_path / "s.sqlite3", entries, "Mohammad")


def test_a_title_does_not_stand_in_the_way(store: Store) -> None:
    assert band(store, "ILYAS, Naib Amir", "1", "1964-01-02") == "alert"
    assert band(store, "ABDULLAH SAHIB, Amir", "2", "1972") == "alert"


def test_a_title_alone_or_with_a_common_given_name_makes_no_alert(store: Store) -> None:
    assert band(store, "Haji", "3", "1950") != "alert"
    assert band(store, "Haji Sahib", "3", "1950") != "alert"
    assert band(store, "Haji Mohammad", "3", "1950") != "alert"
    assert band(store, "Naib Amir", "1", "1964-01-02") != "alert"


@pytest.mark.parametrize(("name", "parts"), [
    ("Noor ud Din Turabi", ("noor", "din", "turabi")),  # the article after a u, apart
    ("Mati ur Rehman", ("mati", "rehman")),
    ("LAKHVI, Zaki-ur-Rehman", ("lakhvi", "zaki", "rehman")),  # ... hyphenated
    ("Abd Ur-Rehman", ("abdrehman",)),  # as Abd al-Rahman
    ("MEHMOOD, Bashir Uddin", ("mehmood", "bashir", "din")),  # al-Din alone, one word
    ("Nour Eddine Ali", ("nour", "din", "ali")),
])
def test_the_article_after_a_u(name: str, parts: tuple[str, ...]) -> None:
    assert split_parts(name) == parts
    assert split_parts("UR-REHMAN, Mati") == split_parts("Mati ur-Rehman")[::-1]
    assert split_parts("MAHMOOD, Bashir-Ud-Din") == split_parts("MAHMOOD, Bashir Uddin")


def test_the_article_after_a_u_does_not_stand_in_the_way(tmp_path: Path) -> None:
    store = small_store(tmp_path / "s.sqlite3", [
        person("1", ("NOORUDDIN TURABI MUHAMMAD QASIM",), "1963"),
        person("2", ("REHMAN, Mati",), "1970")], "Muhammad")
    assert band(store, "Noor ud Din Turabi", "1", None) == "alert"
    assert band(store, "Mati ur Rehman", "2", None) == "alert"


def test_the_somali_title_maalin_does_not_stand_in_the_way(tmp_path: Path) -> None:
    # UN SOi.025, listed as MOHAMED OMAR HAJI, queried as his alias MOHAMED OMAR MA'ALIN: the
    # same name once both titles are dropped, so it alerts with no birth date given
    store = small_store(tmp_path / "s.sqlite3", [
        person("SOi.025", ("MOHAMED OMAR HAJI",), "1976"),
    ], "mohamed")
    assert band(store, "MOHAMED OMAR MA’ALIN", "SOi.025", None) == "alert"


def test_qari_written_kari_is_the_title(tmp_path: Path) -> None:
    # OFAC SDN 17152, listed as RAHMAT, Qari, queried as his alias RAHMAT, Kari with his birth year
    store = small_store(tmp_path / "s.sqlite3", [person("17152", ("RAHMAT, Qari",), "1981")],
                        "ali")
    assert band(store, "RAHMAT, Kari", "17152", "1981") == "alert"
    assert band(store, "Kari", "17152", "1981") is None  # the title alone is the name
