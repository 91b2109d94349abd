"""Runs every registered check over one document; a crashing check becomes a finding."""

from __future__ import annotations

import importlib
import logging
from collections.abc import Iterable

from docverify.checks.context import CheckContext, Run, finding
from docverify.checks.registry import Rule, rules
from docverify.model import Finding, Severity

log = logging.getLogger(__name__)

# The rule modules, listed rather than discovered so that the order of findings is stable and
# a reader sees at a glance what runs. Each registers its rules when imported.
RULE_MODULES = (
    "docverify.checks.declared",
    "docverify.checks.data.dates",
    "docverify.checks.data.codes",
    "docverify.checks.data.numbers",
    "docverify.checks.data.names",
    "docverify.checks.typography.rule",
    "docverify.checks.photo",
    "docverify.checks.image.recapture",
    "docverify.checks.image.greyscale",
    "docverify.checks.image.ela",
    "docverify.checks.image.portrait",
    "docverify.checks.image.portrait_grid",
    "docverify.checks.image.metadata",
    # Last: its OCR starts (prepare) before any rule and runs while the others do.
    "docverify.checks.viz.compare",
    # After the visual zone: compares with the printed fields that rule has read.
    "docverify.checks.barcode.rule",
)


def load_rules() -> tuple[Rule, ...]:
    """Import every rule module (once) and return the registered rules."""
    for name in RULE_MODULES:
        importlib.import_module(name)
    # In the order listed, whatever order the modules happened to be imported in (a test may
    # import one first); rules of one module keep their order.
    order = {name: i for i, name in enumerate(RULE_MODULES)}
    return tuple(sorted(rules(), key=lambda r: order.get(r.fn.__module__, len(order))))


def _run_one(rule: Rule, run: Run) -> list[Finding]:
    try:
        out = rule.fn(run)
        found = list(out) if isinstance(out, Iterable) else []
    except Exception as exc:  # a broken check must never take the verification down
        log.exception("check %s failed", rule.name)
        return [finding(
            "internal.rule_failed", Severity.INFO,
            "The check {rule} failed and was skipped ({error}).",
            {"rule": rule.name.rsplit(".", 1)[-1], "error": type(exc).__name__},
            evidence={"rule": rule.name, "error": f"{type(exc).__name__}: {exc}"[:300]},
        )]
    good = [f for f in found if isinstance(f, Finding)]
    if len(good) != len(found):
        good.append(finding(
            "internal.rule_failed", Severity.INFO,
            "The check {rule} returned something that is not a finding.",
            {"rule": rule.name.rsplit(".", 1)[-1]},
            evidence={"rule": rule.name},
        ))
    return good


def run_checks(ctx: CheckContext, *, include_image_checks: bool = True) -> tuple[Finding, ...]:
    """Every finding about the document: the MRZ parser's, then each check's, in a stable order.

    Never raises because of a check: a crash becomes an ``internal.rule_failed`` info finding.
    Checks that need the image are skipped when there is none or ``include_image_checks`` is
    False; checks that need a decoded MRZ are skipped when there is none (and an
    ``internal.no_document`` warning says so).
    """
    run = Run(ctx)
    findings: list[Finding] = []
    if ctx.reading is not None and ctx.reading.parse is not None:
        findings.extend(ctx.reading.parse.findings)
    has_doc = run.document is not None
    if not has_doc:
        findings.append(finding(
            "internal.no_document", Severity.WARNING,
            "No machine-readable zone could be decoded: the data checks did not run.",
        ))
    has_image = include_image_checks and ctx.image is not None and getattr(ctx.image, "size", 0)
    chosen = [r for r in load_rules()
              if (has_doc or not r.needs_document) and (has_image or not r.needs_image)]
    try:
        for rule in chosen:
            if rule.prepare is not None:
                try:
                    rule.prepare(run)
                except Exception:  # the rule itself will meet the same problem and report it
                    log.debug("preparing %s failed", rule.name, exc_info=True)
        for rule in chosen:
            findings.extend(_run_one(rule, run))
    finally:
        run.close()
    # The same observation twice (e.g. passed in and found again) is reported once.
    return tuple(dict.fromkeys(findings))
