"""History: the JSON-lines store, search, formula-safe CSV, and the view's filter and export."""

from __future__ import annotations

import csv
import io
import json

import pytest

from docverify.app.history_store import (
    HistoryRecord,
    JsonlHistory,
    safe_cell,
    search,
    to_csv,
)


def rec(verdict="clear", surname="ERIKSSON", number="L898902C3", t="2026-01-01T10:00:00"):
    return HistoryRecord(time=t, operator="op", source="/x/doc.png", sha256="ab" * 32,
                         verdict=verdict, document={"surname": surname, "document_number": number},
                         findings=("mrz.expired",))


@pytest.fixture
def history_view(qtbot, tmp_path):
    from docverify.app.history_view import HistoryView

    store = JsonlHistory(tmp_path / "history.jsonl")
    view = HistoryView(store)
    qtbot.add_widget(view)
    view.show()
    assert view.table.rowCount() == 0
    assert view.count.text() == "0 of 0 verifications shown"
    return view


def test_store_round_trip_and_torn_line(tmp_path):
    path = tmp_path / "h.jsonl"
    store = JsonlHistory(path)
    store.add(rec())
    store.add(rec("alert", "KIM"))
    with open(path, "a") as f:
        f.write('{"time": "torn')  # a crash mid-write
    again = JsonlHistory(path)
    assert [r.verdict for r in again.records()] == ["clear", "alert"]
    assert again.records()[1].document["surname"] == "KIM"


@pytest.mark.parametrize("value", ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1"])
def test_formula_cells_are_defused(value):
    assert safe_cell(value) == "'" + value


def test_plain_cells_unchanged():
    assert safe_cell("ERIKSSON") == "ERIKSSON"
    assert safe_cell(None) == ""


def test_csv_export_is_formula_safe():
    text = to_csv([rec(surname="=HYPERLINK(\"http://x\")", number="-2+3")])
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[1][6] == "'=HYPERLINK(\"http://x\")"
    assert rows[1][5] == "'-2+3"


def test_search_words_and_verdict():
    records = [rec(), rec("alert", "KIM", "X1"), rec("review", "KIM", "X2")]
    assert len(search(records, "kim")) == 2
    assert len(search(records, "kim x2")) == 1
    assert [r.verdict for r in search(records, "", "alert")] == ["alert"]


def test_view_filters_and_exports(qtbot, history_view, tmp_path):
    history_view.add(rec())
    history_view.add(rec("alert", "KIM", "X1"))
    assert history_view.table.rowCount() == 2
    assert history_view.table.item(0, 1).text() == "ALERT"  # newest first
    qtbot.keyClicks(history_view.query, "eriks")
    assert history_view.table.rowCount() == 1
    history_view.query.clear()
    history_view.verdict.setCurrentIndex(history_view.verdict.findData("alert"))
    assert history_view.table.rowCount() == 1
    assert history_view.count.text() == "1 of 2 verifications shown"
    out = tmp_path / "out.json"
    history_view.export_to(out, "json")
    assert [r["verdict"] for r in json.loads(out.read_text())] == ["alert"]
    history_view.export_to(tmp_path / "out.csv", "csv")
    assert (tmp_path / "out.csv").read_text().startswith("time,operator,verdict")


def test_hidden_view_refreshes_when_shown(qtbot, tmp_path):
    from docverify.app.history_view import HistoryView

    view = HistoryView(JsonlHistory(tmp_path / "h.jsonl"))
    qtbot.add_widget(view)
    view.add(rec())
    assert view.table.rowCount() == 0  # not redrawn while hidden
    view.show()
    assert view.table.rowCount() == 1
