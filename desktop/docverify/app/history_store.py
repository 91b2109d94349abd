"""Verification history behind a small interface (issue 6 swaps in the audit store); no Qt."""

from __future__ import annotations

import csv
import io
import json
import logging
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

log = logging.getLogger(__name__)

CSV_COLUMNS = ("time", "operator", "verdict", "source", "sha256", "document_number", "surname",
               "given_names", "nationality", "birth_date", "findings", "hits", "lists",
               "corrected")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True, slots=True)
class HistoryRecord:
    """One verification as recorded: who, when, which file, what was found, the verdict."""

    time: str
    operator: str
    source: str
    sha256: str
    verdict: str
    document: dict[str, Any] | None
    findings: tuple[str, ...]
    hits: tuple[dict[str, Any], ...] = ()
    list_versions: tuple[str, ...] = ()
    corrections: tuple[dict[str, Any], ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"time": self.time, "operator": self.operator, "source": self.source,
                "sha256": self.sha256, "verdict": self.verdict, "document": self.document,
                "findings": list(self.findings), "hits": list(self.hits),
                "list_versions": list(self.list_versions),
                "corrections": list(self.corrections), "extra": self.extra}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> HistoryRecord:
        return cls(str(d.get("time", "")), str(d.get("operator", "")), str(d.get("source", "")),
                   str(d.get("sha256", "")), str(d.get("verdict", "")), d.get("document"),
                   tuple(d.get("findings", ())), tuple(d.get("hits", ())),
                   tuple(d.get("list_versions", ())), tuple(d.get("corrections", ())),
                   dict(d.get("extra", {})))

    def text(self) -> str:
        """Everything searchable, folded to lower case."""
        doc = self.document or {}
        parts = [self.time, self.operator, self.source, self.sha256, self.verdict,
                 *(str(v) for v in doc.values() if v), *self.findings,
                 *(str(h.get("name", "")) for h in self.hits)]
        return " ".join(parts).lower()


class HistoryStore(Protocol):
    """What the history view needs from a store."""

    def add(self, record: HistoryRecord) -> None: ...

    def records(self) -> list[HistoryRecord]: ...


class JsonlHistory:
    """Records in memory plus one JSON line each in a file; a torn last line is skipped."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._records: list[HistoryRecord] = []
        if path is not None and path.exists():
            self._records = list(_read(path))

    def add(self, record: HistoryRecord) -> None:
        with self._lock:
            self._records.append(record)
            if self.path is not None:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                with open(self.path, "a", encoding="utf-8") as f:
                    f.write(json.dumps(record.to_json(), ensure_ascii=False) + "\n")

    def records(self) -> list[HistoryRecord]:
        with self._lock:
            return list(self._records)


def _read(path: Path) -> Iterable[HistoryRecord]:
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                yield HistoryRecord.from_json(json.loads(line))
            except (ValueError, AttributeError, TypeError):
                log.warning("%s:%d: unreadable history line skipped", path, n)


def search(records: Iterable[HistoryRecord], text: str = "", verdict: str = "") -> list[HistoryRecord]:
    """Records whose text contains every word of ``text``, with ``verdict`` if given."""
    words = text.lower().split()
    return [r for r in records
            if (not verdict or r.verdict == verdict) and all(w in r.text() for w in words)]


def safe_cell(value: object) -> str:
    """A CSV cell a spreadsheet will not run as a formula (CWE-1236)."""
    s = "" if value is None else str(value)
    return "'" + s if s.startswith(_FORMULA_START) else s


def to_csv(records: Iterable[HistoryRecord]) -> str:
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(CSV_COLUMNS)
    for r in records:
        d = r.document or {}
        row = (r.time, r.operator, r.verdict, r.source, r.sha256, d.get("document_number"),
               d.get("surname"), d.get("given_names"), d.get("nationality"), d.get("birth_date"),
               " ".join(r.findings), "; ".join(f"{h.get('list')}:{h.get('name')}" for h in r.hits),
               " ".join(r.list_versions), "yes" if r.corrections else "")
        w.writerow([safe_cell(v) for v in row])
    return out.getvalue()


def to_json(records: Iterable[HistoryRecord]) -> str:
    return json.dumps([r.to_json() for r in records], ensure_ascii=False, indent=2)
