"""Finds labelled values in the visual-zone text and normalises them for comparison."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from rapidfuzz.distance import Levenshtein

from docverify.checks.viz.ocr import Line

# Label keywords per field (upper case, accents folded), English and the usual second languages.
LABELS: dict[str, tuple[str, ...]] = {
    "surname": ("SURNAME", "NOM", "APELLIDOS", "NAME", "NACHNAME", "COGNOME"),
    "given_names": ("GIVEN", "PRENOMS", "FORENAMES", "VORNAMEN", "NOMBRES", "NOMI"),
    "document_number": ("DOCUMENT NO", "PASSPORT NO", "DOCUMENT NUMBER", "CARD NO", "NO.",
                        "DOCUMENT"),
    "nationality": ("NATIONALITY", "NATIONALITE", "NACIONALIDAD", "STAATSANGEHORIGKEIT"),
    "birth_date": ("DATE OF BIRTH", "BIRTH", "NAISSANCE", "GEBURTSTAG"),
    "sex": ("SEX", "SEXE", "SEXO", "GESCHLECHT"),
    "expiry_date": ("DATE OF EXPIRY", "EXPIRY", "EXPIRATION", "VALID UNTIL", "GULTIG BIS"),
    "issue_date": ("DATE OF ISSUE", "ISSUE", "DELIVRANCE", "AUSSTELLUNG"),
}
# A label line's words are mostly label words; values are what stands below or after them.
_LABEL_WORDS = {w for words in LABELS.values() for label in words for w in label.split()}
_LABEL_WORDS |= {"OF", "DATE", "/", "NO", "NAMES", "DE", "DU", "LA"}
_MONTHS = {m: i + 1 for i, m in enumerate(
    ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"))}
_MONTHS.update({"FEV": 2, "AVR": 4, "MAI": 5, "JUI": 6, "AOU": 8, "DEZ": 12, "OKT": 10,
                "MRZ": 3, "ENE": 1, "ABR": 4, "AGO": 8, "DIC": 12})
MONTHS = frozenset(_MONTHS)  # printed month abbreviations


# Letters NFKD does not decompose, spelled as ICAO Doc 9303 part 3 transliterates them.
_SPELLED = str.maketrans({"Ø": "OE", "Æ": "AE", "Œ": "OE", "ß": "SS", "Þ": "TH", "Ð": "D",
                          "Ł": "L", "Ħ": "H", "Ŧ": "T", "Ŋ": "N", "ı": "I"})
# Digraphs of the ICAO transliteration (Ä AE, Ö OE, Ü UE, Å AA, Ñ NXX ...) folded to one letter
# on both sides, so that a printed MÜLLER, read with or without its umlaut, meets MRZ MUELLER.
_DIGRAPHS = (("NXX", "N"), ("AE", "A"), ("OE", "O"), ("UE", "U"), ("AA", "A"), ("SS", "S"))


def fold(text: str) -> str:
    """Upper case, accents removed, anything but letters, digits and spaces turned to space."""
    base = unicodedata.normalize("NFKD", text.upper().translate(_SPELLED))
    base = "".join(c for c in base if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^A-Z0-9]+", " ", base).split())


def name_key(text: str) -> str:
    """A name as compared between the printed zone and the MRZ: folded, digraphs undone."""
    key = fold(text)
    for digraph, letter in _DIGRAPHS:
        key = key.replace(digraph, letter)
    return key


def _canon(word: str) -> str:
    """A label word as OCR of small print garbles it (SUNAME, BIRCH, NATONALITY), mapped to the
    label word it is one or two edits from; any other word unchanged."""
    if word in _LABEL_WORDS or len(word) < 4:
        return word
    best, best_d = word, None
    for label in _LABEL_WORDS:
        if len(label) < 4 or abs(len(label) - len(word)) > 2:
            continue
        d = Levenshtein.distance(word, label, score_cutoff=2)
        if d <= (1 if len(label) < 7 else 2) and (best_d is None or d < best_d):
            best, best_d = label, d
    return best


def label_words(line: Line) -> list[str]:
    """The folded words of a line, near-misses of label words corrected."""
    return [_canon(w) for w in fold(line.text).split()]


def is_label_line(line: Line) -> bool:
    words = label_words(line)
    if not words:
        return False
    return sum(w in _LABEL_WORDS for w in words) >= max(1, len(words) // 2 + len(words) % 2)


def label_field(line: Line) -> str | None:
    """The field a label line names, or None; the most specific label wins."""
    text = f" {' '.join(label_words(line))} "
    best, best_len = None, 0
    for field, labels in LABELS.items():
        for label in labels:
            key = f" {fold(label)} "
            if key in text and len(key) > best_len:
                best, best_len = field, len(key)
    return best


def value_for(label: Line, lines: tuple[Line, ...]) -> Line | None:
    """The value of a label: the nearest non-label line just below it, starting near its left
    edge (within about two label heights down), with no other label between the two (on small
    cards a missed value would otherwise be taken from the next row)."""
    lx, ly, lw, lh = label.box
    best, best_dy = None, None
    labels = [ln for ln in lines if ln is not label and is_label_line(ln)]
    for line in lines:
        if line is label or is_label_line(line):
            continue
        x, y, w, h = line.box
        dy = y - (ly + lh)
        if -0.3 * lh <= dy <= 3.0 * max(lh, 1) and abs(x - lx) < 1.5 * max(h, lh):
            if any(ly + lh <= o.box[1] < y and abs(o.box[0] - lx) < 1.5 * max(h, lh)
                   for o in labels):
                continue
            if best_dy is None or dy < best_dy:
                best, best_dy = line, dy
    return best


def _full_year(year: int, near: dt.date | None) -> int:
    """A two-digit year in the century that puts it nearest ``near`` (the MRZ, which holds two
    digits too, so the century is no evidence either way), else pivoted at 50."""
    if year > 99:
        return year
    if near is None:
        return 2000 + year if year < 50 else 1900 + year
    base = near.year - near.year % 100
    return min((base - 100 + year, base + year, base + 100 + year),
               key=lambda y: abs(y - near.year))


def parse_date(text: str, near: dt.date | None = None) -> dt.date | None:
    """A printed date: 31.12.2030, 31/12/2030, 2030-12-31, 31 DEC 2030, 31 DEC/DEC 30 (a
    two-digit year in the century nearest ``near``)."""
    t = fold(text.replace("/", " ").replace(".", " ").replace("-", " "))
    parts = t.split()
    nums = [p for p in parts if p.isdigit()]
    month_words = [_MONTHS[p[:3]] for p in parts if p[:3] in _MONTHS]
    # A year is printed with two or four digits: one or three is a year read in part (a digit
    # lost to blur), no evidence of any date.
    try:
        if len(nums) >= 3 and not month_words:
            a, b, c = int(nums[0]), int(nums[1]), int(nums[2])
            if len(nums[0]) == 4:
                return dt.date(a, b, c)
            if len(nums[2]) not in (2, 4):
                return None
            return dt.date(_full_year(c, near), b, a)
        if month_words and len(nums) >= 2:
            day, year = int(nums[0]), int(nums[-1])
            if len(nums[-1]) not in (2, 4):
                return None
            return dt.date(_full_year(year, near), month_words[0], day)
    except ValueError:
        return None
    return None


_CONFUSABLE = str.maketrans({"O": "0", "Q": "0", "D": "0", "I": "1", "L": "1", "Z": "2",
                             "S": "5", "B": "8", "G": "6"})


def number_key(text: str) -> str:
    """A document number with OCR-confusable characters merged, for a tolerant comparison."""
    return fold(text).replace(" ", "").translate(_CONFUSABLE)
