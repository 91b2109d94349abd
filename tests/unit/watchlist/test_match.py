"""Part similarity and name scoring: Arabic script, Abd/Abu, Slavic forms, joined parts, subsets."""

from __future__ import annotations

import pytest

from docverify.config import SCREENING
from docverify.watchlist.match import part_similarity, score_name


def _one(_: object) -> float:
    return 1.0


@pytest.mark.parametrize(("a", "b", "sim", "how"), [
    ("فضل", "fazl", SCREENING.arabic_skeleton_similarity, "Arabic"),
    ("عدي", "uday", SCREENING.arabic_short_skeleton_similarity, "Arabic"),
    ("abdmanaf", "abdulmanaf", SCREENING.particle_similarity, "Abd/Abu"),
    ("sergey", "serhiy", SCREENING.sound_similarity, "Slavic"),
    ("dykyy", "dikiy", SCREENING.sound_similarity, "Slavic"),
])
def test_spellings_of_one_name(a: str, b: str, sim: float, how: str) -> None:
    got, why = part_similarity(a, b)
    assert got == pytest.approx(sim)
    assert how in why


def test_a_one_consonant_skeleton_needs_a_short_latin_part() -> None:
    assert part_similarity("عدي", "dawood")[1] != part_similarity("عدي", "uday")[1]


def test_slavic_forms_leave_korean_syllables_apart() -> None:
    assert part_similarity("jongho", "yongho")[0] < SCREENING.sound_similarity
    assert part_similarity("mykhailo", "mikhail")[0] > 0.85


@pytest.mark.parametrize(("query", "listed"), [
    (("rasouli", "mohammad", "bagher"), ("rasouli", "mohammadbagher")),
    (("nejad", "vali", "mostafa"), ("mostafanejad", "vali")),  # last and first: Vali Mostafa Nejad
    (("ebadzadeh", "reza"), ("ebad", "zadeh", "reza")),
    # a two-part name written surname first, joined in the order said (SYAH, Bahrum is Bahrum
    # Syah: Bahrumsyah, as OFAC 21385 lists him; NEJAD, Mostafa: Mostafanejad)
    (("syah", "bahrum"), ("bahrumsyah",)),
    (("nejad", "mostafa"), ("mostafanejad",)),
])
def test_long_parts_written_joined_or_apart(query: tuple[str, ...], listed: tuple[str, ...]) -> None:
    ns = score_name(query, listed, _one, _one)
    assert not ns.unmatched_query
    assert not ns.unmatched_listed
    assert ns.score > 0.95
    assert any("joined/split" in m.how for m in ns.matches)


def test_an_arabic_part_meets_two_latin_parts_written_apart() -> None:
    ns = score_name(("خدايرحيم",), ("khudai", "rahim"), _one, _one)
    assert ns.matches
    assert not ns.unmatched_listed


def test_the_parts_in_common_make_the_subset_score() -> None:
    ns = score_name(("ajaka", "antoine"), ("ajaka", "tony"), _one, _one)
    assert ns.score < SCREENING.review_score  # half the name: not on its own
    assert ns.subset_score(1.0) == pytest.approx(SCREENING.subset_score_cap)
    assert ns.subset_score(2.0) == pytest.approx(0.5)  # below the weight needed: scaled down
    loose = score_name(("hussein",), ("hsein",), _one, _one)  # 0.83: too loose to count so
    assert loose.matches
    assert loose.subset_score(1.0) == 0.0
    korean = score_name(("chen",), ("cain",), _one, _one)  # a Korean reading alone does not
    assert korean.matches
    assert korean.subset_score(1.0) == 0.0


def test_one_part_of_many_in_common_is_no_subset() -> None:
    # Hussein born the same day as DAVOODI, Abolfazl Hossein Pour: one given name of three
    few = score_name(("hussein", "ahmed", "hashimi"), ("davoodi", "abolfazl", "hussein", "pour"),
                     _one, _one)
    assert few.matches
    assert few.subset_score(0.5) == 0.0
    half = score_name(("ajaka", "antoine"), ("ajaka", "tony"), _one, _one)
    assert half.matched_share == 0.5


def _cross_script_pairs() -> list[tuple[str, str, str]]:
    import csv

    from tests.unit.watchlist.conftest import LISTS

    with open(LISTS / "watchman_cross_script_pairs.csv", encoding="utf-8") as f:
        rows = [r for r in csv.reader(x for x in f if x.strip() and not x.startswith("#"))]
    return [(q, latin, what) for q, latin, _, what in rows if q != "Query"]


# Han, Japanese, Hebrew and Thai are matched against the lists' own original-script names
# (no transliteration of them): those rows are not expected to meet their Latin forms.
@pytest.mark.parametrize(("query", "latin", "what"), [
    p for p in _cross_script_pairs()
    if not any(w in p[2] for w in ("Chinese", "Japanese", "Hebrew", "Thai"))])
def test_watchmans_cross_script_pairs_meet_their_latin_forms(query: str, latin: str,
                                                             what: str) -> None:
    from docverify.watchlist.names import query_parts, split_parts

    ns = score_name(query_parts(query), split_parts(latin), _one, _one)
    assert not ns.unmatched_query, what
    assert not ns.unmatched_listed, what
    assert ns.score >= 0.8, what  # Arabic script alone stays below an alert (0.84 a part)
