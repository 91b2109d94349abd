"""Findings and verdict reasons in French: every core template translated, filled with its values."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from string import Formatter

import pytest

from docverify.app.finding_text import finding_text, reason_texts
from docverify.model import Finding, Severity, make_finding
from docverify.mrz.parser import parse as parse_mrz
from docverify.resources import resource_path

TRANSLATIONS = resource_path("translations")
LISTS = Path(__file__).parents[2] / "fixtures" / "watchlists"
sys.path.insert(0, str(TRANSLATIONS))
from templates import collect, collect_with_params  # noqa: E402

TD3 = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
       "L898902C36UTO7408122F1204159ZE184226B<<<<<10")


def _fields(text: str) -> set[str]:
    """The values a template names (the French may format one its own way: a month number)."""
    return {name for _, name, _, _ in Formatter().parse(text) if name is not None}


def test_every_core_finding_message_comes_from_a_literal_template():
    templates, problems = collect()
    assert problems == []  # an f-string message, or a Finding made directly, would stay English
    assert len(templates) > 60


def test_every_template_has_a_french_translation_with_the_same_placeholders():
    templates, _, passed = collect_with_params()
    root = ET.parse(TRANSLATIONS / "docverify_fr.ts").getroot()
    ctx = next(c for c in root.iter("context") if c.findtext("name") == "findings")
    french = {m.findtext("source"): m.find("translation") for m in ctx.iter("message")}
    for text in templates:
        tr = french.get(text)
        assert tr is not None, text
        assert tr.get("type") != "unfinished", text
        assert tr.text, text
        # the French may leave a value out (an English word) or use one the call passes beside
        # the English's (a number of days), never one that is not there
        assert _fields(tr.text) <= _fields(text) | passed.get(text, set()), (text, tr.text)


def test_a_check_digit_finding_of_the_real_parser_reads_in_french(qtbot, french):
    broken = (TD3[0], TD3[1][:19] + "3" + TD3[1][20:])  # the birth date's check digit
    f = next(f for f in parse_mrz(broken).findings if f.code == "mrz.check_digit.birth_date")
    assert f.message == "The date of birth check digit is '3' but the data give '2'."
    assert finding_text(f) == ("Chiffre de contrôle (date de naissance) : '3', alors que les"
                               " données donnent '2'.")


def test_a_sentence_opened_by_a_field_word_starts_with_a_capital(qtbot, french):
    f = make_finding("mrz.date.birth_date.invalid", Severity.CRITICAL,
                     "The {field_label} {value!r} is not a calendar date.",
                     {"field_label": "date of birth", "value": "741332"})
    assert finding_text(f) == "Date de naissance : '741332' n’est pas une date du calendrier."


def test_english_where_no_translation_fits(qtbot, french):
    unknown = make_finding("x.y", Severity.INFO, "Nothing translates {this}.", {"this": "me"})
    assert finding_text(unknown) == "Nothing translates me."
    plain = Finding("x.z", Severity.INFO, "Made without a template.")
    assert finding_text(plain) == "Made without a template."


def test_in_english_the_message_is_the_core_s(qtbot):
    f = next(f for f in parse_mrz((TD3[0], TD3[1][:19] + "3" + TD3[1][20:])).findings
             if f.code == "mrz.check_digit.birth_date")
    assert finding_text(f) == f.message


def test_verdict_reasons_in_french(qtbot, french):
    from types import SimpleNamespace

    from docverify.checks.policy import decide

    f = make_finding("code.specimen_state", Severity.CRITICAL,
                     "The {field_label} is {value!r}, the specimen state of ICAO Doc 9303: this is"
                     " a specimen, not a real document.",
                     {"field_label": "issuing state", "value": "UTO"})
    verdict, reasons = decide([f], [SimpleNamespace(band="alert", name="KIM Chol")])
    assert list(reasons) == ["Watchlist (alert): KIM Chol.", f.message]  # the core's English
    assert reason_texts(reasons) == [
        "Liste de surveillance (alerte) : KIM Chol.",
        "État émetteur : 'UTO', l’État des spécimens du Doc 9303 de l’OACI : c’est un"
        " spécimen, pas un vrai document."]
    assert reason_texts(["Read back from a record."]) == ["Read back from a record."]


def test_a_real_watchlist_hit_reads_in_french(qtbot, french, tmp_path):
    """Screening the real UN DPRK list: the hits panel lays the name reason out part by part
    and says how each part matched in French; the JSON keeps the English text."""
    from docverify.app.hits_panel import HitsPanel
    from docverify.model import Result, Verdict
    from docverify.watchlist.screening import ScreeningQuery, import_list, open_store, screen

    store = open_store(tmp_path / "lists.sqlite3")
    import_list(store, LISTS / "un_consolidated_dprk.xml")
    hits = screen(store, ScreeningQuery("Lee Won Ho", "1964-07-17"))
    store.close()
    top = hits[0].to_json()
    assert top["entry_id"] == "KPi.033"
    assert top["reasons"][0].startswith("name 'RI WON HO': ")  # the JSON's text is English
    panel = HitsPanel()
    qtbot.add_widget(panel)
    panel.show_result(Result(None, None, (), Verdict.ALERT, screening={"hits": [top]}))
    lines = panel.topLevelItem(0).child(0).text(0).splitlines()
    assert lines[0] == "nom 'RI WON HO' :"
    assert "'lee' ~ 'ri' (même lecture coréenne, 1.00)" in [x.strip() for x in lines[1:]]
    reasons = [panel.topLevelItem(0).child(i).text(0) for i in range(1, len(top["reasons"]))]
    assert any(r.startswith("la date de naissance 1964-07-17 correspond exactement") for r in
               reasons), reasons


def test_a_span_inside_a_finding_is_said_in_french(qtbot, french):
    from docverify.checks.dateutil import describe_days

    f = make_finding("date.expired", Severity.WARNING,
                     "The document expired on {expiry_date}, {ago} ago.",
                     {"expiry_date": "2023-04-12", "ago": describe_days(1336), "days": 1336})
    assert f.message == "The document expired on 2023-04-12, 3 years 8 months ago."
    assert finding_text(f) == "Le document a expiré le 2023-04-12, il y a 3 ans et 8 mois."


def test_an_image_without_mrz_is_said_so_in_french(qtbot, french, tmp_path):
    import cv2
    import numpy as np

    from docverify.app.finding_text import core_text
    from docverify.pipeline import Options, verify_file

    blank = tmp_path / "blank.png"
    cv2.imwrite(str(blank), np.full((400, 600, 3), 255, np.uint8))
    result = verify_file(blank, Options(image_checks=False))
    assert result.error.endswith("blank.png: no machine-readable zone found")  # JSON: English
    failed = next(f for f in result.findings if f.code == "reading.failed")
    assert finding_text(failed).endswith("blank.png : aucune zone de lecture automatique trouvée")
    assert core_text(result.error).endswith("aucune zone de lecture automatique trouvée")


def test_the_printed_report_reads_in_french_and_its_json_in_english(qtbot, window, picture,
                                                                   french, tmp_path):
    import json

    from docverify.app import report
    from tests.unit.app.test_main_window import drop

    with qtbot.waitSignal(window.verifier.verified, timeout=10000):
        drop(window, [picture()])
    v = window.result_view.current
    html = report.report_html(v, "Officer X")
    assert "c’est un spécimen, pas un vrai document" in html  # findings and reasons
    assert "this is a specimen, not a real document" not in html
    out = tmp_path / "r.json"
    report.write_json(v, "Officer X", out)
    messages = [f["message"] for f in json.loads(out.read_text())["findings"]]
    assert any("this is a specimen, not a real document" in m for m in messages)


def test_a_file_refused_by_the_loader_is_said_in_french(qtbot, french, tmp_path):
    from docverify.app.crash import plain_message
    from docverify.app.finding_text import core_text
    from docverify.errors import InputError
    from docverify.pipeline import verify_file
    from docverify.reading.loader import load_pages

    notes = tmp_path / "notes.jpg"
    notes.write_text("not a picture")
    result = verify_file(notes)
    assert "not an image or PDF file" in result.error  # JSON and command line: English
    assert core_text(result.error).endswith(
        "notes.jpg : ni une image ni un PDF (JPEG, PNG, TIFF, BMP, WebP, HEIC ou PDF)")
    with pytest.raises(InputError) as refused:
        load_pages(tmp_path / "missing.png")
    assert plain_message(refused.value).endswith("missing.png : fichier introuvable")


def test_a_character_flagged_twice_is_said_in_french_phrase_by_phrase(qtbot, french):
    from docverify.checks.typography.rule import _what

    what = _what(["position", "touching"])
    assert what == ("is off the line's fixed pitch and runs into its neighbour, which"
                    " fixed-pitch OCR-B never does")
    f = make_finding("mrz.typography.position", Severity.WARNING,
                     "The MRZ character {character!r} at line {line}, position {column} {what}:"
                     " it may have been pasted in or retyped.",
                     {"character": "7", "line": 2, "column": 14, "what": what})
    assert finding_text(f) == (
        "Le caractère '7' de la ZLA, ligne 2, position 14, est décalé par rapport à l’espacement"
        " fixe de la ligne et touche son voisin, ce qui n’arrive jamais avec l’OCR-B à chasse"
        " fixe : il a pu être collé ou retapé.")


def test_a_repeat_use_names_the_differing_fields_in_french(qtbot, french):
    from docverify.records.registry import _repeat_use

    f = _repeat_use("portrait", 3, "2026-12-01T10:00", "KIM Chol", "1970-01-01", "PRK",
                    ["date of birth", "nationality"])
    assert f.message == ("The same portrait was verified before (record #3, 2026-12-01) as KIM"
                         " Chol, born 1970-01-01, PRK: the date of birth, nationality differ.")
    assert finding_text(f).endswith("; différences : date de naissance, nationalité.")
