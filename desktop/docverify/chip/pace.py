"""PACE with generic mapping over elliptic curves (ICAO 9303-11 §4.4), terminal and chip sides."""

from __future__ import annotations

import hashlib
import os
import secrets
from dataclasses import dataclass

import ecdsa.curves
from ecdsa.ellipticcurve import PointJacobi

from docverify.chip import crypto, tlv

PACE_ECDH_GM = "0.4.0.127.0.7.2.2.4.2"
# Protocol OID suffix -> (cipher, key bits)
CIPHERS = {1: ("3des", 128), 2: ("aes", 128), 3: ("aes", 192), 4: ("aes", 256)}
# Standardised domain parameter IDs (ICAO 9303-11 table 6) of the curves supported.
CURVES = {
    12: ecdsa.curves.NIST256p, 13: ecdsa.curves.BRAINPOOLP256r1,
    15: ecdsa.curves.NIST384p, 16: ecdsa.curves.BRAINPOOLP384r1,
    17: ecdsa.curves.BRAINPOOLP512r1, 18: ecdsa.curves.NIST521p,
    10: ecdsa.curves.NIST224p, 11: ecdsa.curves.BRAINPOOLP224r1,
}
PASSWORD_MRZ = 1
PASSWORD_CAN = 2


class PaceError(Exception):
    """PACE failed: wrong password, a bad token, or parameters not supported."""


def encode_oid(dotted: str) -> bytes:
    from asn1crypto.core import ObjectIdentifier

    return ObjectIdentifier(dotted).contents


def decode_oid(raw: bytes) -> str:
    from asn1crypto.core import ObjectIdentifier

    return ObjectIdentifier.load(b"\x06" + tlv.encode_length(len(raw)) + raw).dotted


@dataclass(frozen=True)
class PaceInfo:
    """One PACEInfo of EF.CardAccess: the protocol OID and the domain parameter ID."""

    protocol: str
    parameter_id: int

    @property
    def cipher(self) -> tuple[str, int]:
        return CIPHERS[int(self.protocol.rsplit(".", 1)[1])]

    @property
    def supported(self) -> bool:
        return (self.protocol.rsplit(".", 1)[0] == PACE_ECDH_GM
                and int(self.protocol.rsplit(".", 1)[1]) in CIPHERS
                and self.parameter_id in CURVES)


def parse_card_access(data: bytes) -> list[PaceInfo]:
    """The PACEInfos of EF.CardAccess (a SET OF SecurityInfo: OID, version, parameter ID)."""
    out = []
    try:
        for tag, seq, _ in tlv.parse_tlvs(tlv.find(data, 0x31) or b""):
            items = tlv.parse_tlvs(seq) if tag == 0x30 else []
            if len(items) < 3 or items[0][0] != 0x06:
                continue
            oid = decode_oid(items[0][1])
            if oid.startswith("0.4.0.127.0.7.2.2.4.") and items[2][0] == 0x02:
                out.append(PaceInfo(oid, int.from_bytes(items[2][1], "big")))
    except (ValueError, TypeError) as exc:
        raise PaceError(f"EF.CardAccess is malformed ({exc})") from None
    return out


def build_card_access(infos: list[PaceInfo]) -> bytes:
    body = b""
    for i in infos:
        seq = (tlv.encode_tlv(0x06, encode_oid(i.protocol)) + tlv.encode_tlv(0x02, b"\x02")
               + tlv.encode_tlv(0x02, bytes([i.parameter_id])))
        body += tlv.encode_tlv(0x30, seq)
    return tlv.encode_tlv(0x31, body)


def password_key(password: str, kind: int, cipher: str, key_bits: int) -> bytes:
    """K_pi from the MRZ information (SHA-1 of it) or the CAN."""
    secret = hashlib.sha1(password.encode()).digest() if kind == PASSWORD_MRZ else password.encode()
    return crypto.kdf(secret, crypto.PACE, cipher, key_bits)


