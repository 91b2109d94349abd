"""Short names without a birth date: two rare parts of a full name alert (Najib Atef), while
one-syllable Korean and Chinese names (Kim Chol, Wang Wei) and a common part stay at review."""

from __future__ import annotations

from pathlib import Path

import pytest

from docverify.watchlist.entry import KIND_PERSON, Entry
from docverify.watchlist.names import one_syllable
from tests.unit.watchlist.small_store import band, small_store


def undated(i: str, name: str) -> Entry:
    """A listed person with no birth date on the list."""
    return Entry(i, KIND_PERSON, (name,), ())


@pytest.mark.parametrize("part", ["kim", "chol", "jong", "wang", "zhang", "qiang", "tsai"])
def test_one_syllable_names(part: str) -> None:
    assert one_syllable(part)


@pytest.mark.parametrize("part", ["najib", "atef", "slewa", "roodi", "imani", "omar"])
def test_names_of_more_than_one_syllable(part: str) -> None:
    assert not one_syllable(part)


def test_two_rare_short_parts_alert_without_a_birth_date(tmp_path: Path) -> None:
    # OFAC SDN 12724 lists NAJIB, Atef with no birth date; the alias NAJEEB, Atef
    store = small_store(tmp_path / "s.sqlite3", [
        undated("12724", "NAJIB, Atef"), undated("k1", "KIM Chol"), undated("z1", "WANG Wei"),
        undated("a1", "ATEF, Ahmad"), undated("t1", "OZMAI, Tarek Fawzi"),
    ], "ahmad")
    assert band(store, "NAJEEB, Atef", "12724", None) == "alert"
    assert band(store, "Atef Najib", "12724", "1970") == "alert"
    # syllable names many people share stay a review, as does a name with a common part
    assert band(store, "Kim Chol", "k1", None) == "review"
    assert band(store, "Wang Wei", "z1", None) == "review"
    assert band(store, "Ahmad Atef", "a1", None) == "review"
    # a part of the query left over, or of the listed name: not the full name
    assert band(store, "Najib Atef Salem", "12724", None) != "alert"
    assert band(store, "Tarek Ozmai", "t1", None) == "review"
