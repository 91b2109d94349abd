"""`docverify check` on paths that are not plain readable files: every input still gets its
object with a one-line error, the others are read, and nothing is read forever."""

import json
import os
import shutil
import subprocess
import sys

from docverify.resources import resource_path

SAMPLE = resource_path("samples") / "id_card_td1.png"


def check(*paths, db, timeout=120, prefix=()):
    proc = subprocess.run([*prefix, sys.executable, "-m", "docverify", "--db", str(db), "check", "--json",
                           "--no-screen", *map(os.fsdecode, paths)],
                          capture_output=True, timeout=timeout)
    err = proc.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err, err
    assert "Warning" not in err, err  # a library's warning is not a message for the officer
    return proc.returncode, json.loads(proc.stdout.decode("utf-8"))  # valid UTF-8 JSON


def test_a_name_too_long_and_a_pipe_do_not_stop_the_others(tmp_path):
    fifo = tmp_path / "scan.png"
    os.mkfifo(fifo)
    rc, out = check(SAMPLE, tmp_path / ("a" * 300 + ".png"), fifo, "/dev/zero", db=tmp_path / "d")
    assert rc == 1
    assert [o["source"] for o in out][0] == str(SAMPLE)
    assert out[0]["error"] is None
    assert out[0]["document"]["format"] == "TD1"
    assert out[1]["error"].endswith("cannot be read (File name too long)")
    assert out[2]["error"].endswith("not a regular file (a pipe or a device)")
    assert out[3]["error"] == "/dev/zero: not a regular file (a pipe or a device)"


def test_a_file_without_read_permission(tmp_path):
    locked = tmp_path / "locked.png"
    shutil.copy(SAMPLE, locked)
    locked.chmod(0)
    # root reads any file: as root, run without the capabilities that let it
    drop = "-dac_override,-dac_read_search"
    prefix = ("setpriv", f"--bounding-set={drop}", f"--inh-caps={drop}") if os.geteuid() == 0 else ()
    rc, out = check(locked, db=tmp_path / "d", prefix=prefix)
    assert rc == 1
    assert out[0]["error"] == f"{locked}: cannot be read (Permission denied)"


def test_a_file_name_that_is_not_utf8_is_read_and_recorded(tmp_path):
    odd = os.fsencode(tmp_path) + b"/scan\xff.png"
    shutil.copy(SAMPLE, odd)
    rc, out = check(odd, db=tmp_path / "d")
    assert rc == 0  # 1 would mean: not recorded
    assert out[0]["source"] == os.fsdecode(odd)  # the JSON gives the name back
    assert out[0]["document"]["document_number"] == "L16088808"


def test_control_characters_in_a_name_do_not_reach_the_terminal(tmp_path):
    red = tmp_path / "scan\x1b[31mred.png"
    shutil.copy(SAMPLE, red)
    clear = tmp_path / "page\x1b[2J.png"
    clear.write_bytes(b"not an image")
    proc = subprocess.run([sys.executable, "-m", "docverify", "--db", str(tmp_path / "d"),
                           "check", "--no-screen", str(red), str(clear)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1
    assert "\x1b" not in proc.stdout + proc.stderr
    assert "scan\\x1b[31mred.png: CLEAR" in proc.stdout
    assert "page\\x1b[2J.png: not an image or PDF file" in proc.stderr
