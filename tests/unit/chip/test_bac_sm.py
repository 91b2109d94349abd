"""BAC key derivation, mutual authentication and secure messaging against ICAO 9303-11 App. D."""

from __future__ import annotations

import pytest

from docverify.chip import bac, crypto
from docverify.chip.sm import SecureMessaging, SMError

h = bytes.fromhex


def test_mrz_information_and_seed(vectors):
    b = vectors["bac"]
    info = bac.mrz_information("L898902C", b["date_of_birth"], b["date_of_expiry"])
    assert info == b["mrz_information"]
    assert bac.key_seed(info) == h(b["k_seed"])


def test_basic_access_keys(vectors):
    b = vectors["bac"]
    keys = bac.BacKeys.from_mrz_information(b["mrz_information"])
    assert keys.k_enc == h(b["k_enc"])
    assert keys.k_mac == h(b["k_mac"])


def test_mutual_authenticate_data(vectors):
    b = vectors["bac"]
    keys = bac.BacKeys.from_mrz_information(b["mrz_information"])
    data = bac.terminal_authenticate_data(keys, h(b["rnd_ic"]), h(b["rnd_ifd"]), h(b["k_ifd"]))
    assert data[:32] == h(b["e_ifd_3des_cbc_iv0"])
    assert data[32:] == h(b["m_ifd_retail_mac"])
    assert crypto.des3_cbc(keys.k_enc, data[:32], decrypt=True) == h(b["s"])


def test_session_keys_and_ssc(vectors):
    b = vectors["bac"]
    s = bac.session_keys(h(b["k_ifd"]), h(b["k_ic"]), h(b["rnd_ic"]), h(b["rnd_ifd"]))
    assert s.ks_enc == h(b["ks_enc"])
    assert s.ks_mac == h(b["ks_mac"])
    assert s.ssc.to_bytes(8, "big") == h(b["ssc_initial"])


def test_chip_answer_checked(vectors):
    b = vectors["bac"]
    keys = bac.BacKeys.from_mrz_information(b["mrz_information"])
    e_ic = crypto.des3_cbc(keys.k_enc, h(b["rnd_ic"]) + h(b["rnd_ifd"]) + h(b["k_ic"]))
    answer = e_ic + crypto.retail_mac(keys.k_mac, e_ic)
    assert bac.check_chip_answer(keys, answer, h(b["rnd_ifd"])) == (h(b["rnd_ic"]), h(b["k_ic"]))
    with pytest.raises(bac.AccessDenied):
        bac.check_chip_answer(keys, answer[:-1] + b"\x00", h(b["rnd_ifd"]))
    with pytest.raises(bac.AccessDenied):
        bac.check_chip_answer(keys, answer, bytes(8))


def _session(vectors) -> SecureMessaging:
    b = vectors["bac"]
    return SecureMessaging(h(b["ks_enc"]), h(b["ks_mac"]), int(b["ssc_initial"], 16))


def test_terminal_side_read_ef_com(vectors):
    sm = _session(vectors)
    data = b""
    for step in vectors["secure_messaging_read_ef_com"]["steps"]:
        assert sm.protect(h(step["plain"])) == h(step["protected_cmd"])
        got, sw = sm.unprotect(h(step["protected_rsp"]))
        assert sw == 0x9000
        assert got == h(step.get("data", ""))
        data += got
    assert data == h(vectors["secure_messaging_read_ef_com"]["ef_com"])


def test_chip_side_produces_the_same_bytes(vectors):
    chip = _session(vectors)
    for step in vectors["secure_messaging_read_ef_com"]["steps"]:
        assert chip.unprotect_command(h(step["protected_cmd"])) == h(step["plain"])
        assert chip.protect_response(h(step.get("data", "")), 0x9000) == h(step["protected_rsp"])


def test_wrong_mac_or_counter_is_refused(vectors):
    step = vectors["secure_messaging_read_ef_com"]["steps"][1]
    sm = _session(vectors)
    sm.protect(h(vectors["secure_messaging_read_ef_com"]["steps"][0]["plain"]))
    sm.unprotect(h(vectors["secure_messaging_read_ef_com"]["steps"][0]["protected_rsp"]))
    sm.protect(h(step["plain"]))
    bad = bytearray(h(step["protected_rsp"]))
    bad[5] ^= 1
    with pytest.raises(SMError):
        sm.unprotect(bytes(bad))
    # A replayed response (the counter has moved on) is refused too.
    sm2 = _session(vectors)
    with pytest.raises(SMError):
        sm2.unprotect(h(step["protected_rsp"]))


def test_des_parity():
    assert crypto.set_des_parity(b"\x00\x01\xfe\xff") == b"\x01\x01\xfe\xfe"


def test_retail_mac_is_not_plain_cbc_mac():
    """Over one block it equals 3DES; over more, only the last block is triple-encrypted."""
    key = bytes(range(16))
    assert crypto.retail_mac(key, b"abcdefghij") != crypto.des3_cbc(key, crypto.pad(b"abcdefghij"))[-8:]
    assert len(crypto.retail_mac(key, b"abc")) == 8
