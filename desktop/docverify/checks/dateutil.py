"""Small date arithmetic the checks share: ages and spans in years."""

from __future__ import annotations

import datetime as dt


def age_on(birth: dt.date, day: dt.date) -> int:
    """Completed years from ``birth`` to ``day`` (negative when ``day`` is before birth)."""
    years = day.year - birth.year
    if (day.month, day.day) < (birth.month, birth.day):
        years -= 1
    return years


def years_between(a: dt.date, b: dt.date) -> float:
    """``b - a`` in years of 365.25 days."""
    return (b - a).days / 365.25


def describe_days(days: int) -> str:
    """'3 days', '5 months', '2 years 4 months' for a positive number of days."""
    if days < 62:
        return f"{days} day{'s' if days != 1 else ''}"
    months = round(days / 30.44)
    if months < 24:
        return f"{months} months"
    years, months = divmod(months, 12)
    return f"{years} years" + (f" {months} months" if months else "")
