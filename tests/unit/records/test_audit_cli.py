"""`docverify mrz/check` record each verification; `docverify audit ...` as a caller runs it
(`--db` a SQLite file or a postgresql:// URL)."""

from __future__ import annotations

import csv
import io
import json

from records_helpers import OTHER, TD3, run

from docverify.records.backend import open_backend


def test_verifications_are_recorded_and_the_chain_checked(target):
    db = target
    assert run(db, "mrz", "--json", "--operator", "alice", *TD3).returncode == 0
    out = json.loads(run(db, "mrz", "--json", "--operator", "bob", *OTHER).stdout)
    assert "registry.repeat_use" in [f["code"] for f in out["findings"]]
    proc = run(db, "audit", "verify")
    assert proc.returncode == 0
    assert "intact: 2 records" in proc.stdout
    exported = json.loads(run(db, "audit", "export").stdout)
    assert exported["chain"]["ok"] is True
    assert [r["operator"] for r in exported["records"]] == ["alice", "bob"]
    assert exported["records"][1]["document"]["surname"] == "SMITH"
    raw = open_backend(db)
    raw.execute("UPDATE audit_records SET verdict = 'clear' WHERE id = 1")
    raw.close()
    proc = run(db, "audit", "verify")
    assert proc.returncode == 1
    assert "BROKEN at record #1" in proc.stdout


def test_check_records_the_file_hash(tmp_path):
    import hashlib

    db = tmp_path / "store.sqlite3"
    bad = tmp_path / "=cmd|calc.png"
    bad.write_bytes(b"not an image at all")
    assert run(db, "check", "--operator", "carol", bad.name, cwd=tmp_path).returncode == 1
    out = tmp_path / "audit.csv"
    assert run(db, "audit", "export", "--format", "csv", "--out", str(out)).returncode == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(rows) == 1
    assert rows[0]["operator"] == "carol"
    assert rows[0]["sha256"] == hashlib.sha256(b"not an image at all").hexdigest()
    assert rows[0]["source"] == "'=cmd|calc.png"  # a file name can carry a formula: text


def test_redact_and_purge_commands(target):
    db = target
    run(db, "mrz", *TD3)
    proc = run(db, "audit", "purge", "--document-number", "L898902C3", "--reason", "req-1")
    assert "1 records purged: 1" in proc.stdout
    assert "0 records older" in run(db, "audit", "redact", "--older-than", "30").stdout
    assert run(db, "audit", "verify").returncode == 0
