"""Read the MRZ of a page: locate candidate bands in both orientations, recognise their lines
both ways up, correct, parse, and keep the best reading within the time budget."""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from docverify.config import READING
from docverify.errors import NoMRZError
from docverify.model import MRZParse, Reading, Region, Severity, make_text
from docverify.mrz.parser import parse
from docverify.reading import locate, viz_names
from docverify.reading.chains import detect_chains
from docverify.reading.correct import Corrected, correct, guess_layout
from docverify.reading.engines import LineEngine, get_engine
from docverify.reading.geometry import Box, crop_box
from docverify.reading.loader import Page, load_pages
from docverify.reading.looks import SECOND_LOOKS, fuse
from docverify.reading.name_prior import name_prior
from docverify.reading.recognizer import LineResult


@dataclass(frozen=True, slots=True)
class _Scored:
    reading: Reading
    score: float
    complete: bool
    # Where the reading came from, for a second opinion on its name (viz_names).
    fixed: Corrected | None = None
    frame: np.ndarray | None = None
    band: Box | None = None
    flip: bool = False


def _line_crops(
    frame: np.ndarray, lines: tuple[Box, ...], flip: bool, margin: float = 0.25
) -> list[np.ndarray]:
    """Each line straightened, with a margin of a fraction of its height, in reading order."""
    ordered = list(lines) if not flip else list(reversed(lines))
    return [
        crop_box(frame, box, pad_along=1.5 * box.height, pad_across=margin * box.height, flip=flip)
        for box in ordered
    ]


