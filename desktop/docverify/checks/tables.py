"""The reference tables of the checks (resources/data/checks/*.json), loaded once."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from docverify.resources import resource_path

# MRZ codes that the tables list under their ISO code (Germany writes 'D<<').
_ALIASES = {"D": "DEU"}


@cache
def load(name: str) -> dict[str, Any]:
    """A table by file stem, e.g. ``load("specimens")``."""
    path = resource_path("data", "checks", f"{name}.json")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


# Row statuses of the tables (see resources/data/checks/SOURCES.md): only rows some public source
# or genuine specimen confirms may raise a warning; an unverified row informs at most.
CONFIRMED = frozenset({"verified", "secondary", "specimen"})


@dataclass(frozen=True, slots=True)
class NumberFormat:
    """A state's document-number format, where it comes from and whether that was confirmed."""

    pattern: re.Pattern[str]
    source: str
    status: str

    @property
    def confirmed(self) -> bool:
        return self.status in CONFIRMED


@cache
def number_pattern(document_code: str, state: str) -> NumberFormat | None:
    """The number format of ``state`` for this kind of document, with its source, if known."""
    table = load("number_formats").get(document_code[:1], {})
    entry = table.get(_ALIASES.get(state, state))
    if entry is None:
        return None
    return NumberFormat(re.compile(entry["pattern"]), str(entry["source"]),
                        str(entry.get("status", "unverified")))


def specimen_number(number: str) -> str | None:
    """What specimen ``number`` comes from, or None."""
    found = load("specimens")["numbers"].get(number)
    return str(found) if found is not None else None


def validity(document_code: str, state: str) -> dict[str, Any] | None:
    """The confirmed validity entry of ``state`` for this kind of document, if the table has
    one; unverified entries are not used (the defaults by document code apply)."""
    entry = load("validity").get(document_code[:1], {}).get(_ALIASES.get(state, state))
    if entry is None or entry.get("status", "unverified") not in CONFIRMED:
        return None
    return dict(entry)


def min_age(document_code: str) -> int:
    """The youngest holder this kind of document is issued to, in years."""
    table = load("min_ages")
    by_code: dict[str, int] = table["by_code"]
    for key in (document_code[:2], document_code[:1]):
        if key in by_code:
            return int(by_code[key])
    return int(table["default"])
