"""Chip files are read whole, or refused with one line when missing or over the cap."""

import pytest

from docverify.chip.files import read_capped
from docverify.errors import InputError


def test_reads_within_the_cap(tmp_path):
    (tmp_path / "EF.SOD").write_bytes(b"\x77\x03abc")
    assert read_capped(tmp_path / "EF.SOD") == b"\x77\x03abc"


def test_refuses_over_the_cap_and_missing(tmp_path):
    (tmp_path / "big.ml").write_bytes(b"x" * 4096)
    with pytest.raises(InputError, match="larger than the 2 KB limit"):
        read_capped(tmp_path / "big.ml", limit=2048)
    with pytest.raises(InputError, match="cannot read"):
        read_capped(tmp_path / "missing.bin")
