"""Shared test set-up: Qt offscreen, fixture paths."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never touch the user's own store or settings: every default path lands in a scratch folder,
# for this process and the CLI subprocesses it starts.
_SCRATCH = tempfile.mkdtemp(prefix="docverify-tests-")
for _var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_var] = os.path.join(_SCRATCH, _var.lower())

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES
