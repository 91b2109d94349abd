"""Passive Authentication on real EF.SOD files and the BSI/ETSI reference data groups."""

from __future__ import annotations

import datetime as dt

import pytest

from docverify.chip import cms, pa, signature
from docverify.chip.masterlist import read_certificates
from docverify.chip.trust import Anchor, TrustStore
from docverify.errors import InputError
from tests.unit.chip.conftest import FIX

AT = dt.date(2026, 11, 1)
REAL = ["FR", "MY", "NZ", "PH", "SG", "UK", "US", "AT", "DE", "FI", "RU", "ID"]


def _sod(country: str) -> bytes:
    return (FIX / "sod_real" / f"{country}_EF.SOD.bin").read_bytes()


def _reference(folder: str) -> tuple[bytes, dict[int, bytes]]:
    d = FIX / folder
    dgs = {int(p.stem[5:]): p.read_bytes() for p in d.glob("EF_DG*.bin")}
    return (d / "EF_SOD.bin").read_bytes(), dgs


def test_every_real_sod_is_listed(expected):
    assert sorted(expected["sod_real"]) == sorted(REAL)


@pytest.mark.parametrize("country", REAL)
def test_real_sod_signature_and_chain(country, expected, csca_store):
    want = expected["sod_real"][country]
    result = pa.passive_authentication(_sod(country), {}, csca_store, AT)
    assert result.signature_valid is True
    assert result.chain_trusted is want["chain_to_master_list"]
    if want["chain_to_master_list"]:
        assert result.csca is not None
        assert result.findings == ()
    else:
        assert [f.code for f in result.findings] == ["chip.pa.untrusted"]
    assert set(result.data_groups.values()) == {pa.NOT_READ}


@pytest.mark.parametrize(("country", "kind"), [
    ("FR", "rsassa_pkcs1v15"), ("NZ", "rsassa_pkcs1v15"), ("US", "rsassa_pkcs1v15"),
    ("MY", "rsassa_pss"), ("PH", "rsassa_pss"), ("SG", "rsassa_pss"), ("ID", "rsassa_pss"),
    ("UK", "ecdsa"), ("AT", "ecdsa"), ("DE", "ecdsa"), ("FI", "ecdsa"), ("RU", "ecdsa"),
])
def test_signature_algorithm_kinds(country, kind, csca_store):
    result = pa.passive_authentication(_sod(country), {}, csca_store, AT)
    assert result.signature_algorithm.endswith(kind)


def test_indonesia_chains_to_its_own_csca():
    store = TrustStore(Anchor(c, "idn") for c in
                       read_certificates(FIX / "masterlists" / "IDN_2020-10_CSCA.cer"))
    result = pa.passive_authentication(_sod("ID"), {}, store, AT)
    assert result.chain_trusted is True
    assert result.csca_source == "idn"


@pytest.mark.parametrize("country", ["AT", "DE", "FI", "RU"])
def test_explicit_curve_keys_verify_in_pure_python_too(country):
    """python-ecdsa (explicit parameters) agrees with the fast path on the states that use them."""
    signed, _ = cms.parse_sod(_sod(country))
    dsc = signed.signer_certificate()
    assert dsc.public_key["algorithm"]["parameters"].name == "specified"
    key = signature.load_ecdsa_key(dsc.public_key.dump())
    raw = signed.signer["signed_attrs"].dump()
    data = b"\x31" + raw[1:]
    sig = signed.signer["signature"].native
    assert signature.verify_pure_ecdsa(key, sig, data, signed.digest_algorithm)
    assert not signature.verify_pure_ecdsa(key, sig, data + b"x", signed.digest_algorithm)


@pytest.mark.parametrize("folder", ["bsi_tr03105_5_reference", "etsi_tr103200_sample"])
def test_reference_data_groups_match_and_issuer_untrusted(folder, expected, csca_store):
    want = expected[folder]
    sod, dgs = _reference(folder)
    # At a date when the test DSC was valid, only the issuer is wrong.
    signed, _ = cms.parse_sod(sod)
    when = signed.signer_certificate().not_valid_before.date() + dt.timedelta(days=1)
    result = pa.passive_authentication(sod, dgs, csca_store, when)
    assert result.signature_valid is want["sod_signature_valid"]
    assert result.chain_trusted is want["chain_to_master_list"]
    assert sorted(result.data_groups) == sorted(want["dg_numbers_in_sod"])
    for n, ok in want["dg_hash_match"].items():
        assert result.data_groups[int(n)] == (pa.MATCH if ok else pa.MISMATCH)
    assert [f.code for f in result.findings] == ["chip.pa.untrusted"]


