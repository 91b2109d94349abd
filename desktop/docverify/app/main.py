"""Entry point of docverify-desktop: the application, translations, crash handler, window."""

from __future__ import annotations

import sys
import time

_T0 = time.perf_counter()


def install_translator(app, language: str) -> None:
    from PySide6.QtCore import QLocale, QTranslator

    from docverify.resources import resource_path

    locale = QLocale(language) if language else QLocale.system()
    translator = QTranslator(app)
    if translator.load(locale, "docverify", "_", str(resource_path("translations"))):
        app.installTranslator(translator)
    qt = QTranslator(app)
    from PySide6.QtCore import QLibraryInfo

    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)


def main(argv: list[str] | None = None) -> int:
    """Start the desktop app; files given on the command line are opened."""
    import multiprocessing
    from pathlib import Path

    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from docverify.app import collector
    from docverify.app.crash import install_crash_handler, setup_logging
    from docverify.app.prefs import load_prefs
    from docverify.resources import resource_path

    multiprocessing.freeze_support()  # the worker process of a frozen (PyInstaller) build
    argv = list(sys.argv if argv is None else argv)
    app = QApplication.instance() or QApplication(argv)
    collector.install(app)  # cycles are collected on the UI thread only
    app.setOrganizationName("docverify")
    app.setApplicationName("docverify")
    app.setApplicationDisplayName("docverify")
    app.setDesktopFileName("docverify")
    icon = resource_path("icons", "docverify-256.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    settings = QSettings()
    prefs = load_prefs(settings)
    setup_logging(prefs.data_path)
    install_crash_handler()
    install_translator(app, prefs.language)

    from docverify.app.main_window import MainWindow

    files = [Path(a) for a in argv[1:] if not a.startswith("-")]
    window = MainWindow(settings, load_sample=not files)
    window.show()
    if files:
        window.open_paths(files)
    shown = time.perf_counter() - _T0
    if "--startup-time" in argv:  # measurement and smoke test: report, then quit
        print(f"window shown after {shown * 1000:.0f} ms", flush=True)

        def first(v) -> None:
            print(f"first verification after {(time.perf_counter() - _T0) * 1000:.0f} ms: "
                  f"{v.result.source}: verdict {v.result.verdict}", flush=True)
            QTimer.singleShot(0, app.quit)

        window.verifier.verified.connect(first)
        window.verifier.failed.connect(lambda m: (print(f"failed: {m}", flush=True),
                                                  app.exit(1)))
    code = app.exec()
    from docverify.app import pool

    pool.shutdown()  # after the window is gone: its current document may take a moment
    return code


if __name__ == "__main__":
    sys.exit(main())
