"""What the window does when something goes wrong around a verification on screen: the
document keeps its verdict, a failure is said where the officer looks, saves that cannot be
written say so."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QImage
from PySide6.QtWidgets import QApplication

from docverify.pipeline import verify_file as real_verify_file  # before the stand-in
from tests.unit.app.conftest import ICAO_TD3


def paste_mrz(qtbot, window):
    QApplication.clipboard().setText("\n".join(ICAO_TD3))
    with qtbot.waitSignal(window.verifier.verified, timeout=10000):
        window.action("paste").trigger()
    return window.result_view.banner.title.text()


def test_a_failed_paste_leaves_the_document_and_its_verdict(qtbot, window):
    verdict = paste_mrz(qtbot, window)
    assert verdict.startswith(("ALERT", "REVIEW", "CLEAR"))
    QApplication.clipboard().setText("hello")
    window.action("paste").trigger()
    assert window.result_view.banner.title.text() == verdict  # not "No document"
    assert window.statusBar().currentMessage() == (
        "The clipboard holds no image, file or MRZ text.")
    QApplication.clipboard().setText("https://example.org/passport.png")
    window.action("paste").trigger()  # a web address: nothing fetched, and said so
    assert window.statusBar().currentMessage() == (
        "The clipboard holds no image, file or MRZ text.")


def test_a_failed_recheck_is_said_beside_the_mrz(qtbot, window):
    paste_mrz(qtbot, window)
    with qtbot.waitSignal(window.verifier.failed, timeout=10000):
        window._recheck(["NOT AN MRZ", "AT ALL"])
    assert window.result_view.banner.title.text() != "No document"
    assert window.result_view.fields.doubt.text() == window.statusBar().currentMessage()
    assert window.result_view.fields.doubt.text()


def test_an_unreadable_file_says_no_check_was_made(qtbot, window, tmp_path, monkeypatch):
    monkeypatch.setattr("docverify.pipeline.verify_file", real_verify_file)  # the real loader
    bad = tmp_path / "notes.png"
    bad.write_text("not an image")
    with qtbot.waitSignal(window.verifier.verified, timeout=10000):
        window.open_paths([bad])
    items = [window.result_view.findings.item(i).text()
             for i in range(window.result_view.findings.count())]
    assert items == ["No check was made: the document could not be read."]


def test_saving_reports_where_they_cannot_be_written(qtbot, window, tmp_path, monkeypatch):
    paste_mrz(qtbot, window)
    missing = tmp_path / "no" / "such" / "folder"
    for action, name in (("save_pdf", "r.pdf"), ("save_json", "r.json")):
        monkeypatch.setattr("docverify.app.main_window.QFileDialog.getSaveFileName",
                            lambda *a, name=name, **k: (str(missing / name), ""))
        window.action(action).trigger()  # an exception here would reach the crash dialog
        message = window.statusBar().currentMessage()
        assert "saved" not in message
        assert message
        assert not (missing / name).exists()
    ok = tmp_path / "r.pdf"
    monkeypatch.setattr("docverify.app.main_window.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(ok), ""))
    window.action("save_pdf").trigger()
    assert ok.read_bytes().startswith(b"%PDF")
    assert window.statusBar().currentMessage() == f"Report saved to {ok}"


def test_a_failed_history_export_leaves_the_chain_status(qtbot, window, tmp_path):
    paste_mrz(qtbot, window)
    history = window.history_view
    with qtbot.waitSignals([history.refreshed, history.chainChecked], timeout=10000):
        window._go(2)
    chain = history.chain_label.text()
    assert chain.startswith("Audit trail intact")
    with qtbot.waitSignal(history.failed, timeout=10000):
        history.export_to(tmp_path / "missing" / "h.csv", "csv")
    assert history.chain_label.text() == chain


def test_a_dropped_image_shows_on_the_verify_tab(qtbot, window, monkeypatch):
    from tests.unit.app import conftest

    monkeypatch.setattr("docverify.pipeline.verify_image",
                        lambda bgr, source=None, options=None:
                        conftest.FakePipeline()("dropped.png", options))
    window._go(2)
    img = QImage(200, 100, QImage.Format.Format_RGB888)
    img.fill(QColor("white"))
    mime = QMimeData()
    mime.setImageData(img)
    with qtbot.waitSignal(window.verifier.verified, timeout=10000):
        window.dropEvent(QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime,
                                    Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    assert window.tabs.currentIndex() == 0
    web = QMimeData()
    web.setUrls([QUrl("https://example.org/x.png")])
    window.dropEvent(QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, web,
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    assert "never goes on the network" in window.statusBar().currentMessage()
