"""One read character as the corrections see it: the character, its confidence and the
recogniser's alternatives, and how a changed one stays marked doubtful."""

from __future__ import annotations

from dataclasses import dataclass

from docverify.config import READING


@dataclass(slots=True)
class Cell:
    """One character of a line: as read, how sure the recogniser was, what else it saw."""

    char: str
    conf: float
    alts: tuple[tuple[str, float], ...]


def marked_doubtful(conf: float) -> float:
    """The confidence of a character the reader changed without a check digit to prove it:
    at most just under the doubtful line, so the UI keeps showing it as doubtful."""
    return min(conf, READING.doubtful_char_confidence - 0.01)
