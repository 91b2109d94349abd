"""The SQLite store: list versions, atomic imports, enable/disable/remove, the persisted index."""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from docverify.errors import InputError
from docverify.watchlist.entry import BirthDate, Entry, ImportSummary, ParsedList
from docverify.watchlist.index import NameIndex
from docverify.watchlist.names import split_parts

_SCHEMA = """
CREATE TABLE IF NOT EXISTS lists (list_id TEXT PRIMARY KEY, enabled INTEGER NOT NULL DEFAULT 1,
    version_id INTEGER);
CREATE TABLE IF NOT EXISTS versions (id INTEGER PRIMARY KEY, list_id TEXT NOT NULL, fmt TEXT,
    list_date TEXT, file_hash TEXT, source TEXT, imported_at TEXT, entries INTEGER,
    names INTEGER);
CREATE TABLE IF NOT EXISTS entries (version_id INTEGER, idx INTEGER, entry_id TEXT, kind TEXT,
    data TEXT, PRIMARY KEY (version_id, idx)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS names (version_id INTEGER, idx INTEGER, entry_idx INTEGER, text TEXT,
    parts TEXT, weak INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (version_id, idx)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS documents (number TEXT, version_id INTEGER, entry_idx INTEGER,
    raw TEXT);
CREATE INDEX IF NOT EXISTS documents_number ON documents (number);
CREATE TABLE IF NOT EXISTS births (date TEXT, version_id INTEGER, entry_idx INTEGER,
    name_from INTEGER, name_to INTEGER);
CREATE INDEX IF NOT EXISTS births_date ON births (date);
CREATE TABLE IF NOT EXISTS index_blobs (version_id INTEGER, name TEXT, data BLOB,
    PRIMARY KEY (version_id, name)) WITHOUT ROWID;
"""
# The layout of what a store derives from its lists (name parts, indexes, the births table).
# Raised whenever that changes, so that a store an older docverify wrote is rebuilt from its own
# entries when opened (re-importing the same file is a no-op and would not do it).
# 2: the births table and the name parts of the alias work (issue #3).
# 3: the names the lists mark weak (entries' weak_names, names.weak), read again from the list
#    file when it is still where it was imported from, unchanged (issue #3, weak aliases).
# 4: compounds written as one word split into their names (Safieddine, Mohammadreza) and a
#    lone particle after the comma read first (YASIR, Abu).
# 5: Spanish and French particles dropped (DE LA CRUZ, VALENZUELA DE CORTEZ, PEREZ Y GONZALEZ).
# 6: more titles and honorifics dropped (Alhaji, El Hadj, Maulavi, Mufti, Ustad, Sahib, ...).
# 7: the article after a u dropped (Noor ud Din, Zaki ur-Rehman); Uddin, Eddine alone as din.
# 8: the Arabic article written apart dropped in names that merely could read as Korean
#    (AL HAKIM, Abdullah Yahya).
# 9: the Persian ezafe dropped (NURISTANI, Abdul Aziz-e).
# 10: X ur-Rahman written as one word split (Shamsurrahman, Ziaurrahman -> shams, rahman).
# 11: Kari dropped as the title Qari is (RAHMAT, Kari).
# 12: Mu'allim dropped as the title Ustad is, in its Somali spellings too (Ma'alin, Macallin).
# 13: X al-Din written as one word with el or al (Nasreldin), or a before Dine (Nouradine).
# 14: ibn in its spellings Ibni, Ibnu, Ebn and Ebni dropped as ibn is.
STORE_FORMAT = 14

_DOC_PREFIX = re.compile(r"^[A-Z]{1,3}(?=\d{6,}$)")


def normalize_document(number: str) -> set[str]:
    """A document number as compared: upper case, no spaces or punctuation, with and without a
    letter prefix before six or more digits (`PS 472330208 ` -> PS472330208 and 472330208)."""
    base = re.sub(r"[^0-9A-Z]", "", number.upper())
    if len(base) < 4:
        return set()
    out = {base}
    stripped = _DOC_PREFIX.sub("", base)
    if stripped != base:
        out.add(stripped)
    return out


# (format, source path, file hash) -> the entries read again from that very file, or None
Reread = Callable[[str, str, str], "tuple[Entry, ...] | None"]


