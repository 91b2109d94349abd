"""The verdict policy."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from docverify.checks import decide
from docverify.model import Finding, Severity, Verdict


@dataclass
class Hit:
    band: str
    name: str = "KIM JONG"


def f(code: str, sev: Severity, msg: str | None = None) -> Finding:
    return Finding(code, sev, msg or code)


def test_nothing_is_clear():
    assert decide([]) == (Verdict.CLEAR, ())


@pytest.mark.parametrize(("findings", "expected"), [
    ([f("mrz.name.truncated", Severity.INFO)], Verdict.CLEAR),
    ([f("date.expired", Severity.WARNING)], Verdict.REVIEW),
    ([f("mrz.check_digit.birth_date", Severity.CRITICAL)], Verdict.ALERT),
    ([f("date.expired", Severity.WARNING), f("number.specimen", Severity.CRITICAL)],
     Verdict.ALERT),
    # Image forensics are hints: a critical hint asks only for a review.
    ([f("image.recapture", Severity.CRITICAL)], Verdict.REVIEW),
    ([f("image.recapture", Severity.WARNING), f("image.ela", Severity.WARNING)], Verdict.REVIEW),
    ([f("internal.rule_failed", Severity.INFO)], Verdict.CLEAR),
])
def test_findings(findings, expected):
    assert decide(findings)[0] is expected


def test_hits_and_their_bands():
    assert decide([], [Hit("alert")])[0] is Verdict.ALERT
    assert decide([], [Hit("review")])[0] is Verdict.REVIEW
    verdict, reasons = decide([], [Hit("namesake")])
    assert verdict is Verdict.CLEAR
    assert reasons == ("Watchlist (namesake): KIM JONG.",)


def test_reasons_worst_first_without_repeats():
    findings = [f("date.expired", Severity.WARNING, "expired"),
                f("mrz.check_digit.birth_date", Severity.CRITICAL, "bad digit"),
                f("mrz.check_digit.birth_date", Severity.CRITICAL, "bad digit"),
                f("mrz.name.truncated", Severity.INFO, "truncated")]
    verdict, reasons = decide(findings, [Hit("review", "X")])
    assert verdict is Verdict.ALERT
    assert reasons == ("bad digit", "Watchlist (review): X.", "expired")
