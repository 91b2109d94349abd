"""Alt+letter mnemonics: no two in reach at once share a letter (the menu bar's, the visible
tab's widgets, each menu's items, each dialog's), in English and in French. Two alike make
Alt+letter alternate between them instead of doing what the officer asked."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QTabBar, QWidget

from docverify.resources import resource_path


def letter(text: str) -> str | None:
    m = re.search(r"&([^&\s])", text.replace("&&", ""))
    return m.group(1).lower() if m else None


def mnemonics(root: QWidget) -> list[tuple[str, str]]:
    """(letter, text) of the visible buttons, buddied labels, group boxes and tabs."""
    out = []
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root):
            continue
        if isinstance(w, QAbstractButton):
            out.append((letter(w.text()), w.text()))
        elif isinstance(w, QLabel) and w.buddy() is not None:
            out.append((letter(w.text()), w.text()))
        elif isinstance(w, QGroupBox):
            out.append((letter(w.title()), w.title()))
        elif isinstance(w, QTabBar):
            out += [(letter(w.tabText(i)), w.tabText(i)) for i in range(w.count())]
    return [(k, t) for k, t in out if k]


def collisions(items: list[tuple[str, str]]) -> list[list[str]]:
    by = defaultdict(list)
    for k, t in items:
        by[k].append(t)
    return [texts for texts in by.values() if len(texts) > 1]


@pytest.fixture(params=["en", "fr"])
def language(request):
    tr = None
    if request.param == "fr":
        tr = QTranslator()
        assert tr.load(str(resource_path("translations") / "docverify_fr.qm"))
        QApplication.installTranslator(tr)
    yield request.param
    if tr is not None:
        QApplication.removeTranslator(tr)


def test_no_two_mnemonics_in_reach_share_a_letter(qtbot, settings, fake_pipeline, language):
    from docverify.app.camera import CameraDialog
    from docverify.app.main_window import MainWindow
    from docverify.app.settings_dialog import SettingsDialog

    w = MainWindow(settings, load_sample=False)
    qtbot.add_widget(w)
    w.show()
    bar = [(letter(a.text()), a.text()) for a in w.menuBar().actions()]
    found = collisions(bar)
    for a in w.menuBar().actions():
        found += collisions([(letter(x.text()), x.text()) for x in a.menu().actions()
                             if not x.isSeparator() and letter(x.text())])
    for i in range(w.tabs.count()):
        w.tabs.setCurrentIndex(i)
        found += collisions(mnemonics(w.tabs.widget(i)) + bar)
    for dialog in (SettingsDialog(w.prefs, w), CameraDialog(lambda: w.prefs, w)):
        qtbot.add_widget(dialog)
        dialog.show()
        found += collisions(mnemonics(dialog))
        dialog.reject()
    assert found == [], f"{language}: {found}"
