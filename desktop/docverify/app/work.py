"""The verification work itself, Qt-free, run in the worker process (see pool.py)."""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docverify.app.prefs import Prefs
from docverify.model import Region, Result

# Display copies are scaled so their longer side is at most this (overlays are scaled back).
MAX_DISPLAY_SIDE = 2400
NOTE_ENGINE_FALLBACK = "engine-fallback"

_local = threading.local()


@dataclass(frozen=True, slots=True)
class Outcome:
    """What the worker sends back: the result, a display copy of the page and the facts."""

    result: Result
    image: Any  # BGR uint8 array for display, or None
    scale: float  # display pixels per image pixel
    sha256: str
    elapsed: float
    engine: str
    list_versions: tuple[str, ...] = ()
    note: str = ""
    corrections: tuple[dict[str, Any], ...] = ()
    record_id: int | None = None  # its number in the audit trail; None when not recorded
    record_error: str = ""  # why it was not recorded, when it should have been


def store_for(prefs: Prefs, generation: int, asked: bool = False) -> Any:
    """This thread's watchlist store, reopened when the lists changed; None when none is on
    (or screening is off in the settings, unless a person ``asked`` for this screening)."""
    if not (prefs.screen or asked) or not prefs.store_path.exists():
        return None
    key = (str(prefs.store_path), generation)
    cached = getattr(_local, "store", None)
    if cached is not None and cached[0] == key:
        store = cached[1]
    else:
        if cached is not None:
            cached[1].close()
            _local.store = None
        from docverify.watchlist.screening import open_store

        store = open_store(prefs.store_path)
        _local.store = (key, store)
    return store if store.loaded() else None  # no enabled list: not screened


class _Unusable:
    """A watchlist store that could not be opened, in its place for a verification: screening
    it raises why, so the pipeline says the document was not screened (screening.failed)
    while the document itself is still checked."""

    def __init__(self, exc: BaseException) -> None:
        self.why = str(exc) or type(exc).__name__

    def loaded(self) -> Any:
        from docverify.errors import DocverifyError

        raise DocverifyError(self.why)


def _screening_store(prefs: Prefs, generation: int) -> Any:
    """store_for, or an _Unusable one when the store cannot be opened (a damaged file): a
    verification goes on unscreened and says why, instead of failing."""
    import sqlite3

    from docverify.errors import DocverifyError

    try:
        return store_for(prefs, generation)
    except (DocverifyError, sqlite3.Error, OSError) as exc:
        return _Unusable(exc)


def records_for(prefs: Prefs) -> Any:
    """This thread's audit store (the same file as the watchlists); raises DocverifyError
    when it cannot be opened."""
    cached = getattr(_local, "records", None)
    if cached is not None and cached[0] == str(prefs.store_path):
        return cached[1]
    if cached is not None:
        cached[1].close()
        _local.records = None
    from docverify.records import open_records

    store = open_records(prefs.store_path)
    _local.records = (str(prefs.store_path), store)
    return store


def _records_or_none(prefs: Prefs) -> Any:
    from docverify.errors import DocverifyError

    try:
        return records_for(prefs)
    except DocverifyError:
        return None  # said when recording (record() tries again and reports why)


def operator_of(prefs: Prefs) -> str:
    """The operator set in Settings, else the login name (as the CLI records it)."""
    from docverify.cli.audit import operator_name

    return operator_name(prefs.operator.strip() or None)


def record(result: Result, prefs: Prefs, sha256: str,
           corrections: Sequence[dict[str, Any]] = ()) -> tuple[int | None, str]:
    """Append the verification to the audit trail: (record id, "") or (None, why not)."""
    try:
        rid = records_for(prefs).record(result, operator=operator_of(prefs),
                                        image_sha256=sha256 or None,
                                        corrections=list(corrections))
    except Exception as exc:  # noqa: BLE001 - the officer must hear that it was not recorded
        return None, str(exc) or type(exc).__name__
    return int(rid), ""


def _recorded(o: Outcome, prefs: Prefs, sha256: str,
              corrections: Sequence[dict[str, Any]]) -> Outcome:
    import dataclasses

    rid, error = record(o.result, prefs, sha256, corrections)
    return dataclasses.replace(o, record_id=rid, record_error=error)


class _RegistryExcept:
    """The repeat-use registry, blind to some records: a corrected reading is not a repeat use
    of the same document's earlier (uncorrected) record."""

    def __init__(self, store: Any, exclude: Sequence[int]) -> None:
        self._store, self._exclude = store, {str(i) for i in exclude}

    def repeat_use(self, reading: Any, image: Any = None) -> Any:
        import dataclasses

        found = self._store.repeat_use(reading, image)
        keep = tuple(f for f in found.findings
                     if dict(f.evidence).get("earlier_record") not in self._exclude)
        return dataclasses.replace(found, findings=keep, earlier=tuple(
            i for i in found.earlier if str(i) not in self._exclude))


