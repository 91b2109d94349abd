"""OpenSanctions `targets.simple.csv` (id, schema, name, aliases, birth_date, countries, ...)."""

from __future__ import annotations

from pathlib import Path

from docverify.watchlist.countries import to_iso3
from docverify.watchlist.entry import KIND_ENTITY, KIND_PERSON, Entry, ParsedList
from docverify.watchlist.importers.base import Cancel, Progress, dedupe, parse_birth_date
from docverify.watchlist.importers.tabular import read_rows, split_multi


def read(path: Path, progress: Progress | None = None, cancel: Cancel | None = None) -> ParsedList:
    rows = read_rows(path, ("id", "schema", "name"), progress, cancel)
    entries = []
    for row in rows:
        dobs = [d for v in split_multi(row.get("birth_date", "")) if (d := parse_birth_date(v))]
        entries.append(Entry(
            entry_id=row["id"],
            kind=KIND_PERSON if row["schema"] == "Person" else KIND_ENTITY,
            names=dedupe([row["name"], *split_multi(row.get("aliases", ""))]),
            birth_dates=tuple(dobs),
            nationalities=dedupe([c for v in split_multi(row.get("countries", ""))
                                  if (c := to_iso3(v))]),
            documents=dedupe(split_multi(row.get("identifiers", ""))),
            note=row.get("sanctions", "")[:200],
        ))
    return ParsedList("opensanctions", "opensanctions-csv", "", tuple(entries))
