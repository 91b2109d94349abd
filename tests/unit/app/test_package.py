"""The built app (``make package``) starts offscreen and verifies one sample document."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

PACKAGE = Path(os.environ.get("DOCVERIFY_PACKAGE", "dist/docverify"))
EXE = PACKAGE / "docverify-desktop"


@pytest.mark.slow
@pytest.mark.skipif(not EXE.exists(), reason="run `make package` first")
def test_built_app_verifies_a_sample(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path),
               XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"))
    out = subprocess.run([str(EXE), "--startup-time"], env=env, capture_output=True, text=True,
                         timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "window shown after" in out.stdout
    assert "verdict" in out.stdout, out.stdout + out.stderr[-2000:]
