"""Turn raw line readings into MRZ text: fix line lengths, apply each column's character class,
and let the check digits choose among the recogniser's alternatives for doubtful characters
(in names, which have no check digit, the name prior chooses).

A check digit itself is never changed to make a check pass: a mismatch there is a forgery
signal, not an OCR error to hide. Every change made is reported as an info finding.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass

from docverify.config import READING
from docverify.model import Finding, Severity, make_finding, template
from docverify.mrz import codes
from docverify.mrz.checkdigit import is_valid
from docverify.mrz.layout import FIRST_LETTERS, Layout, Span, char_classes, layout_for
from docverify.reading.cells import Cell, marked_doubtful
from docverify.reading.name_spelling import repair_names
from docverify.reading.recognizer import LineResult

# Look-alike pairs between the letter and digit classes, both ways.
TO_DIGIT = {
    "O": "0",
    "Q": "0",
    "D": "0",
    "U": "0",
    "I": "1",
    "L": "1",
    "T": "1",
    "Z": "2",
    "S": "5",
    "B": "8",
    "G": "6",
    "A": "4",
}
TO_LETTER = {"0": "O", "1": "I", "2": "Z", "5": "S", "8": "B", "6": "G", "4": "A"}
_CLASS_OK = {
    "d": set("0123456789"),
    "c": set("0123456789<"),
    "a": set("ABCDEFGHIJKLMNOPQRSTUVWXYZ<"),
    "s": set("MFX<"),
}


# Letters a blurred chevron (<) is read as: its two arms.
_CHEVRON_LIKE = frozenset("KX")

# A character the recogniser dropped (CTC merges or skips under blur): unknown, any symbol.
_LOST = "<"
_ANY: tuple[tuple[str, float], ...] = tuple((c, 0.01) for c in "<0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")


@dataclass(frozen=True, slots=True)
class Corrected:
    """Lines ready for the parser, their per-character confidences and the changes made."""

    lines: tuple[str, ...]
    confidences: tuple[tuple[float, ...], ...]
    changes: tuple[Finding, ...]
    layout: Layout | None
    # Per character, the recogniser's alternatives with their probabilities.
    alternatives: tuple[tuple[tuple[tuple[str, float], ...], ...], ...] = ()


# Why a character was changed (the finding's "by" evidence) -> its message, one template each
# so that the reason is translated with the sentence.
_CORRECTED = {
    "character class": template(
        "Read {read!r} at line {line}, column {column} as {corrected!r} (character class)."),
    "check digit": template(
        "Read {read!r} at line {line}, column {column} as {corrected!r} (check digit)."),
    "composite check digit": template(
        "Read {read!r} at line {line}, column {column} as {corrected!r}"
        " (composite check digit)."),
    "known state code": template(
        "Read {read!r} at line {line}, column {column} as {corrected!r} (known state code)."),
    "name separator": template(
        "Read {read!r} at line {line}, column {column} as {corrected!r} (name separator)."),
    "document code": template(
        "Read {read!r} at line {line}, column {column} as {corrected!r} (document code)."),
    "name spelling": template(
        "Read {read!r} at line {line}, column {column} as {corrected!r} (name spelling)."),
    "visual zone": template(
        "Read {read!r} at line {line}, column {column} as {corrected!r} (visual zone)."),
}


# A reason the table does not know (a new repair not added to it yet).
_CORRECTED_OTHER = template(
    "Read {read!r} at line {line}, column {column} as {corrected!r} ({why}).")


def correction_finding(line: int, column: int, old: str, new: str, why: str) -> Finding:
    """The info finding that reports one character the reader changed, and why."""
    params: dict[str, object] = {"read": old, "line": line + 1, "column": column + 1,
                                 "corrected": new}
    template = _CORRECTED.get(why)
    if template is None:
        template, params["why"] = _CORRECTED_OTHER, why
    return make_finding("reading.corrected", Severity.INFO, template, params,
                        evidence=(("read", old), ("corrected", new), ("by", why)),
                        position=(line, column))


def guess_layout(results: Sequence[LineResult]) -> Layout | None:
    if len(results) == 3:
        return layout_for(3, 30, results[0].text[:1])
    if len(results) == 2:
        mean = sum(len(r.text) for r in results) / 2
        return layout_for(2, 44 if mean > 40 else 36, results[0].text[:1])
    return None


def _fit_length(chars: list[Cell], length: int) -> list[Cell]:
    """Drop or add characters so a line has the format's length, preferring filler runs."""
    chars = list(chars)
    while len(chars) > length:
        drop = min(range(len(chars)), key=lambda i: _drop_cost(chars, i))
        del chars[drop]
    while len(chars) < length:
        # A lost character most likely sat in a run of fillers; otherwise at the end.
        runs = [i for i, c in enumerate(chars) if c.char == "<"]
        at = runs[-1] + 1 if runs else len(chars)
        chars.insert(at, Cell("<", 0.0, (("<", 0.0),)))
    return chars


