"""Where each field sits in each ICAO Doc 9303 MRZ format (0-based line and column spans)."""

from __future__ import annotations

from dataclasses import dataclass

from docverify.model import DocFormat


@dataclass(frozen=True, slots=True)
class Span:
    """A field: line index and [start, end) columns."""

    line: int
    start: int
    end: int

    def take(self, lines: tuple[str, ...]) -> str:
        return lines[self.line][self.start : self.end]

    def columns(self) -> range:
        return range(self.start, self.end)


@dataclass(frozen=True, slots=True)
class Layout:
    """The field positions of one format; a None span means the format lacks that field."""

    fmt: DocFormat
    lines: int
    length: int
    document_code: Span
    issuing_state: Span
    names: Span
    number: Span
    number_check: Span
    nationality: Span
    birth: Span
    birth_check: Span
    sex: Span
    expiry: Span
    expiry_check: Span
    optional: Span
    optional_check: Span | None
    optional_2: Span | None
    composite: Span | None
    # Spans, in order, whose concatenation the composite check digit covers.
    composite_over: tuple[Span, ...] = ()


def _two_line(
    fmt: DocFormat, length: int, opt_end: int, opt_check: bool, composite: bool
) -> Layout:
    return Layout(
        fmt=fmt,
        lines=2,
        length=length,
        document_code=Span(0, 0, 2),
        issuing_state=Span(0, 2, 5),
        names=Span(0, 5, length),
        number=Span(1, 0, 9),
        number_check=Span(1, 9, 10),
        nationality=Span(1, 10, 13),
        birth=Span(1, 13, 19),
        birth_check=Span(1, 19, 20),
        sex=Span(1, 20, 21),
        expiry=Span(1, 21, 27),
        expiry_check=Span(1, 27, 28),
        optional=Span(1, 28, opt_end),
        optional_check=Span(1, opt_end, opt_end + 1) if opt_check else None,
        optional_2=None,
        composite=Span(1, length - 1, length) if composite else None,
        composite_over=(Span(1, 0, 10), Span(1, 13, 20), Span(1, 21, length - 1))
        if composite
        else (),
    )


TD3 = _two_line(DocFormat.TD3, 44, 42, opt_check=True, composite=True)
MRVA = _two_line(DocFormat.MRVA, 44, 44, opt_check=False, composite=False)
TD2 = _two_line(DocFormat.TD2, 36, 35, opt_check=False, composite=True)
MRVB = _two_line(DocFormat.MRVB, 36, 36, opt_check=False, composite=False)
TD1 = Layout(
    fmt=DocFormat.TD1,
    lines=3,
    length=30,
    document_code=Span(0, 0, 2),
    issuing_state=Span(0, 2, 5),
    number=Span(0, 5, 14),
    number_check=Span(0, 14, 15),
    optional=Span(0, 15, 30),
    birth=Span(1, 0, 6),
    birth_check=Span(1, 6, 7),
    sex=Span(1, 7, 8),
    expiry=Span(1, 8, 14),
    expiry_check=Span(1, 14, 15),
    nationality=Span(1, 15, 18),
    optional_2=Span(1, 18, 29),
    composite=Span(1, 29, 30),
    names=Span(2, 0, 30),
    optional_check=None,
    composite_over=(Span(0, 5, 30), Span(1, 0, 7), Span(1, 8, 15), Span(1, 18, 29)),
)

LAYOUTS: dict[DocFormat, Layout] = {layout.fmt: layout for layout in (TD1, TD2, TD3, MRVA, MRVB)}

# Which character class each column holds, per format: 'd' digit, 'a' letter, 'x' any.
# The reader uses it to undo the classic OCR confusions in data fields.


def char_classes(layout: Layout) -> tuple[str, ...]:
    """Per line, one class letter per column: d digit, c digit or <, a letter or <, s sex, x any."""
    rows = [["x"] * layout.length for _ in range(layout.lines)]

    def mark(span: Span | None, cls: str) -> None:
        if span is not None:
            for c in span.columns():
                rows[span.line][c] = cls

    for span in (layout.document_code, layout.issuing_state, layout.nationality, layout.names):
        mark(span, "a")
    for span in (
        layout.birth,
        layout.birth_check,
        layout.expiry,
        layout.expiry_check,
        layout.composite,
    ):
        mark(span, "d")
    # A check digit that may also be '<': after a long document number, after empty optional data.
    mark(layout.number_check, "c")
    mark(layout.optional_check, "c")
    mark(layout.sex, "s")
    return tuple("".join(r) for r in rows)


# The first letter of the document code each shape allows (Doc 9303 parts 4-7): P for a
# passport, V for a visa, I, A or C for an official travel document of card size.
FIRST_LETTERS: dict[tuple[int, int], str] = {(2, 44): "PV", (2, 36): "IACV", (3, 30): "IAC"}


def layout_for(line_count: int, length: int, first_char: str) -> Layout | None:
    """The layout for lines of this shape; the first character tells a visa from a TD3/TD2."""
    if line_count == 3 and length == 30:
        return TD1
    if line_count == 2 and length == 44:
        return MRVA if first_char == "V" else TD3
    if line_count == 2 and length == 36:
        return MRVB if first_char == "V" else TD2
    return None
