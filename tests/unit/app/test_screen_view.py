"""Screening a name typed in by hand: the real UN list, the real matcher, in a worker."""

from __future__ import annotations

from pathlib import Path

import pytest

from docverify.app.prefs import load_prefs

LISTS = Path(__file__).parents[2] / "fixtures" / "watchlists"


@pytest.fixture
def prefs(settings):
    settings.setValue("screen", False)  # screening of documents off: asking by hand still works
    return load_prefs(settings)


@pytest.fixture
def view(qtbot, prefs):
    from docverify.app.screen_view import ScreenView

    v = ScreenView(lambda: prefs)
    qtbot.add_widget(v)
    return v


def imported(prefs):
    from docverify.watchlist.screening import import_list, open_store

    prefs.store_path.parent.mkdir(parents=True, exist_ok=True)
    store = open_store(prefs.store_path)
    import_list(store, LISTS / "un_consolidated_dprk.xml")
    store.close()


def screen(qtbot, view, name, birth="", nationality="", number=""):
    for field, text in zip(view.fields(), (name, birth, nationality, number), strict=True):
        field.setText(text)
    with qtbot.waitSignal(view.screened, timeout=20000):
        qtbot.keyClick(view.name, "\r")


def test_a_listed_person_typed_in_by_hand_alerts_with_reasons(qtbot, view, prefs):
    imported(prefs)
    screen(qtbot, view, "Lee Won Ho", "1964-07-17", "prk")
    top = view.hits.topLevelItem(0)
    assert top.text(0) == "RI WON HO"
    assert top.text(3) == "Alert"
    assert "KPi.033" in top.toolTip(0)
    reasons = [top.child(i).text(0) for i in range(top.childCount())]
    assert any("same Korean reading" in r for r in reasons)
    assert view.hits.topLevelItemCount() == 1
    assert view.status.text().startswith("1 hit(s); 1 alert(s). Screened against un@2026-02-27#")


def test_a_bad_query_says_what_is_wrong(qtbot, view, prefs):
    imported(prefs)
    screen(qtbot, view, "Lee Won Ho", "1964-13-45")
    assert view.status.text() == "birth date '1964-13-45' is not a calendar date"
    assert view.hits.topLevelItemCount() == 0
    assert view.screen_button.isEnabled()


def test_nothing_typed_and_nothing_loaded(qtbot, view, prefs):
    assert view.run() is None
    assert "Type a name" in view.status.text()
    screen(qtbot, view, "Kim")
    assert "No watchlist is loaded" in view.status.text()


def test_the_window_opens_it_with_a_shortcut(qtbot, window):
    from PySide6.QtGui import QAction

    action = window.findChild(QAction, "screen_name")
    assert action.shortcut().toString() == "Ctrl+Shift+S"
    action.trigger()
    assert window.tabs.currentWidget() is window.screen_view
    assert window.focusWidget() is window.screen_view.name


def test_a_company_is_screened_too(qtbot, view, prefs):
    imported(prefs)
    screen(qtbot, view, "Korea Mining Development Trading Corp")
    top = view.hits.topLevelItem(0)
    assert "KOREA MINING DEVELOPMENT" in top.text(0)
    assert "KPe.001" in top.toolTip(0)
    assert top.text(3) == "Alert"


def test_a_screening_is_recorded_and_shows_in_the_history(qtbot, view, prefs):
    from docverify.app.history_view import HistoryView

    imported(prefs)
    screen(qtbot, view, "Lee Won Ho", "1964-07-17", "PRK")
    assert "Recorded in the history as #1." in view.status.text()
    history = HistoryView(lambda: prefs)
    qtbot.add_widget(history)
    with qtbot.waitSignals([history.refreshed, history.chainChecked], timeout=5000):
        history.show()
    assert history.chain.ok
    row = [history.table.item(0, c).text() for c in range(history.table.columnCount())]
    assert row[0] == "#1"
    assert row[2] == "ALERT"
    assert row[5] == "Lee Won Ho"
    assert row[8] == "(screened by hand)"
    history.table.selectRow(0)
    qtbot.waitUntil(history.print_record.isEnabled)
    text = history.detail.toPlainText()
    assert "Screening record #1" in text
    assert "Screened by hand: Lee Won Ho, 1964-07-17, PRK" in text
    assert "RI WON HO" in text


def test_enter_on_empty_fields_leaves_the_screening_under_way(qtbot, view, prefs):
    imported(prefs)
    for field, text in zip(view.fields(), ("Lee Won Ho", "", "", ""), strict=True):
        field.setText(text)
    job = view.run()
    view.name.clear()
    assert view.run() is None  # nothing to screen: said, and the running one goes on
    assert "Type a name" in view.status.text()
    with qtbot.waitSignal(view.screened, timeout=20000):
        pass
    assert job.done
    assert view.screen_button.isEnabled()
    assert view.hits.topLevelItem(0).text(0) == "RI WON HO"
