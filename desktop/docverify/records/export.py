"""Exports of the audit trail: JSON with the chain report, or CSV safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from docverify.errors import InputError
from docverify.records.model import json_object
from docverify.records.store import _to_record

if TYPE_CHECKING:
    from docverify.records.store import RecordStore

CSV_COLUMNS = ("id", "time", "kind", "operator", "workstation", "verdict", "sha256", "source",
               "document_number", "issuing_state", "surname", "given_names", "nationality",
               "birth_date", "findings", "hits", "list_versions", "corrections", "redacted_at",
               "hash", "prev_hash", "damaged")
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
              "corrections": len(rec.get("corrections") or []),
              "damaged": json.dumps(rec["damaged"], ensure_ascii=False) if "damaged" in rec
              else None}
    return [safe_cell(values.get(c)) for c in CSV_COLUMNS]


csv_row = _csv_row  # public: the desktop app exports the records it shows, row by row


def _exported(row: dict[str, Any]) -> dict[str, Any]:
    """One record as exported. A damaged record (`audit verify` names it) is still exported:
    what cannot be read is kept, as stored, under "damaged"."""
    damaged = {c: row[c] for c in ("body", "personal")
               if row[c] is not None and json_object(row[c]) is None}
    readable = {**row, **{c: "{}" if c == "body" else None for c in damaged}}
    rec = _to_record(readable).to_json()
    if damaged:
        rec["damaged"] = damaged
    return rec


def export(store: RecordStore, fmt: str, out: IO[str] | str | Path | None,
           warn: Callable[[str], None] | None = None) -> int:
    if fmt not in ("json", "csv"):
        raise InputError(f"unknown export format {fmt!r}: use json or csv")
    records = [_exported(r) for r in store._rows()]
    for rec in records:
        if "damaged" in rec and warn is not None:
            what = " and ".join({"body": "body", "personal": "personal fields"}[c]
                                for c in rec["damaged"])
            warn(f"record #{rec['id']} is damaged (its {what} cannot be read): exported as"
                 " stored, under \"damaged\"")
    # The whole export is made before the file is opened: a failure leaves no half file.
    f = io.StringIO()
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
    if out is None:
        sys.stdout.write(f.getvalue())
    elif isinstance(out, str | Path):
        _write(Path(out), f.getvalue())
    else:
        out.write(f.getvalue())
    return len(records)


def _write(path: Path, text: str) -> None:
    try:
        target = open(path, "w", encoding="utf-8", newline="")
    except OSError as exc:
        raise InputError(f"cannot write the export to {path}: {exc.strerror or exc}") from None
    try:
        with target:
            target.write(text)
    except OSError as exc:
        if path.is_file():  # a half-written export (a full disk) is not kept; a device stays
            path.unlink()
        raise InputError(f"cannot write the export to {path}: {exc.strerror or exc}") from None
