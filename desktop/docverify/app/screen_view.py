"""Screen a person or company typed in by hand (an employer, an agency, a payee, a name read
off a document with no MRZ) against the loaded watchlists, off the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from docverify.app import pool
from docverify.app.crash import report
from docverify.app.hits_panel import HitsPanel
from docverify.app.prefs import Prefs
from docverify.app.work import screen_query
from docverify.app.worker import Job, run_task


class ScreenView(QWidget):
    """A name, and what else is known, screened on Enter; the hits with their reasons below."""

    screened = Signal()  # the hits (or the reason there are none) are shown

    def __init__(self, prefs: Callable[[], Prefs], parent=None) -> None:
        super().__init__(parent)
        self._prefs = prefs
        self._job: Job | None = None
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Name of a person or a company"))
        self.name.setAccessibleName(self.tr("Name to screen"))
        self.birth_date = QLineEdit()
        self.birth_date.setPlaceholderText(self.tr("YYYY-MM-DD or YYYY (optional)"))
        self.birth_date.setAccessibleName(self.tr("Date of birth"))
        self.nationality = QLineEdit()
        self.nationality.setPlaceholderText(self.tr("e.g. PRK (optional)"))
        self.nationality.setAccessibleName(self.tr("Nationality"))
        self.nationality.setMaxLength(3)
        self.document_number = QLineEdit()
        self.document_number.setPlaceholderText(self.tr("optional"))
        self.document_number.setAccessibleName(self.tr("Document number"))
        for short in (self.birth_date, self.nationality, self.document_number):
            short.setMaximumWidth(short.fontMetrics().averageCharWidth() * 36)
        self.screen_button = QPushButton(self.tr("&Screen"))
        self.screen_button.setDefault(True)
        self.clear_button = QPushButton(self.tr("C&lear"))
        self.status = QLabel(self.tr("Type a name, or a document number, and press Enter."))
        self.status.setObjectName("screen_status")
        self.status.setWordWrap(True)
        self.hits = HitsPanel()
        form = QFormLayout()
        form.addRow(self.tr("N&ame:"), self.name)
        form.addRow(self.tr("Date of &birth:"), self.birth_date)
        form.addRow(self.tr("Nati&onality:"), self.nationality)
        form.addRow(self.tr("Doc&ument number:"), self.document_number)
        buttons = QHBoxLayout()
        buttons.addWidget(self.screen_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.hits, 1)
        for field in self.fields():
            field.returnPressed.connect(self.run)
        self.screen_button.clicked.connect(self.run)
        self.clear_button.clicked.connect(self.clear)

    def fields(self) -> tuple[QLineEdit, ...]:
        return (self.name, self.birth_date, self.nationality, self.document_number)

    @property
    def running(self) -> bool:
        return self._job is not None and not self._job.done

    def run(self) -> Job | None:
        """Screen what is typed; a query already running is abandoned for the new one."""
        name, birth, nationality, number = (f.text().strip() for f in self.fields())
        if not name and not number:  # the screening under way, if any, goes on
            self.status.setText(self.tr("Type a name, or a document number, to screen."))
            self.name.setFocus()
            return None
        if self._job is not None and not self._job.done:
            self._job.cancel()
        prefs = self._prefs()
        self.status.setText(self.tr("Screening…"))
        self.screen_button.setEnabled(False)
        generation = pool.generation()
        self._job = run_task(
            lambda ctx: pool.call(screen_query, name, birth, nationality.upper(), number, prefs,
                                  generation),
            on_result=self._show, on_error=self._error, owner=self)
        return self._job

    def _show(self, found: Any) -> None:
        self.screen_button.setEnabled(True)
        if found is None:
            self.hits.show_hits(None)
            self.status.setText(self.tr("No watchlist is loaded: import one in Watchlists "
                                        "(Ctrl+I)."))
        else:
            alerts = sum(1 for h in found.hits if h.get("band") == "alert")
            self.hits.show_hits(found.hits)
            text = self.tr("%1; %2. Screened against %3.").replace(
                "%1", self.tr("%n hit(s)", "", len(found.hits))).replace(
                "%2", self.tr("%n alert(s)", "", alerts)).replace(
                "%3", ", ".join(found.list_versions))
            if found.record_id is not None:
                text += " " + self.tr("Recorded in the history as #%1.").replace(
                    "%1", str(found.record_id))
            else:
                text += " " + self.tr("Not recorded in the history: %1").replace(
                    "%1", found.record_error)
            self.status.setText(text)
        self.screened.emit()

    def _error(self, exc: BaseException) -> None:
        self.screen_button.setEnabled(True)
        self.hits.clear()
        self.status.setText(report(exc, "screen"))
        self.screened.emit()

    def clear(self) -> None:
        for field in self.fields():
            field.clear()
        self.hits.clear()
        self.status.setText(self.tr("Type a name, or a document number, and press Enter."))
        self.name.setFocus()
