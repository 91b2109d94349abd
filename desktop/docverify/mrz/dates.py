"""MRZ dates (YYMMDD) with the century inferred: birth dates lie in the past, expiry dates ahead."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from docverify import config


@dataclass(frozen=True, slots=True)
class MRZDate:
    """A decoded MRZ date: the full date when every part is known, else the parts that are."""

    date: dt.date | None
    year: int | None
    month: int | None
    day: int | None
    valid: bool  # False when the digits are not a calendar date (e.g. month 13)


def _part(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    return None


def _century_year(yy: int, latest: int) -> int:
    """The year ending in ``yy`` that is at most ``latest``, within the 100 years before it."""
    year = latest - (latest - yy) % 100
    return year


def decode(text: str, kind: str, today: dt.date) -> MRZDate:
    """Decode a YYMMDD field. ``kind`` is "birth" or "expiry"; unknown parts are '<' or '00'."""
    yy, mm, dd = _part(text[0:2]), _part(text[2:4]), _part(text[4:6])
    if yy is None:
        return MRZDate(None, None, None, None, valid=text == "<<<<<<")
    if kind == "birth":
        year = _century_year(yy, today.year)
    else:
        year = _century_year(yy, today.year + config.EXPIRY_YEARS_AHEAD)
    month = mm if mm else None
    day = dd if dd else None
    if month is not None and not 1 <= month <= 12:
        return MRZDate(None, year, None, None, valid=False)
    if month is None or day is None:
        return MRZDate(None, year, month, None, valid=True)
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return MRZDate(None, year, month, None, valid=False)
    if kind == "birth" and date > today:
        # Same two digits but later this year than today: a century earlier.
        date = date.replace(year=year - 100)
        year -= 100
    return MRZDate(date, year, month, day, valid=True)
