"""The chip: Passive Authentication of EF.SOD and data-group files, or of a chip on a reader,
with the chip's face (DG2) beside the photo printed on the page."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QKeyEvent, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from docverify.app import chip_work, pool
from docverify.app.crash import report
from docverify.app.finding_text import core_text, finding_text
from docverify.app.jobs import Verification, to_qimage
from docverify.app.prefs import Prefs
from docverify.app.style import labelled, severity_icon, severity_word, verdict_icon
from docverify.app.worker import Job, run_task
from docverify.model import Severity, Verdict

FACE_HEIGHT = 240  # px: both photos are shown this tall
MIN_WIDTH = 560  # px: as the Settings dialog, so that file names are not cut
PATH_ROLE = Qt.ItemDataRole.UserRole  # a file list item's full path (its text is the name)


def reader_reason(code: str | None) -> str | None:
    """The officer's words for chip_work.reader_status()."""
    translate = QCoreApplication.translate
    return {
        None: None,
        chip_work.NO_PYSCARD: translate(
            "chip", "Reading a chip needs the PC/SC support (pyscard, the 'chip' extra) and a "
            "card reader; see docs/chip.md."),
        chip_work.NO_SERVICE: translate(
            "chip", "The PC/SC service is not running (pcscd), so no card reader can be used."),
        chip_work.NO_READER: translate("chip", "No card reader is connected."),
    }.get(code, code)


def printed_photo(v: Verification | None) -> QImage | None:
    """The photo zone of the page shown, from the MRZ's place and the format; None if unknown."""
    if v is None or v.image is None or v.result.reading is None or v.result.document is None:
        return None
    from docverify.records.portrait import photo_zone

    reading, s = v.result.reading, v.scale or 1.0
    if reading.region is None:
        return None
    shape = (round(v.image.height() / s), round(v.image.width() / s))
    zone = photo_zone(shape, reading.region, str(v.result.document.format))
    if zone is None:
        return None
    return v.image.copy(QRect(round(zone.x * s), round(zone.y * s), round(zone.width * s),
                              round(zone.height * s)))


