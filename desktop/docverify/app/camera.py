"""Webcam capture: live preview, a guide frame, auto-capture when the MRZ reads the same twice.

Qt Multimedia (pyside6-addons, and libpulse0 on Linux) is imported only here and only when the
camera is used; without it, or without a camera, the action says why in plain words.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QCheckBox, QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from docverify.app import pool, work
from docverify.app.jobs import from_qimage
from docverify.app.prefs import Prefs
from docverify.app.worker import Job, run_task

READ_INTERVAL_MS = 700  # how often a frame is sent to be read while the preview runs
READ_BUDGET_S = 0.8  # the reader's time budget per camera frame
MIN_SHARPNESS = 60.0  # variance of the Laplacian over the MRZ band below which it is blurred
GUIDE_ASPECT = 125.0 / 88.0  # ID-3 (passport) page; ID-1 cards fit inside with margin
PREVIEW_WIDTH = 720


def camera_unavailable_reason() -> str | None:
    """None when a camera can be used; else the reason in plain words."""
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError:
        return QCoreApplication.translate(
            "camera", "Camera capture needs the Qt Multimedia module (package pyside6-addons), "
            "which is not installed. Scan or photograph the document and open the file.")
    if not QMediaDevices.videoInputs():
        return QCoreApplication.translate(
            "camera", "No camera detected. Connect a camera, or open a scanned file instead.")
    return None


class CameraDialog(QDialog):
    """Shows frames (from the camera, or fed by a test) and captures a good one."""

    captured = Signal(QImage)

    def __init__(self, prefs: Callable[[], Prefs], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Capture from camera"))
        self._prefs = prefs
        self.preview = QLabel()
        self.preview.setMinimumSize(PREVIEW_WIDTH, int(PREVIEW_WIDTH / GUIDE_ASPECT * 1.15))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setAccessibleName(self.tr("Camera preview"))
        self.status = QLabel(self.tr("Hold the document flat inside the frame, machine-readable "
                                     "zone at the bottom."))
        self.status.setObjectName("camera_status")
        self.status.setWordWrap(True)
        self.auto = QCheckBox(self.tr("Capture &automatically when the MRZ reads the same twice"))
        self.auto.setChecked(True)
        self.capture_button = QPushButton(self.tr("&Capture now"))
        # Enter captures (the default button), as Alt+C does; Space stays with the focused
        # control (a shortcut on Space captured when the officer meant to tick the box)
        self.capture_button.setDefault(True)
        self.capture_button.clicked.connect(self.capture_now)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.auto, 1)
        buttons.addWidget(self.capture_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.frame: QImage | None = None
        self._last: work.QuickRead | None = None
        self._job: Job | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(READ_INTERVAL_MS)
        self._timer.timeout.connect(self._read_latest)
        self._timer.start()
        self._camera = None
        self._session = None

    # --- frames
    def start_camera(self) -> None:
        """Connect the default camera (Qt Multimedia must be importable)."""
        from PySide6.QtMultimedia import QCamera, QMediaCaptureSession, QMediaDevices, QVideoSink

        self._camera = QCamera(QMediaDevices.defaultVideoInput(), self)
        self._session = QMediaCaptureSession(self)
        self._sink = QVideoSink(self)
        self._session.setCamera(self._camera)
        self._session.setVideoSink(self._sink)
        self._sink.videoFrameChanged.connect(lambda f: self.feed_frame(f.toImage()))
        self._camera.errorOccurred.connect(lambda _e, text: self.status.setText(text))
        self._camera.start()

    def feed_frame(self, image: QImage) -> None:
        """A new frame: keep it and redraw the preview with the guide frame."""
        if image.isNull():
            return
        self.frame = image
        shown = QPixmap.fromImage(image.scaledToWidth(PREVIEW_WIDTH,
                                                      Qt.TransformationMode.FastTransformation))
        painter = QPainter(shown)
        painter.setPen(QPen(QColor("#1a73e8"), 3, Qt.PenStyle.DashLine))
        guide = self.guide_rect(shown.width(), shown.height())
        painter.drawRect(guide)
        band = QRectF(guide.left(), guide.bottom() - guide.height() * 0.2, guide.width(),
                      guide.height() * 0.2)
        painter.fillRect(band, QColor(26, 115, 232, 40))
        painter.end()
        self.preview.setPixmap(shown)

    @staticmethod
    def guide_rect(width: int, height: int) -> QRectF:
        """The document outline to aim for: 85% of the view, passport proportions."""
        w = width * 0.85
        h = w / GUIDE_ASPECT
        if h > height * 0.85:
            h = height * 0.85
            w = h * GUIDE_ASPECT
        return QRectF((width - w) / 2, (height - h) / 2, w, h)

    # --- reading and capture
    def _read_latest(self) -> None:
        if self.frame is None or not self.auto.isChecked():
            return
        if self._job is not None and not self._job.done:
            return
        bgr, engine = from_qimage(self.frame), self._prefs().engine
        frame = self.frame
        self._job = run_task(lambda ctx: pool.call(work.quick_read, bgr, engine, READ_BUDGET_S),
                             on_result=lambda r: self._read(r, frame),
                             on_error=lambda _e: None, owner=self)

    def _read(self, r: work.QuickRead | None, frame: QImage) -> None:
        if r is None:
            self.status.setText(self.tr("No machine-readable zone seen yet."))
            self._last = None
            return
        if r.sharpness < MIN_SHARPNESS:
            self.status.setText(self.tr("The MRZ is blurred: hold still or move closer."))
            return
        if not r.valid:
            self.status.setText(self.tr("MRZ seen but not read cleanly yet: hold still."))
            self._last = r
            return
        if self._last is not None and self._last.valid and self._last.lines == r.lines:
            self.status.setText(self.tr("Read twice the same: captured."))
            self._capture(frame)
            return
        self._last = r
        self.status.setText(self.tr("MRZ read; checking it once more…"))

    def capture_now(self) -> None:
        if self.frame is None:
            self.status.setText(self.tr("No picture from the camera yet."))
            return
        self._capture(self.frame)

    def _capture(self, frame: QImage) -> None:
        self._timer.stop()
        self.captured.emit(frame.copy())
        self.accept()

    def done(self, result: int) -> None:  # closes on accept and reject alike
        self._timer.stop()
        if self._job is not None:
            self._job.cancel()
        if self._camera is not None:
            self._camera.stop()
        super().done(result)
