"""The one way to run work off the UI thread: a callable on the QThreadPool, results by signal.

Usage::

    job = run_task(fn, on_result=..., on_error=..., on_progress=..., parent=self)
    job.cancel()

``fn`` receives a :class:`JobContext`; it may call ``ctx.progress(done, total, payload)`` and
should poll ``ctx.cancelled()``. Never touch a widget inside ``fn``: the callbacks run on the
UI thread, ``fn`` does not.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised by ``JobContext.check()`` once the job has been cancelled."""


class JobContext:
    """What a running job sees: progress reporting and the cancellation flag."""

    def __init__(self, job: Job) -> None:
        self._job = job

    def cancelled(self) -> bool:
        return self._job._cancel.is_set()

    def check(self) -> None:
        """Raise :class:`Cancelled` if the job was cancelled."""
        if self.cancelled():
            raise Cancelled

    def progress(self, done: int, total: int, payload: Any = None) -> None:
        if not self.cancelled():
            self._job._progress.emit(int(done), int(total), payload)


class Job(QObject):
    """A handle on one background task; lives on the UI thread, so its slots run there."""

    _result = Signal(object)
    _error = Signal(object)
    _progress = Signal(int, int, object)
    finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self.done = False
        self.on_result: Callable[[Any], None] | None = None
        self.on_error: Callable[[BaseException], None] | None = None
        self.on_progress: Callable[[int, int, Any], None] | None = None
        self.on_cancelled: Callable[[], None] | None = None
        self._result.connect(self._deliver_result)
        self._error.connect(self._deliver_error)
        self._progress.connect(self._deliver_progress)

    def cancel(self) -> None:
        """Ask the job to stop; its result, if it still comes, is dropped."""
        self._cancel.set()

    @Slot()
    def _owner_gone(self) -> None:
        self.on_result = self.on_error = self.on_progress = self.on_cancelled = None
        self.cancel()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    @Slot(object)
    def _deliver_result(self, value: Any) -> None:
        self._finish()
        if self.cancelled:
            if self.on_cancelled:
                self.on_cancelled()
        elif self.on_result:
            self.on_result(value)
        self.finished.emit()

    @Slot(object)
    def _deliver_error(self, exc: BaseException) -> None:
        self._finish()
        if isinstance(exc, Cancelled) or self.cancelled:
            if self.on_cancelled:
                self.on_cancelled()
        elif self.on_error:
            self.on_error(exc)
        else:
            log.error("background job failed", exc_info=exc)
        self.finished.emit()

    @Slot(int, int, object)
    def _deliver_progress(self, done: int, total: int, payload: Any) -> None:
        if self.on_progress and not self.cancelled:
            self.on_progress(done, total, payload)

    def _finish(self) -> None:
        self.done = True
        _ACTIVE.discard(self)


_ACTIVE: set[Job] = set()  # keeps jobs alive until they report back


class _Runnable(QRunnable):
    def __init__(self, job: Job, fn: Callable[[JobContext], Any]) -> None:
        super().__init__()
        self.job, self.fn = job, fn

    def run(self) -> None:  # worker thread: no widgets here
        ctx = JobContext(self.job)
        try:
            value = self.fn(ctx)
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the UI
            self._emit(self.job._error, exc)
        else:
            self._emit(self.job._result, value)

    @staticmethod
    def _emit(signal: Any, value: Any) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the Job was deleted (application closing): nobody to tell
            log.debug("job finished after its owner was deleted")


def run_task(
    fn: Callable[[JobContext], Any],
    *,
    on_result: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int, Any], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    owner: QObject | None = None,
    pool: QThreadPool | None = None,
) -> Job:
    """Run ``fn(ctx)`` on the thread pool; callbacks are called on the UI thread.

    Must be called from the UI thread (the returned Job lives there). When ``owner`` (the
    widget whose callbacks these are) is destroyed first, the job is cancelled and none of
    its callbacks run.
    """
    job = Job()
    if owner is not None:
        owner.destroyed.connect(job._owner_gone)
    job.on_result, job.on_error = on_result, on_error
    job.on_progress, job.on_cancelled = on_progress, on_cancelled
    _ACTIVE.add(job)
    (pool or QThreadPool.globalInstance()).start(_Runnable(job, fn))
    return job
