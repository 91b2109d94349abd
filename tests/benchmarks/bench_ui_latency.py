"""UI-thread stalls while the desktop app verifies a 50-image batch (target: at most 50 ms).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_ui_latency.py [--count 50]

A QTimer ticks every 5 ms on the UI thread; a stall is how late a tick comes. Images are
synthetic (docverify.synth) with camera-like degradation, rendered before the clock starts.
An idle baseline first shows the machine's own jitter (other processes). Prints the longest
and the 99th-percentile stall, the UI-thread time spent per result, and the batch time;
asserts nothing. ``--mode thread`` runs the work in the UI process (as before pool.py).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
TICK_MS = 5


def render(folder: Path, count: int) -> list[Path]:
    import cv2

    from docverify.synth import degrade, generate

    formats = ("TD3", "TD1", "TD2", "MRVA", "MRVB")
    paths = []
    for i in range(count):
        doc = generate(formats[i % len(formats)], 1000 + i)
        image = degrade(doc.image, i)[0] if i % 2 else doc.image
        path = folder / f"doc-{i:03d}.jpg"
        cv2.imwrite(str(path), image, [cv2.IMWRITE_JPEG_QUALITY, 90])
        paths.append(path)
    return paths


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=50)
    parser.add_argument("--engine", default="docverify", choices=("docverify", "tesseract"))
    parser.add_argument("--mode", default="process", choices=("process", "thread"))
    parser.add_argument("--idle", type=float, default=20.0,
                        help="seconds of baseline with the app idle (the machine's own jitter)")
    args = parser.parse_args()

    from PySide6.QtCore import QElapsedTimer, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from docverify.app import pool
    from docverify.app.main_window import MainWindow

    pool.set_mode(args.mode)

    app = QApplication(sys.argv)
    tmp = Path(tempfile.mkdtemp(prefix="docverify-bench-"))
    render(tmp, args.count)
    settings = QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("data_dir", str(tmp / "data"))
    settings.setValue("engine", args.engine)
    window = MainWindow(settings, load_sample=False)
    window.show()

    stalls: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.nsecsElapsed()]

    def tick() -> None:
        now = clock.nsecsElapsed()
        stalls.append(max(0.0, (now - last[0]) / 1e6 - TICK_MS))
        last[0] = now

    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(tick)

    # time spent in the UI-thread handlers of each result (row, history record)
    from docverify.app.batch_view import BatchView

    handler_ms: list[float] = []
    original = BatchView._verified

    def timed(self, v) -> None:
        t = time.perf_counter()
        original(self, v)
        handler_ms.append((time.perf_counter() - t) * 1000)

    BatchView._verified = timed

    baseline: list[float] = []
    if args.idle > 0:
        timer.start()
        QTimer.singleShot(int(args.idle * 1000), app.quit)
        app.exec()
        timer.stop()
        baseline, stalls[:] = list(stalls), []

    window.batch_view.finished.connect(app.quit)
    start = time.perf_counter()
    last[0] = clock.nsecsElapsed()
    timer.start()
    QTimer.singleShot(0, lambda: window.open_paths([tmp]))
    app.exec()  # the real event loop, as the officer's session runs it
    elapsed = time.perf_counter() - start
    timer.stop()
    print(f"images: {args.count}  verified: {len(window.batch_view.results)}  "
          f"failed: {len(window.batch_view.failures)}  batch time: {elapsed:.1f} s "
          f"({elapsed / max(1, args.count):.2f} s/image)  mode: {args.mode}  "
          f"load average: {os.getloadavg()[0]:.1f}")
    for label, data in (("idle baseline", baseline), ("during the batch", stalls)):
        if data:
            ordered = sorted(data)
            p99 = ordered[int(0.99 * (len(ordered) - 1))]
            print(f"UI-thread stall, {label}, {len(data)} ticks: max {ordered[-1]:.1f} ms, "
                  f"p99 {p99:.1f} ms, over 50 ms: {sum(s > 50 for s in data)}")
    if handler_ms:
        print(f"UI-thread work per result: max {max(handler_ms):.1f} ms, "
              f"mean {sum(handler_ms) / len(handler_ms):.1f} ms (target: max <= 50 ms)")
    print(window.batch_view.status.text())
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
