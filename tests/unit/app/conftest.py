"""Fixtures for the desktop tests: isolated settings and data folder, a fast stand-in pipeline."""

from __future__ import annotations

import dataclasses
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QImage

ICAO_TD3 = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
            "L898902C36UTO7408122F1204159ZE184226B<<<<<10")


@pytest.fixture(scope="session", autouse=True)
def collect_on_ui_thread(qapp):
    """As the app does (main.py): reference cycles are collected on the UI thread only."""
    from docverify.app import collector

    c = collector.install(qapp)
    yield c
    c.stop()


@pytest.fixture(autouse=True)
def work_in_threads():
    """Run the work in the calling thread, so monkeypatched pipelines apply (see pool.py)."""
    from docverify.app import pool

    pool.set_mode("thread")
    yield
    pool.set_mode("process")


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    qs = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    qs.setValue("data_dir", str(tmp_path / "data"))
    qs.setValue("image_checks", False)
    qs.setValue("engine", "tesseract")
    qs.setValue("operator", "Officer Test")
    return qs


@pytest.fixture
def picture(tmp_path: Path):
    """Writes a plain PNG (the stand-in pipeline does not read it) and returns its path."""

    def make(name: str = "doc.png") -> Path:
        img = QImage(300, 200, QImage.Format.Format_RGB888)
        img.fill(QColor("white"))
        path = tmp_path / name
        assert img.save(str(path))
        return path

    return make


class FakePipeline:
    """verify_file without OCR: a real check of a known MRZ, with a region and a doubtful char.

    ``lines_for`` maps a file name to other MRZ lines; ``gate`` (an Event) holds every call
    until set, to test cancellation.
    """

    def __init__(self) -> None:
        self.lines_for: dict[str, tuple[str, ...]] = {}
        self.gate: threading.Event | None = None
        self.calls: list[str] = []
        self.threads: set[int] = set()

    def __call__(self, path, options=None):
        from docverify.model import Region
        from docverify.pipeline import verify_mrz

        self.calls.append(str(path))
        self.threads.add(threading.get_ident())
        if self.gate is not None:
            self.gate.wait(10)
        lines = self.lines_for.get(Path(path).name, ICAO_TD3)
        result = verify_mrz(lines, options)
        confs = tuple(tuple(0.5 if (i, j) == (1, 3) else 0.99 for j in range(len(line)))
                      for i, line in enumerate(lines))
        reading = dataclasses.replace(result.reading, source=str(path), confidences=confs,
                                      region=Region(20, 150, 260, 40))
        return dataclasses.replace(result, source=str(path), reading=reading)


@pytest.fixture
def fake_pipeline(monkeypatch) -> FakePipeline:
    fake = FakePipeline()
    monkeypatch.setattr("docverify.pipeline.verify_file", fake)
    yield fake
    if fake.gate is not None:
        fake.gate.set()


@pytest.fixture
def window(qtbot, settings, fake_pipeline):
    from docverify.app.main_window import MainWindow

    w = MainWindow(settings, load_sample=False)
    qtbot.add_widget(w)
    w.show()
    assert w.result_view.banner.title.text() == "No document"
    assert w.result_view.current is None
    assert w.tabs.count() == 5
    return w


def trail(window) -> list:
    """The verifications recorded in the window's audit trail, oldest first."""
    from docverify.records import open_records

    with open_records(window.prefs.store_path) as store:
        return [r for r in store.records() if r.kind == "verification"]


@pytest.fixture
def french():
    """The interface in French, as the app installs it (main.py)."""
    from PySide6.QtCore import QTranslator
    from PySide6.QtWidgets import QApplication

    from docverify.resources import resource_path

    tr = QTranslator()
    assert tr.load(str(resource_path("translations") / "docverify_fr.qm"))
    QApplication.installTranslator(tr)
    yield
    QApplication.removeTranslator(tr)
