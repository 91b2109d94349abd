"""The audit store: append-only, hash-chained records of verifications and of screenings by
hand (SQLite or PostgreSQL)."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import socket
import threading
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from docverify.model import Reading, Result
from docverify.records import chain
from docverify.records.backend import ENV_RECORDS_DB, Backend, open_backend
from docverify.records.model import (
    KIND_SCREENING,
    KIND_VERIFICATION,
    AuditRecord,
    ChainReport,
    RecordId,
    RepeatUse,
    json_object,
)
from docverify.records.summary import body_of, personal_of, screening_body, screening_personal

# Column types are filled in by the backend: {int}, {text}, {blob}.
_SCHEMA = """
CREATE TABLE IF NOT EXISTS audit_meta (key {text} PRIMARY KEY, value {text} NOT NULL);
CREATE TABLE IF NOT EXISTS audit_records (
    id {int} PRIMARY KEY, time {text} NOT NULL, kind {text} NOT NULL, operator {text} NOT NULL,
    workstation {text} NOT NULL, image_sha256 {text}, verdict {text}, body {text} NOT NULL,
    personal {text}, personal_salt {text}, personal_digest {text}, prev_hash {text} NOT NULL,
    hash {text} NOT NULL, redacted_at {text});
CREATE INDEX IF NOT EXISTS audit_records_time ON audit_records (time);
CREATE TABLE IF NOT EXISTS audit_images (record_id {int} PRIMARY KEY, data {blob} NOT NULL);
CREATE TABLE IF NOT EXISTS registry_documents (record_id {int} NOT NULL, number {text} NOT NULL,
    issuing_state {text}, name {text}, birth_date {text}, nationality {text}, time {text});
CREATE INDEX IF NOT EXISTS registry_documents_number ON registry_documents (number);
CREATE TABLE IF NOT EXISTS registry_portraits (record_id {int} NOT NULL, hash {text} NOT NULL,
    name {text}, birth_date {text}, nationality {text}, time {text});
