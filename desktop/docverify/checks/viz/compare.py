"""Visual zone against MRZ: each printed field, found by its label, compared with the MRZ."""

from __future__ import annotations

from collections.abc import Iterator
from difflib import SequenceMatcher

from rapidfuzz.distance import Levenshtein

from docverify.checks.context import Run, finding
from docverify.checks.data.dates import issue_date_findings
from docverify.checks.registry import rule
from docverify.checks.viz import fields as F
from docverify.checks.viz.ocr import Line, TesseractMissing, VizText, read_viz, start_viz
from docverify.checks.where import field_box, position
from docverify.config import CHECKS
from docverify.model import FIELD_LABELS, Document, Finding, Severity
from docverify.mrz import codes

C, W, N = Severity.CRITICAL, Severity.WARNING, Severity.INFO
_COMPARED = ("surname", "given_names", "document_number", "nationality", "birth_date", "sex",
             "expiry_date")
_MRZ_SPAN = {"surname": "names", "given_names": "names", "document_number": "number",
             "nationality": "nationality", "birth_date": "birth", "sex": "sex",
             "expiry_date": "expiry"}


def _mrz_value(doc: Document, field: str) -> str:
    value = getattr(doc, field)
    return value.isoformat() if hasattr(value, "isoformat") else str(value or "")


def _compare(doc: Document, field: str, printed: str,
             visa_number: bool = False) -> tuple[bool, int, str]:
    """(differs, number of characters that differ, the printed value as compared).

    ``visa_number``: on a visa, the printed document number is the visa's own (the MRZ's)
    rather than the passport's (see `_visa_own_number`); without it a visa's is not compared."""
    mrz = _mrz_value(doc, field)
    if field in ("birth_date", "expiry_date"):
        date = F.parse_date(printed, getattr(doc, field))
        if date is None:
            return False, 0, printed  # unreadable as a date: no evidence either way
        got = date.isoformat()
        return got != mrz, Levenshtein.distance(got, mrz), got
    if field == "document_number":
        if str(doc.format) in ("MRVA", "MRVB") and not visa_number:
            return False, 0, F.fold(printed)  # a visa prints the passport's number
        a, b = F.number_key(printed), F.number_key(mrz)
        if len(a) < len(b) and (b.startswith(a) or b.endswith(a)):
            # a partial read: its end, or its start (a letter prefix by the label), lost
            return False, 0, a
        if not any(c.isdigit() for c in printed):  # a word under a "No." label (MULTIPLE)
            return False, 0, F.fold(printed)
        if any(w in F.MONTHS for w in F.fold(printed).split()):  # a date from the next row
            return False, 0, F.fold(printed)
        raw, want = F.fold(printed).replace(" ", ""), F.fold(mrz).replace(" ", "")
        if len(raw) > len(want) and raw[len(want):].isalpha() \
                and Levenshtein.distance(raw[:len(want)], want) <= 1:
            # The next column's word read on (a nationality): compare the number part only.
            a = F.number_key(raw[:len(want)])
            return a != b, Levenshtein.distance(a, b), raw[:len(want)]
        return a != b, Levenshtein.distance(a, b), F.fold(printed).replace(" ", "")
    if field == "nationality":
        # Printed nationalities are names, demonyms or native spellings (UTOPIAN, BRITISH
        # CITIZEN, CESKA REPUBLIKA): only a printed name or code of another state disagrees.
        text = F.fold(printed)
        other = _other_state(text, doc.nationality)
        return other is not None, 3, text
    if _mostly_lower(printed):  # personal data is printed in capitals: a label or noise
        return False, 0, F.fold(printed)
    if field == "sex":
        # Printed as M, F/F, V/F (Dutch), K/F (Polish): only a printed ICAO sex that is not
        # the MRZ's, and no other, disagrees.
        marks = set(F.fold(printed).split())
        mrz_sex = "X" if doc.sex == "<" else doc.sex
        text = F.fold(printed)[:1]
        other = bool(marks) and marks <= {"M", "F", "X"} and mrz_sex not in marks
        return other, 1, text
    # Names: the MRZ holds the transliterated name, fillers as spaces.
    a, b = F.name_key(printed), F.name_key(mrz)
    if not a or any(c.isdigit() for c in a):  # nothing read, or another field's value
        return False, 0, a
    if a.translate(_OCR_LOOKALIKE) == b.translate(_OCR_LOOKALIKE):  # JL HOON for JI HOON
        return False, 0, a
    if b.startswith(a) or a.startswith(b):  # MRZ truncation, or a longer printed name
        return False, 0, a
    if a.replace(" ", "") == b.replace(" ", ""):  # a space read inside a small-print name
        return False, 0, a
    return a != b, Levenshtein.distance(a, b), a


