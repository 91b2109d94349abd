"""OFAC SDN XML: the classic sdn.xml (sdnList/sdnEntry) and SDN_ENHANCED.xml (sanctionsData/entity).

Weak aliases are marked: an aka of category "weak" (sdn.xml), a name with isLowQuality true
(SDN_ENHANCED.xml).
"""

from __future__ import annotations

from pathlib import Path
from xml.etree.ElementTree import Element

from docverify.errors import InputError
from docverify.watchlist.countries import to_iso3
from docverify.watchlist.entry import KIND_ENTITY, KIND_PERSON, Entry, ParsedList
from docverify.watchlist.importers.base import (
    Cancel,
    Progress,
    child_text,
    children,
    dedupe,
    iter_xml,
    local,
    names_and_weak,
    parse_birth_date,
    text_of,
)


def _find_all(elem: Element, name: str) -> list[Element]:
    return [e for e in elem.iter() if local(e.tag) == name]


def _classic(rec: Element) -> Entry:
    named = [(", ".join(p for p in (child_text(rec, "lastName"), child_text(rec, "firstName"))
                        if p), False)]
    for aka in _find_all(rec, "aka"):
        named.append((", ".join(p for p in (child_text(aka, "lastName"),
                                            child_text(aka, "firstName")) if p),
                      child_text(aka, "category").lower() == "weak"))
    names, weak = names_and_weak(named)
    dobs = [d for e in _find_all(rec, "dateOfBirth") if (d := parse_birth_date(text_of(e)))]
    nats = [to_iso3(child_text(n, "country")) for n in _find_all(rec, "nationality")]
    docs = [child_text(i, "idNumber") for i in _find_all(rec, "id")
            if "passport" in child_text(i, "idType").lower()
            or "national id" in child_text(i, "idType").lower()]
    return Entry(child_text(rec, "uid"),
                 KIND_PERSON if child_text(rec, "sdnType").lower() == "individual" else KIND_ENTITY,
                 names, tuple(dobs), dedupe([n for n in nats if n]), dedupe(docs),
                 weak_names=weak)


def _enhanced(rec: Element) -> Entry:
    named = []
    for name in (n for names_el in children(rec, "names") for n in children(names_el, "name")):
        weak = child_text(name, "isLowQuality").lower() == "true"
        named += [(text_of(e), weak) for e in _find_all(name, "formattedFullName")]
    if not named:  # no name elements around the translations
        named = [(text_of(e), False) for e in _find_all(rec, "formattedFullName")]
    names, weak_names = names_and_weak(named)
    dobs, nats = [], []
    for feat in _find_all(rec, "feature"):
        kind = child_text(feat, "type").lower()
        value = child_text(feat, "value")
        if "birth" in kind and "place" not in kind:
            if d := parse_birth_date(value):
                dobs.append(d)
        elif "nationality" in kind or "citizenship" in kind:
            nats.append(to_iso3(value))
    docs = [child_text(d, "documentNumber") for d in _find_all(rec, "identityDocument")]
    etype = next((text_of(e) for e in _find_all(rec, "entityType")), "").lower()
    return Entry(rec.get("id") or child_text(rec, "identityId"),
                 KIND_PERSON if etype == "individual" else KIND_ENTITY,
                 names, tuple(dobs), dedupe([n for n in nats if n]),
                 dedupe([d for d in docs if d]), weak_names=weak_names)


def read(path: Path, progress: Progress | None = None, cancel: Cancel | None = None) -> ParsedList:
    entries, root, date = [], None, ""
    for top, rec in iter_xml(path, frozenset(("sdnEntry", "entity", "Publish_Date")),
                             progress, cancel):
        root = top
        if local(rec.tag) == "Publish_Date":
            date = text_of(rec)
            continue
        if local(rec.tag) == "sdnEntry":
            entry = _classic(rec)
        elif children(rec, "generalInfo") or children(rec, "names"):
            entry = _enhanced(rec)
        else:
            continue
        if entry.names and entry.entry_id:
            entries.append(entry)
    if root is None or not entries:
        raise InputError(f"{path.name}: not an OFAC SDN XML (no sdnEntry or entity)")
    if not date:
        date = next((text_of(e) for e in _find_all(root, "datePublished")), "")
    parsed_date = parse_birth_date(date)
    return ParsedList("ofac", "ofac-xml", parsed_date.date or "" if parsed_date else date[:10],
                      tuple(entries))
