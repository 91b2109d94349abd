"""Reference cycles are collected on the UI thread, never in a worker thread that allocates."""

from __future__ import annotations

import gc
import threading
import weakref

from docverify.app.worker import run_task


class _Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the collector frees it


def test_the_collector_is_off_in_the_app(collect_on_ui_thread):
    assert not gc.isenabled()
    assert collect_on_ui_thread.thresholds[0] > 0


def test_a_cycle_dropped_while_a_worker_allocates_is_freed_on_the_ui_thread(
        qtbot, collect_on_ui_thread):
    freed_on = []
    node = _Node()
    weakref.finalize(node, lambda: freed_on.append(threading.get_ident()))
    del node

    def allocate(ctx):  # far past generation 0's threshold: Python alone would collect here
        return [[i] for i in range(50 * collect_on_ui_thread.thresholds[0])]

    kept = []  # the lists stay alive, so generation 0's count stays over its threshold
    job = run_task(allocate, on_result=kept.append)
    qtbot.waitUntil(lambda: job.done, timeout=10000)
    qtbot.waitUntil(lambda: bool(freed_on), timeout=10000)  # the timer's collection frees it
    assert freed_on == [threading.get_ident()]  # the UI thread's, never the worker's
    assert collect_on_ui_thread.collections > 0
