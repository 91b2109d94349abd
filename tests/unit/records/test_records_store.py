"""The audit store: records, the hash chain and what `verify_chain` says when it is broken
(each test on SQLite and on PostgreSQL: the ``target`` fixture in conftest.py)."""

from __future__ import annotations

import json
import sys
import threading

import pytest
from records_helpers import Clock, make_result

from docverify.errors import InputError
from docverify.records import open_records


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def store(target, clock):
    with open_records(target, clock=clock) as s:
        yield s


def fill(store, n=5, clock=None):
    ids = []
    for i in range(n):
        ids.append(store.record(make_result(number=f"X{i:07d}", surname=f"NAME{i}"),
                                operator="officer1", workstation="desk-1", image_sha256="ab" * 32))
        if clock is not None:
            clock.advance(days=1)
    return ids


def count_rows(raw, table):
    return raw.fetchone(f"SELECT COUNT(*) FROM {table}")[0]


def test_record_and_read_back(store):
    rid = store.record(make_result(), operator="officer1", workstation="desk-1",
                       image_sha256="cd" * 32, corrections=[{"field": "surname", "from": "ER1",
                                                             "to": "ERIKSSON"}])
    rec = store.get(rid)
    assert rec.operator == "officer1"
    assert rec.workstation == "desk-1"
    assert rec.verdict == "review"
    assert rec.image_sha256 == "cd" * 32
    assert rec.document["document_number"] == "L898902C3"
    assert rec.body["findings"] == [["data.example", "warning"]]
    assert rec.body["list_versions"] == ["2026-02-27#abcd1234"]
    assert rec.body["corrections"] == 1
    # Personal values stay out of the chained body.
    assert "ERIKSSON" not in json.dumps(rec.body)
    assert rec.time == "2026-03-01T09:00:00+00:00"
    report = store.verify_chain()
    assert report.ok
    assert report.count == 1
    assert report.first_broken is None


def test_chain_links_each_record_to_the_previous(store):
    ids = fill(store, 4)
    recs = store.records()
    assert [r.id for r in recs] == ids == [1, 2, 3, 4]
    assert recs[0].prev_hash == "0" * 64
    for a, b in zip(recs, recs[1:], strict=False):
        assert b.prev_hash == a.hash
    assert store.verify_chain().ok


@pytest.mark.parametrize(("sql", "broken", "words"), [
    ("UPDATE audit_records SET verdict = 'clear' WHERE id = 3", 3, "content was altered"),
    ("UPDATE audit_records SET operator = 'someone' WHERE id = 2", 2, "content was altered"),
    ("UPDATE audit_records SET personal = replace(personal, 'NAME3', 'NAMEX') WHERE id = 4", 4,
     "personal fields were altered"),
    ("DELETE FROM audit_records WHERE id = 3", 3, "record #3 is missing"),
    ("DELETE FROM audit_records WHERE id = 5", 5, "after #4 are missing"),
    ("UPDATE audit_records SET personal = NULL WHERE id = 2", 2, "without a redaction"),
    ("UPDATE audit_records SET personal = NULL, redacted_at = 'x' WHERE id = 2", 2,
     "no redaction or purge record covers it"),
])
def test_verify_names_the_first_broken_record(store, raw, sql, broken, words):
    fill(store, 5)
    raw.execute(sql)
    report = store.verify_chain()
    assert not report.ok
    assert report.first_broken == broken
    assert words in report.reason


def test_rehashing_one_record_still_breaks_the_next_link(store, raw):
    from docverify.records import chain

    fill(store, 3)
    raw.execute("UPDATE audit_records SET verdict = 'clear' WHERE id = 2")
    row = dict(zip(chain.CHAINED, raw.fetchone(
        f"SELECT {', '.join(chain.CHAINED)} FROM audit_records WHERE id = 2"), strict=True))
    raw.execute("UPDATE audit_records SET hash = ? WHERE id = 2", (chain.record_hash(row),))
    report = store.verify_chain()
    assert (report.ok, report.first_broken) == (False, 3)
    assert "link to record #2" in report.reason


def test_redaction_keeps_the_chain_verifiable(store, clock):
    fill(store, 4, clock)  # recorded on days 0, 1, 2, 3; now it is day 4
    n = store.redact_older_than(2, operator="dpo")  # days 0 and 1 are older than 2 days
    assert n == 2
    recs = {r.id: r for r in store.search(kind=None)}
    assert recs[1].personal is None
    assert recs[2].personal is None
    assert recs[1].redacted_at is not None
    assert recs[3].personal is not None
    assert recs[4].personal is not None
    redaction = recs[5]
    assert redaction.kind == "redaction"
    assert redaction.body["ids"] == [[1, 2]]
    assert redaction.operator == "dpo"
    report = store.verify_chain()
    assert report.ok, report.reason
    assert report.count == 5
    assert store.redact_older_than(2) == 0  # nothing left to redact, nothing recorded
    assert store.count() == 5


