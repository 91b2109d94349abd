"""Chip Authentication: DG14 of the BSI and ETSI reference sets, CA over the simulator, clones."""

from __future__ import annotations

import datetime as dt

import ecdsa
import pytest

from docverify.chip import bac, ca, issuer, lds, pa, simulator
from docverify.chip.checks import chip_findings
from docverify.chip.masterlist import load_certificate
from docverify.chip.reader import ChipSession, read_document
from docverify.chip.transport import ChipError
from docverify.chip.trust import Anchor, TrustStore
from tests.unit.chip.conftest import FIX

MRZ = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
       "L898902C36UTO7408122F1204159ZE184226B<<<<<10")
MRZ_INFO = bac.mrz_information("L898902C3", "740812", "120415")
AT = dt.date(2026, 1, 1)


@pytest.mark.parametrize(("folder", "x_prefix"), [("bsi_tr03105_5_reference", 0xA847F020),
                                              ("etsi_tr103200_sample", 0x7BEAAD1C)])
def test_reference_dg14(folder, x_prefix):
    dg14 = ca.parse_dg14((FIX / folder / "EF_DG14.bin").read_bytes())
    # One ChipAuthenticationInfo: ECDH, 3DES secure messaging, version 1, no key ID.
    assert dg14.ca_infos == (ca.ChipAuthInfo(ca.ID_CA_ECDH + ".1", 1, None),)
    assert dg14.ca_infos[0].cipher == ("3des", 128)
    assert dg14.ca_infos[0].supported
    assert [k.protocol for k in dg14.public_keys] == [ca.ID_PK_ECDH]
    assert dg14.others == (ca.ID_TA,)
    key = dg14.public_keys[0]
    # The key's explicit domain parameters are those of brainpoolP224r1.
    assert key.curve.name == "BRAINPOOLP224r1"
    assert key.point.x() >> (224 - 32) == x_prefix
    assert dg14.choose() == (dg14.ca_infos[0], key)


def test_dg14_errors():
    with pytest.raises(ca.CaError):
        ca.parse_dg14(b"\x6e\x03\x31\x01\x02")
    raw = (FIX / "bsi_tr03105_5_reference" / "EF_DG14.bin").read_bytes()
    with pytest.raises(ca.CaError):
        ca.parse_dg14(raw[:100])
    only_ta = ca.Dg14((), (), (ca.ID_TA,))
    with pytest.raises(ca.CaError, match="no supported"):
        only_ta.choose()


def _authority():
    csca = issuer.make_csca()
    return csca, issuer.make_dsc(csca)


AUTH = _authority()


def _ca_key(curve=ecdsa.curves.BRAINPOOLP256r1):
    sk = ecdsa.SigningKey.generate(curve=curve)
    return sk.privkey.secret_multiplier, sk.get_verifying_key().to_der()


def _chip(protocol: str, private: int | None, spki: bytes, dg14: bytes | None = None, **kw):
    groups = {1: lds.build_dg1(MRZ), 14: dg14 or ca.build_dg14(protocol, spki)}
    sod = issuer.make_sod(groups, AUTH[1])
    return simulator.personalise(groups, sod, MRZ_INFO, ca_key=private, **kw)


def _trust() -> TrustStore:
    return TrustStore([Anchor(load_certificate(AUTH[0].der), "test CSCA")])


@pytest.mark.parametrize(("suffix", "cipher"), [(1, "3des"), (2, "aes"), (4, "aes")])
def test_chip_authentication_passes(suffix, cipher):
    private, spki = _ca_key()
    chip = _chip(f"{ca.ID_CA_ECDH}.{suffix}", private, spki)
    data = read_document(chip, MRZ_INFO)
    assert data.chip_auth is True
    assert data.chip_auth_detail == f"{ca.ID_CA_ECDH}.{suffix}"
    assert data.mrz == MRZ  # DG1 was read under the keys agreed with the chip
    assert pa.passive_authentication(data.sod, data.data_groups, _trust(), AT).passed
    assert "chip.ca.passed" in [f.code for f in chip_findings(data, MRZ)]
    ins = [(c[1], c[2:4]) for c in chip.commands]
    if cipher == "3des":
        assert (0x22, b"\x41\xA6") in ins  # MSE:SET KAT
    else:
        assert (0x22, b"\x41\xA4") in ins
        assert (0x86, b"\x00\x00") in ins
    # CA came after DG14 and before DG1: DG1's SELECT follows the CA exchange.
    mse = next(i for i, c in enumerate(ins) if c[0] == 0x22)
    assert chip.commands[mse + 1:][0][1] in (0x86, 0xA4)


