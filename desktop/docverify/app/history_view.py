"""The history, read from the audit trail: search, filter, export, the chain's status, and the
selected record in full (printable again)."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from docverify.app.crash import report
from docverify.app.prefs import Prefs
from docverify.app.record_report import record_report
from docverify.app.report import html_of
from docverify.app.style import SEVERITY_COLOUR, severity_icon, verdict_icon, verdict_word
from docverify.app.worker import Job, run_task
from docverify.model import Severity, Verdict
from docverify.records.model import KIND_SCREENING, PERSONAL_KINDS

SHOWN_LIMIT = 500  # newest records shown (search narrows them; export writes what is shown)
SEARCH_DELAY_MS = 200  # typing pauses this long before the trail is searched
PERIOD_DAYS = (None, 0, 7, 30)  # all time, today, last 7 days, last 30 days


class TrailReader:
    """The audit store as the history reads it, opened on first use by a worker thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._store: Any = None
        self._path: Path | None = None

    def store(self, path: Path) -> Any:
        with self._lock:
            if self._store is None or self._path != path:
                if self._store is not None:
                    self._store.close()
                from docverify.records import open_records

                self._store, self._path = open_records(path), path
            return self._store

    def close(self) -> None:
        with self._lock:
            if self._store is not None:
                self._store.close()
            self._store = None


def since_iso(days: int | None, now: dt.datetime | None = None) -> str | None:
    """The start of the period as the trail's UTC ISO time: local midnight for 0 (today)."""
    if days is None:
        return None
    now = (now or dt.datetime.now(dt.UTC)).astimezone()
    start = now.replace(hour=0, minute=0, second=0, microsecond=0) - dt.timedelta(days=days)
    return start.astimezone(dt.UTC).isoformat(timespec="seconds")


def local_time(iso: str) -> str:
    try:
        return dt.datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M:%S")
    except ValueError:
        return iso


def write_export(records: list[Any], chain: Any, kind: str, path: Path) -> int:
    """The shown records as formula-safe CSV, or JSON with the chain report (Qt-free)."""
    import csv
    import json

    from docverify.records.export import CSV_COLUMNS, csv_row

    with open(path, "w", encoding="utf-8", newline="") as f:
        if kind == "csv":
            w = csv.writer(f)
            w.writerow(CSV_COLUMNS)
            for r in records:
                w.writerow(csv_row(r.to_json()))
        else:
            json.dump({"format": "docverify-audit-export/1", "chain": chain.to_json(),
                       "records": [r.to_json() for r in records]}, f, ensure_ascii=False,
                      indent=1)
            f.write("\n")
    return len(records)


