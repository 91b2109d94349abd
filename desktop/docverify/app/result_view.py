"""One verification side by side: verdict on top, image left, fields, findings and hits right."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from docverify.app.fields_panel import FieldsPanel
from docverify.app.findings_list import FindingsList
from docverify.app.hits_panel import HitsPanel
from docverify.app.image_view import ImageView
from docverify.app.jobs import Verification
from docverify.app.verdict_banner import VerdictBanner


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
        self.tabs.addTab(self.findings, self.tr("&Findings"))
        self.tabs.addTab(self.hits, self.tr("Watchlist &hits"))
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.fields)
        right.addWidget(self.tabs)
        right.setStretchFactor(1, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.image)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([760, 520])
        split.setChildrenCollapsible(False)
        right.setSizes([420, 300])
        self.image.setMinimumWidth(320)
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
        self.tabs.setTabText(1, self.tr("Watchlist &hits (%1)").replace("%1", str(hits)))
        self.tabs.setTabText(0, self.tr("&Findings (%1)").replace("%1", str(len(r.findings))))
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
