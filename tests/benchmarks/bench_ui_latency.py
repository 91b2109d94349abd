"""UI-thread stalls while the desktop app verifies a 50-image batch (target: at most 50 ms).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_ui_latency.py [--count 50]

A QTimer ticks every 5 ms on the UI thread; a stall is how late a tick comes. Images are
synthetic (docverify.synth) with camera-like degradation, rendered before the clock starts.
Prints the longest and the 99th-percentile stall and the batch time; asserts nothing.
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
    args = parser.parse_args()

    from PySide6.QtCore import QElapsedTimer, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from docverify.app.main_window import MainWindow

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
    window.batch_view.finished.connect(app.quit)
    start = time.perf_counter()
    timer.start()
    QTimer.singleShot(0, lambda: window.open_paths([tmp]))
    app.exec()  # the real event loop, as the officer's session runs it
    elapsed = time.perf_counter() - start
    timer.stop()
    ordered = sorted(stalls)
    p99 = ordered[int(0.99 * (len(ordered) - 1))] if ordered else 0.0
    print(f"images: {args.count}  verified: {len(window.batch_view.results)}  "
          f"failed: {len(window.batch_view.failures)}  batch time: {elapsed:.1f} s "
          f"({elapsed / max(1, args.count):.2f} s/image)")
    print(f"UI-thread stall over {len(stalls)} ticks: max {ordered[-1]:.1f} ms, "
          f"p99 {p99:.1f} ms, ticks late by more than 50 ms: "
          f"{sum(s > 50 for s in stalls)} (target: max <= 50 ms)")
    print(window.batch_view.status.text())
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