def test_pace_then_chip_authentication_on_nist_p384():
    from docverify.chip import pace

    private, spki = _ca_key(ecdsa.curves.NIST384p)
    access = pace.build_card_access([pace.PaceInfo(pace.PACE_ECDH_GM + ".2", 13)])
    chip = _chip(ca.ID_CA_ECDH + ".3", private, spki, card_access=access)
    data = read_document(chip, MRZ_INFO)
    assert (data.access, data.chip_auth) == ("PACE", True)


@pytest.mark.parametrize("suffix", [1, 2])
def test_cloned_chip_fails_chip_authentication(suffix):
    """The data (DG14 and the SOD) copied, the private key not: CA fails, PA still passes."""
    _, spki = _ca_key()
    clone = _chip(f"{ca.ID_CA_ECDH}.{suffix}", None, spki)
    data = read_document(clone, MRZ_INFO)
    assert data.chip_auth is False
    assert "cannot answer under the agreed keys" in data.chip_auth_detail
    # The reader opened the chip again and still read DG1 for the officer.
    assert data.mrz == MRZ
    assert pa.passive_authentication(data.sod, data.data_groups, _trust(), AT).passed
    found = {f.code: f for f in chip_findings(data, MRZ)}
    assert found["chip.ca.failed"].severity == "critical"
    assert "chip.ca.passed" not in found


def test_clone_of_the_bsi_reference_chip_fails():
    """A chip carrying the real BSI reference DG14 (brainpoolP224r1) without its private key."""
    dg14 = (FIX / "bsi_tr03105_5_reference" / "EF_DG14.bin").read_bytes()
    clone = _chip("", None, b"", dg14=dg14)
    data = read_document(clone, MRZ_INFO)
    assert data.chip_auth is False
    assert any(c[1] == 0x22 and c[2:4] == b"\x41\xA6" for c in clone.commands)


def test_wrong_private_key_fails():
    other, _ = _ca_key()
    _, spki = _ca_key()
    data = read_document(_chip(ca.ID_CA_ECDH + ".2", other, spki), MRZ_INFO)
    assert data.chip_auth is False


def test_chip_refusing_chip_authentication_fails():
    private, spki = _ca_key()
    chip = _chip(ca.ID_CA_ECDH + ".1", private, spki)
    chip.ca_key = None
    chip.files[lds.DATA_GROUPS[14][0]] = ca.build_dg14(ca.ID_CA_ECDH + ".1", spki)
    session = ChipSession(chip)
    session.select_applet()
    session.bac(MRZ_INFO)
    dg14 = ca.parse_dg14(session.read_file(lds.DATA_GROUPS[14][0], "DG14"))
    # Remove the chip's DG14 after it was read: it now answers MSE:SET KAT with an error.
    del chip.files[lds.DATA_GROUPS[14][0]]
    with pytest.raises(ChipError, match="refused Chip Authentication"):
        session.chip_authentication(dg14)


def test_unsupported_protocol_is_not_run():
    """A DH chip (id-CA-DH): CA is reported as not run, not as failed."""
    private, spki = _ca_key()
    dg14 = ca.build_dg14(ca.ID_CA_DH + ".1", spki)
    data = read_document(_chip("", private, spki, dg14=dg14), MRZ_INFO)
    assert data.chip_auth is None
    assert "no supported Chip Authentication" in data.chip_auth_detail
    assert "chip.ca.not_run" in [f.code for f in chip_findings(data, MRZ)]


def test_no_dg14_no_ca_finding():
    groups = {1: lds.build_dg1(MRZ)}
    chip = simulator.personalise(groups, issuer.make_sod(groups, AUTH[1]), MRZ_INFO)
    data = read_document(chip, MRZ_INFO)
    assert data.chip_auth is None
    assert [f.code for f in chip_findings(data, MRZ)] == ["chip.dg1.match"]
