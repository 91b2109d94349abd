"""A record keeps how its texts were made, so a past verification reads in another language."""

from __future__ import annotations

import json

from docverify.model import Text, make_text
from docverify.pipeline import Options, verify_mrz
from docverify.records import open_records
from docverify.records.texts import table_of, text_of

SPECIMEN = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
            "L898902C36UTO7408122F1204159ZE184226B<<<<<10")  # ICAO's specimen: expired in 2012


def roundtrip(value):
    """Through JSON and back, as a record's personal fields are stored."""
    return json.loads(json.dumps(table_of(value)))


def test_a_text_comes_back_with_its_template_and_values():
    about = make_text("about {year}", {"year": 1957})
    reason = make_text("birth year {year} is within the listed {listed}",
                       {"year": 1957, "listed": about})
    table = roundtrip({"reasons": [reason], "other": ("plain",)})
    assert set(table) == {reason}  # the nested Text is kept inside the one it is part of
    back = text_of(str(reason), table)
    assert isinstance(back, Text)
    assert back == reason
    assert back.template == reason.template
    listed = dict(back.params)["listed"]
    assert isinstance(listed, Text)
    assert listed.template == "about {year}"


def test_tuples_in_values_survive():
    parts = (("lee", "ri", "same Korean reading", 1.0),)
    t = make_text("name {name!r}: {parts}", {"name": "RI WON HO", "parts": parts})
    back = text_of(str(t), roundtrip([t]))
    assert back.params == t.params


def test_what_the_table_cannot_make_stays_as_stored():
    t = make_text("expired {days} days ago", {"days": 3})
    table = roundtrip([t])
    assert text_of("a plain string", table) == "a plain string"
    assert not hasattr(text_of("a plain string", table), "template")
    assert text_of(str(t), None) == str(t)  # a record written before templates were kept
    edited = {str(t): {"template": "expired {days} hours ago", "params": [["days", 3]]}}
    assert not hasattr(text_of(str(t), edited), "template")  # makes another text: not used
    for bad in ({"template": "{days:99999999}", "params": [["days", 3]]},  # a huge string
                {"template": "{missing}", "params": []},
                {"template": 5, "params": []},
                {"template": "x", "params": [["a"]]},
                {"template": "{days.real}", "params": "no"},
                "not an entry"):
        assert text_of(str(t), {str(t): bad}) == str(t)


def test_a_record_keeps_its_texts_and_redaction_drops_them(tmp_path):
    r = verify_mrz(list(SPECIMEN), Options(image_checks=False))
    messages = [f.message for f in r.findings]
    assert messages
    assert all(hasattr(m, "template") for m in messages)
    with open_records(tmp_path / "audit.sqlite3") as store:
        rid = store.record(r, operator="op")
        stored = store.get(rid)
        texts = stored.personal["texts"]
        for f in stored.personal["findings"]:
            back = text_of(f["message"], texts)
            assert back.template == next(m.template for m in messages if m == back)
        assert "texts" not in stored.body  # the chained body holds no personal values
        assert store.verify_chain().ok
