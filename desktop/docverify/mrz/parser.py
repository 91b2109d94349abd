"""Parse MRZ text per ICAO Doc 9303 into a Document; every problem becomes a named finding."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from docverify import config
from docverify.model import FIELD_LABELS, Document, Finding, MRZParse, Severity, make_finding
from docverify.mrz import codes, dates
from docverify.mrz.checkdigit import check_digit, is_valid
from docverify.mrz.layout import Layout, Span, layout_for

MRZ_ALPHABET = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ<")
_SPACES = re.compile(r"\s+")
_finding = make_finding


def clean_lines(lines: Sequence[str]) -> tuple[str, ...]:
    """Upper-case, drop blanks and inner spaces; one MRZ line per non-empty input line."""
    out = []
    for raw in lines:
        for part in str(raw).splitlines():
            text = _SPACES.sub("", part).upper()
            if text:
                out.append(text)
    return tuple(out)


def _guess_layout(lines: tuple[str, ...]) -> Layout | None:
    if not lines:
        return None
    exact = layout_for(len(lines), len(lines[0]), lines[0][:1])
    if exact is not None and all(len(x) == exact.length for x in lines):
        return exact
    # Tolerate a character or two lost or gained by OCR: the nearest standard length.
    if len(lines) not in (2, 3):
        return None
    mean = sum(len(x) for x in lines) / len(lines)
    target = 30 if len(lines) == 3 else min((36, 44), key=lambda n: abs(n - mean))
    if abs(mean - target) > 3:
        return None
    return layout_for(len(lines), target, lines[0][:1])


def _names(field: str) -> tuple[str, str, bool]:
    """Primary and secondary identifiers, and whether the name was truncated."""
    truncated = field[-1:].isalpha()
    primary, _, secondary = field.partition("<<")
    clean = [" ".join(p for p in part.split("<") if p) for part in (primary, secondary)]
    return clean[0], clean[1], truncated


def _check(
    layout: Layout,
    lines: tuple[str, ...],
    name: str,
    data: str,
    digit_span: Span,
    allow_filler: bool = False,
) -> Finding | None:
    digit = digit_span.take(lines)
    if allow_filler and digit == "<" and set(data) <= {"<"}:
        return None
    if is_valid(data, digit):
        return None
    try:
        expected = check_digit(data)
        verified = True
    except ValueError:  # a character outside the MRZ alphabet (see mrz.charset)
        expected, verified = "?", False
    return _finding(
        f"mrz.check_digit.{name}",
        Severity.CRITICAL,
        "The {field_label} check digit is {digit!r} but the data give {expected!r}." if verified
        else "The {field_label} check digit {digit!r} cannot be verified: its data hold a"
        " character outside the MRZ alphabet.",
        {"field_label": FIELD_LABELS[name], "digit": digit, "expected": expected},
        field=name,
        evidence=(("data", data), ("expected", expected), ("found", digit)),
        position=(digit_span.line, digit_span.start),
    )


def _long_number(layout: Layout, lines: tuple[str, ...]) -> tuple[str, str, str, Span] | None:
    """A TD1/TD2 document number longer than 9: (number, check digit, rest of optional, span)."""
    if layout.fmt.value not in ("TD1", "TD2") or layout.number_check.take(lines) != "<":
        return None
    head = layout.number.take(lines)
    optional = layout.optional.take(lines)
    end = optional.find("<")
    if end < 1 or "<" in head:
        return None
    tail, digit = optional[: end - 1], optional[end - 1]
    span = Span(layout.optional.line, layout.optional.start + end - 1, layout.optional.start + end)
    return head + tail, digit, optional[end + 1 :], span


def parse(lines: Sequence[str], today: dt.date | None = None) -> MRZParse:
    """Parse MRZ lines. Never raises on bad text: problems are findings, and a text that is
    no MRZ at all gives ``document=None`` with a finding saying why."""
    today = today or dt.date.today()
    total = sum(len(str(x)) for x in lines)
    if total > config.MAX_MRZ_TEXT_CHARS:
        return MRZParse(
            None,
            (
                _finding(
                    "mrz.format.unknown",
                    Severity.CRITICAL,
                    "The text is {total} characters long; an MRZ has at most 90.",
                    {"total": total},
                ),
            ),
        )
    text = clean_lines(lines)
    layout = _guess_layout(text)
    if layout is None:
        return MRZParse(
            None,
            (
                _finding(
                    "mrz.format.unknown",
                    Severity.CRITICAL,
                    "This is not an MRZ: {lines} line(s) of {shape} characters; expected 3×30 "
                    "(TD1), 2×36 (TD2, MRV-B) or 2×44 (TD3, MRV-A)." if text else
                    "No MRZ text was given: an MRZ is 3×30 (TD1), 2×36 (TD2, MRV-B) or 2×44"
                    " (TD3, MRV-A) characters.",
                    {"lines": len(text), "shape": " + ".join(str(len(x)) for x in text)},
                ),
            ),
        )
    findings: list[Finding] = []
    fixed = []
    for i, line in enumerate(text):
        if len(line) != layout.length:
            findings.append(
                _finding(
                    "mrz.line_length",
                    Severity.CRITICAL,
                    "Line {line} has {length} characters; {format} lines have {expected}.",
                    {"line": i + 1, "length": len(line), "format": str(layout.fmt),
                     "expected": layout.length},
                    evidence=(("line", str(i + 1)), ("length", str(len(line)))),
                )
            )
        fixed.append(line[: layout.length].ljust(layout.length, "<"))
    lines_t = tuple(fixed)
    for i, line in enumerate(lines_t):
        for j, c in enumerate(line):
            if c not in MRZ_ALPHABET:
                findings.append(
                    _finding(
                        "mrz.charset",
                        Severity.CRITICAL,
                        "Character {character!r} at line {line}, column {column} is not in the"
                        " MRZ alphabet.",
                        {"character": c, "line": i + 1, "column": j + 1},
                        evidence=(("character", c),),
                        position=(i, j),
                    )
                )
    return _decode(layout, lines_t, findings, today)


def _decode(
    layout: Layout, lines: tuple[str, ...], findings: list[Finding], today: dt.date
) -> MRZParse:
    def add(f: Finding | None) -> None:
        if f is not None:
            findings.append(f)

    optional = layout.optional.take(lines)
    number = layout.number.take(lines)
    long = _long_number(layout, lines)
    if long is not None:
        number, digit, optional, digit_span = long
        add(_check(layout, lines, "document_number", number, digit_span))
    else:
        add(_check(layout, lines, "document_number", number, layout.number_check))

    birth_raw, expiry_raw = layout.birth.take(lines), layout.expiry.take(lines)
    add(_check(layout, lines, "birth_date", birth_raw, layout.birth_check))
    add(_check(layout, lines, "expiry_date", expiry_raw, layout.expiry_check))
    if layout.optional_check is not None:
        add(
            _check(
                layout,
                lines,
                "optional_data",
                layout.optional.take(lines),
                layout.optional_check,
                allow_filler=True,
            )
        )
    if layout.composite is not None:
        data = "".join(span.take(lines) for span in layout.composite_over)
        add(_check(layout, lines, "composite", data, layout.composite))

    birth = dates.decode(birth_raw, "birth", today)
    expiry = dates.decode(expiry_raw, "expiry", today)
    for name, raw, decoded, span in (
        ("birth_date", birth_raw, birth, layout.birth),
        ("expiry_date", expiry_raw, expiry, layout.expiry),
    ):
        if not decoded.valid:
            add(
                _finding(
                    f"mrz.date.{name}.invalid",
                    Severity.CRITICAL,
                    "The {field_label} {value!r} is not a calendar date.",
                    {"field_label": FIELD_LABELS[name], "value": raw},
                    field=name,
                    evidence=(("value", raw),),
                    position=(span.line, span.start),
                )
            )
        elif decoded.date is None:
            add(
                _finding(
                    f"mrz.date.{name}.partial",
                    Severity.INFO,
                    "The {field_label} {value!r} is only partly known.",
                    {"field_label": FIELD_LABELS[name], "value": raw},
                    field=name,
                    evidence=(("value", raw),),
                    position=(span.line, span.start),
                )
            )

    sex = layout.sex.take(lines)
    if sex not in ("M", "F", "X", "<"):
        add(
            _finding(
                "mrz.sex.invalid",
                Severity.CRITICAL,
                "Sex {value!r} is not M, F, X or '<'.",
                {"value": sex},
                field="sex",
                evidence=(("value", sex),),
                position=(layout.sex.line, layout.sex.start),
            )
        )

    state = codes.normalise_code(layout.issuing_state.take(lines))
    nationality = codes.normalise_code(layout.nationality.take(lines))
    for name, code, span in (
        ("issuing_state", state, layout.issuing_state),
        ("nationality", nationality, layout.nationality),
    ):
        if not codes.is_known_code(code):
            add(
                _finding(
                    f"mrz.code.{name}.unknown",
                    Severity.WARNING,
                    "Issuing state {value!r} is neither an ISO 3166 code nor an ICAO code."
                    if name == "issuing_state" else
                    "Nationality {value!r} is neither an ISO 3166 code nor an ICAO code.",
                    {"value": code},
                    field=name,
                    evidence=(("value", code),),
                    position=(span.line, span.start),
                )
            )

    surname, given, truncated = _names(layout.names.take(lines))
    if truncated:
        add(
            _finding(
                "mrz.name.truncated",
                Severity.INFO,
                "The name fills the whole name field and was probably truncated.",
                field="names",
                position=(layout.names.line, layout.names.end - 1),
            )
        )
    optional_2 = layout.optional_2.take(lines) if layout.optional_2 else ""
    document = Document(
        format=layout.fmt,
        mrz=lines,
        document_code=layout.document_code.take(lines).rstrip("<"),
        issuing_state=state,
        document_number=number.rstrip("<"),
        nationality=nationality,
        birth_date=birth.date,
        sex=sex,
        expiry_date=expiry.date,
        surname=surname,
        given_names=given,
        optional_data=optional.strip("<").replace("<", " "),
        optional_data_2=optional_2.strip("<").replace("<", " "),
        names_truncated=truncated,
    )
    return MRZParse(document, tuple(findings))
