"""Faults found by driving the app: a late cancelled import, a damaged store, malformed settings."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from docverify.app.prefs import Prefs, load_prefs
from tests.unit.app.conftest import ICAO_TD3

WATCHLISTS = Path(__file__).resolve().parents[2] / "fixtures" / "watchlists"


def _paste_mrz(qtbot, window):
    QApplication.clipboard().setText("\n".join(ICAO_TD3))
    with qtbot.waitSignal(window.verifier.verified, timeout=20000) as got:
        window.action("paste").trigger()
    return got.args[0]


# --- 1. an import cancelled just as it committed


def _import_committing_before_cancel(qtbot, view, path, monkeypatch):
    """Import ``path``; once it has committed, and before the window hears so, cancel it."""
    import docverify.app.watchlists_view as wv

    committed = threading.Event()
    real = wv._import_job

    def import_then_say(prefs, p, ctx):
        try:
            return real(prefs, p, ctx)
        finally:
            committed.set()

    monkeypatch.setattr(wv, "_import_job", import_then_say)
    job = view.import_file(path)
    assert committed.wait(30)  # the UI thread waits here: the result is not delivered yet
    assert view.importing
    view.cancel_import()
    qtbot.waitUntil(lambda: job.done, timeout=20000)
    assert job.cancelled


def test_an_import_cancelled_after_it_committed_is_used_and_said(qtbot, window, monkeypatch):
    from docverify.app import pool

    view = window.watchlists_view
    job = view.import_file(WATCHLISTS / "ofac_sdn_fixture_2025.csv")
    qtbot.waitUntil(lambda: job.done, timeout=30000)
    first = _paste_mrz(qtbot, window)
    assert [v.split("@")[0] for v in first.list_versions] == ["ofac"]
    generation = pool.generation()
    changed = []
    view.listsChanged.connect(lambda: changed.append(True))

    _import_committing_before_cancel(qtbot, view, WATCHLISTS / "un_consolidated_dprk.xml",
                                     monkeypatch)
    assert view.list_ids() == ["ofac", "un"]
    # the worker is told to reopen the store, and the officer hears what really happened
    assert pool.generation() > generation
    assert changed
    assert view.status.text().startswith("Imported un, version ")
    assert "cancelled" not in view.status.text()
    assert not view.progress.isVisible()
    assert view.import_button.isEnabled()
    after = _paste_mrz(qtbot, window)
    assert sorted(v.split("@")[0] for v in after.list_versions) == ["ofac", "un"]


def test_an_import_cancelled_in_time_still_says_cancelled(qtbot, window):
    from docverify.app import pool

    view = window.watchlists_view
    generation = pool.generation()
    job = view.import_file(WATCHLISTS / "un_consolidated_dprk.xml")
    view.cancel_import()  # before the worker starts: nothing is written
    qtbot.waitUntil(lambda: job.done, timeout=30000)
    assert view.status.text() == "Import cancelled."
    assert view.list_ids() == []
    assert pool.generation() > generation  # the worker reads the lists again all the same


def test_a_failed_import_refreshes_the_worker_lists(qtbot, window, tmp_path):
    from docverify.app import pool

    bad = tmp_path / "bad.csv"
    bad.write_text("this is not a list\n")
    view = window.watchlists_view
    generation = pool.generation()
    job = view.import_file(bad)
    qtbot.waitUntil(lambda: job.done, timeout=20000)
    assert view.status.text().startswith("Import failed:")
    assert pool.generation() > generation


# --- 2. a damaged store file


def _damage(settings) -> Path:
    store = Path(settings.value("data_dir")) / "docverify.sqlite3"
    store.parent.mkdir(parents=True, exist_ok=True)
    store.write_bytes(os.urandom(8192))
    return store


def test_a_damaged_store_leaves_the_document_verified_but_unscreened(settings):
    from docverify.app import work

    _damage(settings)
    prefs = load_prefs(settings)
    assert prefs.screen
    o = work.verify_text(ICAO_TD3, prefs, generation=12345)
    assert o.result.reading is not None
    assert o.result.reading.document is not None
    failed = [f for f in o.result.findings if f.code == "screening.failed"]
    assert len(failed) == 1
    assert "not a usable docverify store" in failed[0].message
    assert str(o.result.verdict) != "clear"  # the officer screens by hand
    assert o.result.screening == {"hits": []}
    assert o.list_versions == ()
    assert o.record_id is None
    assert "not a usable docverify store" in o.record_error


def test_a_damaged_store_does_not_block_verification_in_the_window(qtbot, settings,
                                                                   fake_pipeline, monkeypatch):
    from docverify.app.main_window import MainWindow

    _damage(settings)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    w = MainWindow(settings, load_sample=False)
    qtbot.add_widget(w)
    w.show()
    got, failures = [], []
    w.verifier.verified.connect(got.append)
    w.verifier.failed.connect(failures.append)
    QApplication.clipboard().setText("\n".join(ICAO_TD3))
    w.action("paste").trigger()
    qtbot.waitUntil(lambda: bool(got or failures), timeout=20000)
    assert failures == []
    v = got[0]
    assert w.result_view.current is v
    assert w.result_view.banner.title.text() != "No document"
    assert any(f.code == "screening.failed" and "not a usable docverify store" in f.message
               for f in v.result.findings)
    assert any("Watchlist screening failed" in t for t in w.result_view.findings.texts())
    assert warned
    assert warned[0].startswith("Not recorded in the audit trail:")


# --- 3. malformed settings


@pytest.mark.parametrize(("raw", "expected"), [
    ("on", True), ("ON", True), ("yes", True), ("1", True), ("true", True), ("True", True),
    ("off", False), ("No", False), ("0", False), ("false", False), (" FALSE ", False),
    ("maybe", True), ("", True), ("2", True),
])
def test_a_yes_no_setting_in_any_spelling(tmp_path, raw, expected):
    path = tmp_path / "settings.ini"
    path.write_text(f"[General]\nscreen={raw}\nimage_checks={raw}\n", encoding="utf-8")
    prefs = load_prefs(QSettings(str(path), QSettings.Format.IniFormat))
    assert prefs.screen is expected
    assert prefs.image_checks is expected


def test_a_false_default_stays_false_when_malformed(settings):
    settings.setValue("screen", False)
    assert load_prefs(settings).screen is False
    settings.setValue("screen", "maybe")
    assert load_prefs(settings).screen is Prefs().screen


@pytest.mark.parametrize(("raw", "expected"), [
    ("-5", Prefs().list_age_days), ("0", 0), ("45", 45), ("soon", Prefs().list_age_days),
])
def test_list_age_setting(tmp_path, raw, expected):
    path = tmp_path / "settings.ini"
    path.write_text(f"[General]\nlist_age_days={raw}\n", encoding="utf-8")
    assert load_prefs(QSettings(str(path), QSettings.Format.IniFormat)).list_age_days == expected


def test_screen_on_in_the_ini_file_screens(qtbot, tmp_path, fake_pipeline):
    from docverify.app.main_window import MainWindow

    path = tmp_path / "settings.ini"
    path.write_text(f"[General]\ndata_dir={(tmp_path / 'data').as_posix()}\nscreen=on\n"
                    "image_checks=off\nengine=tesseract\noperator=Officer Test\n",
                    encoding="utf-8")
    qs = QSettings(str(path), QSettings.Format.IniFormat)
    w = MainWindow(qs, load_sample=False)
    qtbot.add_widget(w)
    assert w.prefs.screen
    assert not w.prefs.image_checks
    job = w.watchlists_view.import_file(WATCHLISTS / "ofac_sdn_fixture_2025.csv")
    qtbot.waitUntil(lambda: job.done, timeout=30000)
    v = _paste_mrz(qtbot, w)
    assert [x.split("@")[0] for x in v.list_versions] == ["ofac"]
