"""Korean romanisation keys and Hangul: the variants that must meet, and some that must not."""

from __future__ import annotations

import pytest

from docverify.watchlist.korean import korean_key, romanize_hangul_name
from docverify.watchlist.names import key_of, split_parts


@pytest.mark.parametrize("group", [
    ("ri", "rhee", "lee", "yi", "i", "li"),
    ("pak", "park", "bak"),
    ("choe", "choi", "chwe", "chkhve"),
    ("jong", "chong", "jung", "jeong"),
    ("ryu", "yu", "yoo"),
    ("rim", "lim", "im"),
    ("ro", "no", "noh"),
    ("kim", "gim"),
    ("chol", "chul", "cheol"),
    ("won", "von"),
])
def test_romanisations_share_a_key(group: tuple[str, ...]) -> None:
    assert len({korean_key(s) for s in group}) == 1, {s: korean_key(s) for s in group}


@pytest.mark.parametrize(("a", "b"), [("kim", "pak"), ("ri", "rim"), ("choe", "cho"),
                                      ("han", "kang"), ("o", "ro")])
def test_different_names_keep_different_keys(a: str, b: str) -> None:
    assert korean_key(a) != korean_key(b)


def test_hangul_names_split_surname_and_given_names() -> None:
    assert romanize_hangul_name("리원호") == "ri won-ho"
    assert romanize_hangul_name("남궁민수") == "namkung min-su"
    assert split_parts("리원호") == ("ri", "won", "ho")


def test_cyrillic_korean_name_folds_to_the_same_keys() -> None:
    assert [key_of(p) for p in split_parts("Ли Вон Хо")] == [
        key_of(p) for p in split_parts("RI WON HO")]


def test_marks_and_apostrophes_fold_away() -> None:
    assert split_parts("Ŏ Kŭk-ryŏl") == split_parts("O Kuk-Ryol") == ("o", "kuk", "ryol")
    assert split_parts("RI, Cho'ng-Wo'n") == ("ri", "chong", "won")


@pytest.mark.parametrize(("part", "korean"), [
    ("kim", True), ("jong", True), ("pyong", True), ("wonho", True), ("chkhve", True),
    ("khvan", True), ("park", True), ("rhee", True), ("ahn", True),
    ("zhou", False), ("ivanov", False), ("sergei", False), ("muhammad", False)])
def test_only_parts_that_read_as_korean_get_a_korean_key(part: str, korean: bool) -> None:
    from docverify.watchlist.korean import reads_korean

    assert reads_korean(part) is korean
    assert (key_of(part) != part) is korean


def test_cyrillic_korean_final_n_and_e_have_their_other_readings() -> None:
    from docverify.watchlist.names import query_parts, readings

    kim, jong, un = query_parts("Ким Чен Ын")
    assert kim == "kim"
    assert "chong" in readings(jong)  # Чен = Jong
    assert korean_key("un") in {korean_key(r) for r in readings(un)}
    assert readings(query_parts("Ри Ён Му")[1]) == ("yon", "yong")  # ё is yo, final н is n or ng
    assert split_parts("Сергей") == ("sergey",)  # й is y, not и with a mark
    assert query_parts("Иванов") == ("ivanov",)  # not Korean: no other readings


@pytest.mark.parametrize(("name", "parts"), [
    ("Abd al-Latif bin Saleh", ("abdlatif", "saleh")),
    ("AL-KANI, Muhammad Omar", ("kani", "muhammad", "omar")),
    ("IBN AL-HUSAYN, Muhammad", ("husayn", "muhammad")),
    ("HAYDAR, Abu Ali", ("haydar", "abuali")),
    ("DR. KHAMIS", ("khamis",)),
    ("Abu Usamah as-Somali", ("abuusamah", "somali")),
    ("Kim Yong Col", ("kim", "yong", "col")),  # Col is a misspelt Chol here, not a title
    ("Ben Smith", ("ben", "smith")),  # a first name, not "son of"
    ("Ri Bin Chol", ("ri", "bin", "chol")),  # Korean Bin stays
])
def test_titles_and_arabic_particles(name: str, parts: tuple[str, ...]) -> None:
    assert split_parts(name) == parts


def test_an_initial_matches_the_part_it_begins() -> None:
    from docverify.watchlist.match import part_similarity

    assert part_similarity("j", "john") == (0.75, "initial")
    assert part_similarity("k", "kim")[1] == "initial"
    assert part_similarity("o", "ok")[1] != "initial"  # O is a Korean surname, not an initial
    assert part_similarity("j", "smith")[1] != "initial"


def test_a_sound_key_counts_between_non_korean_parts_only_when_equal() -> None:
    from docverify.watchlist.match import part_similarity

    assert part_similarity("matouk", "matuq") == (0.9, "same sound")
    assert part_similarity("obaid", "ubayd") == (0.9, "same sound")
    assert part_similarity("zhou", "chol")[0] < 0.72  # close sound keys do not count
