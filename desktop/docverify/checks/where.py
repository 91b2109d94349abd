"""Where a finding is: MRZ field positions and their approximate boxes in the image."""

from __future__ import annotations

from docverify.checks.context import Run
from docverify.model import Region
from docverify.mrz.layout import LAYOUTS, Span


def span(run: Run, name: str) -> Span | None:
    """The MRZ span of a field ("birth", "expiry", "number", "names", ...) of the document."""
    doc = run.document
    if doc is None:
        return None
    return getattr(LAYOUTS[doc.format], name, None)  # type: ignore[no-any-return]


def position(run: Run, name: str) -> tuple[int, int] | None:
    """(line, column) of the first MRZ character of a field."""
    s = span(run, name)
    return (s.line, s.start) if s is not None else None


def mrz_box(run: Run, line: int, start: int, end: int) -> Region | None:
    """The box of MRZ characters [start, end) of a line, from the MRZ region and its fixed pitch.

    Exact enough to draw when the MRZ is upright in the image; for a rotated page the whole
    MRZ region is returned instead.
    """
    region = run.mrz_region
    doc = run.document
    if region is None or doc is None:
        return None
    rotation = run.ctx.reading.rotation if run.ctx.reading is not None else 0.0
    if abs(rotation) > 2.0:
        return region
    layout = LAYOUTS[doc.format]
    pitch = region.width / layout.length
    row = region.height / layout.lines
    return Region(
        x=int(region.x + start * pitch),
        y=int(region.y + line * row),
        width=max(1, round((end - start) * pitch)),
        height=max(1, round(row)),
    )


def field_box(run: Run, name: str) -> Region | None:
    """The image box of an MRZ field, when the MRZ region is known."""
    s = span(run, name)
    if s is None:
        return run.mrz_region
    return mrz_box(run, s.line, s.start, s.end)
