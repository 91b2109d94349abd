"""The worker helper: results, errors and progress arrive on the UI thread; cancel works."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

from docverify.app.worker import run_task


def _on_ui_thread() -> bool:
    return QThread.currentThread() is QApplication.instance().thread()


def test_result_and_progress_arrive_on_ui_thread(qtbot):
    seen = {}
    worker_thread = []

    def work(ctx):
        worker_thread.append(threading.get_ident())
        for i in range(3):
            ctx.progress(i + 1, 3, f"item {i}")
        return 42

    def on_progress(done, total, payload):
        seen.setdefault("progress", []).append((done, total, payload, _on_ui_thread()))

    def on_result(value):
        seen["result"] = (value, _on_ui_thread())

    job = run_task(work, on_result=on_result, on_progress=on_progress)
    qtbot.waitUntil(lambda: job.done, timeout=5000)
    assert seen["result"] == (42, True)
    assert [p[:3] for p in seen["progress"]] == [(1, 3, "item 0"), (2, 3, "item 1"),
                                                 (3, 3, "item 2")]
    assert all(p[3] for p in seen["progress"])
    assert worker_thread[0] != threading.get_ident()


def test_error_is_delivered_not_raised(qtbot):
    errors = []
    job = run_task(lambda ctx: 1 / 0, on_error=lambda e: errors.append((e, _on_ui_thread())))
    qtbot.waitUntil(lambda: job.done, timeout=5000)
    assert isinstance(errors[0][0], ZeroDivisionError)
    assert errors[0][1] is True


@pytest.mark.parametrize("raise_on_cancel", [True, False])
def test_cancel_drops_the_result(qtbot, raise_on_cancel):
    started, release = threading.Event(), threading.Event()
    results, cancelled = [], []

    def work(ctx):
        started.set()
        release.wait(5)
        if raise_on_cancel:
            ctx.check()
        return "late"

    job = run_task(work, on_result=results.append, on_cancelled=lambda: cancelled.append(1))
    assert started.wait(5)
    job.cancel()
    release.set()
    qtbot.waitUntil(lambda: job.done, timeout=5000)
    assert results == []
    assert cancelled == [1]


def test_progress_after_cancel_is_not_delivered(qtbot):
    progress = []
    go = threading.Event()

    def work(ctx):
        go.wait(5)
        ctx.progress(1, 1)
        return None

    job = run_task(work, on_progress=lambda *a: progress.append(a))
    job.cancel()
    go.set()
    qtbot.waitUntil(lambda: job.done, timeout=5000)
    assert progress == []


def test_owner_destroyed_cancels_the_callbacks(qtbot):
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    release = threading.Event()
    job = run_task(lambda ctx: (release.wait(5), "late")[1],
                   on_result=label.setText, owner=label)
    label.deleteLater()
    qtbot.waitUntil(lambda: job.cancelled, timeout=5000)
    release.set()
    qtbot.waitUntil(lambda: job.done, timeout=5000)  # no RuntimeError from a deleted label


def test_jobs_are_freed_on_the_ui_thread(qtbot):
    """A Job is a QObject of the UI thread: freed from a worker thread, Qt may crash later."""
    import weakref

    freed_on = []
    for i in range(200):
        job = run_task(lambda ctx, i=i: [i] * 1000)
        weakref.finalize(job, lambda: freed_on.append(threading.get_ident()))
    del job
    qtbot.waitUntil(lambda: len(freed_on) == 200, timeout=20000)
    assert set(freed_on) == {threading.get_ident()}
