"""Master-list parsing and its signature, on the German list published by the BSI."""

from __future__ import annotations

import datetime as dt

import pytest

from docverify.chip import pa
from docverify.chip.masterlist import issued_by, parse_master_list, read_certificates
from docverify.chip.trust import Anchor, TrustStore
from docverify.errors import InputError
from tests.unit.chip.conftest import DE_ML, FIX


def test_german_list_contents(de_master_list, expected):
    want = expected["master_lists"]["DE_ML_2026-05-28-08-28-45.ml"]
    ml = de_master_list
    assert len(ml.cscas) == want["csca_certs"] == 588
    raw_countries = {c.subject.native["country_name"] for c in ml.cscas}
    assert len(raw_countries) == want["countries"] == 116
    # Four states write their code in lower case too (al, gb, ro, si): 112 states.
    assert len(ml.countries()) == 112
    assert ("KP" in ml.countries()) is want["contains_KP"]
    assert ml.issuer_country == "DE"
    assert ml.list_date == dt.date(2026, 5, 28)


def test_german_list_signature_and_signer(de_master_list):
    ml = de_master_list
    assert ml.signature_valid is True
    assert ml.signer_issued_by_list is True
    assert ml.signer.public_key["algorithm"]["parameters"].name == "specified"
    (root,) = read_certificates(FIX / "masterlists" / "DE_ROOT_CA_CSCA07.cer")
    assert issued_by(ml.signer, root)
    assert not issued_by(ml.signer, ml.signer)


def test_tampered_list_signature_fails():
    data = bytearray(DE_ML.read_bytes())
    first = parse_master_list(bytes(data), "DE").cscas[0]
    # Flip a byte of the first CSCA's own signature: still DER, but inside the signed content.
    i = data.find(first["signature_value"].native)
    assert i > 0
    data[i + 5] ^= 0x01
    ml = parse_master_list(bytes(data), "tampered.ml")
    assert len(ml.cscas) == 588
    assert ml.signature_valid is False


def test_real_sods_chain_through_the_whole_list(de_master_list):
    store = TrustStore(Anchor(c, "DE ML") for c in de_master_list.cscas)
    for country in ("UK", "AT", "US"):
        sod = (FIX / "sod_real" / f"{country}_EF.SOD.bin").read_bytes()
        result = pa.passive_authentication(sod, {}, store, dt.date(2026, 11, 1))
        assert result.chain_trusted, country
        assert result.csca_source == "DE ML"


def test_sod_is_not_a_master_list():
    with pytest.raises(InputError, match="not a CSCA master list"):
        parse_master_list((FIX / "sod_real" / "FR_EF.SOD.bin").read_bytes(), "FR")


def test_certificate_file_errors(tmp_path):
    p = tmp_path / "x.cer"
    p.write_bytes(b"not a certificate")
    with pytest.raises(InputError):
        read_certificates(p)
