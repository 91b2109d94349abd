"""Only docverify.app may import Qt: the core stays usable without a display."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[3] / "desktop" / "docverify"
QT = ("PySide6", "PyQt5", "PyQt6", "PySide2", "shiboken6", "qtpy")


def _qt_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
        else:
            continue
        found += [n for n in names if n.split(".")[0] in QT]
    return found


def test_no_module_outside_app_imports_qt():
    offenders = {}
    for path in SRC.rglob("*.py"):
        rel = path.relative_to(SRC)
        if rel.parts[0] == "app":
            continue
        if hits := _qt_imports(path):
            offenders[str(rel)] = hits
    assert offenders == {}


def test_the_walk_sees_the_app():
    assert _qt_imports(SRC / "app" / "worker.py")


def test_app_never_calls_the_static_process_events():
    """WORKAROUND: PySide6 6.12.0's static QCoreApplication.processEvents() and
    sendPostedEvents() drop a reference to None per call (the interpreter aborts with
    "none_dealloc" after a few hundred); the app runs on app.exec() and never spins by hand."""
    for path in (SRC / "app").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "processEvents(" not in text, path
        assert "sendPostedEvents(" not in text, path
