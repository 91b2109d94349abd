"""The main window driven as an officer would: drop, paste, keys, correct the MRZ, read labels."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QImage, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox

from docverify.pipeline import verify_file as real_verify_file
from tests.unit.app.conftest import ICAO_TD3, trail


def drop(window, paths):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)


def wait_verified(qtbot, window):
    with qtbot.waitSignal(window.verifier.verified, timeout=10000):
        pass


def test_dropped_file_is_verified_and_shown(qtbot, window, picture):
    path = picture("passport.png")
    with qtbot.waitSignal(window.verifier.verified, timeout=10000):
        drop(window, [path])
    view = window.result_view
    assert view.banner.title.text().startswith(("CLEAR", "REVIEW", "ALERT"))
    assert view.fields.values["document_number"].text() == "L898902C3"
    assert view.fields.values["surname"].text() == "ERIKSSON"
    assert view.fields.mrz.toPlainText().splitlines() == list(ICAO_TD3)
    assert "1 doubtful character" in view.fields.doubt.text()
    assert view.image.overlay_count() >= 1  # the MRZ region at least
    assert view.findings.count() >= 1
    assert "passport.png" in view.source.text()
    # recorded in the audit trail (by the worker), with the operator from Settings
    records = trail(window)
    assert len(records) == 1
    assert records[0].operator == "Officer Test"
    assert records[0].document["document_number"] == "L898902C3"
    assert records[0].image_sha256 == view.current.sha256
    assert len(view.current.sha256) == 64
    assert view.current.record_ids == (int(records[0].id),)


def test_expired_document_findings_have_words_not_only_colour(qtbot, window, picture):
    drop(window, [picture()])
    wait_verified(qtbot, window)
    texts = window.result_view.findings.texts()
    # the ICAO specimen expired in 2012: a finding says so, in words, with its severity word
    assert any(t.split(":")[0] in ("Critical", "Warning", "Note") for t in texts)
    for i in range(window.result_view.findings.count()):
        item = window.result_view.findings.item(i)
        assert not item.icon().isNull() or "No finding" in item.text()


def test_correcting_the_mrz_rechecks_and_records_the_correction(qtbot, window, picture):
    drop(window, [picture()])
    wait_verified(qtbot, window)
    fields = window.result_view.fields
    assert not fields.recheck.isEnabled()
    lines = list(ICAO_TD3)
    lines[1] = lines[1][:9] + "7" + lines[1][10:]  # break the number's check digit
    fields.mrz.setPlainText("\n".join(lines))
    assert fields.recheck.isEnabled()
    fields.mrz.setFocus()
    with qtbot.waitSignal(window.verifier.verified, timeout=10000):
        qtbot.keyClick(fields.mrz, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "2:10 6→7" in fields.correction.text()
    assert any("check" in t.lower() for t in window.result_view.findings.texts())
    assert window.result_view.current.corrections == (
        {"line": 2, "column": 10, "from": "6", "to": "7"},)
    last = trail(window)[-1]
    assert last.personal["corrections"] == [{"line": 2, "column": 10, "from": "6", "to": "7"}]
    assert last.body["corrections"] == 1
    assert last.image_sha256 == trail(window)[0].image_sha256  # the same input file


def test_a_corrected_reading_is_not_a_repeat_use_of_itself(qtbot, window, picture):
    """The uncorrected reading is in the registry; correcting its birth date must not raise
    registry.repeat_use against that record (another document's record still would)."""
    drop(window, [picture()])
    wait_verified(qtbot, window)
    lines = list(ICAO_TD3)
    lines[1] = lines[1][:13] + "740813" + lines[1][19:]  # birth date 740812 -> 740813
    window.result_view.fields.mrz.setPlainText("\n".join(lines))
    with qtbot.waitSignal(window.verifier.verified, timeout=10000):
        window.result_view.fields.recheck.click()
    codes = [f.code for f in window.result_view.current.result.findings]
    assert "registry.repeat_use" not in codes
    assert len(trail(window)) == 2
    assert trail(window)[1].document["birth_date"] == "1974-08-13"
    # the same MRZ pasted as a new input is a repeat use of the first record
    with qtbot.waitSignal(window.verifier.verified, timeout=10000):
        window.verifier.verify_text(lines)
    found = [f for f in window.result_view.current.result.findings
             if f.code == "registry.repeat_use"]
    assert found
    assert dict(found[0].evidence)["earlier_record"] == "1"


def test_an_unwritable_trail_is_said(qtbot, window, picture, monkeypatch):
    from docverify.records.store import RecordStore

    def refuse(*a, **k):
        raise OSError("disk full")

    monkeypatch.setattr(RecordStore, "record", refuse)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    drop(window, [picture()])
    wait_verified(qtbot, window)
    assert warned == ["Not recorded in the audit trail: disk full"]
    assert "Not recorded" in window.statusBar().currentMessage()
    assert window.result_view.current.record_ids == ()


def test_paste_image_and_mrz_text(qtbot, window):
    img = QImage(200, 100, QImage.Format.Format_RGB888)
    img.fill(QColor("white"))
    QApplication.clipboard().setImage(img)
    from tests.unit.app import conftest

    # a pasted image goes through verify_image: use the stand-in on the picture path too
    def fake_image(bgr, source=None, options=None):
        return conftest.FakePipeline()("pasted.png", options)

    import docverify.pipeline

    original = docverify.pipeline.verify_image
    docverify.pipeline.verify_image = fake_image
    try:
        with qtbot.waitSignal(window.verifier.verified, timeout=10000):
            window.action("paste").trigger()
        assert window.result_view.current.image is not None
        QApplication.clipboard().setText("\n".join(ICAO_TD3))
        with qtbot.waitSignal(window.verifier.verified, timeout=10000):
            window.action("paste").trigger()
        assert window.result_view.fields.values["given_names"].text() == "ANNA MARIA"
        QApplication.clipboard().setText("hello")
        window.action("paste").trigger()
        assert "clipboard" in window.statusBar().currentMessage()
    finally:
        docverify.pipeline.verify_image = original


def test_unreadable_file_is_said_in_plain_words(qtbot, window, tmp_path, monkeypatch):
    import docverify.pipeline

    monkeypatch.setattr(docverify.pipeline, "verify_file", real_verify_file)
    bad = tmp_path / "broken.png"
    bad.write_bytes(b"not an image at all")
    with qtbot.waitSignal(window.verifier.verified, timeout=10000):
        drop(window, [bad])
    banner = window.result_view.banner
    assert banner.title.text().startswith("REVIEW")
    assert "Traceback" not in banner.detail.text()
    assert "Reading problem" in banner.detail.text()


def test_zoom_and_rotate_keys(qtbot, window, picture):
    drop(window, [picture()])
    wait_verified(qtbot, window)
    image = window.result_view.image
    image.setFocus()
    zoom = image.zoom
    window.action("zoom_in").trigger()
    assert image.zoom > zoom
    window.action("zoom_out").trigger()
    window.action("zoom_out").trigger()
    assert image.zoom < zoom
    window.action("rotate_right").trigger()
    assert image.rotation == 90
    window.action("rotate_left").trigger()
    assert image.rotation == 0


def test_every_action_has_a_shortcut_and_a_name(window):
    rows = window.shortcut_rows()
    assert len(rows) >= 20
    missing = [text for text, keys in rows if not keys and text != "About docverify"]
    assert missing == []
    keys = [k for _, k in rows if k]
    assert len(keys) == len(set(keys)), "two actions share a shortcut"


def test_go_keys_switch_views(qtbot, window):
    for i in range(4):
        window.action(f"go_{('verify', 'batch', 'history', 'watchlists')[i]}").trigger()
        assert window.tabs.currentIndex() == i
    assert window.action("go_history").shortcut() == QKeySequence("Alt+3")


def test_camera_says_why_not(window, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    window.action("camera").trigger()
    assert shown
    assert "camera" in shown[0].lower()


def test_folder_drop_starts_a_batch(qtbot, window, picture):
    a, b = picture("a.png"), picture("b.png")
    with qtbot.waitSignal(window.batch_view.finished, timeout=20000):
        drop(window, [a.parent])
    assert window.tabs.currentWidget() is window.batch_view
    assert window.batch_view.table.rowCount() == 2
    assert len(trail(window)) == 2
    del b


def test_report_needs_a_verification_first(window):
    window.action("save_pdf").trigger()
    assert "Verify a document first" in window.statusBar().currentMessage()


def test_widgets_have_accessible_names(window):
    view = window.result_view
    for w in (view.image, view.fields.mrz, view.findings, view.hits, view.banner,
              window.history_view.query, window.batch_view.table, window.watchlists_view.table):
        assert w.accessibleName(), w


def test_the_document_shows_before_its_verdict(qtbot, window, picture):
    signals = [window.verifier.preview, window.verifier.verified]
    with qtbot.waitSignals(signals, order="strict", timeout=10000):
        drop(window, [picture()])
    assert window.result_view.image.overlay_count() >= 1


def test_start_up_sample_is_shown_not_recorded(qtbot, settings, fake_pipeline, picture,
                                               monkeypatch):
    from docverify.app import samples
    from docverify.app.main_window import MainWindow

    sample = picture("sample.png")
    monkeypatch.setattr(samples, "sample_files", lambda: [sample])
    w = MainWindow(settings, load_sample=True)
    qtbot.add_widget(w)
    with qtbot.waitSignal(w.verifier.verified, timeout=10000):
        w.show()
    assert w.result_view.current.sample
    assert w.result_view.fields.values["document_number"].text() == "L898902C3"
    assert trail(w) == []


def test_tab_walks_from_the_image_to_the_mrz(qtbot, window, picture):
    drop(window, [picture()])
    wait_verified(qtbot, window)
    window.activateWindow()
    view = window.result_view
    view.image.setFocus()
    qtbot.waitUntil(view.image.hasFocus, timeout=2000)
    qtbot.keyClick(view.image, Qt.Key.Key_Tab)
    assert view.fields.mrz.hasFocus()


def test_edit_mrz_and_find_shortcuts_move_focus(qtbot, window):
    window.activateWindow()
    window.action("edit_mrz").trigger()
    qtbot.waitUntil(window.result_view.fields.mrz.hasFocus, timeout=2000)
    window.action("find").trigger()
    assert window.tabs.currentWidget() is window.history_view
    qtbot.waitUntil(window.history_view.query.hasFocus, timeout=2000)
