"""Shared test set-up: Qt offscreen, fixture paths."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never touch the user's own store or settings: every default path lands in a scratch folder,
# for this process and the CLI subprocesses it starts.
_SCRATCH = tempfile.mkdtemp(prefix="docverify-tests-")
for _var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_var] = str(Path(_SCRATCH) / _var.lower())

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


def pytest_unconfigure(config: pytest.Config) -> None:
    """Remove the scratch folder: every run made a new one in /tmp and left it there."""
    shutil.rmtree(_SCRATCH, ignore_errors=True)


def pytest_sessionstart(session: pytest.Session) -> None:
    """Fail at once, and say what to install, when a system dependency is missing: a test
    skipped for want of tesseract or a font would hide a broken install."""
    missing = []
    if shutil.which("tesseract") is None:
        missing.append("tesseract-ocr (the tesseract binary)")
    for font, package in (("/usr/share/fonts/opentype/ocr-b/OCRB.otf", "fonts-ocr-b"),
                          ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "fonts-dejavu-core")):
        if not Path(font).exists():
            missing.append(f"{package} ({font})")
    if missing:
        pytest.exit("missing system packages: " + ", ".join(missing) + "; run `make test`, which installs them", 3)
