"""The Qt side of a verification job: send work to the worker process, wrap what comes back.

These functions run on QThreadPool threads (never the UI thread); the work itself is in
work.py and runs in the worker process (pool.py).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage

from docverify.app import pool, work
from docverify.app.prefs import Prefs
from docverify.model import Result

diff_lines = work.diff_lines


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
    sample: bool = False  # the start-up demonstration: not recorded in the history
    scale: float = 1.0  # image pixels shown per document pixel (large pages are scaled down)
    record_ids: tuple[int, ...] = ()  # this input's records in the audit trail (+ corrections)
    record_error: str = ""  # why the last verification of it was not recorded


def lists_changed() -> None:
    """Tell the worker to reopen the watchlist store (after an import, enable or remove)."""
    pool.lists_changed()


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


def _note(code: str) -> str:
    if code == work.NOTE_ENGINE_FALLBACK:
        return QCoreApplication.translate(
            "jobs", "The docverify OCR model is missing; tesseract was used instead.")
    return code


def _wrap(o: work.Outcome, image: QImage | None = None, **extra: Any) -> Verification:
    if image is None and o.image is not None:
        image = to_qimage(o.image)
    ids = (o.record_id,) if o.record_id is not None else ()
    return Verification(o.result, image, o.sha256, o.elapsed, o.engine, o.corrections,
                        o.list_versions, _note(o.note), scale=o.scale, record_ids=ids,
                        record_error=o.record_error, **extra)


def verify_path(path: str | Path, prefs: Prefs, ctx: Any = None,
                save: bool = True) -> Verification:
    """Verify one file (recorded in the audit trail when ``save``). With a job context, the
    first page is sent ahead as progress (0, 1, (QImage, scale)) so the window shows the
    document while it is read."""
    if ctx is not None:
        shown = pool.call(work.preview, str(path))
        if shown is not None:
            ctx.progress(0, 1, (to_qimage(shown[0]), shown[1]))
        ctx.check()
    return _wrap(pool.call(work.verify_path, str(path), prefs, pool.generation(), save))


def verify_picture(img: QImage, source: str, prefs: Prefs) -> Verification:
    """Verify a pasted or dropped image."""
    outcome = pool.call(work.verify_picture, from_qimage(img), source, prefs, pool.generation())
    return _wrap(outcome)


def verify_text(lines: Sequence[str], prefs: Prefs) -> Verification:
    """Verify MRZ text pasted with no image."""
    return _wrap(pool.call(work.verify_text, list(lines), prefs, pool.generation()))


def verify_corrected(lines: Sequence[str], base: Verification, prefs: Prefs) -> Verification:
    """Re-run the checks on MRZ text corrected by hand; recorded with its corrections."""
    o = pool.call(work.verify_corrected, list(lines), base.result, prefs, pool.generation(),
                  base.sha256, base.corrections, base.record_ids)
    v = _wrap(o, image=base.image)
    return dataclasses.replace(v, sha256=base.sha256, scale=base.scale,
                               corrections=base.corrections + o.corrections,
                               record_ids=base.record_ids + v.record_ids)
