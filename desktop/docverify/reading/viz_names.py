"""A second opinion on doubtful name letters: the same name as printed in the visual zone.

A name has no check digit. Where the recogniser hesitates over a letter of a name, the visual
zone above the MRZ prints the same name in plain type; tesseract reads it, and a printed word
that agrees with the MRZ word at every confident letter settles the doubtful ones, if the
recogniser saw that letter as possible there. A letter so settled stays marked doubtful, and
a confident MRZ letter is never changed: a name altered in one zone must still show as a
mismatch to the visual-zone check.
"""

from __future__ import annotations

import functools
import math
import os
import re
import subprocess
import unicodedata
from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from docverify.config import READING
from docverify.model import Reading
from docverify.mrz.layout import Span
from docverify.mrz.parser import parse
from docverify.reading.cells import marked_doubtful
from docverify.reading.correct import TO_LETTER, Corrected, correction_finding
from docverify.reading.geometry import Box, crop_box

# Letters the MRZ spells out (ICAO Doc 9303 part 3 transliteration) before accents are folded.
_SPELT_OUT = {"Ä": "AE", "Ö": "OE", "Ü": "UE", "ß": "SS", "Å": "AA", "Æ": "AE", "Ø": "OE"}

Alternatives = Sequence[tuple[str, float]]


@functools.cache
def tesseract_ready() -> bool:
    """Whether tesseract with its `eng` model can be run (asked once per process)."""
    try:
        import pytesseract

        return "eng" in pytesseract.get_languages(config="")
    except Exception:  # not installed, not on PATH, broken install
        return False


def doubtful_words(row: str, conf: Sequence[float], names: Span) -> list[list[int]]:
    """The columns of each name word (a run of letters) that holds a doubtful letter, or that
    a doubtful filler ends where a word or the field ends after it (a faint last letter)."""
    words, word = [], []
    for c in [*names.columns(), None]:
        if c is not None and row[c].isalpha():
            word.append(c)
            continue
        if word and (any(conf[k] < READING.viz_names_below_confidence for k in word)
                     or _lost_last_letter(row, conf, names, word) is not None):
            words.append(word)
        word = []
    return words


def _lost_last_letter(row: str, conf: Sequence[float], names: Span, word: list[int]
                      ) -> int | None:
    """The column after ``word`` when it holds a doubtful filler that a filler or the field's
    end follows, so that a letter there would lengthen the word and join no other."""
    after = word[-1] + 1
    end = names.end
    if after >= end or row[after] != "<" or conf[after] >= READING.viz_names_below_confidence:
        return None
    return after if after + 1 == end or row[after + 1] == "<" else None


def zone_above(frame: np.ndarray, band: Box, flip: bool, line_count: int, length: int
               ) -> np.ndarray:
    """The page above the MRZ band, straightened and upright, scaled so that print as tall
    as an MRZ character is READING.viz_names_char_px high."""
    import cv2

    height = READING.viz_names_zone_widths * band.length
    a = math.radians(band.angle)
    # Across the band, image y points down at angle 0; the page's top is the other way, and
    # the other way again when the band is read upside down.
    up = (1.0 if flip else -1.0) * (band.height + height) / 2
    zone = Box(band.cx - up * math.sin(a), band.cy + up * math.cos(a), band.length * 1.08,
               height, band.angle)
    crop = crop_box(frame, zone, flip=flip)
    # OCR-B characters are about 0.6 of the line pitch high and 1/length of the band long.
    char_px = min(band.height / line_count * 0.6, 1.4 * band.length / length)
    scale = READING.viz_names_char_px / max(char_px, 1.0)
    if abs(scale - 1.0) > 0.1:
        crop = cv2.resize(crop, None, fx=scale, fy=scale,
                          interpolation=cv2.INTER_CUBIC if scale > 1 else cv2.INTER_AREA)
    return crop


