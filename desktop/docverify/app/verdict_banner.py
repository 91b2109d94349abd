"""The verdict in one line: icon, word and advice on a coloured band, reasons below."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout

from docverify.app.finding_text import core_text, reason_texts
from docverify.app.style import VERDICT_COLOUR, verdict_advice, verdict_icon, verdict_word
from docverify.model import Result


class VerdictBanner(QFrame):
    """Empty until a result arrives; then the verdict word, never just a colour."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("verdict_banner")
        self.setAccessibleName(self.tr("Verdict"))
        self.icon = QLabel()
        self.title = QLabel()
        self.title.setObjectName("verdict_title")
        f = self.title.font()
        f.setPointSizeF(f.pointSizeF() * 1.6)
        f.setBold(True)
        self.title.setFont(f)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setObjectName("verdict_detail")
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text = QVBoxLayout()
        text.addWidget(self.title)
        text.addWidget(self.detail)
        row = QHBoxLayout(self)
        row.addWidget(self.icon)
        row.addLayout(text, 1)
        self.show_message(self.tr("Open, drop or paste a document to verify it."))

    def show_message(self, message: str) -> None:
        self.setStyleSheet("")
        self.icon.clear()
        self.title.setText(self.tr("No document"))
        self.detail.setText(message)
        self.setAccessibleDescription(message)

    def show_busy(self, source: str) -> None:
        self.show_message(self.tr("Verifying %1…").replace("%1", source))
        self.title.setText(self.tr("Working"))

    def show_result(self, result: Result) -> None:
        bg, fg = VERDICT_COLOUR[result.verdict]
        self.setStyleSheet(f"#verdict_banner {{ background: {bg}; border: 2px solid {fg};"
                           f" border-radius: 6px; }} #verdict_banner QLabel {{ color: {fg}; }}")
        self.icon.setPixmap(verdict_icon(result.verdict).pixmap(40, 40))
        self.title.setText(self.tr("%1: %2").replace("%1", verdict_word(result.verdict)).replace(
            "%2", verdict_advice(result.verdict)))
        reasons = reason_texts(result.reasons)
        if result.error:
            reasons.append(self.tr("Reading problem: %1").replace("%1", core_text(result.error)))
        self.detail.setText("\n".join(f"• {r}" for r in reasons))
        self.setAccessibleDescription(self.title.text() + " " + self.detail.text())
