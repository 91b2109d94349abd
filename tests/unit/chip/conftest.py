"""Shared fixtures of the chip tests: paths to the fixture files and trust stores built from them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from docverify.chip.masterlist import read_certificates, read_master_list
from docverify.chip.trust import Anchor, TrustStore

FIX = Path(__file__).resolve().parents[2] / "fixtures" / "chip"
DE_ML = FIX / "masterlists" / "DE_ML_2026-05-28-08-28-45.ml"


@pytest.fixture(scope="session")
def expected() -> dict:
    return json.loads((FIX / "test_vectors" / "passive_auth_expected.json").read_text())


@pytest.fixture(scope="session")
def vectors() -> dict:
    return json.loads((FIX / "test_vectors" / "icao9303_p11_bac_sm_pace.json").read_text())


@pytest.fixture(scope="session")
def de_master_list():
    return read_master_list(DE_ML)


@pytest.fixture(scope="session")
def csca_store() -> TrustStore:
    """The CSCAs that issued the real SODs' DSCs, extracted from the German list."""
    path = FIX / "masterlists" / "cscas_for_sod_real.pem"
    return TrustStore(Anchor(c, path.name) for c in read_certificates(path))
