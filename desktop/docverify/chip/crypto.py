"""Symmetric primitives of ICAO 9303-11: key derivation, 3DES and AES in CBC, retail MAC and CMAC."""

from __future__ import annotations

import hashlib

from cryptography.hazmat.decrepit.ciphers.algorithms import TripleDES
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.cmac import CMAC

ENC = 1
MAC = 2
PACE = 3


def pad(data: bytes, block: int = 8) -> bytes:
    """ISO/IEC 9797-1 padding method 2: 0x80 then zeros up to a block boundary."""
    data += b"\x80"
    return data + b"\x00" * (-len(data) % block)


def unpad(data: bytes) -> bytes:
    i = data.rstrip(b"\x00")
    if not i.endswith(b"\x80"):
        raise ValueError("bad ISO 9797-1 padding")
    return i[:-1]


def set_des_parity(key: bytes) -> bytes:
    """Each byte's low bit set so that the byte has odd parity."""
    out = bytearray()
    for b in key:
        b &= 0xFE
        out.append(b | (bin(b).count("1") % 2 == 0))
    return bytes(out)


def kdf(secret: bytes, counter: int, cipher: str = "3des", key_bits: int = 128) -> bytes:
    """ICAO 9303-11 §9.7.1: a key from a shared secret and a counter (1 ENC, 2 MAC, 3 PACE)."""
    data = secret + counter.to_bytes(4, "big")
    if cipher == "3des":
        return set_des_parity(hashlib.sha1(data).digest()[:16])
    if key_bits == 128:
        return hashlib.sha1(data).digest()[:16]
    return hashlib.sha256(data).digest()[: key_bits // 8]


def _tdes(key: bytes) -> TripleDES:
    if len(key) == 8:  # single DES as 3DES with K1 = K2 = K3
        return TripleDES(key * 3)
    return TripleDES(key + key[:8] if len(key) == 16 else key)


def des3_cbc(key: bytes, data: bytes, decrypt: bool = False, iv: bytes = bytes(8)) -> bytes:
    c = Cipher(_tdes(key), modes.CBC(iv))
    op = c.decryptor() if decrypt else c.encryptor()
    return op.update(data) + op.finalize()


def aes_cbc(key: bytes, data: bytes, decrypt: bool = False, iv: bytes = bytes(16)) -> bytes:
    c = Cipher(algorithms.AES(key), modes.CBC(iv))
    op = c.decryptor() if decrypt else c.encryptor()
    return op.update(data) + op.finalize()


def aes_ecb(key: bytes, block: bytes) -> bytes:
    op = Cipher(algorithms.AES(key), modes.ECB()).encryptor()
    return op.update(block) + op.finalize()


def retail_mac(key: bytes, data: bytes, padded: bool = False) -> bytes:
    """ISO/IEC 9797-1 MAC algorithm 3 with DES (the "retail MAC"), 8 bytes."""
    if not padded:
        data = pad(data)
    ka, kb = key[:8], key[8:16]
    h = des3_cbc(ka, data)[-8:]  # single DES-CBC with Ka (a 3DES key Ka|Ka|Ka)
    h = des3_cbc(kb, h, decrypt=True)
    return des3_cbc(ka, h)


def aes_cmac(key: bytes, data: bytes) -> bytes:
    """AES-CMAC truncated to 8 bytes, as secure messaging and PACE tokens use it."""
    c = CMAC(algorithms.AES(key))
    c.update(data)
    return c.finalize()[:8]
