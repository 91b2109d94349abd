"""`docverify audit ...` on bad input and on a damaged store, as a caller runs it: one line on
stderr and an exit status, never a traceback; nothing lost."""

from __future__ import annotations

import csv
import io
import json
import resource
import sqlite3
from pathlib import Path

import pytest
from records_helpers import OTHER, TD3, make_result, run

from docverify.records import open_records


def one_error(proc, status, *words):
    assert proc.returncode == status, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert lines[-1].startswith("docverify: ")
    for w in words:
        assert w in lines[-1]


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "store.sqlite3"
    for mrz in (TD3, OTHER, OTHER):
        assert run(path, "mrz", *mrz).returncode in (0, 1)
    return path


def sql(db, statement):
    with sqlite3.connect(db) as con:
        con.execute(statement)
    con.close()


def test_export_to_a_folder_or_a_missing_folder_is_an_error(db, tmp_path):
    one_error(run(db, "audit", "export", "--out", str(tmp_path)), 1, "Is a directory")
    missing = tmp_path / "no" / "such" / "x.json"
    one_error(run(db, "audit", "export", "--out", str(missing)), 1, "No such file")
    assert not missing.parent.exists()


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_export_to_a_full_device_is_an_error_and_the_device_stays(db):
    one_error(run(db, "audit", "export", "--out", "/dev/full"), 1, "No space left")
    assert Path("/dev/full").is_char_device()


def test_a_full_disk_leaves_no_half_export(tmp_path):
    path = tmp_path / "big.sqlite3"
    with open_records(path) as store:
        for i in range(40):
            store.record(make_result(number=f"X{i:08d}"), operator="o")
    out = tmp_path / "audit.json"

    def small_files():  # the export is larger than this, the store's side files are not
        resource.setrlimit(resource.RLIMIT_FSIZE, (40_000, 40_000))

    one_error(run(path, "audit", "export", "--out", str(out), preexec_fn=small_files), 1,
              "cannot write the export")
    assert not out.exists()
    assert run(path, "audit", "export", "--out", str(out)).returncode == 0
    assert len(json.loads(out.read_text(encoding="utf-8"))["records"]) == 40


@pytest.mark.parametrize("days", ["999999", "99999999999"])
def test_a_retention_longer_than_any_record_redacts_nothing(db, days):
    proc = run(db, "audit", "redact", "--older-than", days)
    assert proc.returncode == 0, proc.stderr
    assert f"0 records older than {days} days redacted" in proc.stdout
    assert "intact: 3 records" in run(db, "audit", "verify").stdout


@pytest.mark.parametrize(("column", "value"), [("body", "not json"), ("personal", "{bad")])
def test_a_damaged_record_is_still_exported(db, tmp_path, column, value):
    sql(db, f"UPDATE audit_records SET {column} = '{value}' WHERE id = 2")
    proc = run(db, "audit", "export")
    assert proc.returncode == 0, proc.stderr
    assert "record #2 is damaged" in proc.stderr
    records = json.loads(proc.stdout)["records"]
    assert [r["id"] for r in records] == [1, 2, 3]
    assert records[1]["damaged"] == {column: value}
    assert "damaged" not in records[0]
    out = tmp_path / "audit.csv"
    proc = run(db, "audit", "export", "--format", "csv", "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert [r["id"] for r in rows] == ["1", "2", "3"]
    assert json.loads(rows[1]["damaged"]) == {column: value}
    assert rows[2]["damaged"] == ""


def test_purge_skips_damaged_personal_fields_and_says_so(db):
    sql(db, "UPDATE audit_records SET personal = '{bad' WHERE id = 2")
    proc = run(db, "audit", "purge", "--reason", "req-7", "--surname", "SMITH")
    assert proc.returncode == 0, proc.stderr
    assert "1 records purged: 3" in proc.stdout
    assert "record #2 was not checked" in proc.stderr
    with sqlite3.connect(db) as con:
        body = con.execute("SELECT body FROM audit_records WHERE kind = 'purge'").fetchone()[0]
        kept = con.execute("SELECT personal FROM audit_records WHERE id = 2").fetchone()[0]
    con.close()
    assert json.loads(body)["unreadable"] == [[2, 2]]  # the purge record says what it missed
    assert kept == "{bad"


def test_deleted_last_records_are_named_consistently(db):
    assert "1 records purged: 1" in run(db, "audit", "purge", "--reason", "r",
                                        "--surname", "ERIKSSON").stdout
    sql(db, "DELETE FROM audit_records WHERE id = 4")  # the purge record, the last one
    proc = run(db, "audit", "verify")
    assert proc.returncode == 1
    assert "BROKEN at record #4: the records after #3 are missing" in proc.stdout
    assert "(3 records before it are intact)" in proc.stdout
    report = json.loads(run(db, "audit", "verify", "--json").stdout)
    assert (report["first_broken"], report["count"]) == (4, 3)


def test_a_missing_head_is_reported_after_the_last_record(db):
    sql(db, "DELETE FROM audit_meta WHERE key = 'head'")
    report = json.loads(run(db, "audit", "verify", "--json").stdout)
    assert (report["ok"], report["first_broken"], report["count"]) == (False, 4, 3)


def test_personal_fields_of_the_wrong_shape_and_a_damaged_head(db):
    sql(db, """UPDATE audit_records SET personal = '{"document": "x", "hits": 5,
            "corrections": "y"}' WHERE id = 2""")
    out = run(db, "audit", "export", "--format", "csv")
    assert out.returncode == 0, out.stderr
    assert len(list(csv.reader(io.StringIO(out.stdout)))) == 4  # header + 3 records
    purge = run(db, "audit", "purge", "--reason", "request", "--surname", "SMITH")
    assert purge.returncode == 0, purge.stderr
    sql(db, "UPDATE audit_meta SET value = 'not json' WHERE key = 'head'")
    verify = run(db, "audit", "verify")
    assert verify.returncode == 1
    assert "BROKEN" in verify.stdout + verify.stderr