class HistoryView(QWidget):
    """The newest verifications of the audit trail; the work is done on worker threads."""

    exported = Signal(str)
    refreshed = Signal()  # the table shows the trail as it is now
    chainChecked = Signal(object)  # the ChainReport shown
    failed = Signal(str)

    COLUMNS = ("id", "time", "verdict", "operator", "workstation", "name", "document",
               "corrections", "source")

    def __init__(self, prefs: Callable[[], Prefs], parent=None) -> None:
        super().__init__(parent)
        self._prefs = prefs
        self.reader = TrailReader()
        self.records: list[Any] = []
        self.total = 0
        self.chain: Any = None
        self._jobs: dict[str, Job] = {}
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Search name, number, file, finding…"))
        self.query.setAccessibleName(self.tr("Search history"))
        self.query.setClearButtonEnabled(True)
        self.verdict = QComboBox()
        self.verdict.setAccessibleName(self.tr("Filter by verdict"))
        self.verdict.addItem(self.tr("All verdicts"), "")
        for v in Verdict:
            self.verdict.addItem(verdict_icon(v), verdict_word(v), str(v))
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Filter by date"))
        for days, text in zip(PERIOD_DAYS, (self.tr("All dates"), self.tr("Today"),
                                            self.tr("Last 7 days"), self.tr("Last 30 days")),
                              strict=True):
            self.period.addItem(text, days)
        self.export_csv = QPushButton(self.tr("Export &CSV…"))
        self.export_json = QPushButton(self.tr("Export &JSON…"))
        self.print_record = QPushButton(self.tr("&Print record…"))
        self.save_record = QPushButton(self.tr("Save record as P&DF…"))
        for button in (self.print_record, self.save_record):
            button.setEnabled(False)
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("Selected record"))
        self.detail.setOpenLinks(False)
        self.detail.setPlaceholderText(self.tr("Select a record to see what was found and why."))
        self.count = QLabel()
        self.count.setObjectName("history_count")
        self.chain_icon = QLabel()
        self.chain_label = QLabel(self.tr("Checking the audit trail…"))
        self.chain_label.setObjectName("chain_status")
        self.chain_label.setWordWrap(True)
        self.chain_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setAccessibleName(self.tr("Verification history"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Record"), self.tr("Time"), self.tr("Verdict"), self.tr("Operator"),
            self.tr("Workstation"), self.tr("Name"), self.tr("Document"),
            self.tr("Corrections"), self.tr("File")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        top = QHBoxLayout()
        label = QLabel(self.tr("&Search:"))
        label.setBuddy(self.query)
        top.addWidget(label)
        top.addWidget(self.query, 1)
        top.addWidget(self.verdict)
        top.addWidget(self.period)
        top.addWidget(self.export_csv)
        top.addWidget(self.export_json)
        bottom = QHBoxLayout()
        bottom.addWidget(self.chain_icon)
        bottom.addWidget(self.chain_label, 1)
        bottom.addWidget(self.count)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        below = QWidget()
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        below_layout.addWidget(self.detail, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.print_record)
        buttons.addWidget(self.save_record)
        below_layout.addLayout(buttons)
        split.addWidget(below)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)
        self._delay = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._delay.timeout.connect(self.refresh)
        self.query.textChanged.connect(self._delay.start)
        self.verdict.currentIndexChanged.connect(self.refresh)
        self.period.currentIndexChanged.connect(self.refresh)
        self.export_csv.clicked.connect(lambda: self._export("csv"))
        self.export_json.clicked.connect(lambda: self._export("json"))
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.print_record.clicked.connect(self._print_selected)
        self.save_record.clicked.connect(self._save_selected)
        self.destroyed.connect(self.reader.close)
        self._stale = True

    # --- when to read the trail
    def changed(self) -> None:
        """A verification was recorded: re-read now if shown, else when shown."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True  # a batch does not re-read a hidden history

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _run(self, name: str, fn: Callable[[], Any], done: Callable[[Any], None]) -> Job:
        """One job per kind; a newer one replaces (cancels) the older."""
        old = self._jobs.get(name)
        if old is not None and not old.done:
            old.cancel()
        job = run_task(lambda ctx: fn(), on_result=done,
                       on_error=lambda exc: self._error(exc, about_trail=name != "export"),
                       owner=self)
        self._jobs[name] = job
        return job

    def _error(self, exc: BaseException, about_trail: bool = True) -> None:
        """Said in the status bar; under the list too when the trail itself could not be
        read (an export that failed says nothing about the chain's state)."""
        message = report(exc, "history")
        if about_trail:  # the trail could not be read: none of what was listed is shown as its
            self.chain_label.setText(message)
            self.records, self.total = [], 0
            self.table.setRowCount(0)
            self._show_selected()
        self.failed.emit(message)

    # --- reading
    def refresh(self) -> Job:
        """Search the trail with the current filters, then check the chain."""
        self._stale = False
        path = self._prefs().store_path
        text, verdict = self.query.text(), self.verdict.currentData() or None
        since = since_iso(self.period.currentData())

        def query() -> tuple[list[Any], int]:
            store = self.reader.store(path)
            return (store.search(text, verdict=verdict, since=since, kind=PERSONAL_KINDS,
                                 limit=SHOWN_LIMIT), store.count())

        return self._run("search", query, self._show)

    def _show(self, found: tuple[list[Any], int]) -> None:
        self.records, self.total = found
        self.table.setRowCount(len(self.records))
        for row, r in enumerate(self.records):
            self._fill(row, r)
        self._show_selected()  # the rows were refilled: the detail follows what is selected now
        self.count.setText(self.tr("%1 shown of %2 records").replace(
            "%1", str(len(self.records))).replace("%2", str(self.total)))
        self.refreshed.emit()
        self.check_chain()

    def _fill(self, row: int, r: Any) -> None:
        name, number = r.subject
        if r.personal is None:
            name = self.tr("(redacted)")
        known = r.verdict in set(Verdict)
        fixes = len((r.personal or {}).get("corrections") or [])
        cells = (f"#{int(r.id)}", local_time(r.time),
                 verdict_word(Verdict(r.verdict)) if known else (r.verdict or ""),
                 r.operator, r.workstation, name, number, str(fixes) if fixes else "",
                 self.tr("(screened by hand)") if r.kind == KIND_SCREENING
                 else (r.personal or {}).get("source") or "")
        for col, text in enumerate(cells):
            item = QTableWidgetItem(str(text))
            if col == 2 and known:
                item.setIcon(verdict_icon(Verdict(r.verdict)))
            if col == 7 and fixes:
                item.setToolTip(self.tr("MRZ corrected by hand"))
            self.table.setItem(row, col, item)
        findings = [code for code, _ in r.body.get("findings", [])]
        self.table.item(row, 0).setToolTip(" ".join(findings) or self.tr("No finding"))

    # --- the selected record
    def selected(self) -> Any:
        rows = {i.row() for i in self.table.selectedItems()}
        return self.records[min(rows)] if len(rows) == 1 and min(rows) < len(self.records) else None

    def selected_report(self) -> Any:
        r = self.selected()
        return record_report(r, local_time(r.time)) if r is not None else None

    def _show_selected(self) -> None:
        rep = self.selected_report()
        self.detail.setHtml(html_of(rep) if rep is not None else "")
        for button in (self.print_record, self.save_record):
            button.setEnabled(rep is not None)

    def _print_selected(self) -> None:
        from docverify.app.report import print_report

        rep = self.selected_report()
        if rep is not None:
            print_report(rep, rep.operator, self)

    def _save_selected(self) -> None:
        from docverify.app.report import write_pdf

        r, rep = self.selected(), self.selected_report()
        if rep is None:
            return
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save record as PDF"),
                                              f"docverify-record-{int(r.id)}.pdf",
                                              self.tr("PDF files (*.pdf)"))
        if name:
            try:
                write_pdf(rep, rep.operator, Path(name))
            except OSError as exc:
                self._error(exc, about_trail=False)
                return
            self.exported.emit(name)

    def check_chain(self) -> Job:
        path = self._prefs().store_path
        return self._run("chain", lambda: self.reader.store(path).verify_chain(),
                         self._show_chain)

    def _show_chain(self, rep: Any) -> None:
        self.chain = rep
        if rep.ok:
            text = self.tr("Audit trail intact: %n record(s)", "", rep.count)
            severity = None
        else:
            text = self.tr("Audit trail broken at record #%1: %2. The %3 records before it "
                           "are intact.").replace("%1", str(rep.first_broken)).replace(
                "%2", str(rep.reason)).replace("%3", str(rep.count))
            severity = Severity.CRITICAL
        icon = verdict_icon(Verdict.CLEAR) if severity is None else severity_icon(severity)
        self.chain_icon.setPixmap(icon.pixmap(18, 18))
        colour = SEVERITY_COLOUR[severity].name() if severity else ""
        self.chain_label.setStyleSheet(f"color: {colour}; font-weight: bold;" if colour else "")
        self.chain_label.setText(text)
        self.chainChecked.emit(rep)

    # --- export
    def export_to(self, path: Path, kind: str) -> Job:
        """Write the records shown (newest first) as CSV or JSON, off the UI thread."""
        records, chain = list(self.records), self.chain
        store_path = self._prefs().store_path

        def write() -> str:
            rep = chain or self.reader.store(store_path).verify_chain()
            write_export(records, rep, kind, path)
            return str(path)

        return self._run("export", write, self.exported.emit)

    def _export(self, kind: str) -> None:
        filt = self.tr("CSV files (*.csv)") if kind == "csv" else self.tr("JSON files (*.json)")
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export history"),
                                              f"docverify-history.{kind}", filt)
        if name:
            self.export_to(Path(name), kind)
