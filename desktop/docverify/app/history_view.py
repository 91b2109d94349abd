"""The history of verifications: search, filter by verdict, export CSV (formula-safe) and JSON."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from docverify.app.history_store import HistoryRecord, HistoryStore, search, to_csv, to_json
from docverify.app.jobs import Verification
from docverify.app.style import verdict_icon, verdict_word
from docverify.model import Verdict


def make_record(v: Verification, operator: str) -> HistoryRecord:
    r = v.result
    doc = r.document.to_json() if r.document else None
    return HistoryRecord(
        time=dt.datetime.now(dt.UTC).astimezone().isoformat(timespec="seconds"),
        operator=operator, source=r.source or "", sha256=v.sha256, verdict=str(r.verdict),
        document=doc, findings=tuple(f.code for f in r.findings),
        hits=tuple((r.screening or {}).get("hits", [])), list_versions=v.list_versions,
        corrections=v.corrections, extra={"engine": v.engine, "error": r.error})


class HistoryView(QWidget):
    """A table of every verification recorded, newest first."""

    exported = Signal(str)

    COLUMNS = ("time", "verdict", "operator", "name", "document", "source")

    def __init__(self, store: HistoryStore, parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Search name, number, file, finding…"))
        self.query.setAccessibleName(self.tr("Search history"))
        self.query.setClearButtonEnabled(True)
        self.verdict = QComboBox()
        self.verdict.setAccessibleName(self.tr("Filter by verdict"))
        self.verdict.addItem(self.tr("All verdicts"), "")
        for v in Verdict:
            self.verdict.addItem(verdict_icon(v), verdict_word(v), str(v))
        self.export_csv = QPushButton(self.tr("Export &CSV…"))
        self.export_json = QPushButton(self.tr("Export &JSON…"))
        self.count = QLabel()
        self.count.setObjectName("history_count")
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setAccessibleName(self.tr("Verification history"))
        self.table.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Verdict"),
                                              self.tr("Operator"), self.tr("Name"),
                                              self.tr("Document"), self.tr("File")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        top = QHBoxLayout()
        label = QLabel(self.tr("&Search:"))
        label.setBuddy(self.query)
        top.addWidget(label)
        top.addWidget(self.query, 1)
        top.addWidget(self.verdict)
        top.addWidget(self.export_csv)
        top.addWidget(self.export_json)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self.query.textChanged.connect(self.refresh)
        self.verdict.currentIndexChanged.connect(self.refresh)
        self.export_csv.clicked.connect(lambda: self._export("csv"))
        self.export_json.clicked.connect(lambda: self._export("json"))
        self._stale = False
        self.refresh()

    def add(self, record: HistoryRecord) -> None:
        self.store.add(record)
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True  # rebuilt when shown: a batch does not redraw a hidden table

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def shown(self) -> list[HistoryRecord]:
        found = search(self.store.records(), self.query.text(), self.verdict.currentData() or "")
        return list(reversed(found))

    def refresh(self) -> None:
        self._stale = False
        records = self.shown()
        self.table.setRowCount(len(records))
        for row, r in enumerate(records):
            doc = r.document or {}
            name = " ".join(p for p in (doc.get("surname"), doc.get("given_names")) if p)
            cells = (r.time, verdict_word(Verdict(r.verdict)) if r.verdict in set(Verdict) else
                     r.verdict, r.operator, name, doc.get("document_number") or "", r.source)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(str(text))
                if col == 1 and r.verdict in set(Verdict):
                    item.setIcon(verdict_icon(Verdict(r.verdict)))
                self.table.setItem(row, col, item)
        total = len(self.store.records())
        self.count.setText(self.tr("%1 of %2 verifications shown").replace(
            "%1", str(len(records))).replace("%2", str(total)))

    def export_to(self, path: Path, kind: str) -> None:
        records = self.shown()
        text = to_csv(records) if kind == "csv" else to_json(records)
        path.write_text(text, encoding="utf-8", newline="")
        self.exported.emit(str(path))

    def _export(self, kind: str) -> None:
        filt = self.tr("CSV files (*.csv)") if kind == "csv" else self.tr("JSON files (*.json)")
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export history"),
                                              f"docverify-history.{kind}", filt)
        if name:
            self.export_to(Path(name), kind)


