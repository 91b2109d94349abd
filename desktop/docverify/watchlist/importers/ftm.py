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
        except (json.JSONDecodeError, KeyError, TypeError):
            raise InputError(f"{path.name} line {n}: not a FollowTheMoney entity; "
                             "truncated or another format?") from None
        if schema not in _LISTED or not isinstance(props, dict):
            continue
        names, weak = names_and_weak([(v, p == "weakAlias") for p in _NAME_PROPS
                                      for v in props.get(p, []) if isinstance(v, str)])
        if not names:
            continue
        dobs = [d for v in props.get("birthDate", []) if (d := parse_birth_date(v))]
        countries = props.get("nationality", []) + props.get("citizenship", []) + (
            props.get("country", []) if schema in _PERSONISH else [])
        docs = props.get("passportNumber", []) + props.get("idNumber", [])
        entries.append(Entry(
            entry_id=str(obj.get("id", f"line-{n}")),
            kind=KIND_PERSON if schema in _PERSONISH else KIND_ENTITY,
            names=names,
            birth_dates=tuple(dobs),
            nationalities=dedupe([c for v in countries if (c := to_iso3(v))]),
            documents=dedupe(docs),
            note=",".join(obj.get("datasets", [])),
            weak_names=weak,
        ))
        last_seen = max(last_seen, str(obj.get("last_seen", ""))[:10])
    return ParsedList("ftm", "ftm", last_seen, tuple(entries))
