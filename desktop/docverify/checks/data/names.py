"""Name field checks: digits in names, fillers inside a name, truncation that cannot happen."""

from __future__ import annotations

import re
from collections.abc import Iterator

from docverify.checks.context import Run, finding
from docverify.checks.registry import rule
from docverify.checks.where import mrz_box
from docverify.model import Finding, Severity
from docverify.mrz.layout import LAYOUTS

C, W = Severity.CRITICAL, Severity.WARNING
_FILLER_RUN = re.compile(r"<{3,}(?=[A-Z0-9])")


def _name_field(run: Run) -> tuple[str, int, int] | None:
    """The raw name field with its line and start column."""
    doc = run.doc
    span = LAYOUTS[doc.format].names
    if len(doc.mrz) <= span.line:
        return None
    return span.take(doc.mrz), span.line, span.start


@rule({"name.digits": (C, "A digit in the name field; MRZ names hold only letters and fillers.")})
def digits(run: Run) -> Iterator[Finding]:
    got = _name_field(run)
    if got is None:
        return
    field, line, start = got
    for i, c in enumerate(field):
        if c.isdigit():
            yield finding(
                "name.digits", C,
                "The name field holds the digit {character!r} at column {column}: names have no"
                " digits.",
                {"character": c, "column": start + i + 1},
                field="names", evidence={"name_field": field, "character": c},
                position=(line, start + i), region=mrz_box(run, line, start + i, start + i + 1),
            )
            return


@rule({
    "name.filler_inside": (W, "Fillers where a name cannot have them: a leading filler, a run "
                              "of three or more fillers followed by more name, or no "
                              "surname."),
    "name.truncation_impossible": (W, "The name fills its field as if truncated, yet the field "
                                      "keeps unused filler space inside it."),
})
def fillers(run: Run) -> Iterator[Finding]:
    got = _name_field(run)
    if got is None:
        return
    field, line, start = got
    body = field.rstrip("<")
    if not body:
        return
    leading, run_length, col = field.startswith("<"), 0, 0
    if not leading and (m := _FILLER_RUN.search(body)) is not None:
        run_length, col = m.end() - m.start(), m.start()
    if leading or run_length:
        yield finding(
            "name.filler_inside", W,
            "The name field starts with a filler: {name!r}." if leading else
            "The name field has {fillers} fillers inside the name: {name!r}.",
            {"name": body, "fillers": run_length},
            field="names", evidence={"name_field": field},
            position=(line, start + col), region=mrz_box(run, line, start + col, start + len(body)),
        )
    if not field.endswith("<") and _FILLER_RUN.search(body) is not None:
        yield finding(
            "name.truncation_impossible", W,
            "The name fills the whole field as if truncated, but leaves unused fillers inside.",
            field="names", evidence={"name_field": field},
            position=(line, start + len(field) - 1),
            region=mrz_box(run, line, start, start + len(field)),
        )
