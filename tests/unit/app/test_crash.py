"""Errors reach the officer in plain words; the traceback goes to the log in the data folder."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QMessageBox

from docverify.app import crash
from docverify.errors import InputError


def test_our_errors_speak_for_themselves():
    assert crash.plain_message(InputError("scan.png: the PNG file is damaged")) == (
        "scan.png: the PNG file is damaged")


def test_unexpected_errors_hide_the_traceback(tmp_path):
    path = crash.setup_logging(tmp_path)
    try:
        message = crash.report(KeyError("internal detail"), "test")
        assert "Traceback" not in message
        assert "internal detail" not in message
        assert str(path) in message
        for h in logging.getLogger("docverify").handlers:
            h.flush()
        assert "KeyError" in path.read_text()
    finally:
        for h in list(logging.getLogger("docverify").handlers):
            logging.getLogger("docverify").removeHandler(h)
            h.close()
        crash._LOG_PATH[0] = None


def test_file_errors_name_the_file():
    assert "missing.png" in crash.plain_message(FileNotFoundError(2, "No such file", "missing.png"))


def test_excepthook_shows_a_dialog_not_a_traceback(qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()))
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        crash._excepthook(RuntimeError, exc, exc.__traceback__)
    assert shown
    assert "boom" not in shown[0]
    assert "Something went wrong" in shown[0]
