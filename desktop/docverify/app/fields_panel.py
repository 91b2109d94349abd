"""The parsed fields, and the MRZ text with doubtful characters marked and editable by hand."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontDatabase, QKeySequence, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from docverify.config import READING
from docverify.model import Result, Severity

DOUBT_BACKGROUND = QColor("#fde293")


class FieldsPanel(QWidget):
    """Field labels on the left, values on the right; the MRZ below in a monospaced editor."""

    recheckRequested = Signal(list)  # the corrected MRZ lines

    FIELDS = ("format", "document_code", "issuing_state", "document_number", "surname",
              "given_names", "nationality", "birth_date", "sex", "expiry_date", "optional_data")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        names = {
            "format": self.tr("Format"), "document_code": self.tr("Document type"),
            "issuing_state": self.tr("Issuing state"),
            "document_number": self.tr("Document number"), "surname": self.tr("Surname"),
            "given_names": self.tr("Given names"), "nationality": self.tr("Nationality"),
            "birth_date": self.tr("Date of birth"), "sex": self.tr("Sex"),
            "expiry_date": self.tr("Date of expiry"), "optional_data": self.tr("Optional data"),
        }
        box = QGroupBox(self.tr("Document fields"))
        form = QFormLayout(box)
        self.values: dict[str, QLabel] = {}
        for key in self.FIELDS:
            value = QLabel("—")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
            value.setAccessibleName(names[key])
            value.setObjectName(f"field_{key}")
            form.addRow(names[key] + ":", value)
            self.values[key] = value

        mrz_box = QGroupBox(self.tr("Machine-readable zone"))
        mrz_layout = QVBoxLayout(mrz_box)
        self.mrz = QPlainTextEdit()
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.mrz.setFont(font)
        self.mrz.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.mrz.setTabChangesFocus(True)
        self.mrz.setFixedHeight(self.mrz.fontMetrics().lineSpacing() * 4 + 12)
        self.mrz.setAccessibleName(self.tr("MRZ text"))
        self.mrz.setAccessibleDescription(
            self.tr("Edit the MRZ to correct a misread character, then re-check."))
        self.doubt = QLabel()
        self.doubt.setWordWrap(True)
        self.doubt.setObjectName("doubt_label")
        self.correction = QLabel()
        self.correction.setWordWrap(True)
        self.correction.setObjectName("correction_label")
        self.recheck = QPushButton(self.tr("&Re-check corrected MRZ"))
        self.recheck.setShortcut(QKeySequence("Ctrl+Return"))
        self.recheck.setToolTip(self.tr("Re-run the checks on the MRZ as typed (Ctrl+Enter)"))
        self.recheck.setEnabled(False)
        self.recheck.clicked.connect(self._recheck)
        self.mrz.textChanged.connect(self._edited)
        row = QHBoxLayout()
        row.addWidget(self.doubt, 1)
        row.addWidget(self.recheck)
        mrz_layout.addWidget(self.mrz)
        mrz_layout.addLayout(row)
        mrz_layout.addWidget(self.correction)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box)
        layout.addWidget(mrz_box)
        self._shown_lines: tuple[str, ...] = ()

    def show_result(self, result: Result | None, corrections: tuple = ()) -> None:
        doc = result.document if result else None
        data = doc.to_json() if doc else {}
        for key, label in self.values.items():
            value = data.get(key)
            label.setText(str(value) if value not in (None, "") else "—")
        reading = result.reading if result else None
        lines = reading.lines if reading else ()
        self._shown_lines = tuple(lines)
        self.mrz.blockSignals(True)
        self.mrz.setPlainText("\n".join(lines))
        self.mrz.blockSignals(False)
        doubtful = self._mark_doubtful(reading.confidences if reading else ())
        self._mark_findings(result)
        if doubtful:
            self.doubt.setText(self.tr("%n doubtful character(s) marked: check them against "
                                       "the document.", "", doubtful))
        elif reading is not None:
            self.doubt.setText(self.tr("No doubtful character."))
        else:
            self.doubt.setText(self.tr("No MRZ was read. You can type it here and re-check."))
        self.mrz.setReadOnly(False)
        self.recheck.setEnabled(False)
        if corrections:
            changes = ", ".join(self._describe(c) for c in corrections)
            self.correction.setText(self.tr("Corrected by hand: %1").replace("%1", changes))
        else:
            self.correction.clear()

    def _describe(self, c: dict) -> str:
        if c.get("column") is None:
            return self.tr("line %1 retyped").replace("%1", str(c["line"]))
        return f"{c['line']}:{c['column']} {c['from']}→{c['to']}"

    def _mark_doubtful(self, confidences) -> int:
        doc = self.mrz.document()
        count = 0
        fmt = QTextCharFormat()
        fmt.setBackground(DOUBT_BACKGROUND)
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(QColor("#b3261e"))
        fmt.setFontWeight(QFont.Weight.Bold)
        self.mrz.blockSignals(True)
        for i, confs in enumerate(confidences):
            block = doc.findBlockByNumber(i)
            for j, p in enumerate(confs):
                if p < READING.doubtful_char_confidence and j < block.length() - 1:
                    cur = QTextCursor(block)
                    cur.setPosition(block.position() + j)
                    cur.setPosition(block.position() + j + 1, QTextCursor.MoveMode.KeepAnchor)
                    cur.mergeCharFormat(fmt)
                    count += 1
        self.mrz.blockSignals(False)
        return count

    def _mark_findings(self, result: Result | None) -> None:
        """Frame the MRZ characters a warning or critical finding points at."""
        if result is None:
            return
        fmt = QTextCharFormat()
        fmt.setForeground(QColor("#b3261e"))
        fmt.setFontWeight(QFont.Weight.Bold)
        fmt.setFontUnderline(True)
        doc = self.mrz.document()
        self.mrz.blockSignals(True)
        for f in result.findings:
            if f.position is None or f.severity is Severity.INFO:
                continue
            line, col = f.position
            block = doc.findBlockByNumber(line)
            if block.isValid() and col < block.length() - 1:
                cur = QTextCursor(block)
                cur.setPosition(block.position() + col)
                cur.setPosition(block.position() + col + 1, QTextCursor.MoveMode.KeepAnchor)
                cur.mergeCharFormat(fmt)
        self.mrz.blockSignals(False)

    def lines(self) -> list[str]:
        return [ln for ln in self.mrz.toPlainText().splitlines() if ln.strip()]

    def _edited(self) -> None:
        self.recheck.setEnabled(tuple(self.lines()) != self._shown_lines and bool(self.lines()))

    def _recheck(self) -> None:
        if self.recheck.isEnabled():
            self.recheckRequested.emit(self.lines())
