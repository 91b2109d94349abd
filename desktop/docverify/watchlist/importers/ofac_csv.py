"""OFAC SDN legacy CSV trio: sdn.csv with alt.csv (aliases) beside it; facts hide in Remarks.

The a.k.a.s quoted in Remarks (a.k.a. 'GUACAMAYO') are OFAC's weak aliases (FAQ 122-124:
broad or generic names, nicknames, noms de guerre); alt.csv holds the strong ones.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from pathlib import Path

from docverify.errors import InputError
from docverify.watchlist.countries import to_iso3
from docverify.watchlist.entry import KIND_ENTITY, KIND_PERSON, Entry, ParsedList
from docverify.watchlist.importers.base import (
    Cancel,
    Progress,
    dedupe,
    names_and_weak,
    parse_birth_date,
    read_text,
)
from docverify.watchlist.importers.tabular import csv_records

_EMPTY = "-0-"
_DOB = re.compile(r"\bDOB ([^;]+)")
_NATIONALITY = re.compile(r"\b(?:nationality|citizen) ([^;(]+)")
_DOCUMENT = re.compile(
    r"\b(?:Passport|National ID No\.|Cedula No\.|Identification Number|NIT #|"
    r"Personal ID Card|Diplomatic Passport|Residency Number)\s+([A-Za-z0-9][A-Za-z0-9 ./-]*?)"
    r"\s*(?:\(|;|$)")
_AKA = re.compile(r"\b[af]\.k\.a\. '([^']+)'")


def _cells(row: list[str]) -> list[str]:
    return ["" if c.strip() == _EMPTY else c.strip() for c in row]


def _rows(path: Path, width: int, progress: Progress | None, cancel: Cancel | None) -> list[list[str]]:
    text = read_text(path, progress, cancel)
    out: list[list[str]] = []
    try:
        for n, row in csv_records(text):
            if not row or (len(row) == 1 and not row[0].strip()):
                continue
            if len(row) == 1 and row[0].strip() == "\x1a":  # DOS end-of-file mark
                continue
            if len(row) != width or not row[0].strip().isdigit():
                raise InputError(f"{path.name} line {n}: not an OFAC {path.name} row "
                                 f"(expected {width} columns starting with an entity number)")
            out.append(_cells(row))
    except csv.Error as exc:
        raise InputError(f"{path.name}: malformed CSV ({exc}); truncated?") from None
    if not out:
        raise InputError(f"{path.name}: no rows")
    return out


def _sibling(sdn: Path, name: str) -> Path | None:
    """alt.csv beside sdn.csv; also the fixture naming ofac_sdn_X.csv -> ofac_alt_X.csv."""
    for candidate in (sdn.with_name(name + sdn.suffix),
                      sdn.with_name(sdn.name.replace("sdn", name, 1)),
                      sdn.with_name(sdn.name.replace("SDN", name.upper(), 1))):
        if candidate != sdn and candidate.is_file():
            return candidate
    return None


def read(path: Path, progress: Progress | None = None, cancel: Cancel | None = None) -> ParsedList:
    sdn = _rows(path, 12, progress, cancel)
    aliases: dict[str, list[str]] = {}
    alt = _sibling(path, "alt")
    if alt is not None:
        for row in _rows(alt, 5, None, cancel):
            aliases.setdefault(row[0], []).append(row[3])
    entries = []
    for row in sdn:
        ent, name, sdn_type, remarks = row[0], row[1], row[2].lower(), row[11]
        names, weak = names_and_weak([(n, False) for n in (name, *aliases.get(ent, ()))]
                                     + [(n, True) for n in _AKA.findall(remarks)])
        dobs = [d for m in _DOB.findall(remarks) if (d := parse_birth_date(m))]
        nats = [to_iso3(m.strip()) for m in _NATIONALITY.findall(remarks)]
        entries.append(Entry(
            entry_id=ent,
            kind=KIND_PERSON if sdn_type == "individual" else KIND_ENTITY,
            names=names,
            birth_dates=tuple(dict.fromkeys(dobs)),
            nationalities=dedupe([n for n in nats if n]),
            documents=dedupe(_DOCUMENT.findall(remarks)),
            note=row[3],
            weak_names=weak,
        ))
    # The legacy CSV carries no publication date: the file's own date stands in.
    date = dt.date.fromtimestamp(path.stat().st_mtime).isoformat()
    return ParsedList("ofac", "ofac-csv", date, tuple(entries))