def _split_band(frame: np.ndarray, band: Box) -> tuple[Box, ...]:
    """Split one blob that holds several merged MRZ lines into line boxes by row profile."""
    import cv2

    crop = crop_box(frame, band)
    _, ink = cv2.threshold(crop, 0, 1, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    profile = ink.mean(axis=1)
    on = profile > 0.5 * float(profile.max())
    runs, start = [], None
    for y, v in enumerate(on):
        if v and start is None:
            start = y
        elif not v and start is not None:
            runs.append((start, y))
            start = None
    if start is not None:
        runs.append((start, len(on)))
    runs = [r for r in runs if r[1] - r[0] >= 3]
    if not 2 <= len(runs) <= 3:
        return ()
    t = math.radians(band.angle)
    boxes = []
    for y0, y1 in runs:
        h = (y1 - y0) * 1.3
        dv = (y0 + y1) / 2 - band.height / 2
        boxes.append(
            Box(band.cx - dv * math.sin(t), band.cy + dv * math.cos(t), band.length, h, band.angle)
        )
    return tuple(boxes)


def _score(parsed: MRZParse, fixed: Corrected, raw: list[LineResult]) -> tuple[float, bool]:
    """How believable a reading is: confident, few fixes needed, and every check passing.

    Check digits alone cannot tell: a garbage read of all-zero fields passes them. So the raw
    text's fit to the format (line lengths, character classes) and the recogniser's confidence
    weigh as much as the checks do.
    """
    if parsed.document is None or fixed.layout is None:
        return -100.0, False
    critical = sum(1 for f in parsed.findings if f.severity is Severity.CRITICAL)
    warnings = sum(1 for f in parsed.findings if f.severity is Severity.WARNING)
    flat = [c for row in fixed.confidences for c in row]
    mean = sum(flat) / len(flat) if flat else 0.0
    least = min(flat) if flat else 0.0
    length_misfit = sum(abs(len(r.text) - fixed.layout.length) for r in raw)
    class_fixes = sum(1 for f in fixed.changes if dict(f.evidence).get("by") == "character class")
    printed_code = (
        least >= READING.early_stop_unknown_code_confidence
        and all(f.code.endswith(".unknown") and f.code.startswith("mrz.code.")
                for f in parsed.findings if f.severity is Severity.WARNING)
    )
    complete = (
        critical == 0
        and (warnings == 0 or printed_code)
        and least >= READING.early_stop_min_confidence
        and length_misfit <= 2
        and class_fixes <= 2
    )
    score = 10.0 * mean - 3.0 * critical - 1.0 * warnings - 0.5 * length_misfit - 0.3 * class_fixes
    return score + READING.known_name_word_score * _known_name_words(fixed), complete


def _known_name_words(fixed: Corrected) -> int:
    """How many words of the name are real name words: names have no check digit, so between
    readings alike in confidence (ERIKSSON and FRIKSSON) the one spelling real names wins."""
    span = fixed.layout.names if fixed.layout is not None else None
    if span is None or span.line >= len(fixed.lines):
        return 0
    prior = name_prior()
    words = fixed.lines[span.line][span.start:span.end].replace("<", " ").split()
    return sum(1 for w in words if len(w) >= READING.name_known_min_letters and prior.is_known(w))


def _to_source_region(box: Box, rotated: bool, shape: tuple[int, int]) -> Region:
    """A box found in the frame (the page, maybe turned 90° clockwise) as a region of the page."""
    h, w = shape
    if not rotated:
        return box.region(w, h)
    pts = box.corners()
    # Frame (x', y') of a page turned clockwise: x = y', y = h - 1 - x'.
    xs, ys = pts[:, 1], (h - 1) - pts[:, 0]
    x0, y0 = int(max(0, xs.min())), int(max(0, ys.min()))
    x1, y1 = int(min(w, math.ceil(xs.max()))), int(min(h, math.ceil(ys.max())))
    return Region(x0, y0, x1 - x0, y1 - y0)


def read_image(
    image: np.ndarray,
    source: str | None = None,
    engine: str | LineEngine = "docverify",
    page: int = 0,
    budget_s: float | None = None,
) -> Reading:
    """Read the MRZ from one BGR or grayscale image.

    Raises:
        NoMRZError: when no candidate band yields anything that parses as an MRZ.
    """
    import cv2

    start = time.perf_counter()
    deadline = start + (budget_s if budget_s is not None else READING.time_budget_s)
    eng = get_engine(engine) if isinstance(engine, str) else engine
    gray = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY) if image.ndim == 3 else image
    # A small image (a web thumbnail of a passport) is enlarged first, so that line crops keep
    # a few more pixels of each character through straightening.
    up = max(1, math.ceil(READING.min_side_px / max(gray.shape)))
    if up > 1:
        gray = cv2.resize(gray, None, fx=up, fy=up, interpolation=cv2.INTER_CUBIC)
    best: _Scored | None = None
    # Lines seen as smeared blobs in both orientations first; only when no complete MRZ is
    # read that way (a complete one returns at once), lines seen as chains of character marks.
    views: dict[bool, tuple[np.ndarray, float, np.ndarray]] = {}
    for detect in (locate.detect_lines, detect_chains):
        for rotated in (False, True):
            if rotated not in views:
                views[rotated] = _view(gray, rotated)
            frame, factor, work = views[rotated]
            boxes = detect(work)
            for cand in locate.group_lines(boxes)[: READING.max_candidates]:
                lines = locate.equal_ends(tuple(b.scaled(1 / factor) for b in cand.lines))
                if len(lines) == 1:
                    lines = _split_band(frame, lines[0])
                    if not lines:
                        continue
                for flip in (False, True):
                    scored = _try(eng, frame, lines, flip, source, page, rotated, gray.shape)
                    if scored is not None and (best is None or scored.score > best.score):
                        best = scored
                    if best is not None and best.complete:
                        return _finish(_second_opinion(best, deadline), start, up)
                if time.perf_counter() > deadline:
                    break
            if time.perf_counter() > deadline:
                break
        if time.perf_counter() > deadline:
            break
    if best is None:
        raise NoMRZError(make_text("{source}: no machine-readable zone found",
                                   {"source": source or "image"}))
    return _finish(_second_opinion(best, deadline), start, up)


def _second_opinion(best: _Scored, deadline: float) -> _Scored:
    """The best reading with the doubtful letters of its name settled by the name printed in
    the visual zone (reading.viz_names), when time allows and tesseract is there."""
    if best.fixed is None or best.frame is None or best.band is None:
        return best
    left = min(READING.viz_names_timeout_s, deadline - time.perf_counter())
    settled = viz_names.second_opinion(best.reading, best.fixed, best.frame, best.band,
                                       best.flip, left)
    return best if settled is None else replace(best, reading=settled)


