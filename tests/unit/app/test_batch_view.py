"""Batch: a queue with progress, a summary sorted by verdict, and cancel."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt

from docverify.app.prefs import load_prefs

BAD_CHECK = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
             "L898902C37UTO7408122F1204159ZE184226B<<<<<10")


@pytest.fixture
def batch(qtbot, settings, fake_pipeline):
    from docverify.app.batch_view import BatchView

    prefs = load_prefs(settings)
    view = BatchView(lambda: prefs)
    qtbot.add_widget(view)
    assert view.table.rowCount() == 0
    assert not view.cancel_button.isEnabled()
    assert not view.running
    return view


def test_batch_summary_sorted_by_verdict(qtbot, batch, picture, fake_pipeline):
    files = [picture(f"{i}.png") for i in range(4)]
    fake_pipeline.lines_for["2.png"] = BAD_CHECK
    with qtbot.waitSignal(batch.finished, timeout=20000):
        batch.start(files)
    assert batch.progress.value() == 4
    verdicts = batch.verdicts()
    order = {"ALERT": 0, "REVIEW": 1, "CLEAR": 2}
    assert [order[v] for v in verdicts] == sorted(order[v] for v in verdicts)
    assert "Batch finished: 4 verified" in batch.status.text()
    assert not batch.cancel_button.isEnabled()


def test_cancel_stops_the_queue(qtbot, batch, picture, fake_pipeline):
    fake_pipeline.gate = threading.Event()
    files = [picture(f"{i}.png") for i in range(5)]
    batch.start(files)
    assert batch.running
    assert batch.cancel_button.isEnabled()
    with qtbot.waitSignal(batch.finished, timeout=5000):
        qtbot.mouseClick(batch.cancel_button, Qt.MouseButton.LeftButton)
    fake_pipeline.gate.set()
    assert "Batch cancelled" in batch.status.text()
    qtbot.wait(200)
    assert len(fake_pipeline.calls) == 1  # nothing more was started
    assert batch.table.rowCount() == 0


def test_open_row_emits_the_verification(qtbot, batch, picture):
    with qtbot.waitSignal(batch.finished, timeout=20000):
        batch.start([picture()])
    with qtbot.waitSignal(batch.openRequested) as sig:
        batch.table.cellActivated.emit(0, 0)
    assert sig.args[0].result.document.document_number == "L898902C3"
