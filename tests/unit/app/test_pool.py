"""The worker process: work runs outside the UI process and comes back whole."""

from __future__ import annotations

import os

import pytest

from docverify.app import pool, work
from docverify.app.prefs import Prefs
from tests.unit.app.conftest import ICAO_TD3


@pytest.fixture
def process_mode():
    pool.set_mode("process")
    yield
    pool.set_mode("thread")


def test_work_runs_in_another_process(process_mode):
    assert pool.call(os.getpid) != os.getpid()


def test_verify_text_in_the_worker(process_mode, tmp_path):
    outcome = pool.call(work.verify_text, list(ICAO_TD3), Prefs(data_dir=str(tmp_path)), 0)
    assert outcome.result.document.document_number == "L898902C3"
    assert outcome.engine == "manual"


def test_thread_mode_runs_here():
    assert pool.mode() == "thread"
    assert pool.call(os.getpid) == os.getpid()


def test_generation_changes_with_the_lists():
    before = pool.generation()
    pool.lists_changed()
    assert pool.generation() == before + 1


def test_display_copy_scales_large_pages():
    import numpy as np

    big = np.zeros((3000, 4800, 3), np.uint8)
    small, scale = work.display_copy(big)
    assert max(small.shape[:2]) == work.MAX_DISPLAY_SIDE
    assert scale == pytest.approx(0.5)
    same, one = work.display_copy(np.zeros((100, 200, 3), np.uint8))
    assert one == 1.0
    assert same.shape == (100, 200, 3)


@pytest.mark.skipif(not hasattr(os, "nice"), reason="POSIX only")
def test_worker_runs_at_lower_priority(process_mode):
    assert pool.call(os.nice, 0) >= os.nice(0) + min(pool.WORKER_NICENESS, 19 - os.nice(0))


def test_the_app_verifies_and_ends_without_a_traceback(tmp_path):
    """The real entry point, its worker process included: a sample verified, then a clean exit
    (a worker pool left stopping once printed "Exception ignored ... Bad file descriptor")."""
    import subprocess
    import sys

    from docverify.app.samples import sample_files

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path),
               XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"))
    out = subprocess.run([sys.executable, "-m", "docverify.app.main", "--startup-time",
                          str(sample_files()[0])], env=env, capture_output=True, text=True,
                         timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "verdict" in out.stdout, out.stdout
    assert "Traceback" not in out.stderr, out.stderr[-2000:]
    assert "Exception ignored" not in out.stderr, out.stderr[-2000:]


def test_the_window_module_leaves_the_heavy_libraries_to_the_worker():
    """The window shows before numpy, OpenCV, rapidfuzz or the matcher load (the worker process
    and first use load them): importing them at start-up once cost the window ~170 ms."""
    import subprocess
    import sys

    code = ("import sys, docverify.app.main_window; print(sorted(m for m in ('numpy', 'cv2',"
            " 'rapidfuzz', 'docverify.watchlist.match', 'docverify.pipeline') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                         env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "[]"
