"""Starts verifications on the worker pool and reports them; the one place the views ask."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from docverify.app import jobs
from docverify.app.crash import report
from docverify.app.prefs import Prefs
from docverify.app.worker import Job, run_task


class Verifier(QObject):
    """Runs one interactive verification at a time; a newer request cancels the older."""

    started = Signal(str)
    preview = Signal(object)  # (QImage, scale) of the document, before it is read
    verified = Signal(object)  # Verification
    failed = Signal(str)

    def __init__(self, prefs: Callable[[], Prefs], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._prefs = prefs
        self._job: Job | None = None

    @property
    def busy(self) -> bool:
        return self._job is not None and not self._job.done

    def verify_path(self, path: str | Path) -> Job:
        prefs = self._prefs()
        return self._start(Path(path).name, lambda ctx: jobs.verify_path(path, prefs, ctx))

    def verify_picture(self, image: QImage, source: str) -> Job:
        prefs, image = self._prefs(), image.copy()
        return self._start(source, lambda ctx: jobs.verify_picture(image, source, prefs))

    def verify_corrected(self, lines: list[str], base: jobs.Verification) -> Job:
        prefs = self._prefs()
        return self._start(self.tr("corrected MRZ"),
                           lambda ctx: jobs.verify_corrected(lines, base, prefs))

    def _start(self, label: str, fn) -> Job:
        if self._job is not None and not self._job.done:
            self._job.cancel()
        self.started.emit(label)
        self._job = run_task(fn, on_result=self.verified.emit, on_error=self._error,
                             on_progress=lambda _d, _t, shown: self.preview.emit(shown),
                             owner=self)
        return self._job

    def _error(self, exc: BaseException) -> None:
        self.failed.emit(report(exc, "verification"))

    def verify_text(self, lines: list[str]) -> Job:
        prefs = self._prefs()
        return self._start(self.tr("MRZ text"), lambda ctx: jobs.verify_text(lines, prefs))

    def verify_sample(self, data_dir: Path) -> Job:
        """Verify the first bundled sample (rendered if none is shipped)."""
        prefs = self._prefs()

        def run(ctx):
            from docverify.app import pool
            from docverify.app.samples import first_sample

            v = jobs.verify_path(pool.call(first_sample, data_dir), prefs, ctx, save=False)
            return dataclasses.replace(v, sample=True)

        return self._start(self.tr("sample document"), run)