def _drop_cost(chars: list[Cell], i: int) -> tuple[int, float, int, int]:
    """Which character to drop from a line too long: a filler in a long run, doubtful, late."""
    if chars[i].char != "<":
        return (1, chars[i].conf, 0, -i)
    lo = hi = i
    while lo > 0 and chars[lo - 1].char == "<":
        lo -= 1
    while hi + 1 < len(chars) and chars[hi + 1].char == "<":
        hi += 1
    return (0, chars[i].conf, -(hi - lo), -i)


def _apply_class(ch: Cell, cls: str) -> str | None:
    """The character this column's class asks for, or None to keep it."""
    allowed = _CLASS_OK.get(cls)
    if allowed is None or ch.char in allowed:
        return None
    for alt, _p in ch.alts:
        if alt in allowed:
            return alt
    if cls in ("d", "c"):
        return TO_DIGIT.get(ch.char, "0" if cls == "d" else "<")
    if cls == "a":
        return TO_LETTER.get(ch.char, "<")
    return "<"


def _options(ch: Cell, cls: str) -> list[tuple[str, float]]:
    allowed = _CLASS_OK.get(cls)
    opts = [(a, p) for a, p in ch.alts if allowed is None or a in allowed]
    if not opts or opts[0][0] != ch.char:
        opts.insert(0, (ch.char, ch.conf))
    # A character the recogniser lost may be anything its column allows.
    return opts if ch.alts is _ANY else opts[:3]


def _repair_field(
    rows: list[list[Cell]],
    classes: tuple[str, ...],
    data: Sequence[Span],
    digit: Span,
    frozen: frozenset[tuple[int, int]] = frozenset(),
) -> list[tuple[int, int, str, str]]:
    """Substitute up to two doubtful data characters so the field's check digit validates.

    Cells in ``frozen`` (the check digits inside a composite's data) are never substituted.
    """
    check = rows[digit.line][digit.start].char
    cells = [(s.line, c) for s in data for c in s.columns()]
    text = lambda: "".join(rows[r][c].char for r, c in cells)  # noqa: E731
    if is_valid(text(), check):
        return []
    doubtful = [
        (r, c)
        for r, c in cells
        if rows[r][c].conf < READING.repair_below_confidence and (r, c) not in frozen
    ]
    doubtful.sort(key=lambda rc: rows[rc[0]][rc[1]].conf)
    doubtful = doubtful[: READING.repair_max_positions]
    best: tuple[float, list[tuple[int, int, str]]] | None = None
    for k in (1, 2):
        for combo in itertools.combinations(doubtful, k):
            choices = [
                [o for o in _options(rows[r][c], classes[r][c]) if o[0] != rows[r][c].char]
                for r, c in combo
            ]
            for picks in itertools.product(*choices):
                saved = [rows[r][c].char for r, c in combo]
                for (r, c), (ch, _p) in zip(combo, picks, strict=True):
                    rows[r][c].char = ch
                ok = is_valid(text(), check)
                for (r, c), ch in zip(combo, saved, strict=True):
                    rows[r][c].char = ch
                if ok:
                    # The reading as a whole is likeliest where the changed characters lose
                    # least: each change weighs its probability against the one it replaces.
                    prob = 1.0
                    for (r, c), p in zip(combo, picks, strict=True):
                        prob *= p[1] / max(rows[r][c].conf, 1e-6)
                    if best is None or prob > best[0]:
                        best = (
                            prob,
                            [(r, c, ch) for (r, c), (ch, _p) in zip(combo, picks, strict=True)],
                        )
        if best is not None:
            break
    if best is None or best[0] < (READING.repair_min_ratio if len(best[1]) == 1
                                  else READING.repair_min_ratio_two):
        return []
    changes = []
    for r, c, ch in best[1]:
        changes.append((r, c, rows[r][c].char, ch))
        rows[r][c].char = ch
    return changes