def printed_words(zone: np.ndarray, timeout_s: float) -> set[str]:
    """The words tesseract reads in the zone within ``timeout_s``, upper case, in MRZ letters
    (A-Z).

    Raises:
        OSError: tesseract could not be started.
        RuntimeError: it failed or ran out of time.
    """
    import cv2
    import pytesseract

    ok, png = cv2.imencode(".png", zone)
    if not ok:
        raise RuntimeError("PNG encoding failed")
    cmd = [pytesseract.pytesseract.tesseract_cmd, "stdin", "stdout", "--psm", "11", "-l", "eng"]
    # One thread: tesseract's OpenMP threads spin-wait on a busy machine (four times slower).
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    try:
        done = subprocess.run(cmd, input=png.tobytes(), capture_output=True, env=env,
                              timeout=timeout_s, check=False)
    except subprocess.TimeoutExpired as exc:
        raise RuntimeError("tesseract ran out of time") from exc
    if done.returncode != 0:
        raise RuntimeError(f"tesseract failed (exit status {done.returncode})")
    words = {word_letters(raw) for raw in re.split(r"[^\w]+", done.stdout.decode("utf-8", "replace"))}
    return {w for w in words if len(w) >= 2}


def word_letters(token: str) -> str:
    """A printed token in MRZ letters (A-Z): upper case, Ä spelt AE, accents folded, and
    in a token with a letter (a word, not a date) the digits tesseract mistakes for letters
    read as those letters (S00 for SOO)."""
    raw = token.upper()
    if any(ch.isalpha() for ch in raw):
        raw = "".join(TO_LETTER.get(ch, ch) for ch in raw)
    spelt = "".join(_SPELT_OUT.get(ch, ch) for ch in raw)
    return "".join(ch for ch in unicodedata.normalize("NFKD", spelt) if "A" <= ch <= "Z")


def settle(row: str, conf: Sequence[float], alts: Sequence[Alternatives], word: list[int],
           printed: set[str], lost: int | None = None) -> dict[int, str]:
    """The doubtful letters of one MRZ word that the one printed word agreeing with it at
    every confident letter spells otherwise, each one a letter the recogniser saw there (none
    when the print also shows the word as read: the zone then confirms the reading). With
    ``lost``, the doubtful filler column after the word, a printed word one letter longer
    may also settle it, a letter the recogniser saw there too."""
    limit = READING.viz_names_below_confidence
    found: dict[str, dict[int, str]] = {}
    for w in printed:
        cells = word if len(w) == len(word) else [*word, lost]
        if len(w) != len(cells) or None in cells:
            continue
        change = {}
        for k, c in enumerate(cells):
            if w[k] == row[c]:
                continue
            if conf[c] >= limit or not any(a == w[k] for a, _p in alts[c]):
                break
            change[c] = w[k]
        else:
            found[w] = change  # empty when the print confirms the reading as it is
    return next(iter(found.values())) if len(found) == 1 else {}


def second_opinion(reading: Reading, fixed: Corrected, frame: np.ndarray, band: Box, flip: bool,
                   time_left_s: float) -> Reading | None:
    """The reading with the doubtful letters of its name settled by the visual zone of
    ``frame`` above ``band``, or None when there is no opinion (nothing doubtful, no name
    printed above a TD1 card's MRZ, too little time, no tesseract, nothing settled)."""
    layout = fixed.layout
    if (not READING.viz_names or layout is None or reading.parse is None
            or reading.parse.document is None):
        return None
    if layout.lines == 3:
        return None  # a TD1 card's MRZ is on its back: no name printed above it
    names = layout.names
    row, conf = reading.lines[names.line], reading.confidences[names.line]
    words = doubtful_words(row, conf, names)
    if not words or time_left_s < READING.viz_names_min_time_s or not tesseract_ready():
        return None
    zone = zone_above(frame, band, flip, layout.lines, layout.length)
    try:
        printed = printed_words(zone, time_left_s)
    except (RuntimeError, OSError):  # tesseract failed or ran out of time: no opinion
        return None
    settled: dict[int, str] = {}
    for word in words:
        settled.update(settle(row, conf, fixed.alternatives[names.line], word, printed,
                              _lost_last_letter(row, conf, names, word)))
    if not settled:
        return None
    new_row, new_conf = list(row), list(conf)
    for c, letter in settled.items():
        new_row[c] = letter
        new_conf[c] = marked_doubtful(conf[c])
    lines = list(reading.lines)
    lines[names.line] = "".join(new_row)
    confidences = list(reading.confidences)
    confidences[names.line] = tuple(new_conf)
    found = tuple(correction_finding(names.line, c, row[c], letter, "visual zone")
                  for c, letter in sorted(settled.items()))
    return replace(reading, lines=tuple(lines), confidences=tuple(confidences),
                   parse=parse(lines), corrections=reading.corrections + found)
