"""The verdict policy: one documented rule from findings and watchlist hits to clear/review/alert.

The policy, in order (see docs/checks.md):

1. ALERT when a watchlist hit is in the "alert" band, or any finding is critical, except
   findings of hint kinds (image forensics), which never raise an alert on their own.
2. REVIEW when a hit is in the "review" band, or any finding is a warning, or a hint is
   critical (capped to review).
3. CLEAR otherwise. Info findings and "namesake" hits (same name, identifiers that rule the
   listed person out) never change the verdict; they are listed among the reasons of a
   clear verdict so the officer sees them.

The reasons are the messages that decided the verdict, worst first, without repeats.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from docverify.checks.registry import HINT_KINDS, kind_of
from docverify.model import Finding, Severity, Verdict, make_text, template

_RANK = {Verdict.CLEAR: 0, Verdict.REVIEW: 1, Verdict.ALERT: 2}
# A hit's band as a reason names it: a word the app translates (a *_label param)
_BAND_WORDS = {"alert": template("alert"), "review": template("review"),
               "namesake": template("namesake")}


def finding_verdict(f: Finding) -> Verdict:
    """The verdict one finding asks for on its own."""
    if f.severity is Severity.CRITICAL:
        return Verdict.REVIEW if kind_of(f.code) in HINT_KINDS else Verdict.ALERT
    if f.severity is Severity.WARNING:
        return Verdict.REVIEW
    return Verdict.CLEAR


def _hit_label(hit: Any) -> str:
    for attr in ("label", "name", "matched_name", "entity_name", "entity"):
        value = getattr(hit, attr, None)
        if isinstance(value, str) and value:
            return value
        if value is not None and isinstance(getattr(value, "name", None), str):
            return str(value.name)
    return "a listed person"


def hit_verdict(hit: Any) -> Verdict:
    band = str(getattr(hit, "band", "")).lower()
    if band == "alert":
        return Verdict.ALERT
    if band == "review":
        return Verdict.REVIEW
    return Verdict.CLEAR


def decide(
    findings: Sequence[Finding], hits: Sequence[Any] = ()
) -> tuple[Verdict, tuple[str, ...]]:
    """The verdict and its reasons (see the module docstring for the policy)."""
    graded: list[tuple[Verdict, int, str]] = []
    for f in findings:
        graded.append((finding_verdict(f), 0, f.message))
    for hit in hits:
        band = str(getattr(hit, "band", "")).lower()
        graded.append((hit_verdict(hit), 1, make_text("Watchlist ({band_label}): {name}.", {
            "band_label": _BAND_WORDS.get(band, band), "name": _hit_label(hit)})))
    verdict = max((g[0] for g in graded), key=_RANK.__getitem__, default=Verdict.CLEAR)
    if verdict is Verdict.CLEAR:
        # Nothing raised the verdict: list the namesakes, the officer must still see them.
        chosen = [g for g in graded if g[1] == 1]
    else:
        chosen = [g for g in graded if g[0] is verdict]
        # Under an alert, the review reasons follow the alert ones.
        if verdict is Verdict.ALERT:
            chosen += [g for g in graded if g[0] is Verdict.REVIEW]
    # Watchlist reasons first within a level, then findings in their order.
    chosen.sort(key=lambda g: (-_RANK[g[0]], -g[1]))
    return verdict, tuple(dict.fromkeys(g[2] for g in chosen))
