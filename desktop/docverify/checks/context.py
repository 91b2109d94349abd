"""What the checks look at: the reading, the decoded document, the image, and today's date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from docverify.model import Document, Finding, Reading, Region, Severity, make_finding

if TYPE_CHECKING:
    import numpy as np

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class CheckContext:
    """The input of `run_checks`.

    ``document`` defaults to the reading's; ``image`` is the page as loaded (BGR, before any
    rotation), the frame that ``Reading.region`` and every finding's region refer to.
    """

    reading: Reading | None
    document: Document | None
    image: np.ndarray | None
    today: dt.date
    source_path: Path | None = None


class Run:
    """One pass of the checks over one context: what rules read, plus values computed once.

    Not a record: rules share expensive intermediate results (the visual-zone OCR, the
    upright image) through ``memo``.
    """

    __slots__ = ("ctx", "_memo", "_closers")

    def __init__(self, ctx: CheckContext) -> None:
        self.ctx = ctx
        self._memo: dict[str, Any] = {}
        self._closers: list[Callable[[], None]] = []

    def on_close(self, fn: Callable[[], None]) -> None:
        """Have ``fn`` called when the run ends (a background process to reap, a file to drop)."""
        self._closers.append(fn)

    def close(self) -> None:
        """End the run: every ``on_close`` callback, in reverse order, each at most once."""
        while self._closers:
            self._closers.pop()()

    @property
    def document(self) -> Document | None:
        if self.ctx.document is not None:
            return self.ctx.document
        return self.ctx.reading.document if self.ctx.reading is not None else None

    @property
    def doc(self) -> Document:
        """The document, for rules registered with ``needs_document`` (the engine checks)."""
        doc = self.document
        assert doc is not None
        return doc

    @property
    def image(self) -> np.ndarray | None:
        return self.ctx.image

    @property
    def today(self) -> dt.date:
        return self.ctx.today

    @property
    def mrz_region(self) -> Region | None:
        return self.ctx.reading.region if self.ctx.reading is not None else None

    def peek(self, key: str) -> Any:
        """The memoised value under ``key`` if another rule computed it, else None."""
        return self._memo.get(key)

    def memo(self, key: str, factory: Callable[[], T]) -> T:
        """The value of ``factory()``, computed at most once per run."""
        if key not in self._memo:
            self._memo[key] = factory()
        return self._memo[key]  # type: ignore[no-any-return]


def finding(
    code: str,
    severity: Severity,
    template: str,
    params: dict[str, object] | None = None,
    *,
    field: str | None = None,
    evidence: dict[str, object] | None = None,
    region: Region | None = None,
    position: tuple[int, int] | None = None,
) -> Finding:
    """A Finding whose message is ``template`` filled with ``params`` (see model.make_finding),
    with its evidence given as a dict (values turned to text)."""
    ev = tuple((k, str(v)) for k, v in (evidence or {}).items())
    return make_finding(code, severity, template, params, field=field, evidence=ev,
                        region=region, position=position)
