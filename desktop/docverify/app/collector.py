"""Python's cycle collector runs on the UI thread only, from a timer.

Left automatic, the collector runs in whichever thread happens to allocate, often a worker
thread reading a document. A Qt object caught in a reference cycle (a widget and a lambda
that closes over it) is then deleted from that thread while the UI thread may be using it,
and the process crashes later somewhere unrelated. calibre has run its Qt UI this way for
years; the counts and thresholds stay Python's own, only the thread changes.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_INTERVAL_MS = 500  # how often the UI thread looks whether a collection is due


class UiThreadCollector(QObject):
    """Turns the automatic collector off and collects, generation by generation, when due."""

    def __init__(self, parent: QObject | None = None,
                 interval_ms: int = CHECK_INTERVAL_MS) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self.collections = 0
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(interval_ms)

    def check(self) -> None:
        """Collect the oldest generation whose count is over its threshold, as Python would."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self.thresholds[generation]:
                gc.collect(generation)
                self.collections += 1
                return

    def stop(self) -> None:
        """Give collection back to Python (tests, shutdown)."""
        self._timer.stop()
        gc.enable()


def install(parent: QObject) -> UiThreadCollector:
    """Call once, on the UI thread, with the application as parent."""
    return UiThreadCollector(parent)
