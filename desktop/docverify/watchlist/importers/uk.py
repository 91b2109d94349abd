"""UK Sanctions List (FCDO): the XML (Designations/Designation) and the CSV with its preamble line.

An alias whose AliasStrength (XML) or "Alias strength" (CSV) is "Low quality a.k.a" is weak.
"""

from __future__ import annotations

from pathlib import Path
from xml.etree.ElementTree import Element

from docverify.errors import InputError
from docverify.watchlist.countries import to_iso3
from docverify.watchlist.entry import KIND_PERSON, Entry, ParsedList
from docverify.watchlist.importers.base import (
    Cancel,
    Progress,
    child_text,
    dedupe,
    head,
    iter_xml,
    local,
    names_and_weak,
    parse_birth_date,
    text_of,
)
from docverify.watchlist.importers.tabular import read_rows, split_multi

_NAME_PARTS = ("name1", "name2", "name3", "name4", "name5", "name6")


def _all(elem: Element, name: str) -> list[str]:
    return [text_of(e) for e in elem.iter() if local(e.tag) == name and text_of(e)]


def _low_quality(strength: str) -> bool:
    """AliasStrength "Low quality a.k.a" (against "Good quality a.k.a")."""
    return strength.strip().lower().startswith("low")


def _xml_entry(rec: Element) -> Entry | None:
    named = []
    for el in rec.iter():
        if local(el.tag) == "Name":
            parts = [child_text(el, f"Name{i}") for i in range(1, 7)]
            named.append((" ".join(p for p in parts if p),
                          _low_quality(child_text(el, "AliasStrength"))))
    named += [(n, False) for n in _all(rec, "NameNonLatinScript")]
    names_t, weak_t = names_and_weak(named)
    uid = child_text(rec, "UniqueID")
    if not names_t or not uid:
        return None
    kind_text = (child_text(rec, "IndividualEntityShip") or child_text(rec, "EntityType")).lower()
    return Entry(
        entry_id=uid,
        kind=KIND_PERSON if kind_text.startswith("individual") else "entity",
        names=names_t,
        birth_dates=tuple(d for t in _all(rec, "DOB") if (d := parse_birth_date(t))),
        nationalities=dedupe([c for t in _all(rec, "Nationality") if (c := to_iso3(t))]),
        documents=dedupe(_all(rec, "PassportNumber") + _all(rec, "NationalIdentifierNumber")),
        note=child_text(rec, "UNReferenceNumber"),
        weak_names=weak_t,
    )


def _read_xml(path: Path, progress: Progress | None, cancel: Cancel | None) -> ParsedList:
    entries, root = [], None
    for top, rec in iter_xml(path, frozenset(("Designation",)), progress, cancel):
        root = top
        if entry := _xml_entry(rec):
            entries.append(entry)
    if root is None:
        raise InputError(f"{path.name}: not a UK Sanctions List XML (no Designation)")
    date = (root.get("DateGenerated") or root.get("dateGenerated") or "")[:10]
    return ParsedList("uk", "uk", date, tuple(entries))


def _col(row: dict[str, str], *names: str) -> str:
    for n in names:
        if row.get(n):
            return row[n]
    return ""


def _read_csv(path: Path, progress: Progress | None, cancel: Cancel | None) -> ParsedList:
    rows = read_rows(path, ("unique id", "name 6"), progress, cancel, skip_until="unique id")
    by_id: dict[str, dict[str, list]] = {}
    for row in rows:
        rec = by_id.setdefault(row["unique id"], {"names": [], "dobs": [], "nats": [], "docs": [],
                                                  "kind": []})
        rec["names"].append((" ".join(row.get(f"name {i}", "") for i in range(1, 7)),
                             _low_quality(row.get("alias strength", ""))))
        rec["names"].append((row.get("name non-latin script", ""), False))
        rec["dobs"] += split_multi(_col(row, "d.o.b", "dob", "date of birth"), ";|")
        rec["nats"] += split_multi(_col(row, "nationality(/ies)", "nationality"), ";|,")
        rec["docs"] += split_multi(_col(row, "passport number"), ";|")
        rec["docs"] += split_multi(_col(row, "national identifier number"), ";|")
        rec["kind"] += [v.lower() for k, v in row.items() if "individual" in k or k == "type"]
    entries = []
    for uid, rec in by_id.items():
        names, weak = names_and_weak(rec["names"])
        entries.append(Entry(
            entry_id=uid,
            kind=KIND_PERSON if any(k.startswith("individual") for k in rec["kind"]) else "entity",
            names=names,
            birth_dates=tuple(dict.fromkeys(d for t in rec["dobs"]
                                            if (d := parse_birth_date(t)))),
            nationalities=dedupe([c for t in rec["nats"] if (c := to_iso3(t))]),
            documents=dedupe(rec["docs"]),
            weak_names=weak,
        ))
    return ParsedList("uk", "uk", "", tuple(entries))


def read(path: Path, progress: Progress | None = None, cancel: Cancel | None = None) -> ParsedList:
    # head(): the size checked as every importer does, and a .gz sniffed once inflated
    xml = head(path, 1024).lstrip(b"\xef\xbb\xbf \r\n\t").startswith(b"<")
    return _read_xml(path, progress, cancel) if xml else _read_csv(path, progress, cancel)
