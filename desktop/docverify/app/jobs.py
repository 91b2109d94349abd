"""What runs on the worker threads: verify a file, a pasted image or corrected MRZ text."""

from __future__ import annotations

import dataclasses
import hashlib
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage

from docverify.app.prefs import Prefs
from docverify.model import Result

_local = threading.local()
_generation = [0]


@dataclass(frozen=True, slots=True)
class Verification:
    """A result plus what the window and history need: the page shown, the file hash, timing."""

    result: Result
    image: QImage | None
    sha256: str
    elapsed: float
    engine: str
    corrections: tuple[dict[str, Any], ...] = ()
    list_versions: tuple[str, ...] = ()
    note: str = ""


def lists_changed() -> None:
    """Tell the workers to reopen the watchlist store (after an import, enable or remove)."""
    _generation[0] += 1


def thread_store(prefs: Prefs) -> Any:
    """This thread's watchlist store (sqlite connections cannot cross threads), or None."""
    if not prefs.screen or not prefs.store_path.exists():
        return None
    key = (str(prefs.store_path), _generation[0])
    cached = getattr(_local, "store", None)
    if cached is not None and cached[0] == key:
        store = cached[1]
    else:
        if cached is not None:
            cached[1].close()
        from docverify.watchlist.screening import open_store

        store = open_store(prefs.store_path)
        _local.store = (key, store)
    return store if store.loaded() else None  # no enabled list: not screened


def _options(prefs: Prefs, engine: str) -> Any:
    from docverify.pipeline import Options

    return Options(engine=engine, store=thread_store(prefs), image_checks=prefs.image_checks)


def _list_versions(prefs: Prefs) -> tuple[str, ...]:
    store = thread_store(prefs)
    if store is None:
        return ()
    return tuple(f"{lo.list_id}@{lo.version}" for lo in store.loaded())


def _with_fallback(prefs: Prefs, run: Any) -> tuple[Result, str, str]:
    """Run with the chosen engine; if its model is missing, use tesseract and say so."""
    try:
        return run(_options(prefs, prefs.engine)), prefs.engine, ""
    except FileNotFoundError:
        if prefs.engine == "tesseract":
            raise
        note = QCoreApplication.translate(
            "jobs", "The docverify OCR model is missing; tesseract was used instead.")
        return run(_options(prefs, "tesseract")), "tesseract", note


def to_qimage(bgr: Any) -> QImage:
    """A QImage copy of a BGR (or grey) numpy image (the QImage owns its pixels)."""
    import numpy as np

    arr = np.ascontiguousarray(bgr)
    h, w = arr.shape[:2]
    grey = arr.ndim == 2
    fmt = QImage.Format.Format_Grayscale8 if grey else QImage.Format.Format_BGR888
    img = QImage(w, h, fmt)
    row = w if grey else w * 3
    dst = np.frombuffer(img.bits(), dtype=np.uint8, count=img.sizeInBytes())
    dst.reshape(h, img.bytesPerLine())[:, :row] = arr.reshape(h, row)
    return img


def from_qimage(img: QImage) -> Any:
    """A BGR numpy copy of a QImage."""
    import numpy as np

    img = img.convertToFormat(QImage.Format.Format_BGR888)
    h, w, bpl = img.height(), img.width(), img.bytesPerLine()
    buf = np.frombuffer(img.constBits(), dtype=np.uint8, count=bpl * h).reshape(h, bpl)
    return buf[:, : w * 3].reshape(h, w, 3).copy()


def verify_path(path: str | Path, prefs: Prefs, ctx: Any = None) -> Verification:
    """Verify one file; the page image comes back for display (None if unreadable).

    With a job context, the first page is sent ahead as progress (0, 1, QImage) so the
    window can show the document while it is read.
    """
    from docverify.errors import InputError
    from docverify.pipeline import verify_file
    from docverify.reading.loader import load_pages

    start = time.perf_counter()
    path = Path(path)
    try:
        pages = load_pages(path)
    except InputError:
        pages = []
    if ctx is not None and pages:
        ctx.progress(0, 1, to_qimage(pages[0].image))
    result, engine, note = _with_fallback(prefs, lambda o: verify_file(path, o))
    image = None
    if pages:
        page = result.reading.page if result.reading else 0
        image = to_qimage(pages[min(page, len(pages) - 1)].image)
    try:
        digest = _sha256(path)
    except OSError:
        digest = ""
    return Verification(result, image, digest, time.perf_counter() - start, engine,
                        list_versions=_list_versions(prefs), note=note)


def verify_picture(img: QImage, source: str, prefs: Prefs) -> Verification:
    """Verify a pasted or captured image."""
    from docverify.pipeline import verify_image

    start = time.perf_counter()
    bgr = from_qimage(img)
    result, engine, note = _with_fallback(prefs, lambda o: verify_image(bgr, source, o))
    digest = hashlib.sha256(bgr.tobytes()).hexdigest()
    return Verification(result, img.copy(), digest, time.perf_counter() - start, engine,
                        list_versions=_list_versions(prefs), note=note)


def verify_corrected(lines: Sequence[str], base: Verification, prefs: Prefs) -> Verification:
    """Re-run the checks on MRZ text corrected by hand; the correction is recorded."""
    from docverify.pipeline import verify_mrz

    start = time.perf_counter()
    lines = [ln.strip().upper().replace(" ", "") for ln in lines if ln.strip()]
    result = verify_mrz(lines, _options(prefs, "text"))
    before = base.result.reading.lines if base.result.reading else ()
    changes = diff_lines(before, lines)
    result = dataclasses.replace(
        result,
        source=base.result.source,
        reading=dataclasses.replace(
            result.reading,
            source=base.result.source,
            region=base.result.reading.region if base.result.reading else None,
            page=base.result.reading.page if base.result.reading else 0,
        ),
        extras=(*result.extras, ("corrections", changes)),
    )
    return Verification(result, base.image, base.sha256, time.perf_counter() - start, "manual",
                        base.corrections + tuple(changes), _list_versions(prefs))


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


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def verify_text(lines: Sequence[str], prefs: Prefs) -> Verification:
    """Verify MRZ text pasted or typed with no image."""
    from docverify.pipeline import verify_mrz

    start = time.perf_counter()
    lines = [ln.strip().upper().replace(" ", "") for ln in lines if ln.strip()]
    result = verify_mrz(lines, _options(prefs, "text"))
    digest = hashlib.sha256("\n".join(lines).encode()).hexdigest()
    return Verification(result, None, digest, time.perf_counter() - start, "manual",
                        list_versions=_list_versions(prefs))
