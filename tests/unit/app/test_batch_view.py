"""Batch: a queue with progress, a summary sorted by verdict, and cancel."""

from __future__ import annotations

import threading
from pathlib import Path

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


@pytest.fixture
def real_batch(qtbot, settings):
    """A batch on the real pipeline, with the project's own recogniser."""
    from docverify.app.batch_view import BatchView

    settings.setValue("engine", "docverify")
    prefs = load_prefs(settings)
    view = BatchView(lambda: prefs)
    qtbot.add_widget(view)
    return view


def test_files_that_cannot_be_read_say_why_and_the_table_exports(qtbot, real_batch, tmp_path,
                                                                 monkeypatch):
    import csv
    import shutil

    from docverify.app.batch_view import batch_files
    from docverify.resources import resource_path

    docs = tmp_path / "docs"
    docs.mkdir()
    good = docs / "passport.png"
    shutil.copy(resource_path("samples") / "passport_td3.png", good)
    (docs / "notes.jpg").write_bytes(b"not an image")
    (docs / "cut.png").write_bytes(good.read_bytes()[:3000])
    (docs / "=cmd.png").write_bytes(b"")  # a name a spreadsheet would run as a formula
    (docs / "readme.txt").write_text("not a document")  # not taken into the batch
    files = batch_files(docs)
    assert not real_batch.export_button.isEnabled()
    with qtbot.waitSignal(real_batch.finished, timeout=60000):
        real_batch.start(files)
    rows = {Path(r["file"]).name: r for r in real_batch.rows()}
    assert set(rows) == {"passport.png", "notes.jpg", "cut.png", "=cmd.png"}
    assert rows["passport.png"]["name"] == "PARK, DOHYUN"
    assert rows["passport.png"]["problem"] == ""
    assert "not an image or PDF file" in rows["notes.jpg"]["problem"]
    assert "damaged or truncated" in rows["cut.png"]["problem"]
    assert rows["=cmd.png"]["problem"]
    assert real_batch.status.text().startswith("Batch finished: 1 verified (")
    assert real_batch.status.text().endswith("3 file(s) could not be verified.")
    assert real_batch.export_button.isEnabled()
    out = tmp_path / "out" / "batch.csv"
    out.parent.mkdir()
    monkeypatch.setattr("docverify.app.batch_view.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(out), ""))
    real_batch.export_button.click()
    with out.open(encoding="utf-8-sig", newline="") as f:
        written = list(csv.DictReader(f))
    assert len(written) == 4
    assert real_batch.status.text().startswith("4 row")
    by_file = {Path(r["file"].lstrip("'")).name: r for r in written}
    assert by_file["passport.png"]["document_number"] == "BJ6902234"
    assert "not an image" in by_file["notes.jpg"]["problem"]
    assert all(not r[k].startswith("=") for r in written for k in r)  # formula-safe


def test_a_file_whose_verification_crashes_gets_a_row(qtbot, batch, picture, fake_pipeline,
                                                      monkeypatch):
    from docverify.app import jobs

    real = jobs.verify_path

    def crash_on_b(path, prefs):
        if Path(path).name == "b.png":
            raise RuntimeError("boom")
        return real(path, prefs)

    monkeypatch.setattr(jobs, "verify_path", crash_on_b)
    with qtbot.waitSignal(batch.finished, timeout=20000):
        batch.start([picture("a.png"), picture("b.png")])
    rows = {Path(r["file"]).name: r for r in batch.rows()}
    assert rows["b.png"]["verdict"] == "Not verified"
    assert "went wrong" in rows["b.png"]["problem"]
    assert rows["a.png"]["problem"] == ""
    assert "1 file(s) could not be verified" in batch.status.text()
