"""Chip Authentication (ICAO 9303-11 §6.2, BSI TR-03110): DG14's key infos and the ECDH agreement.

The terminal agrees a key with the chip's static key of DG14 (signed through EF.SOD); only a chip
holding the private key can go on answering under the session keys derived from it.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

import ecdsa
import ecdsa.curves
from ecdsa.ellipticcurve import PointJacobi

from docverify.chip import crypto, tlv
from docverify.chip.pace import decode_oid

ID_PK = "0.4.0.127.0.7.2.2.1"
ID_PK_DH = ID_PK + ".1"
ID_PK_ECDH = ID_PK + ".2"
ID_CA = "0.4.0.127.0.7.2.2.3"
ID_CA_DH = ID_CA + ".1"
ID_CA_ECDH = ID_CA + ".2"
ID_TA = "0.4.0.127.0.7.2.2.2"
ID_AA_INFO = "2.23.136.1.1.5"
ID_PACE = "0.4.0.127.0.7.2.2.4"
# Last arc of a CA protocol OID -> (cipher, key bits).
CIPHERS = {1: ("3des", 128), 2: ("aes", 128), 3: ("aes", 192), 4: ("aes", 256)}


class CaError(Exception):
    """DG14 is malformed, or offers no Chip Authentication this reader can run."""


@dataclass(frozen=True)
class ChipAuthInfo:
    """ChipAuthenticationInfo: the protocol (id-CA-*), its version and the key it is for."""

    protocol: str
    version: int
    key_id: int | None = None

    @property
    def cipher(self) -> tuple[str, int]:
        return CIPHERS[int(self.protocol.rsplit(".", 1)[1])]

    @property
    def supported(self) -> bool:
        base, last = self.protocol.rsplit(".", 1)
        return base == ID_CA_ECDH and int(last) in CIPHERS


@dataclass(frozen=True)
class ChipAuthPublicKey:
    """ChipAuthenticationPublicKeyInfo: the chip's static public key (id-PK-*)."""

    protocol: str
    spki: bytes
    key_id: int | None = None

    @property
    def curve(self) -> ecdsa.curves.Curve:
        return self._key().curve

    @property
    def point(self) -> PointJacobi:
        return self._key().pubkey.point

    def _key(self) -> ecdsa.VerifyingKey:
        if self.protocol != ID_PK_ECDH:
            raise CaError(f"chip key {self.protocol} is not ECDH")
        try:
            return ecdsa.VerifyingKey.from_der(
                self.spki, valid_curve_encodings=("named_curve", "explicit"))
        except (ValueError, ecdsa.errors.MalformedPointError, ecdsa.der.UnexpectedDER) as exc:
            raise CaError(f"the chip's public key cannot be read ({exc})") from None


@dataclass(frozen=True)
class Dg14:
    """The SecurityInfos of DG14."""

    ca_infos: tuple[ChipAuthInfo, ...]
    public_keys: tuple[ChipAuthPublicKey, ...]
    others: tuple[str, ...]  # protocol OIDs of the other infos (TA, PACE, AA ...)

    def choose(self) -> tuple[ChipAuthInfo, ChipAuthPublicKey]:
        """The first supported protocol and the key it names (or the only ECDH key)."""
        for info in self.ca_infos:
            if not info.supported:
                continue
            for key in self.public_keys:
                if key.protocol == ID_PK_ECDH and (info.key_id is None or key.key_id is None
                                                   or key.key_id == info.key_id):
                    return info, key
        offered = ", ".join(i.protocol for i in self.ca_infos) or "none"
        raise CaError(f"no supported Chip Authentication in DG14 (offered: {offered})")

    @property
    def offers_ca(self) -> bool:
        return bool(self.public_keys)


def _int(raw: bytes) -> int:
    return int.from_bytes(raw, "big")


def parse_dg14(data: bytes) -> Dg14:
    """DG14 (tag 0x6E around a SET OF SecurityInfo), or the bare SET."""
    try:
        body = tlv.find(data, 0x6E, 0x31) if data[:1] == b"\x6e" else tlv.find(data, 0x31)
        if body is None:
            raise CaError("DG14 without SecurityInfos")
        infos, keys, others = [], [], []
        for tag, seq, _ in tlv.parse_tlvs(body):
            items = tlv.parse_tlvs(seq) if tag == 0x30 else []
            if not items or items[0][0] != 0x06:
                raise CaError("a SecurityInfo without a protocol OID")
            oid = decode_oid(items[0][1])
            rest = items[1:]
            key_id = _int(rest[1][1]) if len(rest) > 1 and rest[1][0] == 0x02 else None
            if oid.startswith(ID_CA + ".") and rest and rest[0][0] == 0x02:
                infos.append(ChipAuthInfo(oid, _int(rest[0][1]), key_id))
            elif oid.startswith(ID_PK + ".") and rest and rest[0][0] == 0x30:
                keys.append(ChipAuthPublicKey(oid, rest[0][2], key_id))
            else:
                others.append(oid)
    except (tlv.TLVError, ValueError, IndexError) as exc:
        raise CaError(f"DG14 is malformed ({exc})") from None
    return Dg14(tuple(infos), tuple(keys), tuple(others))


def build_dg14(protocol: str, public_key_spki: bytes, key_id: int | None = None,
               version: int = 1) -> bytes:
    """A DG14 holding one ChipAuthenticationInfo and its public key (for the simulator)."""
    from docverify.chip.pace import encode_oid

    kid = tlv.encode_tlv(0x02, bytes([key_id])) if key_id is not None else b""
    info = tlv.encode_tlv(0x30, tlv.encode_tlv(0x06, encode_oid(protocol))
                          + tlv.encode_tlv(0x02, bytes([version])) + kid)
    pk = tlv.encode_tlv(0x30, tlv.encode_tlv(0x06, encode_oid(ID_PK_ECDH)) + public_key_spki
                        + kid)
    return tlv.encode_tlv(0x6E, tlv.encode_tlv(0x31, pk + info))


def _point(curve: ecdsa.curves.Curve, raw: bytes) -> PointJacobi:
    try:
        return PointJacobi.from_bytes(curve.curve, raw, valid_encodings=("uncompressed",),
                                      order=curve.order)
    except (ValueError, ecdsa.errors.MalformedPointError) as exc:
        raise CaError(f"bad EC point ({exc})") from None


def shared_secret(curve: ecdsa.curves.Curve, private: int, peer: PointJacobi | bytes) -> bytes:
    """The x coordinate of private * peer, the length of the field."""
    point = _point(curve, peer) if isinstance(peer, bytes) else peer
    shared = point * private
    if shared == ecdsa.ellipticcurve.INFINITY:
        raise CaError("the agreed point is at infinity")
    return shared.x().to_bytes((curve.curve.p().bit_length() + 7) // 8, "big")


def ephemeral_key(curve: ecdsa.curves.Curve) -> tuple[int, bytes]:
    """(private scalar, uncompressed public point) of a fresh terminal key pair."""
    private = secrets.randbelow(curve.order - 1) + 1
    return private, (curve.generator * private).to_bytes("uncompressed")


def session_keys(secret: bytes, info: ChipAuthInfo) -> tuple[bytes, bytes]:
    """(KS_enc, KS_mac) from the agreed secret; the send sequence counter restarts at 0."""
    cipher, bits = info.cipher
    return (crypto.kdf(secret, crypto.ENC, cipher, bits),
            crypto.kdf(secret, crypto.MAC, cipher, bits))
