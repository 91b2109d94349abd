"""Screenings by hand in the audit trail: chained, searchable, redacted and purged like
verifications."""

from __future__ import annotations

import datetime as dt

from docverify.records import open_records
from docverify.records.model import KIND_SCREENING, PERSONAL_KINDS

QUERY = {"name": "Lee Won Ho", "birth_date": "1964-07-17", "nationality": "PRK",
         "document_number": None}
HITS = [{"list": "un", "list_version": "2026-02-27#460cb916", "entry_id": "KPi.033",
         "name": "RI WON HO", "score": 1.0, "band": "alert", "reasons": ["nationality PRK matches"]}]


def test_a_screening_is_chained_and_listed_with_verifications(tmp_path):
    with open_records(tmp_path / "a.sqlite3") as store:
        rid = store.record_screening(QUERY, HITS, ["un@2026-02-27#460cb916", "ofac@x"],
                                     operator="hr-1")
        r = store.get(rid)
        assert r.kind == KIND_SCREENING
        assert r.verdict == "alert"
        assert r.subject == ("Lee Won Ho", "")
        assert r.body["list_versions"] == ["ofac@x", "un@2026-02-27#460cb916"]  # all asked
        assert "Lee" not in str(r.body)  # the chained body holds no name
        assert store.search() == []  # verifications only, by default
        assert [x.id for x in store.search("won ho", kind=PERSONAL_KINDS)] == [rid]
        clear = store.record_screening({"name": "Nobody Known"}, [], ["un@x"], operator="hr-1")
        assert store.get(clear).verdict == "clear"
        assert store.verify_chain().ok


def test_retention_and_purge_cover_screenings(tmp_path):
    old = dt.datetime.now(dt.UTC) - dt.timedelta(days=40)
    path = tmp_path / "a.sqlite3"
    with open_records(path, clock=lambda: old) as store:
        first = store.record_screening(QUERY, HITS, ["un@x"], operator="hr-1")
    with open_records(path) as store:
        second = store.record_screening(QUERY, HITS, ["un@x"], operator="hr-1")
        third = store.record_screening({**QUERY, "name": "Lee Min"}, [], ["un@x"],
                                       operator="hr-1")
        by_number = store.record_screening({"name": "X", "document_number": "PS472330208"}, [],
                                           ["un@x"], operator="hr-1")
        assert store.redact_older_than(30) == 1
        assert store.get(first).personal is None
        assert store.purge_person(surname="LEE", given_names="Won-Ho", operator="dpo") == [second]
        assert store.get(third).personal is not None  # another Lee
        assert store.purge_person(document_number="PS 472330208", operator="dpo") == [by_number]
        report = store.verify_chain()
        assert report.ok, report.reason