def _cipher(cipher: str, key: bytes, data: bytes, decrypt: bool) -> bytes:
    if cipher == "3des":
        return crypto.des3_cbc(key, data, decrypt)
    return crypto.aes_cbc(key, data, decrypt)


def _mac(cipher: str, key: bytes, data: bytes) -> bytes:
    if cipher == "3des":
        return crypto.retail_mac(key, data)
    return crypto.aes_cmac(key, data)


def _point(curve: ecdsa.curves.Curve, raw: bytes) -> PointJacobi:
    try:
        return PointJacobi.from_bytes(curve.curve, raw, valid_encodings=("uncompressed",),
                                      order=curve.order)
    except (ValueError, ecdsa.errors.MalformedPointError) as exc:
        raise PaceError(f"bad EC point ({exc})") from None


def _bytes(point: PointJacobi) -> bytes:
    return point.to_bytes("uncompressed")


def _x(point: PointJacobi, curve: ecdsa.curves.Curve) -> bytes:
    size = (curve.curve.p().bit_length() + 7) // 8
    return point.x().to_bytes(size, "big")


def public_key_object(protocol: str, point: bytes) -> bytes:
    return tlv.encode_tlv(0x7F49, tlv.encode_tlv(0x06, encode_oid(protocol))
                          + tlv.encode_tlv(0x86, point))


def _scalar(curve: ecdsa.curves.Curve) -> int:
    return secrets.randbelow(curve.order - 1) + 1


@dataclass
class PaceState:
    """One side's state of a PACE run; ``role`` is 'terminal' or 'chip'."""

    info: PaceInfo
    k_pi: bytes
    nonce: bytes = b""
    map_key: int = 0
    generator: PointJacobi | None = None
    eph_key: int = 0
    own_eph: bytes = b""
    peer_eph: bytes = b""
    ks_enc: bytes = b""
    ks_mac: bytes = b""

    @property
    def curve(self) -> ecdsa.curves.Curve:
        return CURVES[self.info.parameter_id]

    def encrypt_nonce(self, nonce: bytes) -> bytes:
        self.nonce = nonce
        return _cipher(self.info.cipher[0], self.k_pi, nonce, decrypt=False)

    def decrypt_nonce(self, z: bytes) -> bytes:
        self.nonce = _cipher(self.info.cipher[0], self.k_pi, z, decrypt=True)
        return self.nonce

    def mapping_public(self, key: int | None = None) -> bytes:
        self.map_key = key or _scalar(self.curve)
        return _bytes(self.curve.generator * self.map_key)

    def map_generator(self, peer_map_public: bytes) -> None:
        peer = _point(self.curve, peer_map_public)
        h = peer * self.map_key
        s = int.from_bytes(self.nonce, "big")
        self.generator = self.curve.generator * s + h

    def ephemeral_public(self, key: int | None = None) -> bytes:
        assert self.generator is not None
        self.eph_key = key or _scalar(self.curve)
        self.own_eph = _bytes(self.generator * self.eph_key)
        return self.own_eph

    def agree(self, peer_eph: bytes) -> None:
        if peer_eph == self.own_eph:
            raise PaceError("the peer's ephemeral key equals ours")
        self.peer_eph = peer_eph
        shared = _point(self.curve, peer_eph) * self.eph_key
        secret = _x(shared, self.curve)
        cipher, bits = self.info.cipher
        self.ks_enc = crypto.kdf(secret, crypto.ENC, cipher, bits)
        self.ks_mac = crypto.kdf(secret, crypto.MAC, cipher, bits)

    def token(self) -> bytes:
        """Our authentication token: a MAC over the peer's ephemeral public key object."""
        return _mac(self.info.cipher[0], self.ks_mac,
                    public_key_object(self.info.protocol, self.peer_eph))

    def check_peer_token(self, token: bytes) -> None:
        want = _mac(self.info.cipher[0], self.ks_mac,
                    public_key_object(self.info.protocol, self.own_eph))
        if token != want:
            raise PaceError("the authentication token is wrong (wrong password?)")


def new_nonce(cipher: str) -> bytes:
    return os.urandom(8 if cipher == "3des" else 16)
