"""The engine: crash isolation, skipping, ordering, no document."""

from __future__ import annotations

import numpy as np
from checks_helpers import TODAY, context, td3

from docverify.checks import CheckContext, engine, registry, run_checks
from docverify.model import Severity


def test_a_crashing_rule_becomes_an_info_finding(monkeypatch):
    engine.load_rules()

    def boom(run):
        raise RuntimeError("kaput")

    broken = registry.Rule("tests.boom", boom, (), needs_document=True, needs_image=False)
    monkeypatch.setitem(registry._RULES, "tests.boom", broken)
    found = run_checks(context(td3(number="12AB34567")))
    failed = [f for f in found if f.code == "internal.rule_failed"]
    assert len(failed) == 1
    assert failed[0].severity is Severity.INFO
    assert dict(failed[0].evidence)["error"] == "RuntimeError: kaput"


def test_a_rule_returning_junk_is_reported(monkeypatch):
    engine.load_rules()
    junk = registry.Rule("tests.junk", lambda run: ["not a finding"], (), True, False)
    monkeypatch.setitem(registry._RULES, "tests.junk", junk)
    found = run_checks(context(td3(number="12AB34567")))
    assert [f.code for f in found] == ["internal.rule_failed"]


def test_image_rules_are_skipped_without_an_image(monkeypatch):
    engine.load_rules()
    calls = []
    img_rule = registry.Rule("tests.img", lambda run: calls.append(1) or (), (), True, True)
    monkeypatch.setitem(registry._RULES, "tests.img", img_rule)
    run_checks(context(td3(number="12AB34567")))
    assert calls == []
    image = np.zeros((20, 20, 3), np.uint8)
    run_checks(context(td3(number="12AB34567"), image=image), include_image_checks=False)
    assert calls == []
    run_checks(context(td3(number="12AB34567"), image=image))
    assert calls == [1]


def test_no_document_is_a_warning_and_data_rules_do_not_run():
    found = run_checks(CheckContext(reading=None, document=None, image=None, today=TODAY))
    assert [f.code for f in found] == ["internal.no_document"]
    garbage = context(("HELLO WORLD",))
    got = [f.code for f in run_checks(garbage)]
    assert got == ["mrz.format.unknown", "internal.no_document"]


def test_every_emitted_code_is_in_the_catalogue(fixtures):
    import json

    from docverify.checks import catalogue

    known = {i.code for i in catalogue()}
    specimens = json.loads((fixtures / "mrz" / "specimen_mrz_strings.json").read_text())
    emitted = set()
    for s in specimens:
        emitted |= {f.code for f in run_checks(context(tuple(s["mrz"])))}
    assert emitted, "the specimens should raise something"
    assert emitted <= known, emitted - known
