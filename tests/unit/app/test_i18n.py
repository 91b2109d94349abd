"""English and French ship compiled; the French translation reaches the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from docverify.resources import resource_path

TRANSLATIONS = resource_path("translations")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_translations_are_built(lang):
    assert (TRANSLATIONS / f"docverify_{lang}.ts").exists()
    assert (TRANSLATIONS / f"docverify_{lang}.qm").stat().st_size > 0


def test_french_window(qtbot, settings, fake_pipeline):
    from docverify.app.main_window import MainWindow

    tr = QTranslator()
    assert tr.load(str(TRANSLATIONS / "docverify_fr.qm"))
    QApplication.installTranslator(tr)
    try:
        w = MainWindow(settings, load_sample=False)
        qtbot.add_widget(w)
        assert [w.tabs.tabText(i) for i in range(4)] == [
            "Vérifier", "Lot", "Historique", "Listes de surveillance"]
        assert w.result_view.banner.title.text() == "Aucun document"
        assert w.action("open").text() == "&Ouvrir un document…"
    finally:
        QApplication.removeTranslator(tr)


def test_french_verdict_and_findings(qtbot, settings, fake_pipeline, picture):
    """The banner's headline, its reasons and the findings are French, the core's finding
    messages too (their templates translated, filled with the finding's values)."""
    import re

    from docverify.app.main_window import MainWindow

    tr = QTranslator()
    assert tr.load(str(TRANSLATIONS / "docverify_fr.qm"))
    QApplication.installTranslator(tr)
    try:
        w = MainWindow(settings, load_sample=False)
        qtbot.add_widget(w)
        with qtbot.waitSignal(w.verifier.verified, timeout=10000):
            w.open_paths([picture()])
        title = w.result_view.banner.title.text()
        assert re.match(r"^(CONFORME|À EXAMINER|ALERTE) : ", title), title
        texts = w.result_view.findings.texts()
        assert texts
        assert all(re.match(r"^(Critique|Avertissement|Remarque) : ", t) for t in texts), texts
        # the ICAO specimen (UTO): the core says so in English, the window in French
        assert any("c’est un spécimen, pas un vrai document" in t for t in texts), texts
        assert "c’est un spécimen" in w.result_view.banner.detail.text()
        assert not any("specimen, not a real document" in t for t in texts)
        assert w.result_view.tabs.tabText(0).startswith("Cons")
        assert "Vérifié" in w.statusBar().currentMessage()
    finally:
        QApplication.removeTranslator(tr)


def test_english_plurals():
    tr = QTranslator()
    assert tr.load(str(TRANSLATIONS / "docverify_en.qm"))
    QApplication.installTranslator(tr)
    try:
        text = QApplication.translate("WatchlistsView", "%n day(s)", "", 1)
        assert text == "1 day"
        assert QApplication.translate("WatchlistsView", "%n day(s)", "", 3) == "3 days"
    finally:
        QApplication.removeTranslator(tr)


def test_every_french_string_is_translated():
    text = (TRANSLATIONS / "docverify_fr.ts").read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text