class ChipDialog(QDialog):
    """Choose EF.SOD, the data groups and trust anchors (or read the chip); see the outcome."""

    verified = Signal(object)  # ChipOutcome
    failed = Signal(str)

    def __init__(self, prefs: Callable[[], Prefs], current: Verification | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Opened anew from the window each time: deleted when closed, not kept as its child.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Verify the chip"))
        self.setMinimumWidth(MIN_WIDTH)
        self._prefs = prefs
        self.current = current
        self.outcome: Any = None
        self._job: Job | None = None
        self.sod = QLineEdit()
        self.sod.setAccessibleName(self.tr("EF.SOD file"))
        self.sod.textChanged.connect(lambda text: self.sod.setToolTip(text.strip()))
        self.dgs = QListWidget()
        self.dgs.setAccessibleName(self.tr("Data group files"))
        self.anchors = QListWidget()
        self.anchors.setAccessibleName(self.tr("Master lists and CSCA certificates"))
        self.anchors.setToolTip(self.tr("None: the CSCAs imported with `docverify masterlists "
                                        "import` are used."))
        self.remove_buttons: dict[QListWidget, QPushButton] = {}
        for w in (self.dgs, self.anchors):
            w.setMaximumHeight(72)
            w.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
            w.installEventFilter(self)  # Delete, Backspace: remove the selected files
        form = QFormLayout()
        self._tab_chain: list[QWidget] = []
        for text, widget, choose in ((self.tr("EF.&SOD:"), self.sod, self._choose_sod),
                                     (self.tr("&Data groups:"), self.dgs, self._add_dgs),
                                     (self.tr("&Trust anchors:"), self.anchors,
                                      self._add_anchors)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, self._row(widget, choose))
        self.headline = QLabel(self.tr("Choose EF.SOD and the data groups, then Verify."))
        self.headline.setObjectName("chip_headline")
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        self.headline.setWordWrap(True)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.findings = QListWidget()
        self.findings.setAccessibleName(self.tr("Chip findings"))
        self.chip_face, self.page_face = QLabel(), QLabel()
        faces = QGridLayout()
        for col, (label, title) in enumerate(((self.chip_face, self.tr("Chip photo (DG2)")),
                                              (self.page_face, self.tr("Printed photo")))):
            label.setMinimumSize(FACE_HEIGHT * 3 // 4, FACE_HEIGHT)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setAccessibleName(title)
            faces.addWidget(QLabel(title), 0, col)
            faces.addWidget(label, 1, col)
        self.verify_button = QPushButton(self.tr("&Verify"))
        self.verify_button.setDefault(True)
        self.verify_button.clicked.connect(self.verify)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.verify_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.headline)
        layout.addWidget(self.details)
        layout.addLayout(faces)
        layout.addWidget(self.findings, 1)
        layout.addWidget(buttons)
        self._show_face(self.page_face, printed_photo(current),
                        self.tr("No printed photo on the page shown."))
        self._show_face(self.chip_face, None, "")
        # Tab: the files row by row, the findings, then Verify and Close (the button box's
        # own order left Close out of the chain).
        chain = [*self._tab_chain, self.findings, self.verify_button, self.close_button]
        for a, b in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(a, b)

    def _row(self, widget: QWidget, choose: Callable[[], None]) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(widget, 1)
        button = QPushButton(self.tr("Browse…"))
        button.clicked.connect(choose)
        self._tab_chain += [widget, button]
        if not isinstance(widget, QListWidget):
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            return row
        remove = QPushButton(self.tr("Remove"))
        remove.setToolTip(self.tr("Remove the selected files from the list (Delete)"))
        remove.setEnabled(False)
        remove.clicked.connect(lambda: self._remove_selected(widget))
        widget.itemSelectionChanged.connect(
            lambda: remove.setEnabled(bool(widget.selectedItems())))
        self.remove_buttons[widget] = remove
        self._tab_chain.append(remove)
        column = QVBoxLayout()
        column.addWidget(button)
        column.addWidget(remove)
        column.addStretch(1)
        row.addLayout(column)
        return row

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (event.type() == QEvent.Type.KeyPress and watched in self.remove_buttons
                and isinstance(event, QKeyEvent)
                and (event.matches(QKeySequence.StandardKey.Delete)
                     or event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace))):
            self._remove_selected(watched)
            return True
        return super().eventFilter(watched, event)

    def _remove_selected(self, w: QListWidget) -> None:
        for item in w.selectedItems():
            w.takeItem(w.row(item))
        if w.count():
            w.setCurrentRow(min(w.currentRow(), w.count() - 1))

    # --- choosing files
    def set_files(self, sod: Path, dgs: list[Path], anchors: list[Path] = ()) -> None:
        self.sod.setText(str(sod))
        self.dgs.clear()
        self._add_files(self.dgs, [str(p) for p in dgs])
        self.anchors.clear()
        self._add_files(self.anchors, [str(p) for p in anchors])

    @staticmethod
    def _add_files(w: QListWidget, paths: list[str]) -> None:
        """Each file by its name, its full path in the tooltip."""
        for path in paths:
            item = QListWidgetItem(Path(path).name or path)
            item.setData(PATH_ROLE, path)
            item.setToolTip(path)
            w.addItem(item)

    def _choose_sod(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("EF.SOD"), "",
                                              self.tr("Chip files (*.bin *.der);;All files (*)"))
        if name:
            self.sod.setText(name)

    def _add_dgs(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Data groups"), "",
                                                self.tr("Chip files (*.bin *.der);;All files (*)"))
        self._add_files(self.dgs, names)

    def _add_anchors(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Master lists and CSCA certificates"), "",
            self.tr("Master lists and certificates (*.ml *.cer *.der *.crt *.pem)"))
        self._add_files(self.anchors, names)

    # --- the work, in the worker process
    def _items(self, w: QListWidget) -> list[str]:
        return [w.item(i).data(PATH_ROLE) or w.item(i).text() for i in range(w.count())]

    def verify(self) -> Job | None:
        if not self.sod.text().strip():
            self._failed(self.tr("Choose the EF.SOD file first."))
            return None
        args = (self.sod.text().strip(), self._items(self.dgs), self._items(self.anchors),
                str(self._prefs().store_path), self._printed_mrz())
        return self._start(lambda ctx: pool.call(chip_work.verify_files, *args))

    def read_chip(self) -> Job | None:
        lines = self._printed_mrz()
        if not lines:
            self._failed(self.tr("Verify the document first: its chip is opened with the MRZ."))
            return None
        store = str(self._prefs().store_path)
        return self._start(lambda ctx: pool.call(chip_work.read_chip, lines, store))

    def _printed_mrz(self) -> list[str] | None:
        reading = self.current.result.reading if self.current else None
        return list(reading.lines) if reading is not None and reading.lines else None

    def _clear_outcome(self) -> None:
        """Forget the previous check's outcome, so that none of it stays beside a new one."""
        self.outcome = None
        self.details.clear()
        self.findings.clear()
        self.setWindowIcon(QIcon())
        self._show_face(self.chip_face, None, "")

    def _start(self, fn: Callable[[Any], Any]) -> Job:
        self._clear_outcome()
        self.verify_button.setEnabled(False)
        self.headline.setText(self.tr("Verifying the chip data…"))
        self._job = run_task(fn, on_result=self.show_outcome, on_error=self._error, owner=self)
        return self._job

    def _error(self, exc: BaseException) -> None:
        self._failed(report(exc, "chip"))

    def _failed(self, message: str) -> None:
        self._clear_outcome()
        self.verify_button.setEnabled(True)
        self.headline.setText(message)
        self.failed.emit(message)

    # --- the outcome
    def show_outcome(self, o: chip_work.ChipOutcome) -> None:
        self.outcome = o
        self.verify_button.setEnabled(True)
        pa = o.pa
        if o.passed:
            text = self.tr("Passive Authentication passed: the chip data are signed by a "
                           "trusted issuer and unaltered.")
            verdict = Verdict.CLEAR
        elif o.signed_only:
            text = self.tr("The SOD is signed by a trusted issuer; no data group was given, so "
                           "the chip data were not compared.")
            verdict = Verdict.REVIEW
        else:
            text = self.tr("Passive Authentication FAILED: do not rely on the chip data.")
            verdict = Verdict.ALERT
        self.headline.setText(text)
        self.setWindowIcon(verdict_icon(verdict))
        yes, no = self.tr("yes"), self.tr("NO")
        groups = ", ".join(f"DG{n} {self._dg_word(s)}" for n, s in pa["data_groups"].items())
        self.details.setText("\n".join((
            self.tr("Signature valid: %1").replace("%1", yes if pa["signature_valid"] else no),
            self.tr("Issuer trusted: %1").replace("%1", yes if pa["chain_trusted"] else no)
            + (f" ({pa['csca']})" if pa.get("csca") else ""),
            self.tr("Data groups: %1").replace("%1", groups or "—"),
            self.tr("Read from: %1").replace("%1", self.tr("files") if o.access == "files"
                                              else self.tr("the chip (%1)").replace(
                                                  "%1", o.access)),
        )))
        self.findings.clear()
        for f in o.findings:
            item = QListWidgetItem(severity_icon(f.severity),
                                   labelled(severity_word(f.severity), finding_text(f)))
            item.setToolTip(f.code)
            self.findings.addItem(item)
        for note in o.notes:
            self.findings.addItem(QListWidgetItem(severity_icon(Severity.WARNING), core_text(note)))
        face = to_qimage(o.face) if o.face is not None else None
        self._show_face(self.chip_face, face, self.tr("No face image in DG2."))
        self.verified.emit(o)

    def _dg_word(self, state: str) -> str:
        return {"match": self.tr("matches"), "mismatch": self.tr("ALTERED"),
                "not read": self.tr("not read")}.get(state, state)

    @staticmethod
    def _show_face(label: QLabel, image: QImage | None, empty: str) -> None:
        if image is None or image.isNull():
            label.setPixmap(QPixmap())
            label.setText(empty)
            return
        label.setPixmap(QPixmap.fromImage(image).scaledToHeight(
            FACE_HEIGHT, Qt.TransformationMode.SmoothTransformation))
