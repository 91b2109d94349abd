"""The camera dialog, fed frames as a camera would: guide frame, auto-capture, capture now."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage

from docverify.app.camera import CameraDialog, camera_unavailable_reason
from docverify.app.prefs import Prefs
from docverify.app.samples import sample_files

# Qt Multimedia's FFmpeg backend complains about optional libraries (pipewire, VA-API) and
# its device watcher when loaded on a headless machine.
pytestmark = pytest.mark.qt_log_ignore(
    "Couldn't (load|resolve) ", r"QObject::connect\(QObject, Unknown\)",
    "QSocketNotifier: current thread's event dispatcher")


@pytest.fixture
def dialog(qtbot, tmp_path):
    d = CameraDialog(lambda: Prefs(data_dir=str(tmp_path)))
    qtbot.add_widget(d)
    assert d.frame is None
    assert d.auto.isChecked()
    assert "inside the frame" in d.status.text()
    return d


def blank(w=1280, h=720) -> QImage:
    img = QImage(w, h, QImage.Format.Format_RGB888)
    img.fill(QColor("grey"))
    return img


def test_no_camera_is_said_plainly():
    reason = camera_unavailable_reason()  # no camera on a test machine
    assert reason is not None
    assert "camera" in reason.lower()


def test_guide_keeps_passport_proportions(dialog):
    r = dialog.guide_rect(720, 540)
    assert r.width() / r.height() == pytest.approx(125 / 88)
    assert r.left() > 0
    assert r.top() > 0


def test_capture_now(qtbot, dialog):
    dialog.capture_now()
    assert "No picture" in dialog.status.text()
    dialog.feed_frame(blank())
    assert dialog.preview.pixmap() is not None
    with qtbot.waitSignal(dialog.captured) as sig:
        dialog.capture_now()
    assert sig.args[0].width() == 1280


def test_a_blank_view_is_not_captured(qtbot, dialog):
    dialog.feed_frame(blank())
    qtbot.waitUntil(lambda: "No machine-readable zone" in dialog.status.text(), timeout=15000)


@pytest.mark.skipif(not sample_files(), reason="no bundled sample")
def test_auto_capture_after_two_equal_reads(qtbot, dialog):
    frame = QImage(str(next(p for p in sample_files() if p.suffix == ".png")))
    assert not frame.isNull()
    with qtbot.waitSignal(dialog.captured, timeout=30000):
        dialog.feed_frame(frame)
    assert "captured" in dialog.status.text()


def test_space_ticks_the_focused_box_and_does_not_capture(qtbot, dialog):
    from PySide6.QtCore import Qt

    dialog.show()
    dialog.feed_frame(blank())
    dialog.auto.setFocus()
    with qtbot.assertNotEmitted(dialog.captured):
        qtbot.keyClick(dialog.auto, Qt.Key.Key_Space)
    assert not dialog.auto.isChecked()  # Space did what the focused box does
    assert dialog.isVisible()
    assert dialog.capture_button.isDefault()  # Enter captures
