"""The date arithmetic findings quote: ages, spans, and how a span is said."""

from __future__ import annotations

import datetime as dt

import pytest

from docverify.checks.dateutil import age_on, describe_days, years_between


def test_age_on_counts_completed_years() -> None:
    born = dt.date(1974, 8, 12)
    assert age_on(born, dt.date(2026, 8, 11)) == 51
    assert age_on(born, dt.date(2026, 8, 12)) == 52
    assert age_on(born, dt.date(1974, 8, 11)) == -1


def test_years_between() -> None:
    assert years_between(dt.date(2000, 1, 1), dt.date(2010, 1, 1)) == pytest.approx(10.0, abs=0.01)


@pytest.mark.parametrize(("days", "said"), [
    (1, "1 day"), (3, "3 days"), (61, "61 days"), (62, "2 months"), (700, "23 months"),
    (731, "2 years"), (1000, "2 years 9 months"),
])
def test_describe_days(days: int, said: str) -> None:
    assert describe_days(days) == said
