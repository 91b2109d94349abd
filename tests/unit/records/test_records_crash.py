"""Crash safety: a writer killed with SIGKILL loses at most the record it was writing (on a
SQLite file, and on a PostgreSQL server, which must also free the chain lock the writer held)."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from docverify.records import open_records

HERE = Path(__file__).parent

WRITER = r'''
import os, sys, time
sys.path.insert(0, sys.argv[3])
from records_helpers import make_result
from docverify.records import open_records
import docverify.records.registry as registry
import docverify.records.retention as retention

path, mode = sys.argv[1], sys.argv[2]  # a file or a server URL
store = open_records(path)

def stall(original):
    def inner(*args, **kwargs):
        original(*args, **kwargs)       # the rows are written, the transaction is still open
        print("inside", flush=True)
        time.sleep(600)
    return inner

def record(i):
    store.record(make_result(number=f"K{i:07d}", surname=f"NAME{i}"), operator="writer",
                 workstation="w", image=os.urandom(2048))

for i in range(3):
    record(i)
if mode == "record":
    registry.register = stall(registry.register)
    record(99)
elif mode == "redact":
    import datetime as dt
    retention._redact = stall(retention._redact)
    later = open_records(path, clock=lambda: dt.datetime.now(dt.UTC) + dt.timedelta(days=10))
    later.redact_older_than(1)
else:
    i = 3
    while True:
        record(i)
        i += 1
        if i == 30:
            print("inside", flush=True)
'''


def _kill_when_inside(path: Path | str, mode: str, tmp_path: Path) -> None:
    script = tmp_path / "writer.py"
    script.write_text(WRITER)
    proc = subprocess.Popen([sys.executable, str(script), str(path), mode, str(HERE)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()
        assert line.strip() == "inside", proc.stderr.read()
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == -signal.SIGKILL


def _intact(path: Path | str) -> None:
    if not isinstance(path, Path):
        return  # a server: its own crash recovery, nothing to check from here
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()


@pytest.mark.parametrize("mode", ["record", "redact"])
def test_kill_inside_a_write_loses_only_that_write(tmp_path, target, mode):
    path = target
    _kill_when_inside(path, mode, tmp_path)
    _intact(path)
    with open_records(path) as store:
        report = store.verify_chain()
        assert report.ok, report.reason
        assert report.count == 3  # the three committed records, not the one being written
        assert all(r.personal is not None for r in store.records())  # the redaction rolled back
        store.record(_result(), operator="after", workstation="w")
        assert store.verify_chain().ok
        assert store.count() == 4


def test_kill_during_a_stream_of_writes(tmp_path, target):
    path = target
    _kill_when_inside(path, "loop", tmp_path)
    _intact(path)
    with open_records(path) as store:
        report = store.verify_chain()
        assert report.ok, report.reason
        assert report.count >= 30
        ids = [r.id for r in store.records()]
        assert ids == list(range(1, len(ids) + 1))
        store.record(_result(), operator="after", workstation="w")
        assert store.verify_chain().ok


def _result():
    sys.path.insert(0, str(HERE))
    from records_helpers import make_result

    return make_result()
