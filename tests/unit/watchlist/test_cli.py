"""The `docverify lists` and `docverify screen` commands as an outside evaluation calls them."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from docverify.cli.main import main
from tests.unit.watchlist.conftest import UN_DPRK
from tests.unit.watchlist.test_importers import OPENSANCTIONS_CSV


def test_import_show_screen(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "x.sqlite3")
    assert main(["--db", db, "lists", "import", str(UN_DPRK), "--format", "un"]) == 0
    assert "imported version 2026-02-27#" in capsys.readouterr().out
    assert main(["--db", db, "lists", "import", str(UN_DPRK)]) == 0
    assert "nothing changed" in capsys.readouterr().out
    assert main(["--db", db, "lists"]) == 0
    out = capsys.readouterr().out
    assert "un" in out
    assert "155" in out
    assert main(["--db", db, "screen", "--json", "--name", "LEE WONHO", "--birth-date", "1964",
                 "--nationality", "PRK"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["query"]["name"] == "LEE WONHO"
    top = result["hits"][0]
    assert (top["list"], top["entry_id"], top["band"]) == ("un", "KPi.033", "alert")
    assert top["list_version"].startswith("2026-02-27#")


def test_opensanctions_csv_imported_by_its_content_and_screened(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    targets = tmp_path / "targets.simple.csv"
    targets.write_text(OPENSANCTIONS_CSV, encoding="utf-8")
    db = str(tmp_path / "os.sqlite3")
    assert main(["--db", db, "lists", "import", str(targets)]) == 0
    assert "3" in capsys.readouterr().out
    assert main(["--db", db, "screen", "--json", "--name", "LEE WONHO", "--birth-date", "1964"]) == 0
    top = json.loads(capsys.readouterr().out)["hits"][0]
    assert (top["list"], top["entry_id"], top["band"]) == ("opensanctions", "NK-2Ri9kWonHo",
                                                            "alert")
    assert main(["--db", db, "screen", "--json", "--name", "Nobody Known",
                 "--document-number", "381 310 014"]) == 0
    hits = json.loads(capsys.readouterr().out)["hits"]
    assert [(h["entry_id"], h["band"]) for h in hits] == [("NK-2Ri9kWonHo", "alert")]


def test_batch_is_json_lines(dprk_db: Path, tmp_path: Path,
                             capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "s.sqlite3"
    shutil.copy(dprk_db, db)
    batch = tmp_path / "b.csv"
    batch.write_text("name,birth_date,nationality,document_number\n"
                     "리원호,1964-07-17,PRK,\nJane Doe,1980,GBR,\n,,,PS381420397\n")
    assert main(["--db", str(db), "screen", "--json", "--batch", str(batch)]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert len(lines) == 3
    assert lines[0]["hits"][0]["entry_id"] in ("KPi.033", "19609")
    assert lines[1]["hits"] == []
    assert lines[2]["hits"][0]["entry_id"] == "KPi.009"


@pytest.mark.parametrize("argv", [
    ["screen", "--name", "x", "--birth-date", "17.07.1964"],
    ["lists", "import", "/nonexistent/file.xml"],
    ["lists", "disable", "nope"],
])
def test_bad_input_is_one_line_exit_1(dprk_db: Path, tmp_path: Path, argv: list[str],
                                      capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "s.sqlite3"
    shutil.copy(dprk_db, db)
    assert main(["--db", str(db), *argv]) == 1
    err = capsys.readouterr().err
    assert err.startswith("docverify: ")
    assert err.count("\n") == 1
    assert "Traceback" not in err


def test_batch_saved_by_a_spreadsheet(dprk_db: Path, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    """Semicolons and typed headers: the birth date is read, so the gate works (1964 alerts,
    1990 makes the same name a namesake)."""
    db = tmp_path / "s.sqlite3"
    shutil.copy(dprk_db, db)
    batch = tmp_path / "b.csv"
    batch.write_text("Name;Date of Birth;Nationality;Passport No.\r\n"
                     "LEE WONHO;1964-07-17;PRK;\r\nLEE WONHO;1990;PRK;\r\n", encoding="utf-8")
    assert main(["--db", str(db), "screen", "--json", "--batch", str(batch)]) == 0
    first, second = (json.loads(x) for x in capsys.readouterr().out.splitlines())
    assert first["query"]["birth_date"] == "1964-07-17"
    assert first["hits"][0]["band"] == "alert"
    assert second["hits"][0]["band"] == "namesake"


def test_batch_row_of_the_wrong_width_is_refused(dprk_db: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "s.sqlite3"
    shutil.copy(dprk_db, db)
    batch = tmp_path / "b.csv"
    batch.write_text("name,birth_date,nationality,document_number\nA B,1970,GBR,,extra\n")
    assert main(["--db", str(db), "screen", "--json", "--batch", str(batch)]) == 1
    err = capsys.readouterr().err
    assert "line 2" in err
    assert err.count("\n") == 1
    assert "header naming the columns" not in err  # the header is right: no hint about it


def test_wrong_batch_shape(dprk_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "s.sqlite3"
    shutil.copy(dprk_db, db)
    batch = tmp_path / "b.csv"
    batch.write_text("who,when\nx,y\n")
    assert main(["--db", str(db), "screen", "--json", "--batch", str(batch)]) == 1
    assert "header naming the columns name,birth_date" in capsys.readouterr().err


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--db", str(tmp_path / "x"), "lists", "import"])
    assert exc.value.code == 2
    assert main(["--db", str(tmp_path / "x"), "screen"]) == 2


@pytest.mark.parametrize("workers", [1, 2])
def test_a_batch_on_worker_processes_prints_what_one_process_does(
        dprk_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch, workers: int) -> None:
    import dataclasses

    import docverify.config

    db = tmp_path / "s.sqlite3"
    shutil.copy(dprk_db, db)
    batch = tmp_path / "b.csv"
    names = ["RI WON HO", "Kim Yong Chol", "Jane Doe", "bad", "Pak Chol Nam", "KOMID",
             "Ri Je Son", "x"]
    batch.write_text("name,birth_date,nationality,document_number\n"
                     + "".join(f"{n},{'17.07.1964' if n == 'bad' else ''},,\n" for n in names))
    argv = ["--db", str(db), "screen", "--json", "--batch", str(batch)]
    monkeypatch.setattr(docverify.config, "SCREENING", dataclasses.replace(
        docverify.config.SCREENING, batch_workers=1))
    assert main(argv) == 1
    serial = capsys.readouterr()
    monkeypatch.setattr(docverify.config, "SCREENING", dataclasses.replace(
        docverify.config.SCREENING, batch_workers=workers, batch_pool_min_rows=1,
        batch_chunk_rows=3))
    assert main(argv) == 1  # a row could not be screened: the others were, in row order
    pooled = capsys.readouterr()
    assert pooled.out == serial.out
    rows = [json.loads(x) for x in pooled.out.splitlines()]
    assert [r["query"]["name"] for r in rows] == names
    assert rows[3]["error"] == "birth date '17.07.1964': use YYYY-MM-DD or YYYY"
    assert rows[3]["hits"] == []
    assert "error" not in rows[4]
    assert rows[4]["hits"][0]["name"]  # screened after the bad row
    assert pooled.err == serial.err


def test_a_store_an_older_docverify_wrote_is_updated_with_a_word_on_stderr(
        dprk_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import sqlite3

    db = tmp_path / "old.sqlite3"
    shutil.copy(dprk_db, db)
    con = sqlite3.connect(db)
    con.execute("PRAGMA user_version = 1")
    con.commit()
    con.close()
    assert main(["--db", str(db), "screen", "--json", "--name", "LEE WONHO"]) == 0
    captured = capsys.readouterr()
    assert "updating the watchlist store an older docverify wrote" in captured.err
    assert "watchlist store updated" in captured.err
    assert json.loads(captured.out)["hits"]  # standard output stays one JSON object
    assert main(["--db", str(db), "lists"]) == 0
    assert "updating" not in capsys.readouterr().err  # once only


def test_db_may_follow_the_command(dprk_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["screen", "--db", str(dprk_db), "--json", "--name", "LEE WONHO"]) == 0
    assert "KPi.033" in {h["entry_id"] for h in json.loads(capsys.readouterr().out)["hits"]}
    assert main(["lists", "--db", str(dprk_db)]) == 0
    assert "155" in capsys.readouterr().out


def test_db_after_a_subcommand_of_lists(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "after.sqlite3"
    assert main(["lists", "import", str(UN_DPRK), "--db", str(db)]) == 0
    assert "imported version" in capsys.readouterr().out
    assert db.is_file()


def test_an_empty_older_store_is_updated_without_a_word(tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    import sqlite3

    from docverify.watchlist.screening import open_store

    db = tmp_path / "empty.sqlite3"
    open_store(db).close()
    con = sqlite3.connect(db)
    con.execute("PRAGMA user_version = 1")
    con.commit()
    con.close()
    main(["--db", str(db), "lists"])
    assert "updating" not in capsys.readouterr().err
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA user_version").fetchone()[0] > 1  # brought up to date all the same
    con.close()


def test_an_mrz_without_name_or_number_is_checked_and_said_unscreened(
        dprk_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A reading of fillers (a blurred camera image) once stopped the whole check with "give a
    name or a document number to screen" and no JSON at all."""
    db = tmp_path / "s.sqlite3"
    shutil.copy(dprk_db, db)
    lines = ["P<UTO<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<",
             "<<<<<<<<<0UTO7408122F1204159<<<<<<<<<<<<<<04"]
    assert main(["--db", str(db), "mrz", "--json", *lines]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["screening"] == {"hits": []}
    assert "screening.skipped" in [f["code"] for f in out["findings"]]


def test_a_list_database_broken_under_a_check_sends_that_document_to_review(
        dprk_db: Path, tmp_path: Path) -> None:
    from docverify.pipeline import Options, verify_mrz
    from docverify.watchlist.screening import open_store

    db = tmp_path / "s.sqlite3"
    shutil.copy(dprk_db, db)
    store = open_store(db)
    size = db.stat().st_size
    with db.open("r+b") as f:  # the file damaged while the store is open (a failing disk)
        f.seek(4096)
        f.write(b"\xff" * (size - 8192))
    td3 = ["PDSVNPARK<<DOHYUN".ljust(44, "<"),  # the bundled TD3 sample: clear
           "BJ69022342SVN7402164M3112294<<<<<<<<<<<<<<02"]
    result = verify_mrz(td3, Options(store=store))
    failed = [f for f in result.findings if f.code == "screening.failed"]
    assert failed
    assert "malformed" in failed[0].message
    assert str(result.verdict) == "review"
    assert result.screening == {"hits": []}


def test_a_wrong_query_is_said_before_a_missing_list(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "none.sqlite3")
    assert main(["--db", db, "screen", "--name", "A B", "--birth-date", "1999-13"]) == 1
    assert "use YYYY-MM-DD or YYYY" in capsys.readouterr().err
    assert main(["--db", db, "screen", "--name", "A B", "--birth-date", "1999-13-45"]) == 1
    assert "not a calendar date" in capsys.readouterr().err
    assert main(["--db", db, "screen", "--name", "A B", "--nationality", "QQQ"]) == 1
    assert "ISO 3166 alpha-3" in capsys.readouterr().err
    assert main(["--db", db, "screen", "--name", "A B"]) == 1  # a right query: no list loaded
    assert "no lists loaded" in capsys.readouterr().err


def test_limit_below_one_is_a_usage_error(dprk_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for limit in ("0", "-1", "x"):
        with pytest.raises(SystemExit) as exc:
            main(["--db", str(dprk_db), "screen", "--name", "Kim Chol", "--limit", limit])
        assert exc.value.code == 2
    assert "must be 1 or more, not 0" in capsys.readouterr().err


def test_every_list_disabled_is_not_a_clear_result(dprk_db: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "s.sqlite3"
    shutil.copy(dprk_db, db)
    for info in json.loads(_lists_json(db, capsys)):
        assert main(["--db", str(db), "lists", "disable", info["id"]]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "screen", "--name", "Kim Chol"]) == 1
    captured = capsys.readouterr()
    assert "no hits" not in captured.out
    assert "every list is disabled" in captured.err


def _lists_json(db: Path, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["--db", str(db), "lists", "show", "--json"]) == 0
    return capsys.readouterr().out


def test_a_bad_row_in_text_mode_is_named_and_the_rest_screened(
        dprk_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "s.sqlite3"
    shutil.copy(dprk_db, db)
    batch = tmp_path / "b.csv"
    batch.write_text('name,birth_date,nationality,document_number\n"Kim\nChol",,,\n'
                     "Jane,abc,,\nRI WON HO,,,\n")
    assert main(["--db", str(db), "screen", "--batch", str(batch)]) == 1
    captured = capsys.readouterr()
    assert f"{batch} row 2 (Jane): birth date 'abc': use YYYY-MM-DD or YYYY" in captured.err
    assert "RI WON HO" in captured.out  # the row after it was screened


def pooled_batch(dprk_db: Path, tmp_path: Path):  # noqa: ANN201
    """`screen --json --batch` of 80,000 rows in a subprocess, its pool at work (one line out)."""
    import subprocess
    import sys

    db = tmp_path / "s.sqlite3"
    shutil.copy(dprk_db, db)
    batch = tmp_path / "b.csv"
    batch.write_text("name,birth_date,nationality,document_number\n"
                     + "Kim Yong Chol,,,\nRi Won Ho,1964,PRK,\n" * 40000)
    proc = subprocess.Popen([sys.executable, "-m", "docverify", "--db", str(db), "screen",
                             "--json", "--batch", str(batch)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert json.loads(proc.stdout.readline())["query"]["name"] == "Kim Yong Chol"
    return proc


def test_ctrl_c_stops_a_pooled_batch(dprk_db: Path, tmp_path: Path) -> None:
    """Interrupted while two worker processes screen: the command stops and says so (it
    could hang on a worker blocked sending its results)."""
    import signal
    import time

    proc = pooled_batch(dprk_db, tmp_path)
    time.sleep(0.5)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)  # a hang fails here
    assert proc.returncode == 130, err
    assert "docverify: interrupted" in err
    assert "Traceback" not in err


def test_a_worker_killed_from_outside_ends_the_batch_with_a_message(dprk_db: Path,
                                                                     tmp_path: Path) -> None:
    """A worker killed (as the out-of-memory killer would): the Pool would wait for its chunk
    for ever; the command says so and exits 1."""
    import signal

    proc = pooled_batch(dprk_db, tmp_path)
    children = Path(f"/proc/{proc.pid}/task/{proc.pid}/children").read_text().split()
    assert children  # the pool's workers
    os.kill(int(children[0]), signal.SIGKILL)
    out, err = proc.communicate(timeout=60)  # a hang fails here
    assert proc.returncode == 1, err
    assert "a screening worker process stopped" in err
    assert "Traceback" not in err
