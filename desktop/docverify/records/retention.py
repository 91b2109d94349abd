"""Retention and purge: personal fields, kept images and registry entries removed, on the record."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from docverify.errors import InputError
from docverify.records import chain
from docverify.records.model import (
    KIND_PURGE,
    KIND_REDACTION,
    KIND_SCREENING,
    PERSONAL_KINDS,
    json_object,
)

if TYPE_CHECKING:
    from docverify.records.backend import Backend
    from docverify.records.store import RecordStore


def _redact(db: Backend, ids: list[int], when: str) -> None:
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        db.execute(f"UPDATE audit_records SET personal = NULL, personal_salt = NULL,"
                   f" redacted_at = ? WHERE id IN ({marks})", (when, *chunk))
        for table in ("audit_images", "registry_documents", "registry_portraits"):
            db.execute(f"DELETE FROM {table} WHERE record_id IN ({marks})", chunk)


def _apply(store: RecordStore, kind: str, ids: list[int], body: dict[str, Any],
           operator: str, workstation: str) -> list[int]:
    """Redact ``ids`` and append the record saying so, in one transaction."""
    if not ids:
        return []

    def redact(db: Backend, rid: int, time: str) -> None:
        _redact(db, ids, time)

    row = {"kind": kind, "operator": operator, "workstation": workstation, "image_sha256": None,
           "verdict": None, "body": chain.canonical({**body, "ids": chain.id_ranges(ids)})}
    store._append(row, None, redact)
    return ids


def redact_older_than(store: RecordStore, days: int, operator: str, workstation: str) -> int:
    if days < 0:
        raise InputError("the retention period cannot be negative")
    try:
        cutoff = (dt.datetime.fromisoformat(store.now()) - dt.timedelta(days=days)).isoformat(
            timespec="seconds")
    except OverflowError:
        # a period reaching back before the year 1: no record can be that old, nothing to do
        return 0
    with store._lock:
        ids = [r[0] for r in store.db.fetchall(
            "SELECT id FROM audit_records WHERE kind IN (?, ?) AND personal IS NOT NULL"
            " AND time < ?", (*PERSONAL_KINDS, cutoff))]
    body = {"action": "retention", "days": days, "before": cutoff}
    return len(_apply(store, KIND_REDACTION, ids, body, operator, workstation))


def _fold(text: str | None) -> str:
    return re.sub(r"[^0-9A-Z]", "", (text or "").upper())


def _screened(query: dict[str, Any], number: str, surname: str | None, given_names: str | None,
              birth_date: str | None) -> bool:
    """Whether a screening by hand was of this person: the number, or every name word."""
    if number and _fold(query.get("document_number")) == number:
        return True
    words = {_fold(w) for w in re.split(r"[\s,<-]+", str(query.get("name") or ""))} - {""}
    wanted = {_fold(w) for w in re.split(r"[\s,<-]+", f"{surname or ''} {given_names or ''}")}
    return bool(_fold(surname)) and wanted - {""} <= words and (
        not birth_date or query.get("birth_date") in (None, birth_date, birth_date[:4]))


def purge_person(store: RecordStore, *, document_number: str | None, surname: str | None,
                 given_names: str | None, birth_date: str | None, reason: str, operator: str,
                 workstation: str, warn: Callable[[str], None] | None = None) -> list[int]:
    """Every verification whose document number matches, or whose surname (and given names
    and birth date, when given) match; every screening by hand of that number or of a name
    holding those words. A record whose personal fields are damaged cannot be matched: it is
    left as it is (the evidence of the damage), named to ``warn`` and in the purge record."""
    number, sur, given = _fold(document_number), _fold(surname), _fold(given_names)
    if not number and not sur:
        raise InputError("say whose records to purge: a document number or a surname")
    ids, unreadable = [], []
    with store._lock:
        rows = store.db.fetchall("SELECT id, kind, personal FROM audit_records WHERE kind IN"
                                 " (?, ?) AND personal IS NOT NULL", PERSONAL_KINDS)
    for rid, kind, personal in rows:
        fields = json_object(personal)
        if fields is None:
            unreadable.append(rid)
            if warn is not None:
                warn(f"record #{rid} was not checked: its personal fields are damaged"
                     " (see `docverify audit verify`)")
            continue
        if kind == KIND_SCREENING:
            query = fields.get("query")
            if _screened(query if isinstance(query, dict) else {}, number, surname,
                         given_names, birth_date):
                ids.append(rid)
            continue
        doc = fields.get("document")
        doc = doc if isinstance(doc, dict) else {}
        if number and _fold(doc.get("document_number")) == number:
            ids.append(rid)
        elif sur and _fold(doc.get("surname")) == sur and (
                not given or _fold(doc.get("given_names")) == given) and (
                not birth_date or doc.get("birth_date") == birth_date):
            ids.append(rid)
    body = {"action": "purge", "reason": reason}
    if unreadable:
        body["unreadable"] = chain.id_ranges(unreadable)
    return _apply(store, KIND_PURGE, ids, body, operator, workstation)
