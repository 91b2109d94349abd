"""Never online: a whole verification with sockets trapped, and in a namespace with no network."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).with_name("offline_run.py")


def _run(prefix: list[str], workdir: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([*prefix, sys.executable, str(SCRIPT), str(workdir), *extra],
                          capture_output=True, text=True, timeout=600)


def _summary(proc: subprocess.CompletedProcess) -> dict:
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("OFFLINE-SUMMARY ")]
    assert lines, proc.stderr[-3000:]
    return json.loads(lines[-1].removeprefix("OFFLINE-SUMMARY "))


def _check(proc: subprocess.CompletedProcess) -> None:
    summary = _summary(proc)
    assert summary["attempts"] == [], summary["attempts"]
    assert proc.returncode == 0, proc.stderr[-3000:]
    import_code, check_code, mrz_code, verify_code, *export_codes = summary["codes"]
    assert import_code == 0
    assert check_code in (0, 1)  # 1 only when no MRZ was read: still a full, recorded run
    assert mrz_code == 0
    assert verify_code == 0
    assert export_codes == [0, 0]
    assert summary["records"] == 2
    assert summary["chain"] is True
    assert '"screening"' in proc.stdout  # the lists were screened against, not skipped


@pytest.mark.slow
def test_full_verification_with_sockets_trapped(tmp_path):
    _check(_run([], tmp_path))


@pytest.mark.slow
def test_the_trap_sees_an_attempt_even_when_it_is_swallowed(tmp_path):
    proc = _run([], tmp_path, "--probe")
    assert proc.returncode == 3
    assert any("create_connection" in a for a in _summary(proc)["attempts"])


def _can_unshare() -> bool:
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        return False
    return subprocess.run(["unshare", "-n", "true"], capture_output=True).returncode == 0


@pytest.mark.slow
@pytest.mark.skipif(not _can_unshare(), reason="needs root and unshare -n")
def test_full_verification_without_a_network(tmp_path):
    _check(_run(["unshare", "-n"], tmp_path))