def _options(prefs: Prefs, engine: str, generation: int, exclude: Sequence[int] = ()) -> Any:
    from docverify.pipeline import Options

    records = _records_or_none(prefs)
    if records is not None and exclude:
        records = _RegistryExcept(records, exclude)
    return Options(engine=engine, store=_screening_store(prefs, generation),
                   image_checks=prefs.image_checks, records=records)


def _list_versions(prefs: Prefs, generation: int) -> tuple[str, ...]:
    store = _screening_store(prefs, generation)
    if store is None or isinstance(store, _Unusable):
        return ()
    return _versions(store)


def _versions(store: Any) -> tuple[str, ...]:
    """The list versions a store screens against, as reports and records name them."""
    return tuple(f"{lo.list_id}@{lo.version}" for lo in store.loaded())


def _with_fallback(prefs: Prefs, generation: int, run: Any) -> tuple[Result, str, str]:
    """Run with the chosen engine; if its model is missing, use tesseract and say so."""
    try:
        return run(_options(prefs, prefs.engine, generation)), prefs.engine, ""
    except FileNotFoundError:
        if prefs.engine == "tesseract":
            raise
        return (run(_options(prefs, "tesseract", generation)), "tesseract",
                NOTE_ENGINE_FALLBACK)


@dataclass(frozen=True, slots=True)
class Screened:
    """A screening by hand as the worker sends it back."""

    hits: list[dict[str, Any]]  # Hit.to_json, best first
    list_versions: tuple[str, ...]  # every list version screened against
    record_id: int | None = None  # its number in the audit trail
    record_error: str = ""  # why it was not recorded


def screen_query(name: str, birth_date: str, nationality: str, document_number: str,
                 prefs: Prefs, generation: int = 0) -> Screened | None:
    """Screen one person or company typed in by hand and record it in the audit trail; None
    when no list is loaded. InputError says what is wrong with the query."""
    from docverify.watchlist.screening import ScreeningQuery, screen, valid_query

    query = valid_query(ScreeningQuery(name, birth_date or None, nationality or None,
                                       document_number or None))
    store = store_for(prefs, generation, asked=True)
    if store is None:
        return None
    hits = [h.to_json() for h in screen(store, query)]
    versions = _versions(store)
    try:
        rid = records_for(prefs).record_screening(query.to_json(), hits, versions,
                                                  operator=operator_of(prefs))
    except Exception as exc:  # noqa: BLE001 - the officer must hear that it was not recorded
        return Screened(hits, versions, None, str(exc) or type(exc).__name__)
    return Screened(hits, versions, int(rid))


def display_copy(bgr: Any) -> tuple[Any, float]:
    """The image scaled down for the screen when large, and the scale used."""
    h, w = bgr.shape[:2]
    scale = min(1.0, MAX_DISPLAY_SIDE / max(h, w))
    if scale >= 1.0:
        return bgr, 1.0
    import cv2

    size = (max(1, round(w * scale)), max(1, round(h * scale)))
    return cv2.resize(bgr, size, interpolation=cv2.INTER_AREA), scale


def preview(path: str | Path) -> tuple[Any, float] | None:
    """The first page for display, or None if the file cannot be read."""
    from docverify.errors import InputError
    from docverify.reading.loader import load_pages

    try:
        return display_copy(load_pages(path)[0].image)
    except (InputError, IndexError):
        return None


def verify_path(path: str | Path, prefs: Prefs, generation: int = 0,
                save: bool = True) -> Outcome:
    """Verify one file; an unreadable file gives an Outcome whose result carries the error.
    With ``save`` it is recorded in the audit trail (here, in the worker)."""
    from docverify.errors import InputError
    from docverify.pipeline import verify_file
    from docverify.reading.loader import load_pages

    start = time.perf_counter()
    path = Path(path)
    result, engine, note = _with_fallback(prefs, generation, lambda o: verify_file(path, o))
    image, scale = None, 1.0
    try:
        pages = load_pages(path)
        page = result.reading.page if result.reading else 0
        image, scale = display_copy(pages[min(page, len(pages) - 1)].image)
    except (InputError, IndexError):
        pass
    from docverify.reading.loader import file_sha256

    digest = file_sha256(path) or ""
    o = Outcome(result, image, scale, digest, time.perf_counter() - start, engine,
                _list_versions(prefs, generation), note)
    return _recorded(o, prefs, digest, ()) if save else o


