"""Options as a caller places them: `--json` before a command's action, and `--db` forms the
command cannot open (each run as the real command)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

FIX = Path(__file__).resolve().parents[2] / "fixtures"
UN = FIX / "watchlists" / "un_consolidated_dprk.xml"
CSCA = FIX / "chip" / "masterlists" / "IDN_2020-10_CSCA.cer"
TD3 = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"]


def run(*args, cwd=None, env=None):
    proc = subprocess.run([sys.executable, "-m", "docverify", *args], capture_output=True,
                          text=True, timeout=120, cwd=cwd, env={**os.environ, **(env or {})})
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


def as_json(proc):
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_json_before_the_action_is_kept(tmp_path):
    db = str(tmp_path / "s.sqlite3")
    assert as_json(run("lists", "--json", "import", str(UN), "--db", db))["list"] == "un"
    assert [i["id"] for i in as_json(run("lists", "--json", "show", "--db", db))] == ["un"]
    assert [i["id"] for i in as_json(run("lists", "show", "--json", "--db", db))] == ["un"]
    assert as_json(run("masterlists", "--json", "import", str(CSCA), "--db", db))["cscas"] == 1
    assert len(as_json(run("masterlists", "--json", "list", "--db", db))) == 1
    # without --json anywhere, text as before
    text = run("lists", "show", "--db", db)
    assert text.returncode == 0
    assert text.stdout.startswith("ID ")


@pytest.mark.parametrize("url", ["sqlite:///{tmp}/s.db", "file://{tmp}/s.db", "mysql://u@h/d"])
def test_a_db_url_that_is_not_postgresql_is_a_usage_error(tmp_path, url):
    url = url.format(tmp=tmp_path)
    home = {"XDG_DATA_HOME": str(tmp_path / "data"), "HOME": str(tmp_path / "home")}
    for args in (["lists", "import", str(UN), "--db", url], ["--db", url, "mrz", *TD3],
                 ["--db", url, "audit", "verify"]):
        proc = run(*args, cwd=tmp_path, env=home)
        assert proc.returncode == 2, proc.stderr
        last = proc.stderr.strip().splitlines()[-1]
        assert last.startswith("docverify: error: --db ")
        assert "postgresql://" in last
    assert sorted(p.name for p in tmp_path.iterdir()) == []  # nothing written anywhere


def test_the_setting_with_such_a_url_is_refused_too(tmp_path):
    proc = run("audit", "verify", cwd=tmp_path,
               env={"DOCVERIFY_RECORDS_DB": "sqlite:///x.db", "XDG_DATA_HOME": str(tmp_path)})
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines() == [
        "docverify: sqlite:///x.db: not a store this can open: give a file path or a"
        " postgresql://user@host/database URL"]
    assert list(tmp_path.iterdir()) == []