@dataclass(frozen=True, slots=True)
class ListInfo:
    """One loaded list as `docverify lists` shows it."""

    list_id: str
    enabled: bool
    version: str
    fmt: str
    list_date: str
    file_hash: str
    imported_at: str
    entries: int
    names: int

    def to_json(self) -> dict:
        return {"id": self.list_id, "enabled": self.enabled, "version": self.version,
                "format": self.fmt, "list_date": self.list_date, "sha256": self.file_hash,
                "imported_at": self.imported_at, "entries": self.entries, "names": self.names}


@dataclass(frozen=True, slots=True)
class Loaded:
    """An active version ready to screen: its id, label and index."""

    list_id: str
    version_id: int
    version: str
    index: NameIndex


def version_label(list_date: str, file_hash: str) -> str:
    return f"{list_date or 'undated'}#{file_hash[:8]}"


class Store:
    """A watchlist database. Not shared between threads: open one per thread."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(path, isolation_level=None)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.executescript(_SCHEMA)
            columns = {r[1] for r in self.db.execute("PRAGMA table_info(names)")}
            if "weak" not in columns:  # written before format 3
                self.db.execute("ALTER TABLE names ADD COLUMN weak INTEGER NOT NULL DEFAULT 0")
            self._format = int(self.db.execute("PRAGMA user_version").fetchone()[0])
            if self._format == 0 and not self.db.execute("SELECT 1 FROM versions").fetchone():
                self._set_format()  # a new store
        except (sqlite3.DatabaseError, OSError) as exc:
            raise InputError(f"{path}: not a usable docverify store ({exc})") from None
        self._loaded: list[Loaded] | None = None

    def _set_format(self) -> None:
        self.db.execute(f"PRAGMA user_version = {STORE_FORMAT}")
        self._format = STORE_FORMAT

    @property
    def outdated(self) -> bool:
        """Written by an older docverify: what screening derives from the lists must be rebuilt."""
        return self._format < STORE_FORMAT

    def rebuild(self, cancel: Callable[[], bool] | None = None,
                progress: Callable[[int, int], None] | None = None,
                reread: Reread | None = None) -> list[ImportSummary]:
        """Derive every active list's name parts, indexes and tables anew from its stored
        entries, one list at a time, each atomically as an import is; the list's date, file
        hash, source, import time and enabled state are kept. ``reread(fmt, source, file_hash)``
        may hand the entries read again from the very file imported (what an older importer
        left out, such as the weak marks, comes back); None keeps the stored entries.
        ``progress(done, total)`` counts entries, called before the first list and after each."""
        done = []
        active = self.db.execute(
            "SELECT l.list_id, v.id, v.fmt, v.list_date, v.file_hash, v.source, v.imported_at,"
            " v.entries FROM lists l JOIN versions v ON v.id = l.version_id").fetchall()
        total, finished = sum(row[7] or 0 for row in active), 0
        if progress is not None:
            progress(0, total)
        for list_id, vid, fmt, list_date, file_hash, source, imported_at, count in active:
            again = reread(fmt, source, file_hash) if reread is not None else None
            if again is not None:
                parsed = ParsedList(list_id, fmt, list_date, again)
            else:
                stored = self.entries(vid, range(count or 0))
                parsed = ParsedList(list_id, fmt, list_date,
                                    tuple(stored[i] for i in sorted(stored)))
            done.append(self.write_version(parsed, file_hash, source, cancel))
            self.db.execute("UPDATE versions SET imported_at = ? WHERE id ="
                            " (SELECT version_id FROM lists WHERE list_id = ?)",
                            (imported_at, list_id))
            finished += count or 0
            if progress is not None:
                progress(finished, total)
        self._set_format()
        self._loaded = None
        return done

    def close(self) -> None:
        self.db.close()

    def reopen(self) -> Store:
        """A new connection to the same file that shares the indexes loaded here (and their
        lookups): for a forked worker, which must not use its parent's connection."""
        other = Store(self.path)
        other._loaded = self.loaded()
        return other

    # --- reading
    def lists(self) -> list[ListInfo]:
        rows = self.db.execute(
            "SELECT l.list_id, l.enabled, v.fmt, v.list_date, v.file_hash, v.imported_at,"
            " v.entries, v.names FROM lists l JOIN versions v ON v.id = l.version_id"
            " ORDER BY l.list_id").fetchall()
        return [ListInfo(r[0], bool(r[1]), version_label(r[3], r[4]), r[2], r[3], r[4], r[5],
                         r[6], r[7]) for r in rows]

    def active_hash(self, list_id: str) -> str | None:
        row = self.db.execute("SELECT v.file_hash FROM lists l JOIN versions v"
                              " ON v.id = l.version_id WHERE l.list_id = ?", (list_id,)).fetchone()
        return row[0] if row else None

    def loaded(self) -> list[Loaded]:
        """The enabled lists' active versions with their indexes (read once, then kept)."""
        if self._loaded is None:
            out = []
            for lid, vid, date, fhash in self.db.execute(
                    "SELECT l.list_id, v.id, v.list_date, v.file_hash FROM lists l JOIN versions v"
                    " ON v.id = l.version_id WHERE l.enabled = 1 ORDER BY l.list_id").fetchall():
                blobs = dict(self.db.execute(
                    "SELECT name, data FROM index_blobs WHERE version_id = ?", (vid,)))
                out.append(Loaded(lid, vid, version_label(date, fhash), NameIndex.from_blobs(blobs)))
            self._loaded = out
        return self._loaded

    def forget_indexes(self) -> None:
        """Read the enabled lists again on next use (another process imported or removed one)."""
        self._loaded = None

    def names(self, version_id: int, idxs: Iterable[int]) -> list[tuple[int, int, str, str, int]]:
        """(name idx, entry idx, name, parts, weak) for the given name indices; weak is 1 for
        a name the list marks weak or low quality."""
        ids = [int(i) for i in idxs]
        out: list[tuple[int, int, str, str, int]] = []
        for start in range(0, len(ids), 900):
            chunk = ids[start:start + 900]
            out += self.db.execute(
                f"SELECT idx, entry_idx, text, parts, weak FROM names WHERE version_id = ? AND"
                f" idx IN"
                f" ({','.join('?' * len(chunk))})", (version_id, *chunk)).fetchall()
        return out

    def entries(self, version_id: int, idxs: Iterable[int]) -> dict[int, Entry]:
        ids = sorted({int(i) for i in idxs})
        out: dict[int, Entry] = {}
        for start in range(0, len(ids), 900):
            chunk = ids[start:start + 900]
            for idx, entry_id, kind, data in self.db.execute(
                    f"SELECT idx, entry_id, kind, data FROM entries WHERE version_id = ? AND idx IN"
                    f" ({','.join('?' * len(chunk))})", (version_id, *chunk)):
                d = json.loads(data)
                out[idx] = Entry(entry_id, kind, tuple(d["names"]),
                                 tuple(BirthDate.from_json(b) for b in d["birth_dates"]),
                                 tuple(d["nationalities"]), tuple(d["documents"]), d["note"],
                                 tuple(d.get("weak_names", ())))
        return out

    def names_born_on(self, version_id: int, date: str) -> list[int]:
        """The name indices of the entries of a version listed as born on this exact date
        (a store imported before this table existed has none: screening works as before)."""
        rows = self.db.execute("SELECT name_from, name_to FROM births WHERE date = ? AND"
                               " version_id = ?", (date, version_id)).fetchall()
        return [i for lo, hi in rows for i in range(lo, hi)]

    def documents(self, number: str) -> list[tuple[int, int, str]]:
        """(version id, entry idx, number as listed) of enabled active entries with this number."""
        keys = normalize_document(number)
        if not keys:
            return []
        return self.db.execute(
            f"SELECT d.version_id, d.entry_idx, d.raw FROM documents d JOIN lists l"
            f" ON l.version_id = d.version_id AND l.enabled = 1"
            f" WHERE d.number IN ({','.join('?' * len(keys))})", tuple(keys)).fetchall()

    # --- writing
    def write_version(self, parsed: ParsedList, file_hash: str, source: str,
                      cancel: Callable[[], bool] | None = None) -> ImportSummary:
        """Store a parsed list as a new version and make it active, all in one transaction."""
        from docverify.watchlist.importers.base import ImportCancelled

        entries = parsed.entries
        name_rows: list[tuple[int, str, str, int]] = []
        for e_idx, entry in enumerate(entries):
            weak = set(entry.weak_names)
            for name in entry.names:
                parts = split_parts(name)
                if parts:
                    name_rows.append((e_idx, name, " ".join(parts), int(name in weak)))
        if not name_rows:
            raise InputError(f"{Path(source).name}: no names found; is it the right format?")
        index = NameIndex.build([r[2].split(" ") for r in name_rows], cancel)
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            cur = db.execute(
                "INSERT INTO versions (list_id, fmt, list_date, file_hash, source, imported_at,"
                " entries, names) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (parsed.list_id, parsed.fmt, parsed.list_date, file_hash, source,
                 dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), len(entries),
                 len(name_rows)))
            vid = int(cur.lastrowid or 0)
            db.executemany("INSERT INTO entries VALUES (?, ?, ?, ?, ?)", (
                (vid, i, e.entry_id, e.kind, json.dumps({
                    "names": e.names, "birth_dates": [b.to_json() for b in e.birth_dates],
                    "nationalities": e.nationalities, "documents": e.documents, "note": e.note,
                    "weak_names": e.weak_names},
                    ensure_ascii=False)) for i, e in enumerate(entries)))
            if cancel is not None and cancel():
                raise ImportCancelled("import cancelled")
            db.executemany("INSERT INTO names VALUES (?, ?, ?, ?, ?, ?)",
                           ((vid, i, *r) for i, r in enumerate(name_rows)))
            spans: dict[int, list[int]] = {}
            for i, r in enumerate(name_rows):  # an entry's names are consecutive
                spans.setdefault(r[0], [i, i])[1] = i + 1
            db.executemany("INSERT INTO births VALUES (?, ?, ?, ?, ?)", (
                (date, vid, e_idx, *spans[e_idx]) for e_idx, e in enumerate(entries)
                if e_idx in spans for date in {b.date for b in e.birth_dates if b.date}))
            db.executemany("INSERT INTO documents VALUES (?, ?, ?, ?)", (
                (key, vid, i, doc) for i, e in enumerate(entries) for doc in e.documents
                for key in normalize_document(doc)))
            db.executemany("INSERT INTO index_blobs VALUES (?, ?, ?)",
                           ((vid, k, v) for k, v in index.to_blobs().items()))
            if cancel is not None and cancel():
                raise ImportCancelled("import cancelled")
            old = db.execute("SELECT version_id FROM lists WHERE list_id = ?",
                             (parsed.list_id,)).fetchone()
            db.execute("INSERT INTO lists (list_id, enabled, version_id) VALUES (?, 1, ?)"
                       " ON CONFLICT (list_id) DO UPDATE SET version_id = excluded.version_id",
                       (parsed.list_id, vid))
            if old and old[0] is not None:
                self._drop_version_data(old[0])
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        self._loaded = None
        return ImportSummary(parsed.list_id, version_label(parsed.list_date, file_hash),
                             parsed.list_date, len(entries), len(name_rows), False)

    def _drop_version_data(self, vid: int) -> None:
        for table in ("entries", "names", "documents", "births", "index_blobs"):
            self.db.execute(f"DELETE FROM {table} WHERE version_id = ?", (vid,))

    def set_enabled(self, list_id: str, enabled: bool) -> None:
        cur = self.db.execute("UPDATE lists SET enabled = ? WHERE list_id = ?",
                              (int(enabled), list_id))
        if cur.rowcount == 0:
            raise InputError(f"no list '{list_id}' is loaded (see `docverify lists`)")
        self._loaded = None

    def remove(self, list_id: str) -> None:
        row = self.db.execute("SELECT version_id FROM lists WHERE list_id = ?",
                              (list_id,)).fetchone()
        if row is None:
            raise InputError(f"no list '{list_id}' is loaded (see `docverify lists`)")
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self._drop_version_data(row[0])
            self.db.execute("DELETE FROM versions WHERE list_id = ?", (list_id,))
            self.db.execute("DELETE FROM lists WHERE list_id = ?", (list_id,))
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self._loaded = None