def _repair_code(rows: list[list[Cell]], span: Span, partner: str
                 ) -> list[tuple[int, int, str, str]]:
    """Make an unknown state code known by one likely substitution among the alternatives,
    or by taking the document's other state code (``partner``) where the read allows it:
    whichever reading is likelier once the partner's prior (READING.code_partner_prior) counts."""
    cells = list(span.columns())
    row = rows[span.line]
    current = "".join(row[c].char for c in cells)
    if codes.is_known_code(current):
        return []
    best = None
    for c in cells:
        for alt, p in row[c].alts[1:]:
            trial = "".join(alt if k == c else row[k].char for k in cells)
            if alt.isalpha() or alt == "<":
                if codes.is_known_code(trial) and (best is None or p > best[0]):
                    best = (p, c, alt)
    to_partner = _partner_letters(row, cells, partner)
    if best is None or best[0] < READING.code_repair_min_probability:
        return _take_partner(row, span.line, to_partner)
    p, c, alt = best
    if to_partner:
        substituted = p / max(row[c].conf, 1e-6)
        partnered = math.prod(q / max(row[k].conf, 1e-6) for k, _want, q in to_partner)
        if partnered * READING.code_partner_prior >= substituted:
            return _take_partner(row, span.line, to_partner)
    old = row[c].char
    row[c].char = alt
    return [(span.line, c, old, alt)]


def _partner_letters(row: list[Cell], cells: list[int], partner: str
                     ) -> list[tuple[int, str, float]]:
    """The letters that turn the code read into the document's other, known state code, each
    with the probability the recogniser gave it; empty if they are too many or one was never
    seen there."""
    if len(partner) != len(cells) or not codes.is_known_code(partner):
        return []
    differ = [(c, want) for c, want in zip(cells, partner, strict=True) if row[c].char != want]
    if len(differ) > READING.code_partner_max_changes:
        return []
    seen = [(c, want, dict(row[c].alts).get(want)) for c, want in differ]
    return [] if any(q is None for _c, _w, q in seen) else seen


def _take_partner(row: list[Cell], line: int, letters: list[tuple[int, str, float]]
                  ) -> list[tuple[int, int, str, str]]:
    """Spell the other state code: most documents are issued by the holder's own state, so
    that code is the likeliest reading (each change stays marked doubtful)."""
    changes = []
    for c, want, _q in letters:
        changes.append((line, c, row[c].char, want))
        row[c].char = want
        row[c].conf = marked_doubtful(row[c].conf)
    return changes


def _fields(layout: Layout) -> list[tuple[Span, Span]]:
    fields = [
        (layout.number, layout.number_check),
        (layout.birth, layout.birth_check),
        (layout.expiry, layout.expiry_check),
    ]
    if layout.optional_check is not None:
        fields.append((layout.optional, layout.optional_check))
    return fields


