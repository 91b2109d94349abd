"""The production reader over the simulated chip: BAC and PACE sessions, reading, tamper cases."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from docverify.chip import bac, issuer, lds, pa, pace, simulator
from docverify.chip.checks import chip_findings
from docverify.chip.masterlist import load_certificate
from docverify.chip.reader import read_document
from docverify.chip.tlv import encode_tlv
from docverify.chip.trust import Anchor, TrustStore

MRZ = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
       "L898902C36UTO7408122F1204159ZE184226B<<<<<10")
MRZ_INFO = bac.mrz_information("L898902C3", "740812", "120415")
AT = dt.date(2026, 1, 1)
FACE = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 40 + b"\xff\xd9"



@pytest.fixture(scope="module")
def authority():
    csca = issuer.make_csca()
    return csca, issuer.make_dsc(csca)


@pytest.fixture(scope="module")
def aa_key():
    return ec.generate_private_key(ec.SECP256R1())


def _groups(aa_key) -> dict[int, bytes]:
    spki = aa_key.public_key().public_bytes(serialization.Encoding.DER,
                                            serialization.PublicFormat.SubjectPublicKeyInfo)
    return {1: lds.build_dg1(MRZ), 2: lds.encode_dg2(FACE), 11: encode_tlv(0x6B, encode_tlv(0x5F0E, b"ANNA")),
            15: encode_tlv(0x6F, spki)}


def _trust(csca) -> TrustStore:
    return TrustStore([Anchor(load_certificate(csca.der), "test CSCA")])


def _chip(authority, aa_key, sod_groups=None, chip_groups=None, chip_key=None, **kw):
    _, dsc = authority
    groups = _groups(aa_key)
    sod = issuer.make_sod(sod_groups or groups, dsc)
    return simulator.personalise(chip_groups or groups, sod, MRZ_INFO,
                                 aa_key=chip_key or aa_key, **kw)


def test_bac_session_reads_everything_and_passes(authority, aa_key):
    chip = _chip(authority, aa_key)
    data = read_document(chip, MRZ_INFO)
    assert data.access == "BAC"
    assert data.listed == [1, 2, 11, 15]
    assert sorted(data.data_groups) == [1, 2, 11, 15]
    assert data.mrz == MRZ
    assert lds.face_image(data.data_groups[2]) == ("image/jpeg", FACE)
    result = pa.passive_authentication(data.sod, data.data_groups, _trust(authority[0]), AT)
    assert result.passed
    assert result.data_groups == {1: "match", 2: "match", 11: "match", 15: "match"}
    assert data.active_auth is True
    codes = [f.code for f in chip_findings(data, MRZ)]
    assert codes == ["chip.dg1.match", "chip.aa.passed"]
    # Every command after access control went under secure messaging.
    assert [c[1] for c in chip.commands[:4]] == [0xA4, 0xA4, 0x84, 0x82]
    assert all(c[0] == 0x0C for c in chip.commands[4:])


def test_wrong_mrz_key_is_refused(authority, aa_key):
    chip = _chip(authority, aa_key)
    wrong = bac.mrz_information("L898902C3", "740812", "120416")
    with pytest.raises(bac.AccessDenied):
        read_document(chip, wrong)


def test_changed_data_group_is_caught(authority, aa_key):
    groups = _groups(aa_key)
    altered = dict(groups)
    altered[1] = lds.build_dg1((MRZ[0].replace("ANNA", "ANNE"), MRZ[1]))
    chip = _chip(authority, aa_key, sod_groups=groups, chip_groups=altered)
    data = read_document(chip, MRZ_INFO)
    result = pa.passive_authentication(data.sod, data.data_groups, _trust(authority[0]), AT)
    assert result.data_groups[1] == "mismatch"
    assert result.data_groups[2] == "match"
    assert not result.passed
    assert [f.code for f in chip_findings(data, MRZ)][0] == "chip.dg1.mismatch"


def test_wrong_signature_is_caught(authority, aa_key):
    csca, _ = authority
    impostor = issuer.make_dsc(csca)
    groups = _groups(aa_key)
    # Signed by an impostor's key, carrying the genuine document signer's certificate.
    sod = issuer.make_sod(groups, impostor, embed=authority[1])
    chip = simulator.personalise(groups, sod, MRZ_INFO)
    data = read_document(chip, MRZ_INFO)
    result = pa.passive_authentication(data.sod, data.data_groups, _trust(csca), AT)
    assert result.chain_trusted is True
    assert result.data_groups[1] == "match"
    assert result.signature_valid is False
    assert "chip.pa.signature_invalid" in [f.code for f in result.findings]


def test_unknown_csca(authority, aa_key):
    chip = _chip(authority, aa_key)
    data = read_document(chip, MRZ_INFO)
    other = issuer.make_csca()
    result = pa.passive_authentication(data.sod, data.data_groups, _trust(other), AT)
    assert result.signature_valid is True
    assert result.chain_trusted is False
    assert [f.code for f in result.findings] == ["chip.pa.untrusted"]


def test_expired_csca():
    csca = issuer.make_csca(start=dt.date(2010, 1, 1), end=dt.date(2020, 1, 1))
    dsc = issuer.make_dsc(csca, start=dt.date(2018, 1, 1), end=dt.date(2030, 1, 1))
    groups = {1: lds.build_dg1(MRZ)}
    result = pa.passive_authentication(issuer.make_sod(groups, dsc), groups, _trust(csca), AT)
    assert result.chain_trusted is False
    assert "chip.pa.csca_expired" in [f.code for f in result.findings]


def test_rsa_issuer(aa_key):
    csca = issuer.make_csca(kind="rsa")
    dsc = issuer.make_dsc(csca, kind="rsa")
    groups = _groups(aa_key)
    result = pa.passive_authentication(issuer.make_sod(groups, dsc), groups, _trust(csca), AT)
    assert result.passed
    assert result.signature_algorithm == "sha256 rsassa_pkcs1v15"


def test_cloned_chip_fails_active_authentication(authority, aa_key):
    clone = _chip(authority, aa_key, chip_key=ec.generate_private_key(ec.SECP256R1()))
    data = read_document(clone, MRZ_INFO)
    # The copied data still passes Passive Authentication...
    assert pa.passive_authentication(data.sod, data.data_groups, _trust(authority[0]), AT).passed
    # ...but the chip does not hold DG15's private key.
    assert data.active_auth is False
    assert "chip.aa.failed" in [f.code for f in chip_findings(data, MRZ)]


@pytest.mark.parametrize("param_id", [13, 12, 16])
def test_pace_session_mrz_and_can(authority, aa_key, param_id):
    access = pace.build_card_access([pace.PaceInfo(pace.PACE_ECDH_GM + ".2", param_id)])
    chip = _chip(authority, aa_key, card_access=access, can="123456")
    data = read_document(chip, MRZ_INFO)
    assert data.access == "PACE"
    assert data.mrz == MRZ
    chip2 = _chip(authority, aa_key, card_access=access, can="123456")
    assert read_document(chip2, can="123456").access == "PACE"
    with pytest.raises(pace.PaceError):
        read_document(_chip(authority, aa_key, card_access=access, can="123456"), can="654321")


def test_pace_worked_example_through_the_apdus(vectors, authority, aa_key):
    """ICAO 9303-11 G.1 keys on both sides of the real exchange give the published session keys."""
    from docverify.chip.reader import ChipSession

    v = vectors["pace_gm_ecdh_partial"]
    h = bytes.fromhex
    chip = _chip(authority, aa_key, card_access=h(v["card_access"]),
                 pace_nonce=h(v["decrypted_nonce_s"]),
                 pace_keys=(0x498FF49756F2DC1587840041839A85982BE7761D14715FB091EFA7BCE9058560,
                            0x107CF58696EF6155053340FD633392BA81909DF7B9706F226F32086C7AFF974A))
    chip = dataclasses.replace(chip, mrz_information=v["mrz_information"])
    session = ChipSession(chip)
    session.pace(v["mrz_information"], pace.PASSWORD_MRZ, session.read_card_access(),
                 keys=(int(v["terminal_mapping_private_key"], 16),
                       int(v["terminal_ephemeral_private_key"], 16)))
    assert session.sm.ks_enc == h(v["ks_enc"])
    assert session.sm.ks_mac == h(v["ks_mac"])
    # The first two APDUs of the published trace (after reading EF.CardAccess).
    mse, step1 = [c for c in chip.commands if c[1] in (0x22, 0x86)][:2]
    assert mse == h(v["apdu_trace"][0][0])
    assert step1 == h(v["apdu_trace"][1][0])
    # The encrypted nonce the chip sent is the published one.
    assert pace.PaceState(pace.parse_card_access(h(v["card_access"]))[0],
                          h(v["k_pi_aes128"])).encrypt_nonce(h(v["decrypted_nonce_s"])) \
        == h(v["encrypted_nonce_z"])


def test_chip_refuses_plain_reads(authority, aa_key):
    chip = _chip(authority, aa_key)
    assert chip.transmit(bytes.fromhex("00A4040C07A0000002471001")) == b"\x90\x00"
    assert chip.transmit(bytes.fromhex("00A4020C020101")) == b"\x69\x82"
