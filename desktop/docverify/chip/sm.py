"""Secure messaging (ICAO 9303-11 §9.8) with 3DES/retail MAC (BAC) or AES/CMAC (PACE), both sides."""

from __future__ import annotations

from dataclasses import dataclass

from docverify.chip import crypto
from docverify.chip.tlv import encode_tlv, parse_tlvs


class SMError(Exception):
    """A secure-messaging object is malformed or its MAC is wrong."""


@dataclass
class SecureMessaging:
    """The session: keys, cipher and the send sequence counter (incremented before each use)."""

    ks_enc: bytes
    ks_mac: bytes
    ssc: int
    cipher: str = "3des"  # or "aes"

    @property
    def block(self) -> int:
        return 8 if self.cipher == "3des" else 16

    def _ssc_bytes(self) -> bytes:
        return self.ssc.to_bytes(self.block, "big")

    def _mac(self, data: bytes) -> bytes:
        data = crypto.pad(self._ssc_bytes() + data, self.block)
        if self.cipher == "3des":
            return crypto.retail_mac(self.ks_mac, data, padded=True)
        return crypto.aes_cmac(self.ks_mac, data)

    def _iv(self) -> bytes:
        if self.cipher == "3des":
            return bytes(8)
        return crypto.aes_ecb(self.ks_enc, self._ssc_bytes())

    def _encrypt(self, data: bytes) -> bytes:
        padded = crypto.pad(data, self.block)
        if self.cipher == "3des":
            return crypto.des3_cbc(self.ks_enc, padded)
        return crypto.aes_cbc(self.ks_enc, padded, iv=self._iv())

    def _decrypt(self, data: bytes) -> bytes:
        if len(data) % self.block:
            raise SMError("encrypted data is not a whole number of blocks")
        if self.cipher == "3des":
            plain = crypto.des3_cbc(self.ks_enc, data, decrypt=True)
        else:
            plain = crypto.aes_cbc(self.ks_enc, data, decrypt=True, iv=self._iv())
        try:
            return crypto.unpad(plain)
        except ValueError as exc:
            raise SMError(str(exc)) from None

    def _next(self) -> None:
        self.ssc = (self.ssc + 1) % (1 << (8 * self.block))

    # --- terminal side

    def protect(self, apdu: bytes) -> bytes:
        """Wrap a plain short APDU (CLA INS P1 P2 [Lc data] [Le])."""
        self._next()
        header = bytes([apdu[0] | 0x0C]) + apdu[1:4]
        data, le = split_apdu(apdu)
        do87 = b""
        if data:
            do87 = encode_tlv(0x87, b"\x01" + self._encrypt(data))
        do97 = encode_tlv(0x97, bytes([le & 0xFF])) if le is not None else b""
        mac = self._mac(crypto.pad(header, self.block) + do87 + do97)
        body = do87 + do97 + encode_tlv(0x8E, mac)
        return header + bytes([len(body)]) + body + b"\x00"

    def unprotect(self, response: bytes) -> tuple[bytes, int]:
        """Check and decrypt a protected response; returns (data, status word)."""
        self._next()
        if len(response) < 2:
            raise SMError("response too short")
        sw = int.from_bytes(response[-2:], "big")
        body = response[:-2]
        if not body:
            if sw in (0x6987, 0x6988):
                raise SMError(f"the chip reports a secure messaging error {sw:04X}")
            return b"", sw
        objs = parse_tlvs(body)
        tags = [t for t, _, _ in objs]
        if 0x8E not in tags:
            raise SMError("response without a MAC")
        covered = b"".join(raw for t, _, raw in objs if t in (0x85, 0x87, 0x99))
        mac = next(v for t, v, _ in objs if t == 0x8E)
        if self._mac(covered) != mac:
            raise SMError("response MAC is wrong")
        data = b""
        for t, v, _ in objs:
            if t == 0x87:
                if v[:1] != b"\x01":
                    raise SMError("unknown padding indicator")
                data = self._decrypt(v[1:])
            elif t == 0x85:
                data = self._decrypt(v)
        return data, sw

    # --- chip side (the simulator)

    def unprotect_command(self, apdu: bytes) -> bytes:
        """The chip's view: check a protected command and return the plain APDU."""
        self._next()
        header = bytes([apdu[0] & ~0x0C & 0xFF]) + apdu[1:4]
        body, _ = split_apdu(apdu)
        objs = parse_tlvs(body)
        mac = next((v for t, v, _ in objs if t == 0x8E), None)
        covered = b"".join(raw for t, _, raw in objs if t in (0x85, 0x87, 0x97))
        if mac is None or self._mac(crypto.pad(apdu[:4], self.block) + covered) != mac:
            raise SMError("command MAC is wrong")
        data = b""
        le: int | None = None
        for t, v, _ in objs:
            if t == 0x87:
                data = self._decrypt(v[1:])
            elif t == 0x97:
                le = v[0] if v else 0
        return build_apdu(header, data, le)

    def protect_response(self, data: bytes, sw: int) -> bytes:
        self._next()
        do87 = encode_tlv(0x87, b"\x01" + self._encrypt(data)) if data else b""
        do99 = encode_tlv(0x99, sw.to_bytes(2, "big"))
        mac = self._mac(do87 + do99)
        return do87 + do99 + encode_tlv(0x8E, mac) + sw.to_bytes(2, "big")


def split_apdu(apdu: bytes) -> tuple[bytes, int | None]:
    """(data, Le) of a short-form APDU; Le None when absent, 256 written as 0."""
    rest = apdu[4:]
    if not rest:
        return b"", None
    if len(rest) == 1:
        return b"", rest[0]
    lc = rest[0]
    data = rest[1:1 + lc]
    if len(rest) == 1 + lc:
        return data, None
    if len(rest) == 2 + lc:
        return data, rest[1 + lc]
    raise SMError("malformed APDU length")


def build_apdu(header: bytes, data: bytes = b"", le: int | None = None) -> bytes:
    out = header
    if data:
        out += bytes([len(data)]) + data
    if le is not None:
        out += bytes([le & 0xFF])
    return out