def _fix_rows(rows: list[list[Cell]], layout: Layout) -> list[tuple[int, int, str, str, str]]:
    """Apply the column classes, then the check-digit repairs, to rows of the right length."""
    changes: list[tuple[int, int, str, str, str]] = []
    classes = char_classes(layout)
    for i, row in enumerate(rows):
        for j, ch in enumerate(row):
            new = _apply_class(ch, classes[i][j])
            if new is not None:
                changes.append((i, j, ch.char, new, "character class"))
                ch.char = new
                ch.conf = min(ch.conf, 0.5)
    fields = _fields(layout)
    for data, digit in fields:
        if rows[digit.line][digit.start].char == "<":
            continue  # a long document number or empty optional data: the parser decides
        for r, c, old, new in _repair_field(rows, classes, (data,), digit):
            changes.append((r, c, old, new, "check digit"))
    if layout.composite is not None:
        digits = frozenset((d.line, d.start) for _data, d in fields)
        for r, c, old, new in _repair_field(
            rows, classes, layout.composite_over, layout.composite, digits
        ):
            changes.append((r, c, old, new, "composite check digit"))
    spans = (layout.issuing_state, layout.nationality)
    for span, other in zip(spans, reversed(spans), strict=True):
        partner = "".join(rows[other.line][c].char for c in other.columns())
        for r, c, old, new in _repair_code(rows, span, partner):
            changes.append((r, c, old, new, "known state code"))
    for r, c, old, new in _repair_separator(rows, layout.names):
        changes.append((r, c, old, new, "name separator"))
    for r, c, old, new in _repair_code_filler(rows, layout.document_code):
        changes.append((r, c, old, new, "document code"))
    for r, c, old, new in repair_names(rows, layout.names):
        changes.append((r, c, old, new, "name spelling"))
    return changes


def _repair_code_filler(rows: list[list[Cell]], span: Span) -> list[tuple[int, int, str, str]]:
    """The document code's second character read as K or X, letters whose arms a blurred
    chevron takes, where the recogniser also saw the filler that most documents print there."""
    ch = rows[span.line][span.start + 1]
    if ch.char not in _CHEVRON_LIKE or not _filler_seen(ch):
        return []
    return [_to_filler(ch, span.line, span.start + 1)]


def _filler_seen(ch: Cell) -> float:
    """The filler's probability at a letter, if at least READING.filler_min_ratio of the
    letter's (else 0)."""
    p = next((q for a, q in ch.alts if a == "<"), 0.0)
    return p if ch.char.isalpha() and p >= READING.filler_min_ratio * ch.conf else 0.0


def _to_filler(ch: Cell, line: int, column: int) -> tuple[int, int, str, str]:
    """Make a letter a filler, marked doubtful; the change as reported."""
    old, ch.char, ch.conf = ch.char, "<", marked_doubtful(ch.conf)
    return (line, column, old, "<")


def _repair_separator(rows: list[list[Cell]], span: Span) -> list[tuple[int, int, str, str]]:
    """A name of several words without the << between surname and given names, where one
    letter beside a filler was also seen as a filler (A<< read as AK<: under blur a chevron
    looks like the arms of a K): that letter, made a filler, gives the name its separator."""
    row = rows[span.line]
    cells = list(span.columns())
    body = "".join(row[c].char for c in cells).rstrip("<")
    if "<<" in body or "<" not in body:
        return []
    best: tuple[float, int] | None = None
    for k in range(1, len(body)):
        p = _filler_seen(row[cells[k]])
        if not p:
            continue
        trial = (body[:k] + "<" + body[k + 1 :]).rstrip("<")
        if trial.count("<<") == 1 and "<<<" not in trial and (best is None or p > best[0]):
            best = (p, k)
    if best is None:
        return []
    return [_to_filler(row[cells[best[1]]], span.line, cells[best[1]])]


