"""A small own-list store for screening tests: a few listed persons among common fillers."""

from __future__ import annotations

from pathlib import Path

from docverify.watchlist.entry import KIND_PERSON, BirthDate, Entry, ParsedList
from docverify.watchlist.screening import ScreeningQuery, open_store, screen
from docverify.watchlist.store import Store


def person(i: str, names: tuple[str, ...], date: str) -> Entry:
    """A listed person born on `date` (YYYY-MM-DD, or YYYY for the year only)."""
    y = int(date[:4])
    return Entry(i, KIND_PERSON, names, (BirthDate(y, y, date if len(date) == 10 else None),))


def small_store(path: Path, entries: list[Entry], filler_given: str) -> Store:
    """`entries` and 40 SMITH fillers sharing the given name `filler_given` (so that it is a
    common part, weighing little), written as one list."""
    fillers = [person(f"f{i}", (f"SMITH, {filler_given} {chr(97 + i % 26)}x",), "1950")
               for i in range(40)]
    store = open_store(path)
    store.write_version(ParsedList("own", "csv", "", tuple(entries + fillers)), "h" * 64, "test")
    return store


def band(store: Store, name: str, entry_id: str, birth: str | None) -> str | None:
    """The band of the hit on `entry_id` when screening `name`, None when it is not hit."""
    hits = [h for h in screen(store, ScreeningQuery(name, birth)) if h.entry_id == entry_id]
    return hits[0].band if hits else None
