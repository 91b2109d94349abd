"""The one way to run work off the UI thread: a callable on the QThreadPool, results by signal.

Usage::

    job = run_task(fn, on_result=..., on_error=..., on_progress=..., owner=self)
    job.cancel()

``fn`` receives a :class:`JobContext`; it may call ``ctx.progress(done, total, payload)`` and
should poll ``ctx.cancelled()``. Never touch a widget inside ``fn``: the callbacks run on the
UI thread, ``fn`` does not.

A worker thread never holds a :class:`Job`. It reports through one relay that lives as long as
the application, and the relay hands the news to the job on the UI thread. So a Job (a QObject
of the UI thread) is always freed on the UI thread: freed from a worker thread, as the last
reference dropped there, Qt deletes it while the UI thread may still be delivering to it, and
the process crashes later, somewhere else (a CI run crashed in the UI thread's collector).
"""

from __future__ import annotations

import functools
import itertools
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

_RESULT, _ERROR, _PROGRESS, _END = "result", "error", "progress", "end"


class Cancelled(Exception):
    """Raised by ``JobContext.check()`` once the job has been cancelled."""


class _Relay(QObject):
    """Carries every job's news from the worker threads to the UI thread, where it lives."""

    news = Signal(int, str, object)  # job id, kind, payload

    def __init__(self) -> None:
        super().__init__()
        self.news.connect(self._deliver)

    @Slot(int, str, object)
    def _deliver(self, job_id: int, kind: str, payload: Any) -> None:
        job = _ACTIVE.get(job_id)
        if job is None:  # delivered already, or never started
            return
        if kind == _PROGRESS:
            job._deliver_progress(*payload)
        elif kind == _END:  # the worker has let go of everything: the job may be freed
            del _ACTIVE[job_id]
            job._kept = None
        elif kind == _RESULT:
            job._deliver_result(payload)
        else:
            job._deliver_error(payload)


_ACTIVE: dict[int, Job] = {}  # keeps jobs alive until they report back
_IDS = itertools.count(1)


@functools.cache
def _relay() -> _Relay:
    """The one relay: made on first use (run_task, on the UI thread), never freed."""
    return _Relay()


class JobContext:
    """What a running job sees: progress reporting and the cancellation flag."""

    def __init__(self, job_id: int, cancel: threading.Event, relay: _Relay) -> None:
        self._id, self._cancel, self._relay = job_id, cancel, relay

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise :class:`Cancelled` if the job was cancelled."""
        if self.cancelled():
            raise Cancelled

    def progress(self, done: int, total: int, payload: Any = None) -> None:
        if not self.cancelled():
            self._relay.news.emit(self._id, _PROGRESS, (int(done), int(total), payload))


class Job(QObject):
    """A handle on one background task; lives on the UI thread, and only the UI thread uses it."""

    finished = Signal()

    def __init__(self, fn: Callable[[JobContext], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.id = next(_IDS)
        self._cancel = threading.Event()
        self.fn: Callable[[JobContext], Any] | None = fn  # dropped here, on the UI thread
        self._kept: Any = None  # the result, held until the worker has dropped it too
        self.done = False
        self.on_result: Callable[[Any], None] | None = None
        self.on_error: Callable[[BaseException], None] | None = None
        self.on_progress: Callable[[int, int, Any], None] | None = None
        self.on_cancelled: Callable[[], None] | None = None

    def cancel(self) -> None:
        """Ask the job to stop; its result, if it still comes, is dropped."""
        self._cancel.set()

    @Slot()
    def _owner_gone(self) -> None:
        self._drop_callbacks()
        self.cancel()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _deliver_result(self, value: Any) -> None:
        self.done, self._kept = True, value
        try:
            if self.cancelled:
                if self.on_cancelled:
                    self.on_cancelled()
            elif self.on_result:
                self.on_result(value)
        finally:
            self._close()

    def _deliver_error(self, exc: BaseException) -> None:
        self.done, self._kept = True, exc
        try:
            if isinstance(exc, Cancelled) or self.cancelled:
                if self.on_cancelled:
                    self.on_cancelled()
            elif self.on_error:
                self.on_error(exc)
            else:
                log.error("background job failed", exc_info=exc)
        finally:
            self._close()

    def _deliver_progress(self, done: int, total: int, payload: Any) -> None:
        if self.on_progress and not self.cancelled:
            self.on_progress(done, total, payload)

    def _close(self) -> None:
        """The outcome is delivered: forget the callbacks (they close over widgets)."""
        self._drop_callbacks()
        self.fn = None
        self.finished.emit()

    def _drop_callbacks(self) -> None:
        self.on_result = self.on_error = self.on_progress = self.on_cancelled = None


class _Runnable(QRunnable):
    """Runs on a pool thread; holds the function and the flag, never the Job."""

    def __init__(self, job: Job) -> None:
        super().__init__()
        self.fn, self.ctx = job.fn, JobContext(job.id, job._cancel, _relay())

    def run(self) -> None:  # worker thread: no widgets, no Job here
        fn, self.fn = self.fn, None
        ctx, self.ctx = self.ctx, None
        value: Any = None
        try:
            value = fn(ctx)
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the UI
            kind, payload = _ERROR, exc
        else:
            kind, payload = _RESULT, value
        del fn  # the Job still holds it: the last reference is dropped on the UI thread
        ctx._relay.news.emit(ctx._id, kind, payload)
        del payload, value  # the Job holds them now, until the end news below
        ctx._relay.news.emit(ctx._id, _END, None)


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
    job = Job(fn)
    if owner is not None:
        owner.destroyed.connect(job._owner_gone)
    job.on_result, job.on_error = on_result, on_error
    job.on_progress, job.on_cancelled = on_progress, on_cancelled
    _ACTIVE[job.id] = job
    (pool or QThreadPool.globalInstance()).start(_Runnable(job))
    return job