def test_redaction_removes_kept_images_and_registry_entries(store, raw, clock):
    store.record(make_result(), operator="o", workstation="w", image=b"\x89PNG fake bytes")
    assert count_rows(raw, "audit_images") == 1
    assert count_rows(raw, "registry_documents") == 1
    clock.advance(days=400)
    assert store.redact_older_than(365) == 1
    for table in ("audit_images", "registry_documents", "registry_portraits"):
        assert count_rows(raw, table) == 0
    assert store.verify_chain().ok


def test_kept_image_reads_back_and_alteration_is_detected(store, raw):
    image = bytes(range(256)) * 8  # every byte value, NUL included
    store.record(make_result(), operator="o", workstation="w", image=image)
    assert bytes(raw.fetchone("SELECT data FROM audit_images WHERE record_id = 1")[0]) == image
    assert store.verify_chain().ok
    raw.execute("UPDATE audit_images SET data = ? WHERE record_id = 1", (b"other",))
    report = store.verify_chain()
    assert (report.ok, report.first_broken) == (False, 1)
    assert "kept image" in report.reason


def test_purge_one_person_is_recorded_as_such(store):
    fill(store, 3)
    store.record(make_result(number="X0000001", surname="NAME1"), operator="o", workstation="w")
    purged = store.purge_person(document_number="x0000001", reason="request 2026/17",
                                operator="dpo")
    assert purged == [2, 4]
    assert store.search(document_number="X0000001") == []
    purge = store.get(5)
    assert purge.kind == "purge"
    assert purge.body == {"action": "purge", "reason": "request 2026/17", "ids": [[2, 2], [4, 4]]}
    assert "NAME1" not in json.dumps(purge.body)
    assert store.get(1).personal is not None
    assert store.get(3).personal is not None
    assert store.verify_chain().ok


def test_purge_by_name_and_birth_date(store):
    fill(store, 3)
    assert store.purge_person(surname="name2", birth_date="1974-08-12", operator="dpo") == [3]
    assert store.purge_person(surname="name2", birth_date="1999-01-01", operator="dpo") == []
    with pytest.raises(InputError):
        store.purge_person(operator="dpo")


def test_search(store, clock):
    fill(store, 3, clock)
    assert [r.id for r in store.search("name1")] == [2]
    assert [r.id for r in store.search(document_number="X0000002")] == [3]
    assert [r.id for r in store.search(since="2026-03-02")] == [3, 2]
    assert store.search(verdict="alert") == []
    assert len(store.search(operator="officer1", limit=2)) == 2


def test_threads_share_one_store(store):
    def work(k):
        for i in range(10):
            store.record(make_result(number=f"T{k}{i:06d}"), operator=f"t{k}", workstation="w")

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    report = store.verify_chain()
    assert report.ok
    assert report.count == 40


def test_two_connections_append_to_one_chain(target, clock):
    a, b = open_records(target, clock=clock), open_records(target, clock=clock)
    for i in range(6):
        (a if i % 2 else b).record(make_result(number=f"C{i:07d}"), operator="o", workstation="w")
    assert a.verify_chain().ok
    assert b.verify_chain().count == 6
    a.close()
    b.close()


def test_not_a_store(tmp_path):
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"this is not a database" * 100)
    with pytest.raises(InputError):
        open_records(bad)


def test_unreachable_server_is_an_input_error_without_the_password(tmp_path):
    url = f"postgresql://officer:s3cret@/docverify?host={tmp_path / 'no-server-here'}"
    with pytest.raises(InputError) as info:
        open_records(url)
    assert "s3cret" not in str(info.value)
    assert "officer:***@" in str(info.value)


def test_server_store_without_psycopg_says_which_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "psycopg", None)  # import psycopg -> ImportError
    with pytest.raises(InputError, match=r"docverify\[postgres\]"):
        open_records("postgresql://docverify@/docverify?host=/nonexistent")


def test_the_setting_chooses_the_store_when_no_path_is_given(target, monkeypatch, clock):
    monkeypatch.setenv("DOCVERIFY_RECORDS_DB", str(target))
    with open_records(clock=clock) as s:
        s.record(make_result(), operator="o", workstation="w")
    with open_records(target) as s:
        assert s.count() == 1


def test_reopening_keeps_the_records(target, clock):
    with open_records(target, clock=clock) as s:
        fill(s, 2)
    with open_records(target, clock=clock) as s:
        fill(s, 1)
        assert [r.id for r in s.records()] == [1, 2, 3]
        assert s.verify_chain().ok
