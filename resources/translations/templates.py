"""The core's finding templates, collected from its source for translators (and checked by a test)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "desktop" / "docverify"
# Calls taking a message template, and at which argument: a finding's (model.make_finding and
# the two names it goes by in checks.context and mrz.parser) and a screening reason's
# (model.make_text); `template("...")` marks one held elsewhere.
TEMPLATE_ARG = {"make_finding": 2, "finding": 2, "_finding": 2, "make_text": 0}
MARKER = "template"


def _name(call: ast.Call) -> str | None:
    f = call.func
    return f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else None


def _literals(node: ast.expr) -> list[str] | None:
    """The templates an argument may be: a literal, either branch of `a if c else b`, a
    marked template; None for anything else (an f-string, a variable)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        a, b = _literals(node.body), _literals(node.orelse)
        return None if a is None or b is None else a + b
    if isinstance(node, ast.Call) and _name(node) == MARKER and node.args:
        return _literals(node.args[0])
    return None


def collect(core: Path = CORE) -> tuple[dict[str, list[str]], list[str]]:
    """(template -> where it is used, calls that build a finding's message some other way)."""
    templates, problems, _ = collect_with_params(core)
    return templates, problems


def _param_names(call: ast.Call, at: int) -> set[str]:
    """The keys of a params dict written out at the call (the argument after the template, or
    params=)."""
    node = call.args[at] if len(call.args) > at else next(
        (k.value for k in call.keywords if k.arg == "params"), None)
    if not isinstance(node, ast.Dict):
        return set()
    return {k.value for k in node.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)}


def collect_with_params(core: Path = CORE
                        ) -> tuple[dict[str, list[str]], list[str], dict[str, set[str]]]:
    """collect(), and per template the params its calls pass in a dict written out there (a
    translation may use one the English leaves out: a number of days for "3 months")."""
    templates: dict[str, list[str]] = {}
    problems: list[str] = []
    params: dict[str, set[str]] = {}
    for path in sorted(core.rglob("*.py")):
        rel = path.relative_to(core.parent)
        if rel.parts[1] == "app":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name, where = _name(node), f"{rel}:{node.lineno}"
            if name == MARKER and node.args:
                found = _literals(node)
            elif name in TEMPLATE_ARG and len(node.args) > TEMPLATE_ARG[name]:
                arg = node.args[TEMPLATE_ARG[name]]
                if isinstance(arg, ast.Name) and arg.id == MARKER:
                    continue  # a helper handing its own template parameter on
                found = _literals(arg)
                for text in found or ():
                    params.setdefault(text, set()).update(
                        _param_names(node, TEMPLATE_ARG[name] + 1))
            elif name == "Finding" and rel.name != "model.py":
                found = None  # a Finding made directly keeps no template
            else:
                continue
            if found is None:
                problems.append(where)
            for text in found or ():
                templates.setdefault(text, []).append(where)
    return templates, problems, params
