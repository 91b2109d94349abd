"""Screenshots of the main views for the README: run under Xvfb (`make screenshots`).

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python packaging/screenshots.py

Uses a throw-away data folder and settings; renders synthetic documents (docverify.synth),
imports a tiny demo watchlist naming one of them, verifies one document and a small batch,
and saves PNGs into docs/screenshots/.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"


def _wait(app, predicate, timeout_s: float = 300.0) -> None:
    """Spin the event loop until ``predicate()``.

    WORKAROUND: the static QCoreApplication.processEvents() of PySide6 6.12.0 drops a
    reference to None on every call (a few hundred calls abort the interpreter with
    "none_dealloc"); QEventLoop.processEvents() on an instance does not.
    """
    from PySide6.QtCore import QEventLoop

    loop = QEventLoop()

    end = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > end:
            raise TimeoutError("the window did not finish in time")
        loop.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)


def _documents(folder: Path, count: int) -> list[Path]:
    import cv2

    from docverify.synth import generate

    out = []
    for i, fmt in zip(range(count), ("TD3", "TD1", "TD2", "TD3", "TD1", "TD3"), strict=False):
        doc = generate(fmt, 100 + i)
        path = folder / f"{fmt.lower()}-{100 + i}.png"
        cv2.imwrite(str(path), doc.image)
        out.append(path)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engine", default="docverify", choices=("docverify", "tesseract"))
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from docverify.app.main_window import MainWindow
    from docverify.app.settings_dialog import SettingsDialog

    app = QApplication(sys.argv)
    tmp = Path(tempfile.mkdtemp(prefix="docverify-shots-"))
    settings = QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("data_dir", str(tmp / "data"))
    settings.setValue("operator", "A. Officer")
    settings.setValue("engine", args.engine)
    docs_dir = tmp / "docs"
    docs_dir.mkdir()
    docs = _documents(docs_dir, 6)
    args.out.mkdir(parents=True, exist_ok=True)

    from docverify.synth import generate

    holder = generate("TD3", 100).fields
    demo_list = tmp / "demo-list.csv"
    demo_list.write_text(
        "name,aliases,birth_date,nationality,document_number,note\n"
        f"{holder.get('given_names', '')} {holder.get('surname', '')},,"
        f"{holder.get('birth_date', '')},{holder.get('nationality', '')},,demo entry\n"
        "Jane Example,,1970-01-01,GBR,,demo entry\n", encoding="utf-8")

    w = MainWindow(settings, load_sample=False)
    w.resize(1360, 860)
    w.show()
    job = w.watchlists_view.import_file(demo_list)
    _wait(app, lambda: job.done)

    def shot(name: str, widget=None) -> None:
        settle = time.monotonic() + 0.3
        _wait(app, lambda: time.monotonic() > settle)
        (widget or w).grab().save(str(args.out / f"{name}.png"))
        print("saved", args.out / f"{name}.png")

    job = w.verifier.verify_path(docs[0])
    _wait(app, lambda: job.done)
    shot("verify")
    w.result_view.tabs.setCurrentWidget(w.result_view.hits)
    shot("verify-hits")
    w.open_paths([docs_dir])
    _wait(app, lambda: not w.batch_view.running)
    shot("batch")
    w.tabs.setCurrentWidget(w.history_view)
    shot("history")
    w.tabs.setCurrentWidget(w.watchlists_view)
    shot("watchlists")
    dialog = SettingsDialog(w.prefs, w)
    dialog.show()
    shot("settings", dialog)
    dialog.close()
    w.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
