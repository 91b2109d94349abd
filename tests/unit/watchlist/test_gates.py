"""The birth-date gate: every outcome, with the reason a hit shows for it."""

from __future__ import annotations

import pytest

from docverify.watchlist.entry import BirthDate
from docverify.watchlist.gates import compare_birth


def _day(date: str) -> BirthDate:
    return BirthDate(int(date[:4]), int(date[:4]), date, False)


@pytest.mark.parametrize(("query", "listed", "outcome", "said"), [
    ("1964-07-17", [_day("1964-07-17")], "exact", "matches the listed 1964-07-17 exactly"),
    # one side wrote the day first, the other the month: the year agrees, the swap is named
    ("1964-07-11", [_day("1964-11-07")], "year", "day and month swapped"),
    ("1964-07-18", [_day("1964-07-17")], "conflict", "possible namesake"),
    ("1964", [_day("1964-07-17")], "year", "birth year 1964 matches"),
    ("1964", [BirthDate(1962, 1965, None, False)], "consistent", "is within"),
    ("1966", [BirthDate(1962, 1965, None, False)], "conflict", "possible namesake"),
    # "approximately 1964" stretches by the configured slack both ways
    ("1966-01-01", [BirthDate(1964, 1964, None, True)], "consistent", "is within"),
    # the best of several listed dates decides
    ("1964-07-17", [_day("1970-01-01"), _day("1964-07-17")], "exact", "exactly"),
    (None, [_day("1964-07-17")], "unknown", "no birth date given"),
    ("1964", [], "unknown", "no birth date on the list"),
])
def test_compare_birth(query, listed, outcome, said) -> None:
    got, why = compare_birth(query, listed)
    assert got == outcome
    assert said in why


def test_a_swap_is_named_only_when_it_decided() -> None:
    _, why = compare_birth("1964-07-11", [_day("1964-11-07"), _day("1964-07-11")])
    assert "exactly" in why
    assert "swapped" not in why
