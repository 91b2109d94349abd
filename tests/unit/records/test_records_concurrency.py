"""Two workstations appending to one chain at once, as two real processes: no fork, no lost write,
and a chain check run meanwhile never sees half a record."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from pathlib import Path

from docverify.records import open_records

HERE = Path(__file__).parent
PER_WRITER = 40

WRITER = r'''
import sys
sys.path.insert(0, sys.argv[4])
from records_helpers import make_result
from docverify.records import open_records

target, name, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
print("ready", flush=True)
sys.stdin.readline()                       # both start together, on a store not yet created
with open_records(target) as store:
    for i in range(n):
        store.record(make_result(number=f"{name}{i:06d}", surname=f"{name}{i}"),
                     operator=name, workstation=name)
print("done", flush=True)
'''


def test_two_writer_processes_never_fork_the_chain(target, tmp_path):
    script = tmp_path / "writer.py"
    script.write_text(WRITER)
    names = ("WSA", "WSB")
    procs = [subprocess.Popen([sys.executable, str(script), str(target), name, str(PER_WRITER),
                               str(HERE)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for name in names]
    reports = []
    try:
        for p in procs:
            assert p.stdout.readline().strip() == "ready", p.stderr.read()
        for p in procs:
            p.stdin.write("go\n")
            p.stdin.close()
        # Meanwhile, check the chain as an auditor would, as long as a writer is running.
        with open_records(target) as auditor:
            while any(p.poll() is None for p in procs):
                reports.append(auditor.verify_chain())
        outcomes = [(p.wait(timeout=120), p.stdout.read(), p.stderr.read()) for p in procs]
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
                p.wait()
    for rc, out, err in outcomes:
        assert (rc, out.strip()) == (0, "done"), err
    broken = [r for r in reports if not r.ok]
    assert broken == [], broken[0].reason if broken else ""
    counts = [r.count for r in reports]
    assert counts == sorted(counts)  # the chain only grows

    with open_records(target) as store:
        report = store.verify_chain()
        assert report.ok, report.reason
        assert report.count == 2 * PER_WRITER
        records = store.records()
    assert [r.id for r in records] == list(range(1, 2 * PER_WRITER + 1))
    # One chain: every record links to the one before it, no two share a predecessor.
    assert len({r.prev_hash for r in records}) == len(records)
    for a, b in zip(records, records[1:], strict=False):
        assert b.prev_hash == a.hash
    assert Counter(r.operator for r in records) == {name: PER_WRITER for name in names}
    for name in names:  # each writer's own records, all there and in its order
        numbers = [r.document["document_number"] for r in records if r.operator == name]
        assert numbers == [f"{name}{i:06d}" for i in range(PER_WRITER)]