def test_bsi_dg1_holds_the_expected_mrz(expected):
    dg1 = (FIX / "bsi_tr03105_5_reference" / "EF_DG1.bin").read_bytes()
    assert expected["bsi_tr03105_5_reference"]["dg1_mrz"].encode() in dg1


def test_changed_data_group_is_a_mismatch(csca_store):
    sod, dgs = _reference("bsi_tr03105_5_reference")
    dgs[1] = dgs[1].replace(b"MUSTERMANN", b"MUSTERFRAU")
    result = pa.passive_authentication(sod, dgs, csca_store, dt.date(2014, 1, 1))
    assert result.data_groups[1] == pa.MISMATCH
    assert result.data_groups[14] == pa.MATCH
    assert "chip.pa.dg_mismatch" in [f.code for f in result.findings]
    assert not result.passed


def test_data_group_absent_from_sod_is_flagged(csca_store):
    sod, dgs = _reference("bsi_tr03105_5_reference")
    dgs[11] = b"\x6b\x03\x5f\x0e\x00"
    result = pa.passive_authentication(sod, dgs, csca_store, dt.date(2014, 1, 1))
    assert result.data_groups[11] == pa.MISMATCH
    assert "chip.pa.dg_unsigned" in [f.code for f in result.findings]


def test_tampered_signed_content_breaks_the_signature(csca_store):
    sod = bytearray(_sod("FR"))
    signed, lds = cms.parse_sod(bytes(sod))
    h = lds.hashes[1]
    i = sod.find(h)
    sod[i] ^= 0x01
    result = pa.passive_authentication(bytes(sod), {}, csca_store, AT)
    assert result.signature_valid is False
    codes = [f.code for f in result.findings]
    assert "chip.pa.signature_invalid" in codes


def test_flipped_signature_byte_is_invalid(csca_store):
    sod = bytearray(_sod("US"))
    signed, _ = cms.parse_sod(bytes(sod))
    sig = signed.signer["signature"].native
    i = sod.find(sig)
    sod[i + 10] ^= 0xFF
    result = pa.passive_authentication(bytes(sod), {}, csca_store, AT)
    assert result.signature_valid is False
    # The DSC is untouched, so the chain still holds; the document does not pass.
    assert result.chain_trusted is True
    assert not result.passed


def test_expired_at_date(csca_store):
    result = pa.passive_authentication(_sod("FR"), {}, csca_store, dt.date(2040, 1, 1))
    assert result.chain_trusted is False
    codes = [f.code for f in result.findings]
    assert "chip.pa.dsc_expired" in codes
    assert "chip.pa.csca_expired" in codes


def test_no_anchors_is_untrusted_warning():
    result = pa.passive_authentication(_sod("UK"), {}, TrustStore(), AT)
    assert result.signature_valid is True
    assert result.chain_trusted is False
    (f,) = result.findings
    assert f.code == "chip.pa.untrusted"
    assert f.severity == "warning"


def test_csca_of_same_state_that_did_not_sign_is_critical():
    """A German CSCA that did not issue the German DSC: the state is known, the signer is not."""
    root = read_certificates(FIX / "masterlists" / "DE_ROOT_CA_CSCA07.cer")
    store = TrustStore(Anchor(c, "de-root") for c in root)
    result = pa.passive_authentication(_sod("DE"), {}, store, AT)
    assert result.chain_trusted is False
    (f,) = result.findings
    assert (f.code, f.severity) == ("chip.pa.untrusted", "critical")


def test_json_shape(csca_store):
    out = pa.passive_authentication(_sod("DE"), {}, csca_store, AT).to_json()
    assert out["signature_valid"] is True
    assert out["chain_trusted"] is True
    assert "csca-germany" in out["csca"]
    assert out["data_groups"] == {"1": "not read", "2": "not read", "3": "not read",
                                  "14": "not read"}
    assert out["signer"]["country"] == "DE"
    assert out["findings"] == []


@pytest.mark.parametrize("data", [b"", b"\x77\x03abc", b"\x30\x03\x02\x01\x01", b"garbage" * 10])
def test_not_a_sod_is_input_error(data):
    with pytest.raises(InputError):
        pa.passive_authentication(data, {}, TrustStore(), AT)


def test_card_security_is_not_a_sod():
    data = (FIX / "sod_real" / "DE_EF.CardSecurity.bin").read_bytes()
    with pytest.raises(InputError, match="not an EF.SOD file"):
        cms.parse_sod(data)