def _failures(rows: list[list[Cell]], layout: Layout) -> int:
    """How many check digits fail on these rows."""
    lines = tuple("".join(ch.char for ch in row) for row in rows)
    checks = [(tuple(d for d in (data,)), digit) for data, digit in _fields(layout)]
    if layout.composite is not None:
        checks.append((layout.composite_over, layout.composite))
    bad = 0
    for spans, digit in checks:
        mark = digit.take(lines)
        if mark == "<":
            continue
        if not is_valid("".join(sp.take(lines) for sp in spans), mark):
            bad += 1
    return bad


def _copy(rows: list[list[Cell]]) -> list[list[Cell]]:
    return [[Cell(c.char, c.conf, c.alts) for c in row] for row in rows]


def _length_variants(row: list[Cell], length: int) -> list[list[Cell]]:
    """A line one character off: each place a character could have been lost or gained."""
    if len(row) == length - 1:
        return [row[:i] + [Cell(_LOST, 0.0, _ANY)] + row[i:] for i in range(len(row) + 1)]
    if len(row) == length + 1:
        return [row[:i] + row[i + 1 :] for i in range(len(row))]
    return []


def _fit_lines(rows: list[list[Cell]], layout: Layout
               ) -> tuple[list[list[Cell]], list[tuple[int, int, str, str, str]]]:
    """Rows of the format's length, fixed; where a line is one off, the place that makes the
    most check digits pass (then needs the fewest fixes) wins."""
    base = [_fit_length(r, layout.length) for r in rows]
    best_rows = _copy(base)
    best_changes = _fix_rows(best_rows, layout)
    best_key = (_failures(best_rows, layout), len(best_changes))
    for i, row in enumerate(rows):
        for variant in _length_variants(row, layout.length):
            trial = _copy(base)
            trial[i] = variant
            changes = _fix_rows(trial, layout)
            key = (_failures(trial, layout), len(changes))
            if key < best_key:
                best_rows, best_changes, best_key = trial, changes, key
    return best_rows, best_changes


def _fit_first_letter(rows: list[list[Cell]], layout: Layout
                      ) -> tuple[list[list[Cell]], list[tuple[int, int, str, str, str]], Layout]:
    """Fit the rows; where the document code begins with a letter its shape never has (a V
    read as L), each allowed letter the recogniser also saw there is tried with its own layout
    (a visa or a passport), and the one whose check digits pass best wins, marked doubtful."""
    fitted, changes = _fit_lines(rows, layout)
    allowed = FIRST_LETTERS.get((layout.lines, layout.length), "")
    first = rows[0][0] if rows and rows[0] else None
    if first is None or first.char in allowed:
        return fitted, changes, layout
    best = (_failures(fitted, layout), 0.0)
    for letter, p in first.alts:
        other = layout_for(layout.lines, layout.length, letter)
        if letter not in allowed or p < READING.first_letter_min_probability or other is None:
            continue
        trial = _copy(rows)
        trial[0][0] = Cell(letter, marked_doubtful(first.conf), first.alts)
        trial_rows, trial_changes = _fit_lines(trial, other)
        key = (_failures(trial_rows, other), -p)
        if key < best:
            best = key
            fitted, layout = trial_rows, other
            changes = [(0, 0, first.char, letter, "document code"), *trial_changes]
    return fitted, changes, layout


def correct(results: Sequence[LineResult]) -> Corrected:
    layout = guess_layout(results)
    rows = [
        [
            Cell(ch, conf, alts)
            for ch, conf, alts in zip(r.text, r.confidences, r.alternatives, strict=True)
        ]
        for r in results
    ]
    changes: list[tuple[int, int, str, str, str]] = []
    if layout is not None:
        rows, changes, layout = _fit_first_letter(rows, layout)
    findings = tuple(correction_finding(*change) for change in changes)
    return Corrected(
        lines=tuple("".join(ch.char for ch in row) for row in rows),
        confidences=tuple(tuple(ch.conf for ch in row) for row in rows),
        changes=findings,
        layout=layout,
        alternatives=tuple(tuple(ch.alts for ch in row) for row in rows),
    )
