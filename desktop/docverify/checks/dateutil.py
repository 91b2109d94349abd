"""Small date arithmetic the checks share: ages and spans in years."""

from __future__ import annotations

import datetime as dt

from docverify.model import Text, make_text


def age_on(birth: dt.date, day: dt.date) -> int:
    """Completed years from ``birth`` to ``day`` (negative when ``day`` is before birth)."""
    years = day.year - birth.year
    if (day.month, day.day) < (birth.month, birth.day):
        years -= 1
    return years


def years_between(a: dt.date, b: dt.date) -> float:
    """``b - a`` in years of 365.25 days."""
    return (b - a).days / 365.25


def describe_days(days: int) -> Text:
    """'3 days', '5 months', '2 years 4 months' for a positive number of days (a Text: the app
    says it in its own language)."""
    if days < 62:
        return make_text("{days} day" if days == 1 else "{days} days", {"days": days})
    months = round(days / 30.44)
    if months < 24:
        return make_text("{months} months", {"months": months})
    years, months = divmod(months, 12)
    return make_text("{years} years {months} months" if months else "{years} years",
                     {"years": years, "months": months})
