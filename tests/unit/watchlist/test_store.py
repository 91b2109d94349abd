"""The store on real SQLite files: versions, atomic imports (failed, cancelled, killed), lists."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from docverify.errors import InputError
from docverify.watchlist.importers.base import ImportCancelled
from docverify.watchlist.screening import ScreeningQuery, import_list, open_store, screen
from docverify.watchlist.store import normalize_document
from tests.unit.watchlist.conftest import OFAC_DPRK, UN_DPRK, UN_FULL


def _copy(dprk_db: Path, tmp_path: Path) -> Path:
    dst = tmp_path / "store.sqlite3"
    shutil.copy(dprk_db, dst)
    return dst


def _snapshot(path: Path) -> tuple:
    db = sqlite3.connect(path)
    try:
        return (db.execute("SELECT * FROM lists ORDER BY list_id").fetchall(),
                db.execute("SELECT count(*) FROM names").fetchone(),
                db.execute("SELECT count(*) FROM entries").fetchone())
    finally:
        db.close()


def test_versions_are_listed(dprk_db: Path, tmp_path: Path) -> None:
    store = open_store(_copy(dprk_db, tmp_path))
    infos = {i.list_id: i for i in store.lists()}
    assert set(infos) == {"un", "ofac"}
    assert infos["un"].list_date == "2026-02-27"
    assert infos["un"].entries == 155
    assert infos["un"].version.startswith("2026-02-27#")
    assert len(infos["un"].file_hash) == 64


def test_same_file_twice_changes_nothing(dprk_db: Path, tmp_path: Path) -> None:
    path = _copy(dprk_db, tmp_path)
    before = _snapshot(path)
    summary = import_list(open_store(path), UN_DPRK)
    assert summary.unchanged
    assert _snapshot(path) == before


def test_a_new_version_replaces_the_old(dprk_db: Path, tmp_path: Path) -> None:
    store = open_store(_copy(dprk_db, tmp_path))
    summary = import_list(store, UN_FULL)
    assert not summary.unchanged
    assert summary.entries == 1003
    assert {i.list_id: i.entries for i in store.lists()}["un"] == 1003
    assert screen(store, ScreeningQuery("Saddam Hussein Al-Tikriti"))[0].list == "un"


def test_a_failed_import_leaves_the_previous_version(dprk_db: Path, tmp_path: Path) -> None:
    path = _copy(dprk_db, tmp_path)
    before = _snapshot(path)
    bad = tmp_path / "un.xml"
    bad.write_bytes(UN_FULL.read_bytes()[:1000])  # a gzip cut short, named .xml
    store = open_store(path)
    with pytest.raises(InputError):
        import_list(store, bad, "un")
    assert _snapshot(path) == before
    assert screen(store, ScreeningQuery("Ri Won Ho"))


def test_a_cancel_midway_through_writing_rolls_back(dprk_db: Path, tmp_path: Path) -> None:
    path = _copy(dprk_db, tmp_path)
    before = _snapshot(path)
    store = open_store(path)

    def cancel() -> bool:
        return store.db.in_transaction  # cancel once the new version is half written
    with pytest.raises(InputError, match="cancelled"):
        import_list(store, UN_FULL, cancel=cancel)
    assert _snapshot(path) == before
    assert {i.list_id: i.entries for i in store.lists()}["un"] == 155


_KILLER = """
import os, signal, sys
from docverify.watchlist.screening import import_list, open_store
store = open_store(sys.argv[1])
def cancel():
    if store.db.in_transaction:  # killed with the new version half written
        os.kill(os.getpid(), signal.SIGKILL)
    return False
