"""Findings and verdict reasons in the interface's language: the core's templates, translated."""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from docverify.model import Finding

CONTEXT = "findings"  # the translators' context of the core's templates and field words
_WATCHLIST = re.compile(r"^Watchlist \((alert|review|namesake)\): (.*)\.$", re.DOTALL)


def finding_text(f: Finding) -> str:
    """The finding's message in the interface's language; the core's English message when its
    template has no translation or the translation does not fit the values."""
    if not f.template:
        return f.message
    translated = QCoreApplication.translate(CONTEXT, f.template)
    if translated == f.template:
        return f.message
    values = {k: QCoreApplication.translate(CONTEXT, v) if k.endswith("_label")
              and isinstance(v, str) else v for k, v in f.params}
    try:
        text = translated.format(**values)
    except (KeyError, IndexError, ValueError):
        return f.message  # a translation naming a value the template lacks: never a crash
    # a sentence the translation opens with a field word ("date de naissance : ...")
    return text[:1].upper() + text[1:]


def reason_texts(reasons: Sequence[str], findings: Sequence[Finding]) -> list[str]:
    """The verdict's reasons (policy.decide: finding messages and watchlist hits) translated."""
    by_message = {f.message: f for f in findings}
    out = []
    for r in reasons:
        if r in by_message:
            out.append(finding_text(by_message[r]))
        elif m := _WATCHLIST.match(r):
            # literal contexts: lupdate reads these calls
            band = {"alert": QCoreApplication.translate("findings", "alert"),
                    "review": QCoreApplication.translate("findings", "review"),
                    "namesake": QCoreApplication.translate("findings", "namesake")}[m.group(1)]
            out.append(QCoreApplication.translate("findings", "Watchlist (%1): %2.").replace(
                "%1", band).replace("%2", m.group(2)))
        else:
            out.append(r)
    return out
