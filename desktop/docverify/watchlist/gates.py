"""The birth date and nationality gates of a hit: a listed person's dates and nationalities
against the query's."""

from __future__ import annotations

from collections.abc import Sequence

from docverify.config import SCREENING
from docverify.model import Text, make_text
from docverify.watchlist.entry import BirthDate

BIRTH_EXACT, BIRTH_YEAR, BIRTH_CONSISTENT, BIRTH_CONFLICT, BIRTH_UNKNOWN = (
    "exact", "year", "consistent", "conflict", "unknown")


def compare_birth(query: str | None, listed: Sequence[BirthDate]) -> tuple[str, Text]:
    """(outcome, reason) of a query birth date (YYYY-MM-DD or YYYY) against the listed ones."""
    if not query or not listed:
        return BIRTH_UNKNOWN, make_text(
            "no birth date given" if not query
            else "no birth date on the list: birth date not checked")
    year = int(query[:4])
    full = query if len(query) == 10 else None
    slack = SCREENING.approx_birth_years
    best, swapped = BIRTH_CONFLICT, False
    rank = {BIRTH_EXACT: 3, BIRTH_YEAR: 2, BIRTH_CONSISTENT: 1, BIRTH_CONFLICT: 0}
    # one date (the usual case) stays a Text, so "about 1957" reaches the app translatable
    listed_text = listed[0].describe() if len(listed) == 1 else ", ".join(
        b.describe() for b in listed)
    for b in listed:
        lo, hi = (b.year_from - slack, b.year_to + slack) if b.approximate else (
            b.year_from, b.year_to)
        swap = False
        if full and b.date:
            if full == b.date:
                out = BIRTH_EXACT
            elif full[:4] == b.date[:4] and full[5:7] == b.date[8:10] and full[8:10] == b.date[5:7]:
                out, swap = BIRTH_YEAR, True  # day and month swapped (US against EU order)
            else:
                out = BIRTH_CONFLICT
        elif b.year_from == b.year_to == year and not b.approximate:
            out = BIRTH_YEAR
        elif lo <= year <= hi:
            out = BIRTH_CONSISTENT
        else:
            out = BIRTH_CONFLICT
        if rank[out] > rank[best]:
            best, swapped = out, swap
    values = {"query": query, "year": year, "listed": listed_text}
    if best == BIRTH_EXACT:
        why = make_text("birth date {query} matches the listed {listed} exactly", values)
    elif best == BIRTH_YEAR:
        why = make_text("birth year {year} matches the listed {listed}; {query} is the listed"
                        " date with day and month swapped" if swapped else
                        "birth year {year} matches the listed {listed}", values)
    elif best == BIRTH_CONSISTENT:
        why = make_text("birth year {year} is within the listed {listed}", values)
    else:
        why = make_text("birth date {query} conflicts with the listed {listed}: possible"
                        " namesake", values)
    return best, why


def compare_nationality(query: str | None, listed: Sequence[str]) -> tuple[int, str]:
    """+1 agree, -1 differ, 0 unknown, with the reason."""
    if not query or not listed:
        return 0, ""
    if query in listed:
        return 1, make_text("nationality {query} matches", {"query": query})
    return -1, make_text("nationality {query} differs from the listed {listed}",
                         {"query": query, "listed": ", ".join(listed)})