def _finish(best: _Scored, start: float, up: int = 1) -> Reading:
    """The best reading with its time, its region and size mapped back to the image as given."""
    from dataclasses import replace

    reading = best.reading
    if up > 1 and reading.region is not None and reading.image_size is not None:
        r = reading.region
        reading = replace(
            reading,
            region=Region(r.x // up, r.y // up, r.width // up, r.height // up),
            image_size=(reading.image_size[0] // up, reading.image_size[1] // up),
        )
    best = _Scored(reading, best.score, best.complete)

    return replace(best.reading, elapsed=time.perf_counter() - start)


def _plausible(results: list[LineResult]) -> bool:
    """Worth a second look: the line reads mostly confidently (not a wrong way up, not text)."""
    flat = [c for r in results for c in r.confidences]
    return bool(flat) and sum(flat) / len(flat) >= READING.second_look_min_confidence


def _view(gray: np.ndarray, rotated: bool) -> tuple[np.ndarray, float, np.ndarray]:
    """The frame (the page, or turned a quarter), its scale to the locator's working size, and
    the frame at that size, where the locators look for lines (made once per turn: the chain
    locator, when it runs, looks at the same views as the blob locator)."""
    import cv2

    frame = cv2.rotate(gray, cv2.ROTATE_90_CLOCKWISE) if rotated else gray
    factor = locate.WORK_SIDE / max(frame.shape)
    interp = cv2.INTER_AREA if factor < 1 else cv2.INTER_CUBIC
    return frame, factor, cv2.resize(frame, None, fx=factor, fy=factor, interpolation=interp)


def _try(
    eng: LineEngine,
    frame: np.ndarray,
    lines: tuple[Box, ...],
    flip: bool,
    source: str | None,
    page: int,
    rotated: bool,
    shape: tuple[int, int],
    extend: bool = True,
) -> _Scored | None:
    crops = _line_crops(frame, lines, flip)
    results = eng.recognize_batch(crops)
    if not any(r.text for r in results):
        return None
    fixed = correct(results)
    parsed = parse(fixed.lines)
    score, complete = _score(parsed, fixed, results)
    least = min((c for row in fixed.confidences for c in row), default=0.0)
    doubtful = not complete or least < READING.doubtful_char_confidence
    if doubtful and _plausible(results):
        looks = [results] + [eng.recognize_batch([look(c) for c in crops]) for look in SECOND_LOOKS]
        looks += [eng.recognize_batch(_line_crops(frame, lines, flip, m))
                  for m in READING.second_look_margins]
        layout = guess_layout(results)
        length = layout.length if layout is not None else None
        fused = [fuse([look[i] for look in looks], length) for i in range(len(results))]
        fixed2 = correct(fused)
        parsed2 = parse(fixed2.lines)
        score2, complete2 = _score(parsed2, fixed2, fused)
        if score2 > score:
            results, fixed, parsed, score, complete = fused, fixed2, parsed2, score2, complete2
    band = locate.band_of(locate.Candidate(lines, 0.0))
    angle = band.angle + (180.0 if flip else 0.0) + (-90.0 if rotated else 0.0)
    reading = Reading(
        source=source,
        lines=fixed.lines,
        confidences=fixed.confidences,
        parse=parsed,
        region=_to_source_region(band, rotated, shape),
        rotation=(angle + 360.0) % 360.0,
        page=page,
        engine=eng.name,
        corrections=fixed.changes,
        image_size=(shape[1], shape[0]),
    )
    scored = _Scored(reading, score, complete, fixed, frame, band, flip)
    if not extend or parsed.document is None or fixed.layout is None:
        return scored
    # Lines read short but mostly confidently (not garbage): their ends (faint fillers and
    # the check digit after them) were lost by the locator.
    read = max(len(r.text) for r in results)
    cut = (not complete and _plausible(results)
           and fixed.layout.length > read >= READING.lengthened_min_share * fixed.layout.length)
    if str(parsed.document.format) in _SHORT_FORMATS:
        held = read if cut else _SHORT
        longer = _try(eng, frame, _lengthened(lines, flip, held, _LONG - held), flip, source,
                      page, rotated, shape, extend=False)
        if longer is not None and (_adds_fillers(longer.reading) or _better(longer, scored)):
            return longer
    elif cut:
        # Read again as long as the format, with a pitch or two to spare.
        missing = fixed.layout.length - read + READING.lengthened_spare_pitches
        longer = _try(eng, frame, _lengthened(lines, flip, read, missing), flip, source, page,
                      rotated, shape, extend=False)
        if longer is not None and _better(longer, scored):
            return longer
    if (len(lines) == 2 and not complete and _plausible(results)
            and all(abs(len(r.text) - _TD1) <= READING.card_line_slack for r in results)):
        # Two lines of a card's length: a TD1 whose third line the locator lost (faint
        # fillers, a shadow). Its lines are read with the line a pitch before or after.
        for side in (-1, 1):
            three = _try(eng, frame, _beside(lines, side), flip, source, page, rotated, shape)
            if three is not None and _better(three, scored):
                return three
    return scored


_TD1 = 30


def _beside(lines: tuple[Box, ...], side: int) -> tuple[Box, ...]:
    """The lines with one more a line pitch before the first (side -1) or after the last."""
    first, last = lines[0], lines[-1]
    dx, dy = (last.cx - first.cx) / (len(lines) - 1), (last.cy - first.cy) / (len(lines) - 1)
    ref = first if side < 0 else last
    new = Box(ref.cx + side * dx, ref.cy + side * dy, ref.length, ref.height, ref.angle)
    return (new, *lines) if side < 0 else (*lines, new)


def _better(longer: _Scored, scored: _Scored) -> bool:
    """A reading of the lines lengthened (or with a lost line added) replaces one failing its
    checks when it passes them and scores higher."""
    return longer.complete and not scored.complete and longer.score > scored.score


def _adds_fillers(reading: Reading) -> bool:
    """A lengthened reading that parses with no critical finding and whose lines gained exactly
    the 44-character formats' trailing fillers, read with some confidence (blank paper reads
    as nothing, a neighbouring print as letters)."""
    parsed = reading.parse
    if parsed is None or parsed.document is None or any(
            f.severity is Severity.CRITICAL for f in parsed.findings):
        return False
    if not all(len(line) == _LONG and line[_SHORT:] == "<" * (_LONG - _SHORT)
               for line in reading.lines):
        return False
    added = [c for row in reading.confidences for c in row[_SHORT:]]
    return bool(added) and sum(added) / len(added) >= READING.lengthened_min_filler_confidence


# A 36-character reading (MRV-B, TD2) may be a 44-character MRZ (MRV-A, TD3) whose trailing
# fillers the locator lost on both lines alike (faint fillers; the lines share their ends):
# such a reading is complete and self-consistent, as only the length tells the formats apart.
# The lines are read again 8 pitches longer, and the longer reading wins when it is complete
# too and all it adds is fillers (a visa sticker's neighbouring page print reads as no MRZ).
_SHORT_FORMATS = ("MRVB", "TD2")
_SHORT, _LONG = 36, 44


def _lengthened(lines: tuple[Box, ...], flip: bool, chars: int, pitches: int
                ) -> tuple[Box, ...]:
    """Each line box, holding ``chars`` characters, ``pitches`` characters longer at its end
    (in reading order)."""
    out = []
    for b in lines:
        extra = b.length / max(chars, 1) * pitches
        a = math.radians(b.angle)
        d = extra / 2 * (-1.0 if flip else 1.0)
        out.append(Box(b.cx + d * math.cos(a), b.cy + d * math.sin(a), b.length + extra,
                       b.height, b.angle))
    return tuple(out)


def read_pages(
    pages: list[Page],
    source: str,
    engine: str | LineEngine = "docverify",
    budget_s: float | None = None,
) -> tuple[Reading, Page]:
    """The best reading over a file's pages, and the page it came from: the first page whose
    MRZ is valid, else the one with the fewest problems.

    Raises:
        NoMRZError: no page holds a readable MRZ.
    """
    best: tuple[Reading, Page] | None = None
    for page in pages:
        try:
            reading = read_image(page.image, source, engine, page=page.index, budget_s=budget_s)
        except NoMRZError:
            continue
        if reading.parse and reading.parse.valid:
            return reading, page
        if best is None or _problems(reading) < _problems(best[0]):
            best = (reading, page)
    if best is None:
        total = pages[-1].in_file if pages else 0
        raise NoMRZError(make_text(
            "{source}: no machine-readable zone found in the first {read} of its {total} pages"
            " (docverify reads at most {read} pages of a file: give the page with the MRZ on"
            " its own)" if total > len(pages) else "{source}: no machine-readable zone found",
            {"source": source, "read": len(pages), "total": total}))
    return best


def read_file(
    path: str | Path, engine: str | LineEngine = "docverify", budget_s: float | None = None
) -> Reading:
    """Read the MRZ from an image or PDF file: the best reading over its pages.

    Raises:
        InputError: the file cannot be read.
        NoMRZError: no page holds a readable MRZ.
    """
    return read_pages(load_pages(path), str(path), engine, budget_s)[0]


def _problems(reading: Reading) -> int:
    """How many findings worse than information the reading's MRZ has (no MRZ: very many)."""
    if reading.parse is None or reading.parse.document is None:
        return 1000
    return sum(1 for f in reading.parse.findings if f.severity is not Severity.INFO)
