"""Name parts beyond Korean: Arabic-script particles, ranks, Abd/Abu spellings, Slavic forms,
the Persian ezafe."""

from __future__ import annotations

from pathlib import Path

import pytest

from docverify.watchlist.names import (
    arabic_skeletons,
    particle_form,
    skeleton,
    slavic_form,
    split_parts,
)
from tests.unit.watchlist.small_store import band, person, small_store


@pytest.mark.parametrize(("name", "parts"), [
    ("سالم مصطفى محمد ال منصور", ("سالم", "مصطفى", "محمد", "منصور")),  # ال written apart
    ("طارق بن الطاھر", ("طارق", "الطاھر")),  # بن: son of
    ("نشوان عبد الرزاق", ("نشوان", "عبدرزاق")),  # عبد joins the next, its article dropped
    ("KASMURI, Lt. Col. (Rtd). Abd Manaf", ("kasmuri", "abdmanaf")),
    ("Kim Yong Col", ("kim", "yong", "col")),  # in a Korean name Col is Chol, not a rank
    # the article written apart, in names whose words merely could read as Korean (Hakim is
    # ha-kim); a Korean name keeps its syllables (Ri Bin, Pak Ul Song)
    ("AL HAKIM, Abdullah Yahya", ("hakim", "abdullah", "yahya")),
    ("AL RAWI, Abdulrahman", ("rawi", "abdulrahman")),
    ("AL-HAMADAT, General Maki", ("hamadat", "maki")),
    ("RI Bin", ("ri", "bin")),
    ("PAK Ul Song", ("pak", "ul", "song")),
    # ibn in its construct and Persian spellings (Ibni, Ibnu, Ebn, Ebni), wherever it stands
    ("NAUF, Awad Mohammed Ahmed Ebni", ("nauf", "awad", "mohammed", "ahmed")),
    ("Ebn Sina", ("sina",)),
    ("Ibnu Hajar", ("hajar",)),
])
def test_arabic_script_particles_and_ranks(name: str, parts: tuple[str, ...]) -> None:
    assert split_parts(name) == parts


@pytest.mark.parametrize(("forms", "one"), [
    (("abdulmanaf", "abdmanaf", "abdelmanaf"), "abdmanaf"),
    (("abdullah", "abdallah"), "abdlah"),
    (("abdurrahman", "abdrahman"), "abdrahman"),
    (("abouomar", "abuomar", "aboomar"), "abuomar"),
    (("abulkhayr", "abukhayr"), "abukhayr"),
])
def test_abd_and_abu_names_have_one_form(forms: tuple[str, ...], one: str) -> None:
    assert {particle_form(f) for f in forms} == {one}
    assert particle_form("abdi") == "abdi"  # too short to carry a particle
    assert particle_form("ahmed") == "ahmed"


@pytest.mark.parametrize(("forms", "one"), [
    (("sergey", "sergei", "sergiy", "serhiy"), "sergi"),
    (("dykyy", "dikiy", "dikij"), "diki"),
    (("oleksiy", "olexiy"), "oleksi"),
])
def test_slavic_romanisations_share_a_form(forms: tuple[str, ...], one: str) -> None:
    assert {slavic_form(f) for f in forms} == {one}


def test_arabic_letters_read_two_ways_have_both_skeletons() -> None:
    assert set(arabic_skeletons("فضل")) == {"fdl", "fzl"}  # Fadl and Fazl
    assert skeleton("fazl") in arabic_skeletons("فضل")
    assert arabic_skeletons("محمد") == ("mhmd",)
    assert arabic_skeletons("mohammed") == ("mhmd",)


@pytest.mark.parametrize(("joined", "apart"), [
    ("SAFIEDDINE, Abdullah", "SAFI-AL-DIN, Abdullah"),  # OFAC 24391 (listed with Abdallah)
    ("Nasreddine", "Nasr al-Din"),
    ("Salahuddin", "Salah ad-Din"),
    ("Izzedine", "Izz al-Din"),
    ("Nasreldin", "Nasr al-Din"),  # the article written el, as Egyptian and Sudanese usage does
    ("Gamaleldin", "Gamal el-Din"),
    ("Saifaldeen", "Saif al-Din"),
    ("Nouradine", "Nour ad-Din"),  # one vowel before a long Dine or Deen
    ("TAJIDEEN, Husayn", "TAJ AL DIN, Husayn"),  # OFAC 12451
    ("NAGHDI, Mohammadreza", "NAGHDI, Mohammad Reza"),  # OFAC 12057
    ("Gholamreza", "Gholam-reza"),
    ("Alireza", "Ali Reza"),
])
def test_compounds_written_as_one_word_split_as_written_apart(joined: str, apart: str) -> None:
    assert set(split_parts(joined)) == set(split_parts(apart))


