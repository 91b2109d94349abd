"""Runs the verification work in a separate process, so the UI process's GIL stays free.

Reading spawns tesseract and runs long numpy and PIL calls that hold the GIL; in a thread of
the UI process they stalled the UI thread for up to 180 ms (tests/benchmarks/
bench_ui_latency.py). One worker process, started on first use, does the work; the
QThreadPool thread that asked waits for it without holding the GIL. Tests use "thread" mode.
"""

from __future__ import annotations

import concurrent.futures as cf
import multiprocessing
import os
import threading
from collections.abc import Callable
from typing import Any

from docverify.errors import DocverifyError

WORKER_NICENESS = 10  # POSIX nice increment of the worker process

_lock = threading.Lock()
_state: dict[str, Any] = {"mode": "process", "executor": None, "generation": 0}


def set_mode(mode: str) -> None:
    """"process" (the default) or "thread" (run in the calling thread: tests, debugging)."""
    if mode not in ("process", "thread"):
        raise ValueError(mode)
    shutdown()
    _state["mode"] = mode


def mode() -> str:
    return _state["mode"]


def generation() -> int:
    """Bumped when the watchlists change, so the worker reopens its store."""
    return _state["generation"]


def lists_changed() -> None:
    _state["generation"] += 1


def _executor() -> cf.ProcessPoolExecutor:
    with _lock:
        if _state["executor"] is None:
            ctx = multiprocessing.get_context("spawn")  # no fork of a process running Qt
            _state["executor"] = cf.ProcessPoolExecutor(max_workers=1, mp_context=ctx,
                                                         initializer=_lower_priority)
        return _state["executor"]


def _lower_priority() -> None:
    """The worker (and the tesseract it runs) yields the CPU to the UI process when busy."""
    if hasattr(os, "nice"):
        os.nice(WORKER_NICENESS)


def warm_up() -> None:
    """Start the worker process now (it imports numpy and OpenCV) rather than on first use."""
    if _state["mode"] == "process":
        _executor().submit(_ping)


def _ping() -> bool:
    import docverify.pipeline  # noqa: F401 - imports the heavy modules once

    return True


def call(fn: Callable[..., Any], *args: Any) -> Any:
    """``fn(*args)`` in the worker process (blocking the calling worker thread only)."""
    if _state["mode"] == "thread":
        return fn(*args)
    try:
        return _executor().submit(fn, *args).result()
    except cf.process.BrokenProcessPool:
        with _lock:
            _state["executor"] = None
        raise DocverifyError("The verification process stopped unexpectedly (out of memory?). "
                             "Try again; it has been restarted.") from None


def shutdown() -> None:
    """Stop the worker process, dropping the documents queued for it and waiting for the one it
    is reading (a few seconds at most: the reader's time budget). Not ``wait=False``: an
    executor left stopping races the interpreter's own exit hook, which then prints an
    "Exception ignored ... Bad file descriptor" traceback (CPython's ProcessPoolExecutor)."""
    with _lock:
        ex, _state["executor"] = _state["executor"], None
    if ex is not None:
        ex.shutdown(wait=True, cancel_futures=True)
