"""The one verification pipeline the CLI and the GUI share: read → check → screen → decide."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from docverify.errors import DocverifyError, InputError, NoMRZError, message_of
from docverify.model import Finding, Reading, Result, Severity, Verdict, make_finding, make_text


@dataclass(frozen=True, slots=True)
class Options:
    """How to verify: which OCR engine, which store to screen against, whether to run checks."""

    engine: str = "docverify"
    store: Any = None  # a docverify.watchlist store, or None to skip screening
    run_checks: bool = True
    image_checks: bool = True
    today: dt.date | None = None
    records: Any = None  # a docverify.records RecordStore: the repeat-use registry, or None


def _screen(options: Options, reading: Reading | None
            ) -> tuple[list[Any], dict[str, Any] | None, Finding | None]:
    """(hits, the screening's JSON, a finding when the holder could not be screened)."""
    doc = reading.document if reading else None
    if options.store is None or doc is None:
        return [], None, None
    from docverify.mrz.codes import iso_nationality
    from docverify.watchlist.screening import ScreeningQuery, screen

    name = " ".join(p for p in (doc.given_names, doc.surname) if p)
    if not name.strip() and not doc.document_number:
        # an MRZ read as fillers: nothing to screen on, and the officer must know it was not
        return [], {"hits": []}, make_finding(
            "screening.skipped", Severity.WARNING,
            "The holder was not screened: the MRZ gives neither a name nor a document number.")
    query = ScreeningQuery(
        name=name,
        birth_date=doc.birth_date.isoformat() if doc.birth_date else None,
        nationality=iso_nationality(doc.nationality),
        document_number=doc.document_number or None,
    )
    try:
        hits = list(screen(options.store, query))
    except (DocverifyError, sqlite3.Error) as exc:  # this document's screening, not the run
        return [], {"hits": []}, make_finding(
            "screening.failed", Severity.WARNING, "Watchlist screening failed: {error}",
            {"error": str(exc)})
    return hits, {"hits": [h.to_json() for h in hits]}, None


def _assess(
    reading: Reading | None,
    image: np.ndarray | None,
    source: str | None,
    options: Options,
    error: str | None = None,
) -> Result:
    from docverify.checks import CheckContext, decide, run_checks

    today = options.today or dt.date.today()
    findings: list[Finding] = []
    if not options.run_checks and reading is not None and reading.parse is not None:
        findings.extend(reading.parse.findings)
    if options.run_checks and reading is not None:
        # run_checks reports the parser's findings first, then every rule's.
        ctx = CheckContext(
            reading=reading,
            document=reading.document,
            image=image,
            today=today,
            source_path=Path(source) if source else None,
        )
        findings.extend(
            run_checks(ctx, include_image_checks=options.image_checks and image is not None)
        )
    if error is not None and not findings:
        # Not being able to read a document is no sign of forgery: the officer looks (review).
        # The reader's own sentence (NoMRZError), passed on whole.
        findings.append(make_finding("reading.failed", Severity.WARNING, "{error}",
                                     {"error": error}))
    repeat = options.records.repeat_use(reading, image) if options.records is not None else None
    if repeat is not None:
        findings.extend(repeat.findings)
    hits, screening, unscreened = _screen(options, reading)
    if unscreened is not None:
        findings.append(unscreened)
    verdict, reasons = decide(findings, hits)
    if error is not None and verdict is Verdict.CLEAR:
        verdict = Verdict.REVIEW
    return Result(
        source=source,
        reading=reading,
        findings=tuple(_unique(findings)),
        verdict=verdict,
        reasons=reasons,
        screening=screening,
        error=error,
        extras=repeat.extras if repeat is not None else (),
    )


def _unique(findings: Sequence[Finding]) -> list[Finding]:
    seen, out = set(), []
    for f in findings:
        key = (f.code, f.position, f.message)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


def verify_image(
    image: np.ndarray, source: str | None = None, options: Options | None = None
) -> Result:
    """Verify a decoded image (BGR)."""
    from docverify.reading.reader import read_image

    options = options or Options()
    try:
        reading = read_image(image, source, options.engine)
    except NoMRZError as exc:
        return _assess(None, image, source, options, error=str(exc))
    return _assess(reading, image, source, options)


def verify_file(path: str | Path, options: Options | None = None) -> Result:
    """Verify one image or PDF file; an unreadable file gives a Result carrying ``error``."""
    from docverify.reading.loader import load_pages
    from docverify.reading.reader import read_pages

    options = options or Options()
    source = str(path)
    try:
        pages = load_pages(path)
    except InputError as exc:
        return Result(
            source=source,
            reading=None,
            findings=(),
            verdict=Verdict.REVIEW,
            reasons=(make_text("The file could not be read."),),
            error=message_of(exc),
        )
    try:
        best, page = read_pages(pages, source, options.engine)
    except NoMRZError as exc:
        return _assess(None, pages[0].image, source, options, error=message_of(exc))
    return _assess(best, page.image, source, options)


def verify_mrz(lines: Sequence[str], options: Options | None = None) -> Result:
    """Verify MRZ text typed or pasted by hand (no image)."""
    from docverify.mrz.parser import parse

    options = options or Options()
    parsed = parse(lines, options.today)
    if parsed.document is None:
        message = parsed.findings[0].message if parsed.findings else "not an MRZ"
        raise InputError(message)
    conf = tuple(tuple(1.0 for _ in line) for line in parsed.document.mrz)
    reading = Reading(
        source=None, lines=parsed.document.mrz, confidences=conf, parse=parsed, engine="text"
    )
    return _assess(reading, None, None, options)


__all__ = ["DocverifyError", "Options", "verify_file", "verify_image", "verify_mrz"]
