"""Colours, icons and words for severities and verdicts: never colour alone."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from docverify.model import Severity, Verdict

SEVERITY_COLOUR = {
    Severity.CRITICAL: QColor("#b3261e"),
    Severity.WARNING: QColor("#9a6700"),
    Severity.INFO: QColor("#1f5fa8"),
}
VERDICT_COLOUR = {
    Verdict.CLEAR: ("#e6f4ea", "#0d652d"),
    Verdict.REVIEW: ("#fef7e0", "#7a4f01"),
    Verdict.ALERT: ("#fce8e6", "#a50e0e"),
}
VERDICT_ORDER = {Verdict.ALERT: 0, Verdict.REVIEW: 1, Verdict.CLEAR: 2}
MRZ_COLOUR = QColor("#1a73e8")

_SEVERITY_ICON = {
    Severity.CRITICAL: QStyle.StandardPixmap.SP_MessageBoxCritical,
    Severity.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
    Severity.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation,
}
_VERDICT_ICON = {
    Verdict.CLEAR: QStyle.StandardPixmap.SP_DialogApplyButton,
    Verdict.REVIEW: QStyle.StandardPixmap.SP_MessageBoxWarning,
    Verdict.ALERT: QStyle.StandardPixmap.SP_MessageBoxCritical,
}


def severity_icon(severity: Severity) -> QIcon:
    return QApplication.style().standardIcon(_SEVERITY_ICON[severity])


def verdict_icon(verdict: Verdict) -> QIcon:
    return QApplication.style().standardIcon(_VERDICT_ICON[verdict])


def severity_word(severity: Severity) -> str:
    return {
        Severity.CRITICAL: QCoreApplication.translate("style", "Critical"),
        Severity.WARNING: QCoreApplication.translate("style", "Warning"),
        Severity.INFO: QCoreApplication.translate("style", "Note"),
    }[severity]


def verdict_word(verdict: Verdict) -> str:
    return {
        Verdict.CLEAR: QCoreApplication.translate("style", "CLEAR"),
        Verdict.REVIEW: QCoreApplication.translate("style", "REVIEW"),
        Verdict.ALERT: QCoreApplication.translate("style", "ALERT"),
    }[verdict]


def verdict_advice(verdict: Verdict) -> str:
    return {
        Verdict.CLEAR: QCoreApplication.translate("style", "No problem found. The document can be accepted."),
        Verdict.REVIEW: QCoreApplication.translate("style", "Something needs a closer look before the document is accepted."),
        Verdict.ALERT: QCoreApplication.translate("style", "Do not accept the document; follow the alert procedure."),
    }[verdict]


def labelled(label: str, text: str) -> str:
    """"label: text" as the language writes it (French puts a space before the colon)."""
    return QCoreApplication.translate("style", "%1: %2").replace("%1", label).replace(
        "%2", text)
