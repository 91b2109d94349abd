"""One verification side by side: verdict on top, image left, fields, findings and hits right."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from docverify.app.fields_panel import FieldsPanel
from docverify.app.findings_list import FindingsList
from docverify.app.hits_panel import HitsPanel
from docverify.app.image_view import ImageView
from docverify.app.jobs import Verification
from docverify.app.verdict_banner import VerdictBanner

IMAGE_SHARE = 0.55  # of the width beside the fields, for the document image
IMAGE_MIN_WIDTH = 380  # px: below this the officer cannot read the printed page
FIELDS_MIN_WIDTH = 300  # px: the MRZ editor and the field values stay readable


class ImagePane(QWidget):
    """The document image with its zoom controls (the View menu has the same, on keys)."""

    def __init__(self, image: ImageView, parent=None) -> None:
        super().__init__(parent)
        self.image = image
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Document"))
        bar.addWidget(title)
        bar.addStretch(1)
        self.buttons: dict[str, QToolButton] = {}
        for name, text, tip, slot in (
                ("zoom_out", "−", self.tr("Zoom out (Ctrl+-)"), image.zoom_out),
                ("fit", self.tr("Fit"), self.tr("Fit to the pane (Ctrl+0)"), image.fit),
                ("zoom_in", "+", self.tr("Zoom in (Ctrl++)"), image.zoom_in),
                ("rotate", "⟳", self.tr("Rotate right (Ctrl+R)"), image.rotate_right)):
            button = QToolButton()
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys do it; tab skips them
            button.clicked.connect(slot)
            bar.addWidget(button)
            self.buttons[name] = button
        self.zoom_label = QLabel()
        self.zoom_label.setObjectName("zoom_label")
        self.zoom_label.setMinimumWidth(self.zoom_label.fontMetrics().horizontalAdvance("1600 %"))
        bar.addWidget(self.zoom_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(image, 1)
        image.zoomChanged.connect(self._show_zoom)
        self._show_zoom(image.zoom)

    def _show_zoom(self, zoom: float) -> None:
        self.zoom_label.setText(f"{zoom * 100:.0f} %")


class ResultView(QWidget):
    """Shows a Verification; forwards the officer's MRZ correction as a signal."""

    recheckRequested = Signal(list)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.banner = VerdictBanner()
        self.image = ImageView()
        self.fields = FieldsPanel()
        self.findings = FindingsList()
        self.hits = HitsPanel()
        self.source = QLabel()
        self.source.setObjectName("source_label")
        self.source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.findings, self.tr("F&indings"))
        self.tabs.addTab(self.hits, self.tr("&Watchlist hits"))
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.fields)
        right.addWidget(self.tabs)
        right.setStretchFactor(1, 1)
        self.image_pane = ImagePane(self.image)
        self.split = split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("result_split")
        split.addWidget(self.image_pane)
        split.addWidget(right)
        # the image gets IMAGE_SHARE of the width, and keeps that share when the window grows
        split.setStretchFactor(0, round(IMAGE_SHARE * 100))
        split.setStretchFactor(1, round((1 - IMAGE_SHARE) * 100))
        split.setSizes([round(IMAGE_SHARE * 1000), round((1 - IMAGE_SHARE) * 1000)])
        split.setChildrenCollapsible(False)
        right.setSizes([420, 300])
        right.setChildrenCollapsible(False)
        self.image_pane.setMinimumWidth(IMAGE_MIN_WIDTH)
        right.setMinimumWidth(FIELDS_MIN_WIDTH)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.source)
        layout.addWidget(split, 1)
        self.findings.findingSelected.connect(self.image.highlight)
        self.fields.recheckRequested.connect(self.recheckRequested)
        self.current: Verification | None = None
        self.setTabOrder(self.image, self.fields.mrz)
        self.setTabOrder(self.fields.mrz, self.fields.recheck)
        self.setTabOrder(self.fields.recheck, self.tabs)

    def show_verification(self, v: Verification) -> None:
        self.current = v
        r = v.result
        self.banner.show_result(r)
        self.image.show_result(v.image, r, v.scale)
        self.fields.show_result(r, v.corrections)
        self.findings.show_result(r)
        self.hits.show_result(r)
        hits = len((r.screening or {}).get("hits", []))
        self.tabs.setTabText(1, self.tr("&Watchlist hits (%1)").replace("%1", str(hits)))
        self.tabs.setTabText(0, self.tr("F&indings (%1)").replace("%1", str(len(r.findings))))
        parts = [r.source or self.tr("MRZ text"),
                 self.tr("read by %1 in %2 s").replace("%1", v.engine).replace(
                     "%2", f"{v.elapsed:.1f}")]
        if v.note:
            parts.append(v.note)
        self.source.setText(" · ".join(parts))
        if hits:
            self.tabs.setCurrentWidget(self.hits)
        else:
            self.tabs.setCurrentWidget(self.findings)

    def show_busy(self, source: str) -> None:
        self.banner.show_busy(source)

    def show_preview(self, shown) -> None:
        """The document as loaded (QImage, scale), before its verification arrives."""
        if shown is not None:
            self.image.show_result(shown[0], None, shown[1])
