"""The catalogue, `docverify checks` and docs/checks.md."""

from __future__ import annotations

import json
from pathlib import Path

from docverify.checks import catalogue
from docverify.checks.docgen import render
from docverify.cli.main import main

DOCS = Path(__file__).resolve().parents[3] / "docs" / "checks.md"


def test_codes_are_unique_and_described():
    items = catalogue()
    codes = [i.code for i in items]
    assert len(codes) == len(set(codes))
    assert all(i.description.endswith((".", ")")) for i in items)
    for needed in ("mrz.check_digit.composite", "date.expired", "number.specimen",
                   "internal.rule_failed"):
        assert needed in codes


def test_docs_checks_md_is_generated_from_the_catalogue():
    assert DOCS.read_text(encoding="utf-8") == render(), (
        "docs/checks.md is stale: python -m docverify.checks.docgen > docs/checks.md")


def test_cli_lists_every_check(capsys):
    assert main(["checks"]) == 0
    out = capsys.readouterr().out
    assert len(out.splitlines()) == len(catalogue())
    assert "date.expired" in out
    assert "warning" in out


def test_cli_json(capsys):
    assert main(["checks", "--json", "--kind", "data"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows
    assert all(r["kind"] == "data" for r in rows)
    assert {"code", "severity", "description"} <= set(rows[0])
