"""The main window: actions, menus and the five views; the work happens in the parts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QTabWidget,
)

from docverify.app import pool, report
from docverify.app.batch_view import IMAGE_SUFFIXES, BatchView, batch_files
from docverify.app.camera import camera_unavailable_reason
from docverify.app.chip_dialog import ChipDialog, reader_reason
from docverify.app.crash import report as crash_report
from docverify.app.history_view import HistoryView
from docverify.app.jobs import Verification
from docverify.app.prefs import Prefs, load_prefs, save_prefs
from docverify.app.result_view import ResultView
from docverify.app.screen_view import ScreenView
from docverify.app.settings_dialog import SettingsDialog
from docverify.app.verifier import Verifier
from docverify.app.watchlists_view import WatchlistsView
from docverify.app.worker import run_task

MRZ_LINE_LENGTHS = {30, 36, 44}


class MainWindow(QMainWindow):
    """Verify / Batch / History / Watchlists tabs, with every action on a shortcut."""

    def __init__(self, settings: QSettings, load_sample: bool = True) -> None:
        super().__init__()
        self.settings = settings
        self.prefs: Prefs = load_prefs(settings)
        self.setWindowTitle(self.tr("docverify: document verification"))
        self.setAcceptDrops(True)
        self.resize(1280, 800)
        get_prefs = lambda: self.prefs  # noqa: E731 - views read the current settings
        self.verifier = Verifier(get_prefs, self)
        self._rechecking = False  # a failure then is said beside the MRZ being corrected
        self.result_view = ResultView()
        self.batch_view = BatchView(get_prefs)
        self.history_view = HistoryView(get_prefs)
        self.watchlists_view = WatchlistsView(get_prefs)
        self.screen_view = ScreenView(get_prefs)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Views"))
        self.tabs.addTab(self.result_view, self.tr("Verify"))
        self.tabs.addTab(self.batch_view, self.tr("Batch"))
        self.tabs.addTab(self.history_view, self.tr("History"))
        self.tabs.addTab(self.watchlists_view, self.tr("Watchlists"))
        self.tabs.addTab(self.screen_view, self.tr("Screen a name"))
        self.setCentralWidget(self.tabs)
        self.verifier.started.connect(self._started)
        self.verifier.verified.connect(self._verified)
        self.verifier.preview.connect(self.result_view.show_preview)
        self.verifier.failed.connect(self._failed)
        self.result_view.recheckRequested.connect(self._recheck)
        self.batch_view.itemVerified.connect(self._recorded)
        self.batch_view.openRequested.connect(self._show_from_batch)
        self.batch_view.finished.connect(lambda: self.statusBar().showMessage(
            self.batch_view.status.text()))
        self.watchlists_view.message.connect(self.statusBar().showMessage)
        self.history_view.exported.connect(lambda p: self.statusBar().showMessage(
            self.tr("Exported to %1").replace("%1", p)))
        self.history_view.failed.connect(self.statusBar().showMessage)
        self.tabs.currentChanged.connect(self._tab_changed)
        self._build_actions()
        self.statusBar().showMessage(self.tr("Ready. Open (Ctrl+O), drop or paste (Ctrl+V) a "
                                             "document."))
        self._look_for_reader()
        pool.warm_up()
        if load_sample:
            self.verifier.verify_sample(self.prefs.data_path)

    # --- actions and menus
    def _action(self, menu, text: str, shortcut, slot, name: str) -> QAction:
        action = QAction(text, self)
        if shortcut:
            seqs = shortcut if isinstance(shortcut, list) else [shortcut]
            action.setShortcuts([QKeySequence(s) for s in seqs])
            action.setToolTip(f"{text.replace('&', '')} ({action.shortcut().toString()})")
        action.setObjectName(name)
        action.triggered.connect(slot)
        menu.addAction(action)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        S = QKeySequence.StandardKey
        bar = self.menuBar()
        file = bar.addMenu(self.tr("&File"))
        self._action(file, self.tr("&Open document…"), S.Open, self.open_files, "open")
        self._action(file, self.tr("Open &folder as batch…"), "Ctrl+Shift+O",
                     self.open_folder, "open_folder")
        self._action(file, self.tr("&Paste image or MRZ"), S.Paste, self.paste, "paste")
        self._action(file, self.tr("Capture from &camera…"), "Ctrl+Shift+C", self.camera,
                     "camera")
        file.addSeparator()
        self._action(file, self.tr("Sa&ve PDF report…"), "Ctrl+E", self.save_pdf, "save_pdf")
        self._action(file, self.tr("Save &JSON report…"), "Ctrl+Shift+E", self.save_json,
                     "save_json")
        self._action(file, self.tr("P&rint report…"), S.Print, self.print_report, "print")
        file.addSeparator()
        self._action(file, self.tr("&Settings…"), ["Ctrl+,", "Ctrl+Shift+P"], self.open_settings,
                     "settings")
        self._action(file, self.tr("&Quit"), S.Quit if QKeySequence(S.Quit).toString() else
                     "Ctrl+Q", self.close, "quit")
        view = bar.addMenu(self.tr("&View"))
        img = self.result_view.image
        self._action(view, self.tr("Zoom &in"), ["Ctrl++", "Ctrl+="], img.zoom_in, "zoom_in")
        self._action(view, self.tr("Zoom &out"), "Ctrl+-", img.zoom_out, "zoom_out")
        self._action(view, self.tr("&Fit to window"), "Ctrl+0", img.fit, "fit")
        self._action(view, self.tr("&Actual size"), "Ctrl+1", img.actual_size, "actual_size")
        self._action(view, self.tr("Rotate &right"), "Ctrl+R", img.rotate_right, "rotate_right")
        self._action(view, self.tr("Rotate &left"), "Ctrl+Shift+R", img.rotate_left,
                     "rotate_left")
        view.addSeparator()
        self._action(view, self.tr("Edit the &MRZ"), "Ctrl+M", self._focus_mrz, "edit_mrz")
        go = bar.addMenu(self.tr("&Go"))
        for i, name in enumerate(("verify", "batch", "history", "watchlists", "screen")):
            self._action(go, self.tabs.tabText(i), f"Alt+{i + 1}",
                         lambda _=False, i=i: self._go(i), f"go_{name}")
        tools = bar.addMenu(self.tr("&Tools"))
        self._action(tools, self.tr("&Import watchlist…"), "Ctrl+I",
                     lambda: (self._go(3), self.watchlists_view._choose_file()), "import_list")
        self._action(tools, self.tr("&Screen a name…"), "Ctrl+Shift+S", self._screen_name,
                     "screen_name")
        tools.addSeparator()
        self._action(tools, self.tr("&Read the chip…"), "Ctrl+Shift+H", self.read_chip,
                     "read_chip")
        self._action(tools, self.tr("Verify chip &files…"), "Ctrl+Shift+F", self.verify_chip_files,
                     "verify_chip_files")
        tools.addSeparator()
        self._action(tools, self.tr("&Cancel"), "Esc", self.cancel, "cancel")
        self._action(tools, self.tr("Find in &history"), S.Find, self._find, "find")
        help_ = bar.addMenu(self.tr("&Help"))
        self._action(help_, self.tr("&Keyboard shortcuts"), S.HelpContents, self.show_shortcuts,
                     "shortcuts")
        self._action(help_, self.tr("&About docverify"), None, self.about, "about")

    def action(self, name: str) -> QAction:
        return self.findChild(QAction, name)

    # --- bringing documents in
    def open_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Open documents"), "",
            self.tr("Documents (*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp *.heic *.heif *.pdf)"))
        self.open_paths([Path(n) for n in names])

    def open_paths(self, paths: list[Path]) -> None:
        """One file is verified on screen; a folder or several files become a batch."""
        if not paths:
            return
        if len(paths) == 1 and paths[0].is_dir():
            self.start_batch(batch_files(paths[0]))
        elif len(paths) == 1:
            self._go(0)
            self.verifier.verify_path(paths[0])
        else:
            files = [p for p in paths if p.is_file() and p.suffix.lower() in IMAGE_SUFFIXES]
            for p in paths:
                if p.is_dir():
                    files.extend(batch_files(p))
            self.start_batch(files)

    def open_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Open a folder as a batch"))
        if name:
            self.open_paths([Path(name)])

    def start_batch(self, files: list[Path]) -> None:
        if not files:
            self._failed(self.tr("No document files (images or PDF) were found there."))
            return
        self._go(1)
        self.batch_view.start(files)

    def paste(self) -> None:
        mime = QApplication.clipboard().mimeData()  # None on some platforms when empty
        local = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()] if mime else []
        if mime is not None and mime.hasImage():
            self._go(0)
            self.verifier.verify_picture(QApplication.clipboard().image(),
                                         self.tr("pasted image"))
        elif local:  # a web address is no file here: the app never goes on the network
            self.open_paths(local)
        elif mime is not None and mime.hasText() and self._looks_like_mrz(mime.text()):
            self._go(0)
            self.verifier.verify_text(mime.text().splitlines())
        else:
            self._failed(self.tr("The clipboard holds no image, file or MRZ text."))

    @staticmethod
    def _looks_like_mrz(text: str) -> bool:
        lines = [ln.strip().replace(" ", "") for ln in text.splitlines() if ln.strip()]
        return 2 <= len(lines) <= 3 and all(len(ln) in MRZ_LINE_LENGTHS for ln in lines)

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasUrls() or event.mimeData().hasImage():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt override
        mime = event.mimeData()
        local = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
        if local:
            self.open_paths(local)
        elif mime.hasImage():
            self._go(0)
            self.verifier.verify_picture(mime.imageData(), self.tr("dropped image"))
        elif mime.hasUrls():
            self._failed(self.tr("Only files on this computer can be verified: docverify never"
                                 " goes on the network."))
        event.acceptProposedAction()

    def camera(self) -> None:
        reason = camera_unavailable_reason()
        if reason:
            self.statusBar().showMessage(reason)
            QMessageBox.information(self, self.tr("Camera"), reason)
            return
        from docverify.app.camera import CameraDialog

        dialog = CameraDialog(lambda: self.prefs, self)
        dialog.captured.connect(lambda image: (self._go(0), self.verifier.verify_picture(
            image, self.tr("camera capture"))))
        dialog.start_camera()
        dialog.open()

    # --- the chip
    def _look_for_reader(self) -> None:
        """Read chip is enabled only with a PC/SC reader; otherwise its tip says why."""
        from docverify.app import chip_work

        action = self.action("read_chip")
        action.setEnabled(False)
        action.setStatusTip(self.tr("Looking for a card reader…"))
        run_task(lambda ctx: chip_work.reader_status(), on_result=self._reader_found,
                 owner=self)

    def _reader_found(self, code: str | None) -> None:
        action = self.action("read_chip")
        reason = reader_reason(code)
        action.setEnabled(reason is None)
        tip = reason or self.tr("Read the chip on the card reader with the MRZ shown, and "
                                "verify it (Ctrl+Shift+H)")
        action.setStatusTip(tip)
        action.setToolTip(tip)

    def read_chip(self) -> None:
        if not self.action("read_chip").isEnabled():
            self.statusBar().showMessage(self.action("read_chip").statusTip())
            return
        dialog = ChipDialog(lambda: self.prefs, self.result_view.current, self)
        dialog.failed.connect(self.statusBar().showMessage)
        dialog.open()
        dialog.read_chip()

    def verify_chip_files(self) -> ChipDialog:
        dialog = ChipDialog(lambda: self.prefs, self.result_view.current, self)
        dialog.failed.connect(self.statusBar().showMessage)
        dialog.open()
        return dialog

    # --- results
    def _started(self, label: str) -> None:
        self.result_view.show_busy(label)
        self.statusBar().showMessage(self.tr("Verifying %1…").replace("%1", label))

    def _verified(self, v: Verification) -> None:
        self._rechecking = False
        self.result_view.show_verification(v)
        self.statusBar().showMessage(self.tr("Verified: %1").replace(
            "%1", self.result_view.banner.title.text()))
        if not v.sample:
            self._recorded(v, ask=True)

    def _recorded(self, v: Verification, ask: bool = False) -> None:
        """The worker recorded ``v`` in the audit trail (or says why it could not: in a
        dialog for the document on screen, on the status line for a batch item)."""
        if v.record_error:
            message = self.tr("Not recorded in the audit trail: %1").replace(
                "%1", v.record_error)
            self.statusBar().showMessage(message)
            if ask:
                QMessageBox.warning(self, self.tr("Audit trail"), message)
        self.history_view.changed()

    def _failed(self, message: str) -> None:
        self.statusBar().showMessage(message)
        rechecking, self._rechecking = self._rechecking, False
        if self.result_view.current is None:
            self.result_view.banner.show_message(message)
        elif rechecking:  # said beside the MRZ the officer just edited
            self.result_view.fields.doubt.setText(message)
        # otherwise the document on screen keeps its verdict: the message (nothing in the
        # clipboard, no document in a folder) is about what was just tried, not about it

    def _recheck(self, lines: list[str]) -> None:
        self._rechecking = True
        if self.result_view.current is not None:
            self.verifier.verify_corrected(lines, self.result_view.current)
        else:
            self.verifier.verify_text(lines)

    def _show_from_batch(self, v: Verification) -> None:
        self._go(0)
        self.result_view.show_verification(v)

    def cancel(self) -> None:
        if self.batch_view.running:
            self.batch_view.cancel()
        elif self.watchlists_view.importing:
            self.watchlists_view.cancel_import()

    # --- reports
    def _current_or_say(self) -> Verification | None:
        v = self.result_view.current
        if v is None:
            self._failed(self.tr("Verify a document first."))
        return v

    def save_pdf(self) -> None:
        self._save_report("pdf", self.tr("Save PDF report"), self.tr("PDF files (*.pdf)"),
                          report.write_pdf)

    def print_report(self) -> None:
        v = self._current_or_say()
        if v is not None and report.print_report(v, self.prefs.operator, self):
            self.statusBar().showMessage(self.tr("Report sent to the printer."))

    def save_json(self) -> None:
        self._save_report("json", self.tr("Save JSON report"), self.tr("JSON files (*.json)"),
                          report.write_json)

    def _save_report(self, ext: str, title: str, kinds: str, write) -> None:  # noqa: ANN001
        v = self._current_or_say()
        if v is None:
            return
        name, _ = QFileDialog.getSaveFileName(self, title, self._report_name(v, ext), kinds)
        if not name:
            return
        try:
            write(v, self.prefs.operator, Path(name))
        except OSError as exc:  # a folder gone, no permission, a full disk
            self._failed(crash_report(exc, "save report"))
            return
        self.statusBar().showMessage(self.tr("Report saved to %1").replace("%1", name))

    @staticmethod
    def _report_name(v: Verification, ext: str) -> str:
        stem = Path(v.result.source).stem if v.result.source else "mrz"
        return f"docverify-{stem}.{ext}"

    # --- settings, navigation, help
    def open_settings(self) -> None:
        dialog = SettingsDialog(self.prefs, self)
        if dialog.exec():
            self.apply_prefs(dialog.prefs())

    def apply_prefs(self, prefs: Prefs) -> None:
        moved = prefs.data_path != self.prefs.data_path
        self.prefs = prefs
        save_prefs(self.settings, prefs)
        if moved:
            self.history_view.changed()  # the trail of the new data folder
        self.watchlists_view.refresh()
        self.statusBar().showMessage(self.tr("Settings saved."))

    def _go(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.watchlists_view:
            self.watchlists_view.refresh()

    def _focus_mrz(self) -> None:
        self._go(0)
        self.result_view.fields.mrz.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _screen_name(self) -> None:
        self._go(self.tabs.indexOf(self.screen_view))
        self.screen_view.name.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.screen_view.name.selectAll()

    def _find(self) -> None:
        self._go(2)
        self.history_view.query.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def shortcut_rows(self) -> list[tuple[str, str]]:
        return [(a.text().replace("&", ""), a.shortcut().toString(
            QKeySequence.SequenceFormat.NativeText)) for a in self.actions() if a.objectName()]

    def show_shortcuts(self) -> None:
        rows = "".join(f"<tr><td>{t}</td><td><b>{k}</b></td></tr>" for t, k in
                       self.shortcut_rows())
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), f"<table>{rows}</table>")

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About docverify"), self.tr(
            "docverify checks passports, ID cards and visas offline: it reads the "
            "machine-readable zone, checks it, and screens the holder against watchlists."))

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.batch_view.cancel()
        self.watchlists_view.cancel_import()
        super().closeEvent(event)  # the worker process is stopped once the window is gone