def verify_picture(bgr: Any, source: str, prefs: Prefs, generation: int = 0) -> Outcome:
    """Verify a pasted, dropped or captured image (BGR array), and record it."""
    from docverify.pipeline import verify_image

    start = time.perf_counter()
    result, engine, note = _with_fallback(prefs, generation,
                                          lambda o: verify_image(bgr, source, o))
    image, scale = display_copy(bgr)
    digest = hashlib.sha256(bgr.tobytes()).hexdigest()
    o = Outcome(result, image, scale, digest, time.perf_counter() - start, engine,
                _list_versions(prefs, generation), note)
    return _recorded(o, prefs, digest, ())


def clean_lines(lines: Sequence[str]) -> list[str]:
    return [ln.strip().upper().replace(" ", "") for ln in lines if ln.strip()]


def verify_text(lines: Sequence[str], prefs: Prefs, generation: int = 0) -> Outcome:
    """Verify MRZ text pasted or typed with no image, and record it."""
    from docverify.pipeline import verify_mrz

    start = time.perf_counter()
    lines = clean_lines(lines)
    result = verify_mrz(lines, _options(prefs, "text", generation))
    digest = hashlib.sha256("\n".join(lines).encode()).hexdigest()
    o = Outcome(result, None, 1.0, digest, time.perf_counter() - start, "manual",
                _list_versions(prefs, generation))
    return _recorded(o, prefs, digest, ())


def verify_corrected(lines: Sequence[str], base: Result, prefs: Prefs, generation: int = 0,
                     sha256: str = "", earlier: Sequence[dict[str, Any]] = (),
                     same_input: Sequence[int] = ()) -> Outcome:
    """Re-run the checks on MRZ text corrected by hand; recorded (against the input's
    ``sha256``) with every correction made to it: ``earlier`` ones and these.
    ``same_input`` are the records of this input so far (not repeat uses of it)."""
    import dataclasses

    from docverify.pipeline import verify_mrz

    start = time.perf_counter()
    lines = clean_lines(lines)
    result = verify_mrz(lines, _options(prefs, "text", generation, same_input))
    before = base.reading.lines if base.reading else ()
    changes = diff_lines(before, lines)
    region: Region | None = base.reading.region if base.reading else None
    result = dataclasses.replace(
        result,
        source=base.source,
        reading=dataclasses.replace(result.reading, source=base.source, region=region,
                                    page=base.reading.page if base.reading else 0),
        extras=(*result.extras, ("corrections", changes)),
    )
    o = Outcome(result, None, 1.0, "", time.perf_counter() - start, "manual",
                _list_versions(prefs, generation), corrections=changes)
    return _recorded(o, prefs, sha256, (*earlier, *changes))


def diff_lines(before: Sequence[str], after: Sequence[str]) -> tuple[dict[str, Any], ...]:
    """Character changes between two MRZ readings (line and column from 1)."""
    out: list[dict[str, Any]] = []
    for i in range(max(len(before), len(after))):
        a = before[i] if i < len(before) else ""
        b = after[i] if i < len(after) else ""
        if len(a) != len(b):
            if a != b:
                out.append({"line": i + 1, "column": None, "from": a, "to": b})
            continue
        out.extend({"line": i + 1, "column": j + 1, "from": x, "to": y}
                   for j, (x, y) in enumerate(zip(a, b, strict=True)) if x != y)
    return tuple(out)


@dataclass(frozen=True, slots=True)
class QuickRead:
    """A camera frame's MRZ as read for auto-capture: the lines, whether every check digit
    holds, and how sharp the MRZ band is (variance of the Laplacian)."""

    lines: tuple[str, ...]
    valid: bool
    sharpness: float


def quick_read(bgr: Any, engine: str, budget_s: float) -> QuickRead | None:
    """Read the MRZ of one camera frame, or None when there is none."""
    import cv2

    from docverify.errors import NoMRZError
    from docverify.reading.reader import read_image

    def run(name: str) -> Any:
        return read_image(bgr, None, name, budget_s=budget_s)

    try:
        try:
            reading = run(engine)
        except FileNotFoundError:
            reading = run("tesseract")
    except NoMRZError:
        return None
    grey = cv2.cvtColor(bgr, cv2.COLOR_BGR2GRAY) if bgr.ndim == 3 else bgr
    r = reading.region
    band = grey[r.y:r.y + r.height, r.x:r.x + r.width] if r is not None else grey
    sharp = float(cv2.Laplacian(band, cv2.CV_64F).var()) if band.size else 0.0
    valid = reading.parse is not None and reading.parse.valid
    return QuickRead(tuple(reading.lines), valid, sharp)
