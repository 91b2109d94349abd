"""Core texts in the interface's language: findings, verdict reasons and watchlist reasons, their
templates translated and filled with the values the core made them from."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from PySide6.QtCore import QCoreApplication

from docverify.model import Finding

CONTEXT = "findings"  # the translators' context of the core's templates and field words


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _fill(template: str, params: Sequence[tuple[str, object]], english: str) -> str:
    """The translated template filled with the values; the English text when there is no
    translation or it does not fit the values (never a crash)."""
    translated = _tr(template) if template else template
    nested = any(hasattr(v, "template") for _, v in params)
    if not template or (translated == template and not nested):
        return english
    values = {k: _tr(v) if k.endswith("_label") and isinstance(v, str)
              else core_text(v) if hasattr(v, "template") else v  # a Text within: "about 1957"
              for k, v in params}
    try:
        text = translated.format(**values)
    except (KeyError, IndexError, ValueError, TypeError):
        return english
    # a sentence the English starts with a capital, the translation too (it may open with a
    # field word: "date de naissance : ..."); a watchlist reason starts in lower case
    return text[:1].upper() + text[1:] if english[:1].isupper() else text


def finding_text(f: Finding) -> str:
    """The finding's message in the interface's language."""
    return core_text(f.message)


def core_text(text: str) -> str:
    """A core text (model.Text: a finding's message, a verdict or watchlist reason) in the
    interface's language; a plain string (read back from a stored record) as it is."""
    return _fill(getattr(text, "template", ""), getattr(text, "params", ()), text)


@cache
def _how_pattern() -> re.Pattern[str]:
    # imported on first use: the matcher's modules (numpy, rapidfuzz) cost the window's start
    from docverify.watchlist.match import HOW_PHRASES

    phrases = sorted(HOW_PHRASES, key=len, reverse=True)  # the longest phrase first
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, phrases)) + r")(?!\w)")


def how_text(how: str) -> str:
    """How two name parts match (match.PartMatch.how: phrases joined with ", "), translated."""
    return _how_pattern().sub(lambda m: _tr(m.group(0)), how)


def name_reason_lines(reason: str) -> list[str] | None:
    """A watchlist name reason as a head line ("name 'X':") and one line per matched part, in
    the interface's language; None for any other reason or a plain string."""
    template = getattr(reason, "template", None)
    if template is None:
        return None
    from docverify.watchlist.screening import NAME_REASON  # not at start-up (see _how_pattern)

    if template != NAME_REASON:
        return None
    p = dict(reason.params)  # type: ignore[attr-defined]
    head = QCoreApplication.translate("findings", "name {name!r}:").format(name=p["name"])
    part = QCoreApplication.translate("findings", "'{query}' ~ '{listed}' ({how}, {similarity:.2f})")
    return [head, *(part.format(query=q, listed=c, how=how_text(how), similarity=s)
                    for q, c, how, s in p["parts"])]


def reason_text(reason: str) -> str:
    """A watchlist reason on one line, in the interface's language (for the printed report)."""
    lines = name_reason_lines(reason)
    return f"{lines[0]} {'; '.join(lines[1:])}" if lines else core_text(reason)


def reason_texts(reasons: Sequence[str]) -> list[str]:
    """The verdict's reasons (policy.decide: finding messages and watchlist hits) translated."""
    return [core_text(r) for r in reasons]