import_list(store, sys.argv[2], cancel=cancel)
"""


def test_a_killed_import_leaves_the_store_intact(dprk_db: Path, tmp_path: Path) -> None:
    path = _copy(dprk_db, tmp_path)
    before = _snapshot(path)
    proc = subprocess.run([sys.executable, "-c", _KILLER, str(path), str(UN_FULL)],
                          capture_output=True, timeout=120, check=False)
    assert proc.returncode == -9
    assert _snapshot(path) == before
    store = open_store(path)
    assert screen(store, ScreeningQuery("Ri Won Ho"))[0].entry_id in ("KPi.033", "19609")


def test_disable_enable_remove(dprk_db: Path, tmp_path: Path) -> None:
    store = open_store(_copy(dprk_db, tmp_path))
    store.set_enabled("un", False)
    assert {h.list for h in screen(store, ScreeningQuery("Ri Won Ho"))} == {"ofac"}
    store.set_enabled("un", True)
    assert {h.list for h in screen(store, ScreeningQuery("Ri Won Ho"))} == {"ofac", "un"}
    store.remove("ofac")
    assert [i.list_id for i in store.lists()] == ["un"]
    assert {h.list for h in screen(store, ScreeningQuery("Ri Won Ho"))} == {"un"}
    with pytest.raises(InputError):
        store.remove("ofac")


def test_the_index_persists_across_opens(dprk_db: Path, tmp_path: Path) -> None:
    path = _copy(dprk_db, tmp_path)
    store = open_store(path)
    first = screen(store, ScreeningQuery("Kim Yong Chol"))
    store.close()
    again = open_store(path)
    assert screen(again, ScreeningQuery("Kim Yong Chol")) == first
    assert again.db.execute("SELECT count(*) FROM index_blobs").fetchone()[0] >= 10


def test_not_a_store(tmp_path: Path) -> None:
    bogus = tmp_path / "x.sqlite3"
    bogus.write_bytes(b"not a database at all" * 100)
    with pytest.raises(InputError):
        open_store(bogus)


@pytest.mark.parametrize(("raw", "keys"), [
    ("PS 472330208 ", {"PS472330208", "472330208"}), (" 381310014", {"381310014"}),
    ("AB-85.0901", {"AB850901", "850901"}), ("12", set()),
])
def test_document_numbers_are_normalised(raw: str, keys: set[str]) -> None:
    assert normalize_document(raw) == keys


def test_ofac_trio_hash_covers_alt(dprk_db: Path, tmp_path: Path) -> None:
    store = open_store(_copy(dprk_db, tmp_path))
    d = tmp_path / "trio"
    d.mkdir()
    for src, dst in ((OFAC_DPRK, "sdn.csv"), (OFAC_DPRK.with_name("ofac_alt_dprk_2021-07.csv"),
                                               "alt.csv")):
        shutil.copy(src, d / dst)
    assert import_list(store, d / "sdn.csv").unchanged
    with open(d / "alt.csv", "a") as f:
        f.write('17616,99999,"aka","RYU, Chin",-0- \n')
    assert not import_list(store, d / "sdn.csv").unchanged
    loaded = next(lo for lo in store.loaded() if lo.list_id == "ofac")
    hit = screen(store, ScreeningQuery("Ryu Chin"))[0]
    assert hit.entry_id == "17616"
    assert "RYU, Chin" in next(e for e in store.entries(loaded.version_id, range(414)).values()
                               if e.entry_id == "17616").names


def _made_old(dprk_db: Path, tmp_path: Path) -> Path:
    """A copy of the DPRK store as an older docverify left it: no births table rows, an older
    format, stale name parts; the OFAC list disabled."""
    path = _copy(dprk_db, tmp_path)
    db = sqlite3.connect(path)
    db.execute("DELETE FROM births")
    db.execute("UPDATE names SET parts = 'stale'")
    db.execute("PRAGMA user_version = 1")
    db.execute("UPDATE lists SET enabled = 0 WHERE list_id = 'ofac'")
    db.commit()
    db.close()
    return path


def test_the_upgrade_reports_progress_and_a_cancelled_one_leaves_the_rest_as_it_was(
        dprk_db: Path, tmp_path: Path) -> None:
    path = _made_old(dprk_db, tmp_path)
    seen: list[tuple[int, int]] = []
    # cancelled once the first list is rebuilt: that list is new, the other still as it was
    with pytest.raises(ImportCancelled):
        open_store(path, progress=lambda d, t: seen.append((d, t)),
                   cancel=lambda: len(seen) > 1)
    total = seen[0][1]
    assert seen[0] == (0, total)
    assert total > 100
    assert len(seen) == 2
    assert 0 < seen[1][0] < total
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == 1  # still outdated
    stale = dict(db.execute("SELECT l.list_id, count(n.idx) FROM lists l JOIN names n"
                            " ON n.version_id = l.version_id AND n.parts = 'stale'"
                            " GROUP BY l.list_id"))
    db.close()
    assert len(stale) == 1
    assert all(v > 0 for v in stale.values())
    seen.clear()
    store = open_store(path, progress=lambda d, t: seen.append((d, t)))
    assert not store.outdated
    assert seen[0] == (0, total)
    assert seen[-1] == (total, total)
    store.close()


def test_a_store_an_older_docverify_wrote_is_rebuilt_when_opened(dprk_db: Path,
                                                                 tmp_path: Path) -> None:
    from docverify.watchlist.store import STORE_FORMAT

    path = _made_old(dprk_db, tmp_path)
    db = sqlite3.connect(path)
    before = {r[0]: r[1:] for r in db.execute(
        "SELECT l.list_id, v.list_date, v.file_hash, v.imported_at, v.entries, v.names"
        " FROM lists l JOIN versions v ON v.id = l.version_id")}
    db.close()

    # The UI thread's short reads open it as it is: it lists, and nothing is rebuilt yet.
    as_is = open_store(path, upgrade=False)
    assert as_is.outdated
    assert {i.list_id for i in as_is.lists()} == {"un", "ofac"}
    assert as_is.db.execute("SELECT count(*) FROM births").fetchone()[0] == 0
    as_is.close()

    store = open_store(path)
    assert not store.outdated
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == STORE_FORMAT
    after = {r[0]: r[1:] for r in store.db.execute(
        "SELECT l.list_id, v.list_date, v.file_hash, v.imported_at, v.entries, v.names"
        " FROM lists l JOIN versions v ON v.id = l.version_id")}
    assert after == before  # same lists, dates, hashes, import times and counts
    assert store.db.execute("SELECT count(*) FROM births").fetchone()[0] > 100
    assert store.db.execute("SELECT count(*) FROM names WHERE parts = 'stale'").fetchone()[0] == 0
    enabled = dict(store.db.execute("SELECT list_id, enabled FROM lists"))
    assert enabled == {"un": 1, "ofac": 0}
    versions = store.db.execute("SELECT max(id) FROM versions").fetchone()
    store.close()
    # Opened again: nothing more to do, nothing changes.
    snapshot = _snapshot(path)
    again = open_store(path)
    assert not again.outdated
    assert again.db.execute("SELECT max(id) FROM versions").fetchone() == versions
    again.close()
    assert _snapshot(path) == snapshot


def test_a_new_store_starts_in_the_current_format(tmp_path: Path) -> None:
    store = open_store(tmp_path / "new.sqlite3")
    assert not store.outdated
    store.close()
