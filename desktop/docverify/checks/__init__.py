"""Consistency and forgery checks: small named rules with evidence, and the verdict policy."""

from __future__ import annotations

from docverify.checks.context import CheckContext
from docverify.checks.engine import load_rules, run_checks
from docverify.checks.policy import decide
from docverify.checks.registry import RuleInfo, infos


def catalogue() -> list[RuleInfo]:
    """Every finding code the app can raise: code, worst severity, what it catches."""
    load_rules()
    return infos()


__all__ = ["CheckContext", "RuleInfo", "catalogue", "decide", "run_checks"]
