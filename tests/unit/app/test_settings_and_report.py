"""Settings persist through QSettings; the report is one PDF page and a JSON file."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QSettings

from docverify.app.prefs import Prefs, load_prefs, save_prefs


def test_prefs_round_trip(tmp_path):
    qs = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    p = Prefs(operator="Agent Smith", engine="tesseract", data_dir=str(tmp_path),
              list_age_days=7, screen=False, image_checks=False, language="fr")
    save_prefs(qs, p)
    again = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert load_prefs(again) == p


def test_malformed_settings_fall_back(tmp_path):
    qs = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    qs.setValue("list_age_days", "many")
    qs.setValue("engine", "magic")
    p = load_prefs(qs)
    assert p.list_age_days == Prefs().list_age_days
    assert p.engine == Prefs().engine


@pytest.fixture
def dialog(qtbot, tmp_path):
    from docverify.app.settings_dialog import SettingsDialog

    d = SettingsDialog(Prefs(operator="A", data_dir=str(tmp_path)))
    qtbot.add_widget(d)
    assert d.operator.text() == "A"
    assert d.engine.currentData() == "docverify"
    return d


def test_dialog_edits_prefs(qtbot, dialog):
    dialog.operator.clear()
    qtbot.keyClicks(dialog.operator, "Officer B")
    dialog.engine.setCurrentIndex(dialog.engine.findData("tesseract"))
    dialog.age.setValue(10)
    p = dialog.prefs()
    assert (p.operator, p.engine, p.list_age_days) == ("Officer B", "tesseract", 10)


def test_settings_apply_in_window(window, tmp_path):
    window.apply_prefs(window.prefs.with_(operator="New Officer"))
    assert load_prefs(window.settings).operator == "New Officer"
    assert window.statusBar().currentMessage() == "Settings saved."


def test_pdf_report_is_one_page(qtbot, window, picture, tmp_path):
    from docverify.app import report
    from tests.unit.app.test_main_window import drop

    with qtbot.waitSignal(window.verifier.verified, timeout=10000):
        drop(window, [picture()])
    v = window.result_view.current
    pdf = tmp_path / "r.pdf"
    report.write_pdf(v, "Officer <b>X</b>", pdf)
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    assert data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") + data.count(
        b"/Type/Page\n") <= 1 or b"/Count 1" in data
    html = report.report_html(v, "Officer <b>X</b>")
    assert "Officer &lt;b&gt;X&lt;/b&gt;" in html
    out = tmp_path / "r.json"
    report.write_json(v, "Officer X", out)
    data = json.loads(out.read_text())
    assert data["document"]["document_number"] == "L898902C3"
    assert data["report"]["operator"] == "Officer X"
    assert len(data["report"]["sha256"]) == 64


def test_print_can_be_cancelled(qtbot, window, picture, monkeypatch):
    from PySide6.QtPrintSupport import QPrintDialog

    from docverify.app import report
    from tests.unit.app.test_main_window import drop

    with qtbot.waitSignal(window.verifier.verified, timeout=10000):
        drop(window, [picture()])
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QPrintDialog.DialogCode.Rejected)
    assert report.print_report(window.result_view.current, "X", window) is False
    window.action("print").trigger()
    assert "printer" not in window.statusBar().currentMessage()


def test_report_fits_one_page(qtbot, window, picture, tmp_path):
    from PySide6.QtGui import QPdfWriter

    from docverify.app import report
    from tests.unit.app.test_main_window import drop

    with qtbot.waitSignal(window.verifier.verified, timeout=10000):
        drop(window, [picture()])
    writer = QPdfWriter(str(tmp_path / "x.pdf"))
    v = window.result_view.current
    doc = report.report_document(report.of_verification(v, "X"), v.image, writer)
    assert doc.pageCount() == 1


def test_a_data_folder_with_a_tilde_or_relative_and_a_pasted_operator(qtbot, tmp_path,
                                                                        monkeypatch, settings):
    from docverify.app.prefs import MAX_OPERATOR_CHARS, Prefs, load_prefs
    from docverify.app.settings_dialog import SettingsDialog

    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.chdir(tmp_path)
    d = SettingsDialog(Prefs())
    qtbot.add_widget(d)
    d.data_dir.setText("~/cases")
    assert d.prefs().data_path == tmp_path / "cases"
    d.data_dir.setText("relative/folder")
    assert d.prefs().data_dir == str(tmp_path / "relative" / "folder")  # not where it starts
    d.operator.setText("x" * 10_000)
    assert len(d.prefs().operator) == MAX_OPERATOR_CHARS
    settings.setValue("operator", "y" * 10_000)  # an ini file edited by hand
    assert len(load_prefs(settings).operator) == MAX_OPERATOR_CHARS


def test_tab_leaves_the_tables(qtbot, window):
    for view in (window.batch_view, window.history_view, window.watchlists_view):
        assert not view.table.tabKeyNavigation()
