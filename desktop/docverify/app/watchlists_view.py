"""Watchlists: import (with progress and cancel), versions and dates, enable, remove, age."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from docverify.app import jobs
from docverify.app.crash import report
from docverify.app.prefs import Prefs
from docverify.app.style import severity_icon
from docverify.app.worker import Job, run_task
from docverify.model import Severity


def list_age_days(info: Any, today: dt.date | None = None) -> int | None:
    """Days since the list's own date (or its import, when the list carries none)."""
    today = today or dt.date.today()
    for text in (info.list_date, info.imported_at):
        try:
            return (today - dt.date.fromisoformat(str(text)[:10])).days
        except ValueError:
            continue
    return None


def _import_job(prefs: Prefs, path: Path, ctx) -> Any:
    from docverify.watchlist.screening import import_list, open_store

    # an older store is brought up to date first, with its own progress and cancel
    store = open_store(prefs.store_path, progress=lambda d, t: ctx.progress(d, t),
                       cancel=ctx.cancelled)
    try:
        return import_list(store, path, progress=lambda d, t: ctx.progress(d, t),
                           cancel=ctx.cancelled)
    finally:
        store.close()


class WatchlistsView(QWidget):
    """The loaded lists; every change goes through docverify.watchlist's public functions."""

    listsChanged = Signal()
    message = Signal(str)

    COLUMNS = ("enabled", "list", "version", "date", "imported", "entries", "age")

    def __init__(self, prefs: Callable[[], Prefs], parent=None,
                 confirm: Callable[[str], bool] | None = None) -> None:
        super().__init__(parent)
        self._prefs = prefs
        self._confirm = confirm or self._ask
        self._job: Job | None = None
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setAccessibleName(self.tr("Loaded watchlists"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Enabled"), self.tr("List"), self.tr("Version"), self.tr("List date"),
            self.tr("Imported"), self.tr("Entries"), self.tr("Age")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(  # the list's name takes the room
            1, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._item_changed)
        self.import_button = QPushButton(self.tr("&Import list…"))
        self.toggle_button = QPushButton(self.tr("&Enable/disable"))
        self.remove_button = QPushButton(self.tr("&Remove…"))
        self.cancel_button = QPushButton(self.tr("&Cancel import"))
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setObjectName("watchlist_status")
        self.status.setWordWrap(True)
        self.import_button.clicked.connect(self._choose_file)
        self.toggle_button.clicked.connect(self.toggle_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.cancel_button.clicked.connect(self.cancel_import)
        buttons = QHBoxLayout()
        for b in (self.import_button, self.toggle_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self._infos: list[Any] = []
        self._filling = False
        self._before: set[tuple[str, str, str]] = set()  # the lists as an import began

    # --- the store (short reads on the UI thread; imports run in a worker)
    def _with_store(self, fn: Callable[[Any], Any]) -> Any:
        from docverify.watchlist.screening import open_store

        # Not upgraded here: rebuilding an older store is left to the workers that screen/import.
        store = open_store(self._prefs().store_path, upgrade=False)
        try:
            return fn(store)
        finally:
            store.close()

    def refresh(self) -> None:
        try:
            self._infos = self._with_store(lambda s: s.lists())
        except Exception as exc:  # noqa: BLE001 - shown in plain words
            self._infos = []
            self.status.setText(report(exc, "reading the watchlists"))
            return
        limit = self._prefs().list_age_days
        self._filling = True
        self.table.setRowCount(len(self._infos))
        old = []
        for row, info in enumerate(self._infos):
            age = list_age_days(info)
            check = QTableWidgetItem(self.tr("on") if info.enabled else self.tr("off"))
            check.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                           | Qt.ItemFlag.ItemIsUserCheckable)
            check.setCheckState(Qt.CheckState.Checked if info.enabled else Qt.CheckState.Unchecked)
            age_item = QTableWidgetItem(self.tr("%n day(s)", "", age) if age is not None else "?")
            if age is not None and limit and age > limit:
                age_item.setIcon(severity_icon(Severity.WARNING))
                age_item.setText(self.tr("%n day(s): too old", "", age))
                old.append(info.list_id)
            cells = [check, QTableWidgetItem(info.list_id), QTableWidgetItem(info.version),
                     QTableWidgetItem(info.list_date or self.tr("undated")),
                     QTableWidgetItem(info.imported_at), QTableWidgetItem(str(info.entries)),
                     age_item]
            for col, item in enumerate(cells):
                self.table.setItem(row, col, item)
        self._filling = False
        if not self._infos:
            self.status.setText(self.tr("No watchlist loaded: documents are not screened. "
                                        "Import a list (Ctrl+I)."))
        elif old:
            self.status.setText(self.tr("Warning: older than %1 days: %2. Import a current "
                                        "version.").replace("%1", str(limit)).replace(
                                            "%2", ", ".join(old)))
        else:
            self.status.setText(self.tr("%n list(s) loaded.", "", len(self._infos)))

    def list_ids(self) -> list[str]:
        return [i.list_id for i in self._infos]

    def _selected(self) -> Any | None:
        row = self.table.currentRow()
        return self._infos[row] if 0 <= row < len(self._infos) else None

    # --- actions
    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 0:
            return
        info = self._infos[item.row()]
        self._set_enabled(info.list_id, item.checkState() == Qt.CheckState.Checked)

    def toggle_selected(self) -> None:
        info = self._selected()
        if info is not None:
            self._set_enabled(info.list_id, not info.enabled)

    def _set_enabled(self, list_id: str, enabled: bool) -> None:
        try:
            self._with_store(lambda s: s.set_enabled(list_id, enabled))
        except Exception as exc:  # noqa: BLE001
            self.status.setText(report(exc, "enable list"))
            return
        self._changed()

    def remove_selected(self) -> None:
        info = self._selected()
        if info is None:
            self.status.setText(self.tr("Select a list first."))
            return
        question = self.tr("Remove the list %1 (%2)? Documents will no longer be screened "
                           "against it.").replace("%1", info.list_id).replace("%2", info.version)
        if not self._confirm(question):
            return
        try:
            self._with_store(lambda s: s.remove(info.list_id))
        except Exception as exc:  # noqa: BLE001
            self.status.setText(report(exc, "remove list"))
            return
        self._changed()

    def _ask(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Remove watchlist"), question,
                                      QMessageBox.StandardButton.Yes
                                      | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a watchlist"), "",
            self.tr("Watchlists (*.xml *.csv *.tsv *.txt *.json *.jsonl *.gz);;All files (*)"))
        if name:
            self.import_file(Path(name))

    @property
    def importing(self) -> bool:
        return self._job is not None and not self._job.done

    def import_file(self, path: Path) -> Job | None:
        if self.importing:
            self.status.setText(self.tr("An import is already running."))
            return None
        prefs = self._prefs()
        self._before = self._versions()
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.cancel_button.setEnabled(True)
        self.import_button.setEnabled(False)
        self.status.setText(self.tr("Importing %1…").replace("%1", path.name))
        self._job = run_task(lambda ctx: _import_job(prefs, path, ctx),
                             on_result=self._imported, on_error=self._import_failed,
                             on_progress=self._import_progress,
                             on_cancelled=self._import_cancelled, owner=self)
        return self._job

    def cancel_import(self) -> None:
        if self.importing:
            self._job.cancel()
            self.status.setText(self.tr("Cancelling the import…"))

    def _import_progress(self, done: int, total: int, _payload: Any) -> None:
        if total > 0:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(1000 * done / total))

    def _import_ended(self) -> None:
        self.progress.setVisible(False)
        self.cancel_button.setEnabled(False)
        self.import_button.setEnabled(True)

    def _imported(self, summary: Any) -> None:
        self._import_ended()
        self._changed()
        if summary.unchanged:
            text = self.tr("%1 is already up to date (%2).")
        else:
            text = self.tr("Imported %1, version %2: %3 entries.").replace(
                "%3", str(summary.entries))
        self.status.setText(text.replace("%1", summary.list_id).replace("%2", summary.version))
        self.message.emit(self.status.text())

    def _import_failed(self, exc: BaseException) -> None:
        self._import_ended()
        self._changed()  # the store may have been brought up to date before the import failed
        self.status.setText(self.tr("Import failed: %1").replace("%1", report(exc, "import")))

    def _import_cancelled(self) -> None:
        self._import_ended()
        # An import is atomic, but it may have committed before the cancel reached it (the
        # officer pressed Esc as it finished): the worker screens with what the store holds.
        self._changed()
        new = [i for i in self._infos
               if (i.list_id, i.file_hash, i.imported_at) not in self._before]
        if new:
            self.status.setText(self.tr("Imported %1, version %2: %3 entries.").replace(
                "%3", str(new[0].entries)).replace("%1", new[0].list_id).replace(
                    "%2", new[0].version))
            self.message.emit(self.status.text())
        else:
            self.status.setText(self.tr("Import cancelled."))

    def _versions(self) -> set[tuple[str, str, str]]:
        """Each list version the store holds now (as the table read it, if the store fails)."""
        try:
            infos = self._with_store(lambda s: s.lists())
        except Exception:  # noqa: BLE001 - refresh() says why; the table's read will do here
            infos = self._infos
        return {(i.list_id, i.file_hash, i.imported_at) for i in infos}

    def _changed(self) -> None:
        jobs.lists_changed()
        self.refresh()
        self.listsChanged.emit()