@pytest.mark.parametrize("name", ["Aladdin", "Saladin", "Paladin", "Borodin", "Ali", "Reza",
                                  "Mohammad", "Alimov", "Amirov", "Baldin", "Hatsadin"])
def test_words_that_only_look_like_compounds_stay_whole(name: str) -> None:
    assert split_parts(name) == (name.lower(),)


def test_a_lone_particle_after_the_comma_is_read_before_the_name() -> None:
    # OFAC writes the kunya Abu Yasir surname first: YASIR, Abu (entity 15010)
    assert split_parts("YASIR, Abu") == split_parts("Abu Yasir") == ("abuyasir",)
    assert split_parts("KAMBAR, Abu Yasir") == ("kambar", "abuyasir")
    assert split_parts("ABU, Yasir") == ("abuyasir",)  # a particle already first: unchanged


@pytest.mark.parametrize(("name", "parts"), [
    ("DE CORTEZ, Vanessa", ("cortez", "vanessa")),
    ("VALENZUELA DE CORTEZ, Vanessa", ("valenzuela", "cortez", "vanessa")),
    ("DE LA CRUZ, Juan", ("cruz", "juan")),
    ("Rodrigo del Valle", ("rodrigo", "valle")),
    ("PEREZ Y GONZALEZ, Maria", ("perez", "gonzalez", "maria")),
])
def test_spanish_particles_are_dropped(name: str, parts: tuple[str, ...]) -> None:
    assert split_parts(name) == parts


@pytest.mark.parametrize(("name", "parts"), [
    ("Li Ming-De", ("li", "ming", "de")),  # a Chinese syllable, hyphenated
    ("Zhang De", ("zhang", "de")),  # last: not before a surname
    ("DO Van Minh", ("do", "van", "minh")),  # Vietnamese Do is a surname
    ("KIM Y", ("kim", "y")),  # an initial
    ("Ri De Son", ("ri", "de", "son")),  # reads as Korean
])
def test_words_like_spanish_particles_stay(name: str, parts: tuple[str, ...]) -> None:
    assert split_parts(name) == parts


@pytest.mark.parametrize(("name", "parts"), [
    ("NURISTANI, Abdul Aziz-e", ("nuristani", "abdulaziz")),  # OFAC SDN 19671's alias
    ("Gul-e Ahmad", ("gul", "ahmad")),
    ("Ahmad-e-Kabir", ("ahmad", "kabir")),
    ("Mullah-ye Omar", ("omar",)),  # -ye after a vowel
    ("RI Je-son", ("ri", "je", "son")),  # a hyphenated Korean syllable stays
    ("Jean-Pierre", ("jean", "pierre")),
])
def test_the_persian_ezafe_is_a_link_not_a_name_part(name: str, parts: tuple[str, ...]) -> None:
    assert split_parts(name) == parts


def test_the_ezafe_finds_the_listed_name(tmp_path: Path) -> None:
    # OFAC SDN 19671 (NURISTANI, Abdul Aziz), queried as his alias NURISTANI, Abdul Aziz-e
    store = small_store(tmp_path / "s.sqlite3", [
        person("19671", ("NURISTANI, Abdul Aziz",), "1950"),
    ], "aziz")
    assert band(store, "NURISTANI, Abdul Aziz-e", "19671", None) == "alert"


@pytest.mark.parametrize(("joined", "apart"), [
    ("Shamsurrahman", "SHAMS UR-RAHMAN"),  # UN TAi.008
    ("Ziaurrahman Madani", "ZIA-UR-RAHMAN MADANI"),  # UN TAi.102
    ("JAMIL, Enayaturrahman", "JAMIL, Enayat ur-Rahman"),  # OFAC 21390
    ("INAYATURAHMAN", "Inayat ur Rahman"),  # one r: OFAC 21390
    ("Fazlurrehman", "Fazl-ur Rehman"),
    ("Habiburrahim", "Habib ur-Rahim"),
])
def test_x_ur_rahman_written_as_one_word_splits_as_written_apart(joined: str, apart: str) -> None:
    assert split_parts(joined) == split_parts(apart)


@pytest.mark.parametrize("name", ["Abdurrahman", "Abdourrahman", "Burrahman", "Mansur"])
def test_abdurrahman_and_lookalikes_stay_whole(name: str) -> None:
    assert split_parts(name) == (name.lower(),)


def test_x_ur_rahman_in_one_word_finds_the_listed_name(tmp_path: Path) -> None:
    # UN TAi.008, SHAMS UR-RAHMAN ABDUL ZAHIR, queried as his alias Shamsurrahman
    store = small_store(tmp_path / "s.sqlite3", [
        person("TAi.008", ("SHAMS UR-RAHMAN ABDUL ZAHIR", "Shams ur-Rahman"), "1969"),
    ], "rahman")
    assert band(store, "Shamsurrahman", "TAi.008", "1969") == "alert"
