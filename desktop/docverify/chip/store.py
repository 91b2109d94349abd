"""Imported master lists and CSCAs, kept in the app's SQLite store in tables named chip_*."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from asn1crypto import x509

from docverify.chip.masterlist import MasterList, country_of
from docverify.chip.trust import Anchor, TrustStore
from docverify.errors import InputError

SCHEMA = """
CREATE TABLE IF NOT EXISTS chip_masterlists (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    sha256 TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    issuer_country TEXT NOT NULL,
    list_date TEXT,
    signature_valid INTEGER NOT NULL,
    signer_trusted INTEGER NOT NULL,
    imported_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS chip_cscas (
    id INTEGER PRIMARY KEY,
    masterlist_id INTEGER NOT NULL REFERENCES chip_masterlists(id) ON DELETE CASCADE,
    country TEXT NOT NULL,
    subject TEXT NOT NULL,
    not_before TEXT NOT NULL,
    not_after TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    der BLOB NOT NULL,
    UNIQUE (masterlist_id, sha256)
);
CREATE INDEX IF NOT EXISTS chip_cscas_country ON chip_cscas(country);
"""


def default_store_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("docverify", appauthor=False)) / "docverify.sqlite3"


@dataclass(frozen=True)
class ListInfo:
    """One imported master list (or a set of single CSCA certificates) as listed to the user."""

    name: str
    kind: str
    issuer_country: str
    list_date: str | None
    signature_valid: bool
    signer_trusted: bool
    imported_at: str
    cscas: int
    countries: tuple[str, ...]

    def age_days(self, today: dt.date) -> int | None:
        if not self.list_date:
            return None
        return (today - dt.date.fromisoformat(self.list_date)).days

    def to_json(self, today: dt.date, max_age_days: int) -> dict[str, Any]:
        age = self.age_days(today)
        return {
            "name": self.name, "kind": self.kind, "issuer_country": self.issuer_country,
            "list_date": self.list_date, "signature_valid": self.signature_valid,
            "signer_trusted": self.signer_trusted, "imported_at": self.imported_at,
            "cscas": self.cscas, "countries": list(self.countries), "age_days": age,
            "old": age is not None and age > max_age_days,
        }


class ChipStore:
    """The chip tables of the store file; opens its own connection, creates only chip_* tables."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path else default_store_path()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(self.path)
            self.db.execute("PRAGMA foreign_keys = ON")
            self.db.executescript(SCHEMA)
        except (sqlite3.DatabaseError, OSError) as exc:
            raise InputError(f"{self.path}: cannot open the store ({exc})") from None

    def close(self) -> None:
        self.db.close()

    def _insert(self, name: str, digest: str, kind: str, country: str, list_date: str | None,
                valid: bool, trusted: bool, certs: tuple[x509.Certificate, ...]) -> bool:
        with self.db:
            if self.db.execute("SELECT 1 FROM chip_masterlists WHERE sha256 = ?",
                               (digest,)).fetchone():
                return False
            now = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
            cur = self.db.execute(
                "INSERT INTO chip_masterlists (name, sha256, kind, issuer_country, list_date,"
                " signature_valid, signer_trusted, imported_at) VALUES (?,?,?,?,?,?,?,?)",
                (name, digest, kind, country, list_date, int(valid), int(trusted), now))
            rows = []
            for c in certs:
                der = c.dump()
                rows.append((cur.lastrowid, country_of(c), c.subject.human_friendly,
                             c.not_valid_before.isoformat(), c.not_valid_after.isoformat(),
                             hashlib.sha256(der).hexdigest(), der))
            self.db.executemany(
                "INSERT OR IGNORE INTO chip_cscas (masterlist_id, country, subject, not_before,"
                " not_after, sha256, der) VALUES (?,?,?,?,?,?,?)", rows)
        return True

    def import_master_list(self, ml: MasterList) -> bool:
        """Store a master list; False when the same file was imported before."""
        date = ml.list_date.isoformat() if ml.list_date else None
        return self._insert(ml.name, ml.sha256, "masterlist", ml.issuer_country, date,
                            ml.signature_valid, ml.signer_issued_by_list, ml.cscas)

    def import_certificates(self, name: str, data: bytes, certs: list[x509.Certificate]) -> bool:
        """Store single CSCA certificates (an operator's explicit choice, no list signature)."""
        country = country_of(certs[0]) if certs else ""
        return self._insert(name, hashlib.sha256(data).hexdigest(), "certificate", country,
                            None, True, True, tuple(certs))

    def remove(self, name: str) -> int:
        with self.db:
            return self.db.execute("DELETE FROM chip_masterlists WHERE name = ?",
                                   (name,)).rowcount

    def lists(self) -> list[ListInfo]:
        out = []
        for row in self.db.execute(
                "SELECT id, name, kind, issuer_country, list_date, signature_valid,"
                " signer_trusted, imported_at FROM chip_masterlists ORDER BY id"):
            countries = tuple(r[0] for r in self.db.execute(
                "SELECT DISTINCT upper(country) FROM chip_cscas WHERE masterlist_id = ?"
                " ORDER BY 1", (row[0],)))
            (n,) = self.db.execute("SELECT count(*) FROM chip_cscas WHERE masterlist_id = ?",
                                   (row[0],)).fetchone()
            out.append(ListInfo(row[1], row[2], row[3], row[4], bool(row[5]), bool(row[6]),
                                row[7], n, countries))
        return out

    def trust_store(self) -> TrustStore:
        store = TrustStore()
        for name, der in self.db.execute(
                "SELECT m.name, c.der FROM chip_cscas c JOIN chip_masterlists m"
                " ON m.id = c.masterlist_id ORDER BY c.id"):
            store.add(Anchor(x509.Certificate.load(bytes(der)), name))
        return store
