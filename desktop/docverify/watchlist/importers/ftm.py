"""FollowTheMoney entities, one JSON object a line (OpenSanctions exports).

The weakAlias property holds the names the source marks weak or low quality.
"""

from __future__ import annotations

import json
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

_NAME_PROPS = ("name", "alias", "weakAlias", "previousName")
_PERSONISH = frozenset(("Person",))
_LISTED = frozenset(("Person", "Organization", "Company", "LegalEntity", "Vessel", "Airplane"))


def _values(props: dict, *keys: str) -> list[str]:
    """The values of properties as FtM writes them, lists of strings, whatever a hand-made
    export put there: a bare string is one value (not one value per letter), a whole number is
    its digits (a passport number or a birth year written as a JSON number is still that value,
    and dropping it would lose a document match), anything else (null, true, an object, a
    fraction) is no value at all."""
    out: list[str] = []
    for key in keys:
        raw = props.get(key)
        for v in [raw] if isinstance(raw, str) else raw if isinstance(raw, list) else ():
            if isinstance(v, str):
                out.append(v)
            elif isinstance(v, int) and not isinstance(v, bool):
                out.append(str(v))
    return out


def read(path: Path, progress: Progress | None = None, cancel: Cancel | None = None) -> ParsedList:
    entries = []
    last_seen = ""
    # One entity a line, split at \n only: a JSON string may hold U+2028 or U+0085 as they
    # are, where str.splitlines() would cut the line in two.
    for n, line in enumerate(read_text(path, progress, cancel).split("\n"), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            schema, props = obj["schema"], obj.get("properties", {})
            if not isinstance(schema, str):  # a list or object: no schema docverify knows
                raise TypeError
        except (json.JSONDecodeError, KeyError, TypeError):
            raise InputError(f"{path.name} line {n}: not a FollowTheMoney entity; "
                             "truncated or another format?") from None
        if schema not in _LISTED or not isinstance(props, dict):
            continue
        names, weak = names_and_weak([(v, p == "weakAlias") for p in _NAME_PROPS
                                      for v in _values(props, p)])
        if not names:
            continue
        dobs = [d for v in _values(props, "birthDate") if (d := parse_birth_date(v))]
        countries = _values(props, "nationality", "citizenship",
                            *(("country",) if schema in _PERSONISH else ()))
        docs = _values(props, "passportNumber", "idNumber")
        entries.append(Entry(
            entry_id=str(obj.get("id", f"line-{n}")),
            kind=KIND_PERSON if schema in _PERSONISH else KIND_ENTITY,
            names=names,
            birth_dates=tuple(dobs),
            nationalities=dedupe([c for v in countries if (c := to_iso3(v))]),
            documents=dedupe(docs),
            note=",".join(_values(obj, "datasets")),
            weak_names=weak,
        ))
        last_seen = max(last_seen, str(obj.get("last_seen", ""))[:10])
    return ParsedList("ftm", "ftm", last_seen, tuple(entries))
