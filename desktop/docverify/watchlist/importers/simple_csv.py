"""An organisation's own list: CSV with name, aliases, birth_date, nationality, document_number, note."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from docverify.watchlist.countries import to_iso3
from docverify.watchlist.entry import KIND_ENTITY, KIND_PERSON, Entry, ParsedList
from docverify.watchlist.importers.base import Cancel, Progress, dedupe, parse_birth_date
from docverify.watchlist.importers.tabular import read_rows, split_multi

# Headers as people write them in a spreadsheet (Date of birth, Passport No.), after lower
# case and runs of spaces, dots and hyphens made one underscore, for the columns looked up.
_COLUMNS = {
    "full_name": "name", "alias": "aliases", "aka": "aliases", "other_names": "aliases",
    "dob": "birth_date", "date_of_birth": "birth_date", "birthdate": "birth_date",
    "born": "birth_date", "citizenship": "nationality", "nationalities": "nationality",
    "passport": "document_number", "passport_number": "document_number",
    "passport_no": "document_number", "document": "document_number",
    "document_no": "document_number", "notes": "note", "comment": "note", "remarks": "note",
    "type": "kind",
}


def column(header: str) -> str:
    """The column a header names: `Date of Birth` is birth_date, `Passport No.` document_number."""
    key = re.sub(r"[\s.\-]+", "_", header.strip().lower()).strip("_")
    return _COLUMNS.get(key, key)


def read(path: Path, progress: Progress | None = None, cancel: Cancel | None = None) -> ParsedList:
    rows = read_rows(path, ("name",), progress, cancel, rename=column)
    entries = []
    for n, row in enumerate(rows, start=2):
        if not row["name"]:
            continue
        dobs = [d for v in split_multi(row.get("birth_date", "")) if (d := parse_birth_date(v))]
        kind = KIND_ENTITY if row.get("kind", "").lower() in ("entity", "company") else KIND_PERSON
        entries.append(Entry(
            entry_id=row.get("id") or f"row-{n}",
            kind=kind,
            names=dedupe([row["name"], *split_multi(row.get("aliases", ""))]),
            birth_dates=tuple(dobs),
            nationalities=dedupe([c for v in split_multi(row.get("nationality", ""))
                                  if (c := to_iso3(v))]),
            documents=dedupe(split_multi(row.get("document_number", ""))),
            note=row.get("note", ""),
        ))
    return ParsedList(list_id(path), "csv", "", tuple(entries))


def list_id(path: Path) -> str:
    """own-<file name>, at most 40 characters: a longer one is cut and ends with a hash of the
    whole name, so that two long names alike at the start (..._berlin.csv, ..._bonn.csv) stay
    two lists instead of one silently replacing the other. Ids of 40 or fewer are unchanged."""
    full = f"own-{path.stem}"
    if len(full) <= 40:
        return full
    return f"{full[:31]}-{hashlib.sha256(full.encode()).hexdigest()[:8]}"
