"""A folder as a batch: a queue with progress and cancel, then a summary sorted by verdict, each
file that could not be read saying why, and the table exported as CSV."""

from __future__ import annotations

import csv
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from docverify.app import jobs
from docverify.app.crash import report
from docverify.app.finding_text import core_text
from docverify.app.prefs import Prefs
from docverify.app.style import VERDICT_ORDER, severity_icon, verdict_icon, verdict_word
from docverify.app.worker import Job, run_task
from docverify.model import Severity, Verdict
from docverify.records.export import safe_cell

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".webp", ".heic", ".heif",
                  ".pdf"}


def batch_files(folder: Path) -> list[Path]:
    """The document files directly in ``folder``, in name order."""
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in IMAGE_SUFFIXES)


class _SortItem(QTableWidgetItem):
    def __lt__(self, other: QTableWidgetItem) -> bool:
        a = self.data(Qt.ItemDataRole.UserRole)
        b = other.data(Qt.ItemDataRole.UserRole)
        if a is not None and b is not None:
            return a < b
        return super().__lt__(other)


class BatchView(QWidget):
    """Verifies files one after another on the worker pool; double-click opens a result."""

    itemVerified = Signal(object)  # Verification, for the history
    openRequested = Signal(object)  # Verification, to show in the main view
    finished = Signal()

    def __init__(self, prefs: Callable[[], Prefs], parent=None) -> None:
        super().__init__(parent)
        self._prefs = prefs
        self.queue: list[Path] = []
        self.results: list[jobs.Verification] = []
        self.failures: list[tuple[Path, str]] = []
        self._total = 0
        self._job: Job | None = None
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Batch progress"))
        self.progress.setFormat(self.tr("%v of %m"))
        self.status = QLabel(self.tr("Open a folder (Ctrl+Shift+O) to verify every document in it."))
        self.status.setObjectName("batch_status")
        self.status.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("&Cancel batch"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.export_button = QPushButton(self.tr("&Export results…"))
        self.export_button.setToolTip(self.tr("Save this table as a CSV file"))
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self._export)
        self.table = QTableWidget(0, 5)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setAccessibleName(self.tr("Batch results"))
        self.table.setHorizontalHeaderLabels([self.tr("Verdict"), self.tr("File"),
                                              self.tr("Name"), self.tr("Document"),
                                              self.tr("Findings")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the name, not a count
        self.table.cellActivated.connect(self._open_row)
        self.table.cellDoubleClicked.connect(self._open_row)
        top = QHBoxLayout()
        top.addWidget(self.progress, 1)
        top.addWidget(self.cancel_button)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)

    @property
    def running(self) -> bool:
        return self._job is not None and not self._job.done

    def start(self, files: Sequence[Path]) -> None:
        """Queue ``files`` (replacing any finished batch) and start."""
        if self.running:
            self.queue.extend(files)
            self._total += len(files)
        else:
            self.queue = list(files)
            self._total = len(files)
            self.results, self.failures = [], []
            self.table.setRowCount(0)
            self.export_button.setEnabled(False)
            self.table.setSortingEnabled(False)
        self.progress.setRange(0, max(1, self._total))
        self.progress.setValue(self._done())
        self.cancel_button.setEnabled(True)
        if not self.running:
            self._next()

    def _done(self) -> int:
        return len(self.results) + len(self.failures)

    def _next(self) -> None:
        if not self.queue:
            self._finish(cancelled=False)
            return
        path = self.queue.pop(0)
        prefs = self._prefs()
        self.status.setText(self.tr("Verifying %1 (%2 of %3)…").replace("%1", path.name).replace(
            "%2", str(self._done() + 1)).replace("%3", str(self._total)))
        self._job = run_task(lambda ctx: jobs.verify_path(path, prefs),
                             on_result=self._verified,
                             on_error=lambda exc: self._failed(path, exc),
                             on_cancelled=lambda: self._finish(cancelled=True), owner=self)

    def _verified(self, v: jobs.Verification) -> None:
        self.results.append(v)
        self._add_row(v)
        self.itemVerified.emit(v)
        self.progress.setValue(self._done())
        self._next()

    def _failed(self, path: Path, exc: BaseException) -> None:
        message = report(exc, f"batch item {path}")
        self.failures.append((path, message))
        verdict = _SortItem(severity_icon(Severity.CRITICAL), self.tr("Not verified"))
        verdict.setData(Qt.ItemDataRole.UserRole, VERDICT_ORDER[Verdict.REVIEW])
        self._put_row([verdict, self._path_item(path), self._problem_item(message),
                       QTableWidgetItem(""), QTableWidgetItem("")])
        self.progress.setValue(self._done())
        self._next()

    def _add_row(self, v: jobs.Verification) -> None:
        r = v.result
        verdict = _SortItem(verdict_icon(r.verdict), verdict_word(r.verdict))
        verdict.setData(Qt.ItemDataRole.UserRole, VERDICT_ORDER[r.verdict])
        doc = r.document
        name = ", ".join(p for p in (doc.surname, doc.given_names) if p) if doc else ""
        # a file that could not be read says why where the name would be, not only when opened
        who = self._problem_item(core_text(r.error)) if r.error and not doc else QTableWidgetItem(name)
        cells = [verdict, self._path_item(Path(r.source or "")), who,
                 QTableWidgetItem(doc.document_number if doc else ""),
                 QTableWidgetItem(str(len(r.findings)))]
        cells[1].setData(Qt.ItemDataRole.UserRole + 1, len(self.results) - 1)
        self._put_row(cells)

    @staticmethod
    def _path_item(path: Path) -> QTableWidgetItem:
        item = QTableWidgetItem(path.name)
        item.setToolTip(str(path))
        item.setData(Qt.ItemDataRole.UserRole + 2, str(path))
        return item

    @staticmethod
    def _problem_item(message: str) -> QTableWidgetItem:
        item = QTableWidgetItem(message)
        item.setToolTip(message)
        font = item.font()
        font.setItalic(True)
        item.setFont(font)
        item.setData(Qt.ItemDataRole.UserRole + 3, True)  # a problem, not a name
        return item

    def _put_row(self, cells: list[QTableWidgetItem]) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for col, item in enumerate(cells):
            self.table.setItem(row, col, item)

    def cancel(self) -> None:
        """Stop now: the queue is dropped and the file being read is abandoned."""
        if self.running:
            self.queue.clear()
            self._job.on_cancelled = None
            self._job.cancel()
            self._finish(cancelled=True)

    def _finish(self, cancelled: bool) -> None:
        self._job = None
        self.cancel_button.setEnabled(False)
        self.table.setSortingEnabled(True)
        self.table.sortItems(0, Qt.SortOrder.AscendingOrder)
        counts = {}
        # a file that could not be read (not an image, gone since it was queued) was not
        # verified: it is counted with the failures, not under its verdict
        unread = {id(v) for v in self.results if v.result.error and v.result.document is None}
        for v in self.results:
            if id(v) not in unread:
                counts[v.result.verdict] = counts.get(v.result.verdict, 0) + 1
        summary = ", ".join(f"{verdict_word(k)} {n}" for k, n in
                            sorted(counts.items(), key=lambda kv: VERDICT_ORDER[kv[0]]))
        head = self.tr("Batch cancelled") if cancelled else self.tr("Batch finished")
        text = self.tr("%1: %2 verified (%3)").replace("%1", head).replace(
            "%2", str(len(self.results) - len(unread))).replace("%3", summary or "—")
        if self.failures or unread:
            text += " " + self.tr("%n file(s) could not be verified.", "",
                                  len(self.failures) + len(unread))
        self.status.setText(text)
        self.export_button.setEnabled(self.table.rowCount() > 0)
        self.finished.emit()

    def verdicts(self) -> list[str]:
        """The verdict column top to bottom (as shown)."""
        return [self.table.item(r, 0).text() for r in range(self.table.rowCount())]

    def rows(self) -> list[dict[str, str]]:
        """The table as shown, top to bottom, one dict per file (what the CSV holds)."""
        out = []
        for r in range(self.table.rowCount()):
            name = self.table.item(r, 2)
            problem = bool(name.data(Qt.ItemDataRole.UserRole + 3))
            idx = self.table.item(r, 1).data(Qt.ItemDataRole.UserRole + 1)
            findings = self.results[idx].result.findings if idx is not None else ()
            out.append({"verdict": self.table.item(r, 0).text(),
                        "file": self.table.item(r, 1).data(Qt.ItemDataRole.UserRole + 2),
                        "name": "" if problem else name.text(),
                        "document_number": self.table.item(r, 3).text(),
                        "findings": " ".join(f.code for f in findings),
                        "problem": name.text() if problem else ""})
        return out

    def write_csv(self, path: Path) -> int:
        """Write the table to ``path`` as CSV (formula-like cells quoted); returns the rows."""
        rows = self.rows()
        with path.open("w", newline="", encoding="utf-8-sig") as f:  # BOM: spreadsheets read UTF-8
            w = csv.writer(f)
            w.writerow(["verdict", "file", "name", "document_number", "findings", "problem"])
            for row in rows:
                w.writerow([safe_cell(v) for v in row.values()])
        return len(rows)

    def _export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export batch results"),
                                              "docverify-batch.csv",
                                              self.tr("CSV files (*.csv)"))
        if not name:
            return
        try:
            n = self.write_csv(Path(name))
        except OSError as exc:
            self.status.setText(report(exc, "batch export"))
            return
        self.status.setText(self.tr("%n row(s) exported to %1", "", n).replace("%1", name))

    def _open_row(self, row: int, _col: int) -> None:
        idx = self.table.item(row, 1).data(Qt.ItemDataRole.UserRole + 1)
        if idx is not None:
            self.openRequested.emit(self.results[idx])
