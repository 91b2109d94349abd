"""Exports of the audit trail: JSON with the chain report, or CSV safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import json
import sys
from contextlib import nullcontext
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from docverify.errors import InputError

if TYPE_CHECKING:
    from docverify.records.store import RecordStore

CSV_COLUMNS = ("id", "time", "kind", "operator", "workstation", "verdict", "sha256", "source",
               "document_number", "issuing_state", "surname", "given_names", "nationality",
               "birth_date", "findings", "hits", "list_versions", "corrections", "redacted_at",
               "hash", "prev_hash")
# A cell starting with one of these is run as a formula by spreadsheets (CWE-1236).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


def safe_cell(value: object) -> str:
    """A CSV cell a spreadsheet shows as text: formula-like values get a leading quote."""
    s = "" if value is None else str(value)
    return "'" + s if s.startswith(_FORMULA_START) else s


def _csv_row(rec: dict[str, Any]) -> list[str]:
    # a screening by hand has no document: what was asked fills the same columns (its whole
    # name under surname; the kind column says which)
    query = rec.get("query") or {}
    doc = rec.get("document") or {"surname": query.get("name"), **query}
    hits = "; ".join(f"{h.get('list')}:{h.get('entry_id')}:{h.get('band')}"
                     for h in rec.get("hits") or [])
    values = {**rec, **{k: doc.get(k) for k in ("document_number", "issuing_state", "surname",
                                                "given_names", "nationality", "birth_date")},
              "findings": " ".join(rec.get("findings") or []), "hits": hits,
              "list_versions": " ".join(rec.get("list_versions") or []),
              "corrections": len(rec.get("corrections") or [])}
    return [safe_cell(values.get(c)) for c in CSV_COLUMNS]


csv_row = _csv_row  # public: the desktop app exports the records it shows, row by row


def export(store: RecordStore, fmt: str, out: IO[str] | str | Path | None) -> int:
    if fmt not in ("json", "csv"):
        raise InputError(f"unknown export format {fmt!r}: use json or csv")
    records = [r.to_json() for r in store.records()]
    if out is None:
        target = nullcontext(sys.stdout)
    elif isinstance(out, str | Path):
        target = open(out, "w", encoding="utf-8", newline="")
    else:
        target = nullcontext(out)
    with target as f:
        if fmt == "json":
            report = store.verify_chain()
            json.dump({"format": "docverify-audit-export/1", "chain": report.to_json(),
                       "records": records}, f, ensure_ascii=False, indent=1)
            f.write("\n")
        else:
            w = csv.writer(f)
            w.writerow(CSV_COLUMNS)
            for rec in records:
                w.writerow(_csv_row(rec))
    return len(records)
