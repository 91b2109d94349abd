"""Basic Access Control (ICAO 9303-11 §4.3): keys from the MRZ and the mutual authentication."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass

from docverify.chip import crypto
from docverify.mrz.checkdigit import check_digit


class AccessDenied(Exception):
    """The chip refused the access keys (wrong MRZ or CAN), or answered inconsistently."""


def mrz_information(document_number: str, birth_yymmdd: str, expiry_yymmdd: str) -> str:
    """Document number (padded to 9 with '<'), birth and expiry dates, each with its check digit."""
    number = document_number.upper().replace(" ", "").ljust(9, "<")
    for d in (birth_yymmdd, expiry_yymmdd):
        if len(d) != 6 or not d.isdigit():
            raise ValueError(f"date {d!r} is not YYMMDD")
    return (number + check_digit(number) + birth_yymmdd + check_digit(birth_yymmdd)
            + expiry_yymmdd + check_digit(expiry_yymmdd))


def key_seed(mrz_info: str) -> bytes:
    return hashlib.sha1(mrz_info.encode("ascii")).digest()[:16]


@dataclass(frozen=True)
class BacKeys:
    k_enc: bytes
    k_mac: bytes

    @classmethod
    def from_mrz_information(cls, mrz_info: str) -> BacKeys:
        seed = key_seed(mrz_info)
        return cls(crypto.kdf(seed, crypto.ENC), crypto.kdf(seed, crypto.MAC))


@dataclass(frozen=True)
class SessionKeys:
    ks_enc: bytes
    ks_mac: bytes
    ssc: int


def terminal_authenticate_data(keys: BacKeys, rnd_ic: bytes, rnd_ifd: bytes, k_ifd: bytes
                               ) -> bytes:
    """The MUTUAL AUTHENTICATE command data: E_IFD || M_IFD."""
    e_ifd = crypto.des3_cbc(keys.k_enc, rnd_ifd + rnd_ic + k_ifd)
    return e_ifd + crypto.retail_mac(keys.k_mac, e_ifd)


def session_keys(k_ifd: bytes, k_ic: bytes, rnd_ic: bytes, rnd_ifd: bytes) -> SessionKeys:
    seed = bytes(a ^ b for a, b in zip(k_ifd, k_ic, strict=True))
    ssc = int.from_bytes(rnd_ic[4:8] + rnd_ifd[4:8], "big")
    return SessionKeys(crypto.kdf(seed, crypto.ENC), crypto.kdf(seed, crypto.MAC), ssc)


def check_chip_answer(keys: BacKeys, answer: bytes, rnd_ifd: bytes) -> tuple[bytes, bytes]:
    """Verify and decrypt the chip's E_IC || M_IC; returns (RND.IC, K.IC)."""
    if len(answer) != 40:
        raise AccessDenied("MUTUAL AUTHENTICATE answer has the wrong length")
    e_ic, m_ic = answer[:32], answer[32:]
    if crypto.retail_mac(keys.k_mac, e_ic) != m_ic:
        raise AccessDenied("the chip's authentication MAC is wrong")
    plain = crypto.des3_cbc(keys.k_enc, e_ic, decrypt=True)
    if plain[8:16] != rnd_ifd:
        raise AccessDenied("the chip did not return the terminal's challenge")
    return plain[:8], plain[16:32]


def new_nonces() -> tuple[bytes, bytes]:
    """RND.IFD and K.IFD."""
    return os.urandom(8), os.urandom(16)