def _mostly_lower(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return sum(c.islower() for c in letters) * 2 > len(letters) > 0


# Letters OCR of small print confuses with each other, merged for the name comparison.
_OCR_LOOKALIKE = str.maketrans("LJQDGFVU", "IIOOCEOO")  # U: an umlaut read as O (MÜLLER)


def _other_state(text: str, nationality: str) -> str | None:
    """A state other than ``nationality`` that the printed text names by code or full name."""
    words = set(text.split())
    own = F.fold(codes.country_name(nationality) or "")
    for code in codes.all_codes():
        if code == nationality or len(code) != 3:
            continue
        name = F.fold(codes.country_name(code) or "")
        if code in words and code not in _COMMON_WORDS:
            return code
        if len(name) >= 5 and f" {name} " in f" {text} " and name not in own:
            return code
    return None


# Three-letter words that are also state codes but appear in printed labels and values.
_COMMON_WORDS = frozenset({"NOM", "SEX", "DOB", "THE", "AND", "PER", "CAN", "MAR", "ARE"})


def _severity(dist: int, printed: str, line: Line) -> Severity:
    # One character apart with a shaky read, or two with a poor one, is what OCR of small or
    # blurred print does on its own: information only.
    if (dist <= 1 and line.conf < 90) or (dist <= 2 and line.conf < CHECKS.viz_noisy_conf):
        return N
    # A value read this poorly is no evidence of an edit, whatever it says.
    if line.conf < CHECKS.viz_min_judge_conf:
        return N
    similar = 1 - dist / max(len(printed), 1)
    if line.conf >= CHECKS.viz_critical_conf and similar < CHECKS.viz_critical_similarity:
        return C
    return W


@rule({
    **{f"viz.mismatch.{f}": (C, f"The printed {f.replace('_', ' ')} differs from the MRZ "
                               "(one zone edited, the other not).") for f in _COMPARED},
    "viz.unavailable": (N, "The visual zone could not be read (tesseract missing, or no text "
                           "found above the MRZ)."),
    "viz.skipped": (N, "The visual zone was not compared because the MRZ itself already "
                       "alerts (a check digit or the format is wrong)."),
    "date.issue_after_expiry": (W, "The printed issue date is on or after the expiry date."),
    "date.issue_before_birth": (W, "The printed issue date is before the birth date."),
    "date.issue_in_future": (W, "The printed issue date is after today."),
}, needs_image=True, needs="image+tesseract", prepare=lambda run: _prepare(run))
def viz_vs_mrz(run: Run) -> Iterator[Finding]:
    if _mrz_alerts(run):
        yield finding("viz.skipped", N, "The visual zone was not compared: the MRZ itself "
                                        "already alerts.")
        return
    try:
        text = read_viz(run)
    except TesseractMissing as exc:
        yield finding("viz.unavailable", N, "The visual zone was not compared: {reason}.",
                      {"reason": str(exc)})
        return
    if text is None or not text.lines:
        yield finding("viz.unavailable", N,
                      "No printed text was found above the MRZ; the visual zone was not compared.")
        return
    yield from _fields(run, text)


def _mrz_alerts(run: Run) -> bool:
    """Whether the MRZ parser already raised a critical finding (the verdict is an alert)."""
    reading = run.ctx.reading
    parsed = reading.parse if reading is not None else None
    return parsed is not None and any(f.severity is C for f in parsed.findings)


def _prepare(run: Run) -> None:
    if not _mrz_alerts(run):
        start_viz(run)


def printed_fields(text: VizText) -> dict[str, Line]:
    """The value line of each labelled field found in the visual-zone text (first label wins)."""
    return {field: value for field, (_, value) in _labelled(text).items()}


def _labelled(text: VizText) -> dict[str, tuple[Line, Line]]:
    """(label line, value line) of each labelled field (first label wins)."""
    out: dict[str, tuple[Line, Line]] = {}
    for line in text.lines:
        if not F.is_label_line(line):
            continue
        field = F.label_field(line)
        if field is None or field in out:
            continue
        value = F.value_for(line, text.lines)
        if value is not None:
            out[field] = (line, value)
    return out


def _visa_own_number(doc: Document, text: VizText, label: Line, value: Line) -> bool:
    """Whether a visa's printed document number is meant to be the visa's own (the MRZ's).

    ICAO visas print the holder's passport number under a "Document No." or "Passport No."
    label and the visa's number elsewhere (under the photo); a visa that prints the MRZ's
    number nowhere else in its visual zone prints it under the document label, where a
    different number is then an edit. Not when the label names the passport, nor when any
    other line holds a good part of the MRZ's number (a partial read of it counts)."""
    if str(doc.format) not in ("MRVA", "MRVB"):
        return False
    if "PASSPORT" in F.fold(label.text).split():
        return False
    want = F.number_key(doc.document_number or "")
    if len(want) < 5:
        return False
    need = max(5, (len(want) + 1) // 2)
    for line in text.lines:
        if line is value or line is label:
            continue
        for word in [*F.fold(line.text).split(), F.fold(line.text).replace(" ", "")]:
            key = F.number_key(word)
            if len(key) >= need and SequenceMatcher(None, key, want, autojunk=False) \
                    .find_longest_match(0, len(key), 0, len(want)).size >= need:
                return False
    return True


def _fields(run: Run, text: VizText) -> Iterator[Finding]:
    doc = run.doc
    for field, (label, value) in _labelled(text).items():
        if field == "issue_date":
            issue = F.parse_date(value.text, doc.expiry_date)
            if issue is not None:
                yield from issue_date_findings(run, issue, text.region(value))
            continue
        visa = field == "document_number" and _visa_own_number(doc, text, label, value)
        differs, dist, printed = _compare(doc, field, value.text, visa_number=visa)
        if not differs:
            continue
        sev = _severity(dist, printed, value)
        if visa and sev is C:  # the layout is inferred, not known: a warning at most
            sev = W
        mrz = _mrz_value(doc, field)
        mrz_box = field_box(run, _MRZ_SPAN[field])
        yield finding(
            f"viz.mismatch.{field}", sev,
            "The printed {field_label} {printed!r} differs from the MRZ {mrz!r}.",
            {"field_label": FIELD_LABELS[field], "printed": printed, "mrz": mrz},
            field=field,
            evidence={"printed": printed, "mrz": mrz, "ocr_confidence": f"{value.conf:.0f}",
                      "printed_region": text.region(value).to_json(),
                      "mrz_region": mrz_box.to_json() if mrz_box is not None else ""},
            region=text.region(value), position=position(run, _MRZ_SPAN[field]),
        )
