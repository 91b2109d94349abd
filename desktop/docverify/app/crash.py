"""Errors in plain words for the officer; the details go to a log file in the data folder."""

from __future__ import annotations

import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from docverify.app.finding_text import core_text
from docverify.errors import DocverifyError, message_of

log = logging.getLogger("docverify")
_LOG_PATH: list[Path | None] = [None]


def setup_logging(data_dir: Path) -> Path | None:
    """Log warnings and errors to ``data_dir/docverify.log`` (rotated); None if not writable."""
    path = data_dir / "docverify.log"
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.INFO)
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    _LOG_PATH[0] = path
    return path


def plain_message(exc: BaseException) -> str:
    """What to tell the officer about ``exc``: its own words if it is ours, else a summary."""
    if isinstance(exc, DocverifyError):  # its Text, in the interface's language, if it has one
        return core_text(message_of(exc))
    if isinstance(exc, FileNotFoundError):
        return QCoreApplication.translate("crash", "A file could not be found: %1").replace("%1", str(exc.filename or exc))
    if isinstance(exc, PermissionError):
        return QCoreApplication.translate("crash", "Permission denied: %1").replace("%1", str(exc.filename or exc))
    if isinstance(exc, MemoryError):
        return QCoreApplication.translate("crash", "The computer ran out of memory. Try a smaller image.")
    where = _LOG_PATH[0]
    detail = QCoreApplication.translate("crash", "The details were written to %1.").replace("%1", str(where)) if where else ""
    return (QCoreApplication.translate("crash", "Something went wrong inside docverify and this action was stopped.")
            + " " + detail).strip()


def report(exc: BaseException, context: str = "") -> str:
    """Log ``exc`` with its traceback and return the plain message for it."""
    if not isinstance(exc, DocverifyError):
        log.error("%s failed", context or "action", exc_info=(type(exc), exc, exc.__traceback__))
    return plain_message(exc)


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    log.critical("unhandled error:\n%s", "".join(traceback.format_exception(kind, exc, tb)))
    if QApplication.instance() is None:
        sys.__excepthook__(kind, exc, tb)
        return
    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("crash", "docverify"), plain_message(exc))
    box.setInformativeText(QCoreApplication.translate("crash", "You can keep working; if it happens again, restart docverify."))
    box.exec()


def install_crash_handler() -> None:
    """Route unhandled exceptions (including those raised in Qt slots) to the log and a dialog."""
    sys.excepthook = _excepthook
