"""The hits panel: every reason readable in full, one matched name part a line."""

from __future__ import annotations

from docverify.app.hits_panel import HitsPanel, reason_lines
from docverify.model import Result, Verdict


def test_a_name_reason_gets_a_line_for_each_matched_part() -> None:
    reason = ("name 'PARK Do Hyun': 'dohyun' ~ 'dohyun' (joined/split given names, exact, 1.00);"
              " 'park' ~ 'park' (exact, 1.00)")
    assert reason_lines(reason).splitlines() == [
        "name 'PARK Do Hyun':",
        "    'dohyun' ~ 'dohyun' (joined/split given names, exact, 1.00)",
        "    'park' ~ 'park' (exact, 1.00)",
    ]
    plain = "birth date 1974-02-16 matches the listed 1974-02-16 exactly"
    assert reason_lines(plain) == plain


def test_the_panel_shows_each_reason_whole(qtbot) -> None:
    panel = HitsPanel()
    qtbot.add_widget(panel)
    assert panel.topLevelItemCount() == 0
    reason = "name 'RI Won Ho': 'lee' ~ 'ri' (same Korean reading, 1.00); 'wonho' ~ 'won ho' (1.00)"
    hit = {"name": "RI Won Ho", "list": "un", "list_version": "2026-02-27#1", "score": 0.97,
           "band": "alert", "entry_id": "KPi.033", "reasons": [reason, "nationality PRK matches"]}
    result = Result(None, None, (), Verdict.ALERT, screening={"hits": [hit]})
    panel.show_result(result)
    top = panel.topLevelItem(0)
    assert (top.text(0), top.text(3), top.toolTip(0)) == ("RI Won Ho", "Alert", "KPi.033")
    assert top.child(0).text(0).count("\n") == 2  # the name, then its two parts
    assert top.child(0).toolTip(0) == reason  # the reason as screening wrote it
    assert top.child(1).text(0) == "nationality PRK matches"
