"""UN Security Council Consolidated List XML (CONSOLIDATED_LIST), plain or gzipped.

An INDIVIDUAL_ALIAS of QUALITY Low is a low-quality alias: kept, and marked weak.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from xml.etree.ElementTree import Element

from docverify.errors import InputError
from docverify.watchlist.countries import to_iso3
from docverify.watchlist.entry import KIND_ENTITY, KIND_PERSON, BirthDate, Entry, ParsedList
from docverify.watchlist.importers.base import (
    Cancel,
    Progress,
    child_text,
    children,
    dedupe,
    iter_xml,
    names_and_weak,
    parse_birth_date,
    text_of,
    year_range,
)

_NAME_FIELDS = ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")


def _birth_dates(rec: Element) -> list[BirthDate]:
    out: list[BirthDate] = []
    for dob in children(rec, "INDIVIDUAL_DATE_OF_BIRTH"):
        kind = child_text(dob, "TYPE_OF_DATE").upper()
        approx = kind == "APPROXIMATELY"
        if kind == "BETWEEN":
            years = year_range(child_text(dob, "FROM_YEAR"), child_text(dob, "TO_YEAR"), approx)
            if years:
                out.append(years)
            continue
        for field in ("DATE", "YEAR"):
            parsed = parse_birth_date(child_text(dob, field), approx)
            if parsed:
                out.append(parsed)
                break
    return out


def _names(rec: Element) -> list[tuple[str, bool]]:
    """(name, marked weak) of a record: its name, aliases and name in the original script."""
    primary = " ".join(child_text(rec, f) for f in _NAME_FIELDS if child_text(rec, f))
    # entities: "NAME A (ACR) ; NAME B"
    names = [(n.strip(), False) for n in primary.split(";")]
    for tag in ("INDIVIDUAL_ALIAS", "ENTITY_ALIAS"):
        for alias in children(rec, tag):
            weak = child_text(alias, "QUALITY").lower() == "low"
            names.extend((a.strip(), weak) for a in child_text(alias, "ALIAS_NAME").split(";"))
    names.extend((text_of(e), False) for e in children(rec, "NAME_ORIGINAL_SCRIPT"))
    return names


def _entry(rec: Element) -> Entry | None:
    ref = child_text(rec, "REFERENCE_NUMBER") or child_text(rec, "DATAID")
    names, weak = names_and_weak(_names(rec))
    if not ref or not names:
        return None
    kind = KIND_PERSON if rec.tag.endswith("INDIVIDUAL") else KIND_ENTITY
    nats = [to_iso3(text_of(v)) for n in children(rec, "NATIONALITY") for v in n]
    docs = [child_text(d, "NUMBER") for d in children(rec, "INDIVIDUAL_DOCUMENT")]
    return Entry(
        entry_id=ref.strip(),
        kind=kind,
        names=names,
        birth_dates=tuple(_birth_dates(rec)),
        nationalities=dedupe([n for n in nats if n]),
        documents=dedupe([d for d in docs if d]),
        note=child_text(rec, "UN_LIST_TYPE"),
        weak_names=weak,
    )


def read(path: Path, progress: Progress | None = None, cancel: Cancel | None = None) -> ParsedList:
    entries: list[Entry] = []
    root: Element | None = None
    records: Iterator[tuple[Element, Element]] = iter_xml(
        path, frozenset(("INDIVIDUAL", "ENTITY")), progress, cancel)
    for top, rec in records:
        root = top
        entry = _entry(rec)
        if entry:
            entries.append(entry)
    if root is None or not root.tag.endswith("CONSOLIDATED_LIST"):
        raise InputError(f"{path.name}: not a UN Consolidated List (no INDIVIDUAL or ENTITY)")
    date = (root.get("dateGenerated") or "")[:10]
    return ParsedList("un", "un", date, tuple(entries))