"""
_COLUMNS = ("id", "time", "kind", "operator", "workstation", "image_sha256", "verdict", "body",
            "personal", "personal_salt", "personal_digest", "prev_hash", "hash", "redacted_at")

Clock = Callable[[], dt.datetime]


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def default_workstation() -> str:
    return socket.gethostname() or "unknown"


class RecordStore:
    """The audit trail and repeat-use registry of one store: a SQLite file or a PostgreSQL
    database (see docverify.records.backend).

    Safe to share between threads (one lock around one connection), and between processes and
    workstations (each write is one transaction that excludes every other chain append; a
    killed writer loses at most the record it was writing).
    """

    def __init__(self, path_or_url: Path | str, clock: Clock | None = None) -> None:
        self._clock = clock or _utcnow
        self._lock = threading.RLock()
        self.db: Backend = open_backend(path_or_url)
        self.path: Path | None = self.db.path  # None on a server
        self.where = self.db.where
        try:
            self.db.create_schema(_SCHEMA)
        except BaseException:
            self.db.close()
            raise

    def close(self) -> None:
        with self._lock:
            self.db.close()

    def __enter__(self) -> RecordStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def now(self) -> str:
        return self._clock().astimezone(dt.UTC).isoformat(timespec="seconds")

    # --- writing
    def record(self, result: Result, *, operator: str, workstation: str | None = None,
               image_sha256: str | None = None, corrections: Iterable[Any] = (),
               image: bytes | None = None) -> RecordId:
        """Append one verification to the chain and the registry; returns its id.

        ``image`` (the input file's bytes) is kept only when given, until retention redacts it.
        """
        corrections = list(corrections)
        extras = dict(result.extras)
        personal = personal_of(result, corrections, {k: v for k, v in extras.items()
                                                     if k == "portrait_hash"})
        if image is not None and image_sha256 is None:
            image_sha256 = hashlib.sha256(image).hexdigest()
        row = {"kind": KIND_VERIFICATION, "operator": operator,
               "workstation": workstation or default_workstation(),
               "image_sha256": image_sha256, "verdict": str(result.verdict),
               "body": chain.canonical(body_of(result, corrections))}

        def after(db: Backend, rid: int, time: str) -> None:
            if image is not None:
                db.execute("INSERT INTO audit_images VALUES (?, ?)", (rid, image))
            from docverify.records.registry import register

            register(db, rid, time, result.document, extras.get("portrait_hash"))

        return self._append(row, personal, after)

    def record_screening(self, query: dict[str, Any], hits: list[dict[str, Any]],
                         list_versions: Iterable[str], *, operator: str,
                         workstation: str | None = None) -> RecordId:
        """Append a screening by hand (a person or company with no document): the query, the
        hits (Hit.to_json) and the list versions asked; its verdict is the strongest band
        among the hits."""
        bands = {h.get("band") for h in hits}
        verdict = "alert" if "alert" in bands else "review" if "review" in bands else "clear"
        row = {"kind": KIND_SCREENING, "operator": operator,
               "workstation": workstation or default_workstation(), "image_sha256": None,
               "verdict": verdict, "body": chain.canonical(screening_body(query, hits, list_versions))}
        return self._append(row, screening_personal(query, hits))

    def _append(self, row: dict[str, Any], personal: dict[str, Any] | None,
                after: Callable[[Backend, int, str], None] | None = None) -> RecordId:
        db = self.db
        with self._lock, db.transaction(chain=True):
            last = db.fetchone("SELECT id, hash FROM audit_records ORDER BY id DESC LIMIT 1")
            rid = (last[0] + 1) if last else 1
            full = dict(row, id=rid, time=self.now(), prev_hash=last[1] if last else chain.GENESIS,
                        personal=None, personal_salt=None, personal_digest=None, redacted_at=None)
            if personal is not None:
                full["personal"] = chain.canonical(personal)
                full["personal_salt"] = chain.new_salt()
                full["personal_digest"] = chain.personal_digest(full["personal"],
                                                                full["personal_salt"])
            full["hash"] = chain.record_hash(full)
            db.execute(f"INSERT INTO audit_records ({', '.join(_COLUMNS)}) VALUES"
                       f" ({', '.join('?' * len(_COLUMNS))})", [full[c] for c in _COLUMNS])
            if after is not None:
                after(db, rid, full["time"])
            db.execute("INSERT INTO audit_meta VALUES ('head', ?) ON CONFLICT (key)"
                       " DO UPDATE SET value = excluded.value",
                       (chain.canonical({"id": rid, "hash": full["hash"]}),))
            return RecordId(rid)

    # --- the registry
    def repeat_use(self, reading: Reading | None, image: Any = None) -> RepeatUse:
        """Earlier verifications of the same document number or portrait under another identity."""
        from docverify.records.registry import lookup

        with self._lock:
            return lookup(self.db, reading, image)

    # --- reading
    def _rows(self, where: str = "", args: tuple[Any, ...] = (),
              order: str = "id") -> Iterator[dict[str, Any]]:
        with self._lock:
            rows = self.db.fetchall(f"SELECT {', '.join(_COLUMNS)} FROM audit_records {where}"
                                    f" ORDER BY {order}", args)
        for r in rows:
            yield dict(zip(_COLUMNS, r, strict=True))

    def get(self, record_id: int) -> AuditRecord | None:
        return next((_to_record(r) for r in self._rows("WHERE id = ?", (record_id,))), None)

    def count(self) -> int:
        with self._lock:
            return int(self.db.fetchone("SELECT COUNT(*) FROM audit_records")[0])

    def search(self, text: str = "", *, verdict: str | None = None, operator: str | None = None,
               document_number: str | None = None, since: str | None = None,
               until: str | None = None,
               kind: str | tuple[str, ...] | None = KIND_VERIFICATION,
               limit: int | None = 500) -> list[AuditRecord]:
        """Records newest first, filtered: every word of ``text`` must appear in the record;
        ``since``/``until`` are ISO times (inclusive, exclusive); ``kind`` one kind or several
        (PERSONAL_KINDS: verifications and screenings by hand)."""
        clauses, args = [], []
        for column, value, op in (("verdict", verdict, "="), ("operator", operator, "="),
                                  ("time", since, ">="), ("time", until, "<")):
            if value is not None:
                clauses.append(f"{column} {op} ?")
                args.append(value)
        kinds = (kind,) if isinstance(kind, str) else kind
        if kinds:
            clauses.append(f"kind IN ({', '.join('?' * len(kinds))})")
            args.extend(kinds)
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        words = text.lower().split()
        number = document_number.upper().replace(" ", "") if document_number else None
        out: list[AuditRecord] = []
        for row in self._rows(where, tuple(args), order="id DESC"):
            rec = _to_record(row)
            if number is not None and rec.subject[1].upper().replace(" ", "") != number:
                continue
            if words and not all(w in rec.text() for w in words):
                continue
            out.append(rec)
            if limit is not None and len(out) >= limit:
                break
        return out

    def records(self) -> list[AuditRecord]:
        """Every record, oldest first."""
        return [_to_record(r) for r in self._rows()]

    # --- checking
    def verify_chain(self) -> ChainReport:
        """Check every record's hash, link and personal digest, and the recorded head, all read
        in one snapshot (a record appended meanwhile is not half seen)."""
        from docverify.records.verify import verify_rows

        with self._lock, self.db.snapshot():
            head = self.db.fetchone("SELECT value FROM audit_meta WHERE key = 'head'")
            images = {rid: bytes(data) for rid, data in self.db.fetchall(
                "SELECT record_id, data FROM audit_images")}
            rows = list(self._rows())
        return verify_rows(rows, _object(head[0]) if head else None, images)

    # --- retention and export
    def redact_older_than(self, days: int, *, operator: str = "retention",
                          workstation: str | None = None) -> int:
        """Redact personal fields, kept images and registry entries of verifications older
        than ``days``; the redaction itself is appended to the chain. Returns how many."""
        from docverify.records.retention import redact_older_than

        return redact_older_than(self, days, operator, workstation or default_workstation())

    def purge_person(self, *, document_number: str | None = None, surname: str | None = None,
                     given_names: str | None = None, birth_date: str | None = None,
                     reason: str = "", operator: str,
                     workstation: str | None = None) -> list[int]:
        """Redact every record of one person now, on request; recorded as a purge record that
        lists the ids (not the person). Returns the ids purged."""
        from docverify.records.retention import purge_person

        return purge_person(self, document_number=document_number, surname=surname,
                            given_names=given_names, birth_date=birth_date, reason=reason,
                            operator=operator, workstation=workstation or default_workstation())

    def export(self, fmt: str = "json", out: IO[str] | str | Path | None = None) -> int:
        """Write every record as JSON or formula-safe CSV to a stream or file; returns the count."""
        from docverify.records.export import export

        return export(self, fmt, out)


def _to_record(r: dict[str, Any]) -> AuditRecord:
    return AuditRecord(RecordId(r["id"]), r["time"], r["kind"], r["operator"], r["workstation"],
                       r["image_sha256"], r["verdict"], _object(r["body"]),
                       _object(r["personal"]) if r["personal"] is not None else None,
                       r["hash"], r["prev_hash"], r["redacted_at"])


def _object(text: str) -> dict[str, Any]:
    """A stored JSON object; one that cannot be read (an altered record, which verify_chain
    names) is kept as its text under "damaged", so the rest of the trail still reads."""
    value = json_object(text)
    return value if value is not None else {"damaged": text}


def open_records(path_or_url: str | Path | None = None, *,
                 clock: Clock | None = None) -> RecordStore:
    """Open the audit store: a SQLite file path or a ``postgresql://user@host/db`` URL; when
    None, the ``DOCVERIFY_RECORDS_DB`` setting, else the user's default store file."""
    if path_or_url is None:
        path_or_url = os.environ.get(ENV_RECORDS_DB) or None
    if path_or_url is None:
        from platformdirs import user_data_dir

        # The same file as the watchlist store; the records keep to their own tables.
        return RecordStore(Path(user_data_dir("docverify", appauthor=False))
                           / "docverify.sqlite3", clock)
    return RecordStore(path_or_url if isinstance(path_or_url, Path) else str(path_or_url),
                       clock)
