"""The records of a watchlist: a listed person or company with names, birth dates, documents."""

from __future__ import annotations

from dataclasses import dataclass

from docverify.model import make_text

KIND_PERSON = "person"
KIND_ENTITY = "entity"


@dataclass(frozen=True, slots=True)
class BirthDate:
    """A listed birth date: an exact day, a year, a year range, or an approximate year.

    `date` is YYYY-MM-DD when the day is known; `year_from`..`year_to` bound the year.
    """

    year_from: int
    year_to: int
    date: str | None = None
    approximate: bool = False

    def describe(self) -> str:
        if self.date:
            return self.date
        if self.year_from == self.year_to:
            return (make_text("about {year}", {"year": self.year_from}) if self.approximate
                    else str(self.year_from))
        return f"{self.year_from}-{self.year_to}"

    def to_json(self) -> dict:
        return {"from": self.year_from, "to": self.year_to, "date": self.date,
                "approximate": self.approximate}

    @classmethod
    def from_json(cls, d: dict) -> BirthDate:
        return cls(int(d["from"]), int(d["to"]), d.get("date"), bool(d.get("approximate")))


@dataclass(frozen=True, slots=True)
class Entry:
    """One listed person or entity, as the list publishes it (names already split by alias).

    `weak_names` are those of `names` the list itself marks weak or low quality (OFAC's weak
    a.k.a.s, the UN's Low-quality aliases): nicknames and broad aliases that a hit on alone
    does not confirm.
    """

    entry_id: str
    kind: str
    names: tuple[str, ...]
    birth_dates: tuple[BirthDate, ...] = ()
    nationalities: tuple[str, ...] = ()  # ISO 3166 alpha-3 where known
    documents: tuple[str, ...] = ()  # as published; normalised by the store
    note: str = ""
    weak_names: tuple[str, ...] = ()  # a subset of names


@dataclass(frozen=True, slots=True)
class ParsedList:
    """What an importer hands the store: the entries and what it learnt about the file."""

    list_id: str
    fmt: str
    list_date: str
    entries: tuple[Entry, ...]


@dataclass(frozen=True, slots=True)
class ImportSummary:
    """The outcome of one import: the version now active and what it holds."""

    list_id: str
    version: str
    list_date: str
    entries: int
    names: int
    unchanged: bool

    def to_json(self) -> dict:
        return {"list": self.list_id, "version": self.version, "list_date": self.list_date,
                "entries": self.entries, "names": self.names, "unchanged": self.unchanged}
