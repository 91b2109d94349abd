"""The `docverify check` and `docverify mrz` commands as an outside caller runs them."""

import json
import subprocess
import sys

import pytest

from tests.helpers_images import png_header_only

TD3 = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"]
DOC_KEYS = {"format", "mrz", "document_code", "issuing_state", "document_number", "nationality",
            "birth_date", "sex", "expiry_date", "surname", "given_names", "optional_data"}


def run(*args, db=None):
    cmd = [sys.executable, "-m", "docverify"]
    if db is not None:
        cmd += ["--db", str(db)]
    proc = subprocess.run([*cmd, *args], capture_output=True, text=True, timeout=120)
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


@pytest.fixture
def db(tmp_path):
    return tmp_path / "store.sqlite3"


def test_mrz_json_shape(db):
    proc = run("mrz", "--json", *TD3, db=db)
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["source"] is None
    assert set(out["document"]) >= DOC_KEYS
    assert out["document"]["format"] == "TD3"
    assert out["document"]["birth_date"] == "1974-08-12"
    assert out["document"]["mrz"] == TD3
    assert out["verdict"] in ("clear", "review", "alert")
    assert out["error"] is None
    for f in out["findings"]:
        assert set(f) >= {"code", "severity", "message"}
        assert f["severity"] in ("info", "warning", "critical")
    # UTO and L898902C3 are the ICAO specimen: never "clear".
    assert out["verdict"] != "clear"


def test_mrz_broken_check_digit_is_a_finding(db):
    broken = [TD3[0], TD3[1][:19] + "3" + TD3[1][20:]]
    proc = run("mrz", "--json", *broken, db=db)
    assert proc.returncode == 0
    out = json.loads(proc.stdout)
    codes = {f["code"] for f in out["findings"]}
    assert "mrz.check_digit.birth_date" in codes
    assert out["verdict"] == "alert"


def test_mrz_garbage_is_a_clear_error(db):
    proc = run("mrz", "--json", "hello", "world", db=db)
    assert proc.returncode == 1
    assert "not an MRZ" in proc.stderr
    # with --json, standard output still holds the object, carrying the error
    out = json.loads(proc.stdout)
    assert out["document"] is None
    assert out["source"] is None
    assert "not an MRZ" in out["error"]
    assert [f["code"] for f in out["findings"]] == ["mrz.format.unknown"]
    assert out["verdict"] == "review"


def test_mrz_without_text_says_so(db):
    proc = run("mrz", "--json", "", db=db)
    assert proc.returncode == 1
    assert "No MRZ text was given" in json.loads(proc.stdout)["error"]
    plain = run("mrz", "", db=db)  # without --json: the message only
    assert (plain.returncode, plain.stdout) == (1, "")
    assert "No MRZ text was given" in plain.stderr


def test_check_bad_inputs_exit_1_with_error_objects(tmp_path, db):
    (tmp_path / "notes.jpg").write_text("not a picture")
    png_header_only(tmp_path / "bomb.png", 30000, 30000)
    (tmp_path / "empty.png").write_bytes(b"")
    files = [tmp_path / "notes.jpg", tmp_path / "bomb.png", tmp_path / "empty.png", tmp_path / "missing.png"]
    proc = run("check", "--json", *map(str, files), db=db)
    assert proc.returncode == 1
    out = json.loads(proc.stdout)
    assert [o["source"] for o in out] == [str(f) for f in files]
    for o in out:
        assert o["document"] is None
        assert o["error"]
    assert "not an image" in out[0]["error"]
    assert "decompression bomb" in out[1]["error"]


def test_usage_error_exit_2():
    assert run("check").returncode == 2
    assert run("no-such-command").returncode == 2


def test_closed_pipe_is_not_a_traceback(tmp_path):
    # `docverify ... | head -c 10`: the reader goes away before all output is written (more
    # than a pipe buffer of it: 600 error objects for missing files).
    missing = " ".join(f'"{tmp_path}/missing-{i:04d}-{"x" * 80}.png"' for i in range(600))
    cmd = f'"{sys.executable}" -m docverify --db "{tmp_path / "s.db"}" check --json {missing} | head -c 10'
    proc = subprocess.run(["bash", "-o", "pipefail", "-c", cmd], capture_output=True, text=True, timeout=120)
    assert "Traceback" not in proc.stderr
    assert len(proc.stdout) == 10


def test_image_without_mrz_is_an_error_for_review(tmp_path, db):
    import numpy as np
    from PIL import Image

    Image.fromarray(np.full((600, 900, 3), 230, np.uint8)).save(tmp_path / "blank.png")
    proc = run("check", "--json", str(tmp_path / "blank.png"), db=db)
    assert proc.returncode == 1
    out = json.loads(proc.stdout)[0]
    assert out["document"] is None
    assert "no machine-readable zone" in out["error"]
    assert out["verdict"] == "review"
