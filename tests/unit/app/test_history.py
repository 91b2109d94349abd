"""History on the audit trail: newest first, search, filters, chain status, export."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import json
import sqlite3

import pytest

from docverify.app.history_view import HistoryView, since_iso
from docverify.app.prefs import Prefs
from docverify.pipeline import Options, verify_mrz
from docverify.records import open_records

TD3 = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
       "L898902C36UTO7408122F1204159ZE184226B<<<<<10")
TD3_KIM = ("P<UTOKIM<<MINA<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<",
           "M123456784UTO8001014F3001012<<<<<<<<<<<<<<02")


def result(lines=TD3, source="/docs/doc.png"):
    return dataclasses.replace(verify_mrz(list(lines), Options(image_checks=False)),
                               source=source)


@pytest.fixture
def prefs(tmp_path):
    return Prefs(data_dir=str(tmp_path / "data"), operator="op")


@pytest.fixture
def view(qtbot, prefs):
    v = HistoryView(lambda: prefs)
    qtbot.add_widget(v)
    assert v.table.rowCount() == 0
    assert v.records == []
    return v


def show(qtbot, view):
    with qtbot.waitSignals([view.refreshed, view.chainChecked], timeout=5000):
        view.show()


def refreshed(qtbot, view, action):
    with qtbot.waitSignals([view.refreshed, view.chainChecked], timeout=5000):
        action()


def test_lists_the_trail_newest_first_with_chain_status(qtbot, view, prefs):
    with open_records(prefs.store_path) as store:
        store.record(result(), operator="A. Officer", workstation="desk-1",
                     image_sha256="ab" * 32)
        store.record(result(TD3_KIM), operator="B. Officer", workstation="desk-2",
                     corrections=[{"line": 2, "column": 10, "from": "6", "to": "7"}])
    show(qtbot, view)
    assert view.table.rowCount() == 2
    row = [view.table.item(0, c).text() for c in range(view.table.columnCount())]
    assert row[0] == "#2"
    assert row[3] == "B. Officer"
    assert row[4] == "desk-2"
    assert row[5] == "KIM MINA"
    assert row[7] == "1"
    assert view.table.item(1, 5).text() == "ERIKSSON ANNA MARIA"
    assert view.chain_label.text().startswith("Audit trail intact: 2 record")
    assert view.count.text() == "2 shown of 2 records"


def test_search_and_filters(qtbot, view, prefs, tmp_path):
    old = dt.datetime.now(dt.UTC) - dt.timedelta(days=40)
    with open_records(prefs.store_path, clock=lambda: old) as store:
        store.record(result(source="/docs/old.png"), operator="op")
    with open_records(prefs.store_path) as store:
        store.record(result(), operator="op")
        store.record(result(TD3_KIM), operator="op")
    show(qtbot, view)
    assert view.table.rowCount() == 3
    refreshed(qtbot, view, lambda: qtbot.keyClicks(view.query, "kim"))
    assert [view.table.item(r, 5).text() for r in range(view.table.rowCount())] == ["KIM MINA"]
    refreshed(qtbot, view, view.query.clear)
    refreshed(qtbot, view, lambda: view.period.setCurrentIndex(view.period.findData(30)))
    assert view.table.rowCount() == 2  # the 40-day-old record is left out
    assert view.count.text() == "2 shown of 3 records"
    verdict = str(view.records[0].verdict)
    refreshed(qtbot, view, lambda: view.verdict.setCurrentIndex(view.verdict.findData(verdict)))
    assert {str(r.verdict) for r in view.records} == {verdict}


def three_records_then(prefs, statement):
    """Three verifications recorded, then ``statement`` run on the store behind its back."""
    with open_records(prefs.store_path) as store:
        for _ in range(3):
            store.record(result(), operator="op")
    db = sqlite3.connect(prefs.store_path)
    db.execute(statement)
    db.commit()
    db.close()


def test_a_tampered_record_is_named(qtbot, view, prefs):
    three_records_then(prefs, "UPDATE audit_records SET operator = 'someone else' WHERE id = 2")
    show(qtbot, view)
    assert view.chain is not None
    assert not view.chain.ok
    assert view.chain_label.text().startswith("Audit trail broken at record #2: ")
    assert "1 records before it are intact" in view.chain_label.text()


def test_a_record_whose_json_was_damaged_still_lists_with_the_others(qtbot, view, prefs):
    three_records_then(prefs, "UPDATE audit_records SET body = 'not json', personal = '{bad'"
                              " WHERE id = 2")
    show(qtbot, view)
    assert view.table.rowCount() == 3  # the search did not stop at the damaged record
    assert view.chain_label.text().startswith("Audit trail broken at record #2: ")
    view.table.selectRow(1)
    qtbot.waitUntil(view.print_record.isEnabled)
    assert "Verification record #2" in view.detail.toPlainText()
    assert "This record was altered" in view.detail.toPlainText()


def test_export_what_is_shown_formula_safe(qtbot, view, prefs, tmp_path):
    with open_records(prefs.store_path) as store:
        store.record(result(source="=HYPERLINK(\"http://x\")"), operator="op")
        store.record(result(TD3_KIM), operator="op")
    show(qtbot, view)
    refreshed(qtbot, view, lambda: qtbot.keyClicks(view.query, "eriksson"))
    out = tmp_path / "h.csv"
    with qtbot.waitSignal(view.exported, timeout=5000):
        view.export_to(out, "csv")
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert len(rows) == 1
    assert rows[0]["source"] == "'=HYPERLINK(\"http://x\")"
    out = tmp_path / "h.json"
    with qtbot.waitSignal(view.exported, timeout=5000):
        view.export_to(out, "json")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["chain"]["ok"]
    assert data["chain"]["count"] == 2
    assert [r["document"]["surname"] for r in data["records"]] == ["ERIKSSON"]


def test_hidden_view_reads_the_trail_when_shown(qtbot, view, prefs):
    show(qtbot, view)
    view.hide()
    with open_records(prefs.store_path) as store:
        store.record(result(), operator="op")
    view.changed()
    assert view.table.rowCount() == 0  # not re-read while hidden
    show(qtbot, view)
    assert view.table.rowCount() == 1


def test_redacted_records_say_so_and_show_their_codes_only(qtbot, view, prefs):
    old = dt.datetime.now(dt.UTC) - dt.timedelta(days=40)
    with open_records(prefs.store_path, clock=lambda: old) as store:
        store.record(result(), operator="op")
    with open_records(prefs.store_path) as store:
        assert store.redact_older_than(30) == 1
    show(qtbot, view)
    assert view.table.item(0, 5).text() == "(redacted)"
    assert view.chain_label.text().startswith("Audit trail intact: 2 record")  # + redaction
    view.table.selectRow(0)
    qtbot.waitUntil(lambda: view.print_record.isEnabled())
    text = view.detail.toPlainText()
    assert "Personal data redacted" in text
    assert "date.expired" in text
    assert "ERIKSSON" not in text
    assert "L898902C3" not in text


def test_today_starts_at_local_midnight():
    now = dt.datetime(2026, 3, 5, 15, 30, tzinfo=dt.UTC)
    start = dt.datetime.fromisoformat(since_iso(0, now))
    assert start <= now
    assert now - start < dt.timedelta(days=1)
    assert since_iso(None, now) is None


def select(qtbot, view, row):
    view.table.selectRow(row)
    qtbot.waitUntil(lambda: view.print_record.isEnabled())


def test_the_selected_record_shows_what_was_found_and_saves_as_pdf(qtbot, view, prefs,
                                                                   tmp_path, monkeypatch):
    r = result()
    with open_records(prefs.store_path) as store:
        store.record(r, operator="A. Officer", workstation="desk-1")
    show(qtbot, view)
    assert not view.print_record.isEnabled()  # nothing selected yet
    select(qtbot, view, 0)
    text = view.detail.toPlainText()
    assert "Verification record #1" in text
    assert "A. Officer" in text
    expired = next(f for f in r.findings if "expired" in f.code)
    assert str(expired.message) in text
    assert expired.code in text
    assert "L898902C36UTO7408122F1204159ZE184226B<<<<<10" in text
    out = tmp_path / "record.pdf"
    monkeypatch.setattr("docverify.app.history_view.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(out), ""))
    with qtbot.waitSignal(view.exported, timeout=5000):
        view.save_record.click()
    assert out.read_bytes().startswith(b"%PDF")
    view.table.clearSelection()
    assert not view.save_record.isEnabled()
    assert view.detail.toPlainText() == ""


def test_a_past_record_reads_in_the_interface_language(qtbot, view, prefs, french):
    """The record kept how its finding was made: the French UI says it in French, though the
    stored message (and every export) is English."""
    from docverify.app.finding_text import finding_text

    r = result()
    expired = next(f for f in r.findings if "expired" in f.code)
    with open_records(prefs.store_path) as store:
        store.record(r, operator="op")
    show(qtbot, view)
    select(qtbot, view, 0)
    text = view.detail.toPlainText()
    french = finding_text(expired)
    assert french != str(expired.message)
    assert french in text
    assert str(expired.message) not in text


def test_a_recorded_watchlist_hit_reads_in_french(qtbot, view, prefs, french, tmp_path):
    """A real hit on the UN DPRK list, recorded, read back: its reasons in French."""
    from pathlib import Path

    from docverify.watchlist.screening import ScreeningQuery, import_list, open_store, screen

    lists = open_store(tmp_path / "lists.sqlite3")
    import_list(lists, Path(__file__).parents[2] / "fixtures" / "watchlists"
                / "un_consolidated_dprk.xml")
    hits = screen(lists, ScreeningQuery("Lee Won Ho", "1964-07-17"))
    lists.close()
    r = dataclasses.replace(result(), screening={"hits": [hits[0].to_json()]})
    with open_records(prefs.store_path) as store:
        store.record(r, operator="op")
    show(qtbot, view)
    select(qtbot, view, 0)
    text = view.detail.toPlainText()
    assert "RI WON HO" in text
    assert "(même lecture coréenne, 1.00)" in text
    assert "la date de naissance 1964-07-17 correspond exactement" in text
    assert "same Korean reading" not in text


def test_a_data_folder_that_cannot_be_read_clears_the_list(qtbot, view, prefs, tmp_path):
    import dataclasses

    with open_records(prefs.store_path) as store:
        store.record(result(), operator="op")
    show(qtbot, view)
    assert view.table.rowCount() == 1
    bad = tmp_path / "afile"
    bad.write_text("a file, not a folder")
    other = dataclasses.replace(prefs, data_dir=str(bad))
    view._prefs = lambda: other
    with qtbot.waitSignal(view.failed, timeout=5000):
        view.refresh()
    assert view.table.rowCount() == 0  # not the other folder's records under the new one
    assert view.records == []
    assert view.chain_label.text()
