"""Every finding with an icon, a colour and words (never colour alone); selecting shows it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from docverify.app.finding_text import finding_text
from docverify.app.style import SEVERITY_COLOUR, labelled, severity_icon, severity_word
from docverify.model import Finding, Result, Severity

_ORDER = {Severity.CRITICAL: 0, Severity.WARNING: 1, Severity.INFO: 2}


class FindingsList(QListWidget):
    """Findings worst first; the selected one is emitted so the image can highlight it."""

    findingSelected = Signal(object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Findings"))
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.currentItemChanged.connect(self._current)

    def show_result(self, result: Result | None) -> None:
        self.clear()
        findings = sorted(result.findings, key=lambda f: _ORDER[f.severity]) if result else []
        for f in findings:
            self.addItem(self._item(f))
        if result is not None and not findings:
            # a file that could not be read was not checked at all: no check "passed"
            item = QListWidgetItem(self.tr("No check was made: the document could not be read.")
                                   if result.error else self.tr("No finding: every check passed."))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.addItem(item)

    def _item(self, f: Finding) -> QListWidgetItem:
        where = ""
        if f.position is not None:
            where = " " + self.tr("(MRZ line %1, column %2)").replace(
                "%1", str(f.position[0] + 1)).replace("%2", str(f.position[1] + 1))
        text = labelled(severity_word(f.severity), f"{finding_text(f)}{where}")
        item = QListWidgetItem(severity_icon(f.severity), text)
        item.setForeground(SEVERITY_COLOUR[f.severity])
        evidence = "\n".join(f"{k}: {v}" for k, v in f.evidence)
        item.setToolTip(f"{f.code}\n{evidence}".strip())
        item.setData(Qt.ItemDataRole.UserRole, f)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
        return item

    def texts(self) -> list[str]:
        return [self.item(i).text() for i in range(self.count())]

    def _current(self, item: QListWidgetItem | None, _prev=None) -> None:
        self.findingSelected.emit(item.data(Qt.ItemDataRole.UserRole) if item else None)
