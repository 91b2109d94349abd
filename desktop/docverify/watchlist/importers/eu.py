"""EU Financial Sanctions Files XML (export / sanctionEntity / nameAlias, citizenship, birthdate).

A nameAlias with strong="false", or whose remark calls it low quality, is a weak alias.
"""

from __future__ import annotations

from pathlib import Path
from xml.etree.ElementTree import Element

from docverify.errors import InputError
from docverify.watchlist.countries import to_iso3
from docverify.watchlist.entry import KIND_ENTITY, KIND_PERSON, BirthDate, Entry, ParsedList
from docverify.watchlist.importers.base import (
    Cancel,
    Progress,
    children,
    dedupe,
    iter_xml,
    names_and_weak,
    parse_birth_date,
    text_of,
    year_range,
)


def _birth(el: Element) -> BirthDate | None:
    approx = el.get("circa", "").lower() == "true"
    if d := parse_birth_date(el.get("birthdate", ""), approx):
        return d
    if years := year_range(el.get("yearRangeFrom", ""), el.get("yearRangeTo", ""), approx):
        return years
    return parse_birth_date(el.get("year", ""), approx)


def _entry(rec: Element) -> Entry | None:
    named = []
    for alias in children(rec, "nameAlias"):
        whole = alias.get("wholeName") or " ".join(
            alias.get(k, "") for k in ("firstName", "middleName", "lastName"))
        remarks = " ".join(text_of(r) for r in children(alias, "remark")).lower()
        weak = alias.get("strong", "").strip().lower() == "false" or "low quality" in remarks
        named.append((whole, weak))
    names_t, weak_t = names_and_weak(named)
    if not names_t:
        return None
    subject = next(iter(children(rec, "subjectType")), None)
    code = (subject.get("code", "") if subject is not None else "").lower()
    nats = [to_iso3(c.get("countryIso2Code", "")) or to_iso3(c.get("countryDescription", ""))
            for c in children(rec, "citizenship")]
    return Entry(
        entry_id=rec.get("euReferenceNumber") or rec.get("logicalId", ""),
        kind=KIND_PERSON if code == "person" else KIND_ENTITY,
        names=names_t,
        birth_dates=tuple(d for b in children(rec, "birthdate") if (d := _birth(b))),
        nationalities=dedupe([n for n in nats if n]),
        documents=dedupe([i.get("number", "") for i in children(rec, "identification")]),
        note=rec.get("unitedNationId", ""),
        weak_names=weak_t,
    )


def read(path: Path, progress: Progress | None = None, cancel: Cancel | None = None) -> ParsedList:
    entries, root = [], None
    for top, rec in iter_xml(path, frozenset(("sanctionEntity",)), progress, cancel):
        root = top
        if entry := _entry(rec):
            entries.append(entry)
    if root is None:
        raise InputError(f"{path.name}: not an EU Financial Sanctions File (no sanctionEntity)")
    return ParsedList("eu", "eu", (root.get("generationDate") or "")[:10], tuple(entries))
