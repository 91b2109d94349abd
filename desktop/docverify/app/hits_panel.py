"""Watchlist hits with the reasons each one was raised."""

from __future__ import annotations

from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from docverify.app.finding_text import core_text, name_reason_lines
from docverify.app.style import severity_icon
from docverify.model import Result, Severity

_BAND_SEVERITY = {"alert": Severity.CRITICAL, "review": Severity.WARNING,
                  "namesake": Severity.INFO}


def reason_lines(reason: str) -> str:
    """A reason as the panel shows it, in the interface's language: the name it is about on a
    line of its own, then each matched part on its own indented line, so no part of why a hit
    was raised is cut off at the panel's edge ("name 'X': 'a' ~ 'a' (exact); 'b' ~ 'c'
    (spelling variant)"). A reason read back from a stored record is plain English text: it is
    laid out by its separators."""
    structured = name_reason_lines(reason)
    if structured is not None:
        return "\n".join([structured[0], *(f"    {line}" for line in structured[1:])])
    reason = core_text(reason)
    head, colon, parts = reason.partition(": ")
    if not (reason.startswith("name ") and colon):
        return reason.replace("; ", ";\n    ")
    return "\n".join([f"{head}:", *(f"    {part}" for part in parts.split("; "))])


class HitsPanel(QTreeWidget):
    """One row per hit (list, name, score, band), its explanations as child rows."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Watchlist hits"))
        self.setHeaderLabels([self.tr("Listed name"), self.tr("List"), self.tr("Score"),
                              self.tr("Band")])
        self.setColumnWidth(0, 220)
        self.setWordWrap(True)

    def band_word(self, band: str) -> str:
        return {"alert": self.tr("Alert"), "review": self.tr("Review"),
                "namesake": self.tr("Namesake")}.get(band, band)

    def show_result(self, result: Result | None) -> None:
        screening = result.screening if result else None
        if result is not None and screening is None:
            self.show_hits(None)
            return
        self.show_hits((screening or {}).get("hits", []) if result is not None else [],
                       empty=result is not None)

    def show_hits(self, hits: list[dict] | None, empty: bool = True) -> None:
        """The hits as screening gave them (Hit.to_json); None when nothing was screened;
        with ``empty``, no hit is said as such."""
        self.clear()
        if hits is None:
            QTreeWidgetItem(self, [self.tr("Not screened: no watchlist is loaded or "
                                           "screening is off.")])
            return
        if not hits and empty:
            QTreeWidgetItem(self, [self.tr("No watchlist hit.")])
            return
        for h in hits:
            band = str(h.get("band", ""))
            item = QTreeWidgetItem(self, [str(h.get("name", "")),
                                          f"{h.get('list', '')} ({h.get('list_version', '')})",
                                          f"{float(h.get('score', 0)):.2f}", self.band_word(band)])
            item.setIcon(3, severity_icon(_BAND_SEVERITY.get(band, Severity.INFO)))
            item.setToolTip(0, str(h.get("entry_id", "")))
            for reason in h.get("reasons", []):
                child = QTreeWidgetItem(item, [reason_lines(reason)])
                child.setFirstColumnSpanned(True)
                child.setToolTip(0, str(reason))
            item.setExpanded(True)

    def hit_count(self) -> int:
        hits = []
        for i in range(self.topLevelItemCount()):
            if self.topLevelItem(i).childCount() or self.topLevelItem(i).text(2):
                hits.append(i)
        return len(hits)
