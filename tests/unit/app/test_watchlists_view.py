"""Watchlists view: import in a worker, versions and dates, enable/disable, remove, age warning."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from docverify.app.prefs import load_prefs
from docverify.app.watchlists_view import list_age_days

LIST_CSV = ("name,aliases,birth_date,nationality,document_number,note\n"
            "ERIKSSON ANNA MARIA,,1974-08-12,SWE,,test entry\n"
            "John Smith,,1960-01-01,GBR,,\n")


@pytest.fixture
def list_file(tmp_path):
    path = tmp_path / "ownlist.csv"
    path.write_text(LIST_CSV, encoding="utf-8")
    return path


@pytest.fixture
def confirmations():
    return []


@pytest.fixture
def lists_view(qtbot, settings, confirmations):
    from docverify.app.watchlists_view import WatchlistsView

    prefs = load_prefs(settings)
    view = WatchlistsView(lambda: prefs, confirm=lambda q: confirmations.append(q) or True)
    qtbot.add_widget(view)
    view.refresh()
    assert view.table.rowCount() == 0
    assert "No watchlist loaded" in view.status.text()
    assert not view.progress.isVisible()
    return view


def test_import_enable_disable_remove(qtbot, lists_view, list_file, confirmations):
    job = lists_view.import_file(list_file)
    assert not lists_view.import_button.isEnabled()
    qtbot.waitUntil(lambda: job.done, timeout=20000)
    assert lists_view.list_ids() == ["own-ownlist"]
    assert "Imported own-ownlist" in lists_view.status.text()
    assert lists_view.table.item(0, 2).text().startswith("undated#")
    assert lists_view.table.item(0, 5).text() == "2"
    # the same file again changes nothing
    job = lists_view.import_file(list_file)
    qtbot.waitUntil(lambda: job.done, timeout=20000)
    assert "already up to date" in lists_view.status.text()
    lists_view.table.selectRow(0)
    lists_view.toggle_selected()
    assert lists_view.table.item(0, 0).text() == "off"
    lists_view.toggle_selected()
    assert lists_view.table.item(0, 0).text() == "on"
    lists_view.remove_selected()
    assert confirmations
    assert "own-ownlist" in confirmations[0]
    assert lists_view.list_ids() == []


def test_remove_needs_confirmation(qtbot, settings, list_file):
    from docverify.app.watchlists_view import WatchlistsView

    prefs = load_prefs(settings)
    view = WatchlistsView(lambda: prefs, confirm=lambda q: False)
    qtbot.add_widget(view)
    job = view.import_file(list_file)
    qtbot.waitUntil(lambda: job.done, timeout=20000)
    view.table.selectRow(0)
    view.remove_selected()
    assert view.list_ids() == ["own-ownlist"]


def test_a_bad_file_is_said_in_plain_words(qtbot, lists_view, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("this is not a list\n")
    job = lists_view.import_file(bad)
    qtbot.waitUntil(lambda: job.done, timeout=20000)
    assert lists_view.status.text().startswith("Import failed:")
    assert "Traceback" not in lists_view.status.text()
    assert lists_view.import_button.isEnabled()


def test_cancel_import_leaves_lists_usable(qtbot, lists_view, list_file):
    job = lists_view.import_file(list_file)
    lists_view.cancel_import()
    qtbot.waitUntil(lambda: job.done, timeout=20000)
    assert "cancelled" in lists_view.status.text()
    assert lists_view.import_button.isEnabled()


def test_age_warning(qtbot, lists_view, list_file, monkeypatch):
    job = lists_view.import_file(list_file)
    qtbot.waitUntil(lambda: job.done, timeout=20000)
    import docverify.app.watchlists_view as wv

    monkeypatch.setattr(wv, "list_age_days", lambda info: 400)
    lists_view.refresh()
    assert "older than 30 days" in lists_view.status.text()
    assert "too old" in lists_view.table.item(0, 6).text()


def test_list_age_days():
    info = SimpleNamespace(list_date="2026-01-01", imported_at="2026-02-01T00:00:00+00:00")
    assert list_age_days(info, dt.date(2026, 1, 31)) == 30
    info = SimpleNamespace(list_date="", imported_at="2026-02-01T00:00:00+00:00")
    assert list_age_days(info, dt.date(2026, 2, 3)) == 2
    assert list_age_days(SimpleNamespace(list_date="", imported_at=""), dt.date.today()) is None


SWE_TD3 = ("P<SWEERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
           "L898902C36SWE7408122F1204159ZE184226B<<<<<10")


def test_a_listed_holder_shows_as_a_hit(qtbot, window, list_file, picture, fake_pipeline):
    from tests.unit.app.test_main_window import drop

    # screening refuses the fictional state UTO of the ICAO specimen: use a real state code
    fake_pipeline.lines_for["doc.png"] = SWE_TD3
    job = window.watchlists_view.import_file(list_file)
    qtbot.waitUntil(lambda: job.done, timeout=20000)
    with qtbot.waitSignal(window.verifier.verified, timeout=20000):
        drop(window, [picture()])
    hits = window.result_view.hits
    assert hits.topLevelItemCount() >= 1
    top = hits.topLevelItem(0)
    assert "ERIKSSON" in top.text(0)
    assert top.childCount() >= 1  # the reasons
    assert window.result_view.current.list_versions[0].startswith("own-ownlist@")
