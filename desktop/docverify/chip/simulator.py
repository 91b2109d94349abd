"""A simulated eMRTD chip answering the real APDU exchange, for tests and benchmarks.

It speaks SELECT, GET CHALLENGE, MUTUAL AUTHENTICATE (BAC), MSE:SET AT and GENERAL AUTHENTICATE
(PACE-GM), MSE:SET KAT or MSE:SET AT + GENERAL AUTHENTICATE (Chip Authentication), READ BINARY
under secure messaging and INTERNAL AUTHENTICATE (Active Authentication, ECDSA or RSA).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature

from docverify.chip import bac, ca, crypto, lds, pace, tlv
from docverify.chip.sm import SecureMessaging, SMError, split_apdu

OK = 0x9000
SECURITY_NOT_SATISFIED = 0x6982
NOT_FOUND = 0x6A82
WRONG_P1P2 = 0x6B00
AUTH_FAILED = 0x6300
CONDITIONS = 0x6985
INS_UNKNOWN = 0x6D00
SM_WRONG = 0x6988


@dataclass
class SimulatedChip:
    """A chip personalised with LDS files (by file identifier) and its access passwords."""

    files: dict[int, bytes]
    mrz_information: str
    can: str | None = None
    card_access: bytes | None = None
    aa_key: ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey | None = None
    aa_hash: str = "sha1"  # RSA only: ISO/IEC 9796-2 with SHA-1 (trailer BC) or e.g. sha256
    # DG14's Chip Authentication private key; None with a DG14 makes a clone: it accepts CA but,
    # lacking the key, derives other session keys than the terminal.
    ca_key: int | None = None
    pace_keys: tuple[int, int] | None = None  # fixed chip mapping and ephemeral keys (tests)
    pace_nonce: bytes | None = None
    commands: list[bytes] = field(default_factory=list)
    _applet: bool = False
    _selected: int | None = None
    _rnd_ic: bytes | None = None
    _sm: SecureMessaging | None = None
    _pace: pace.PaceState | None = None
    _pace_step: int = 0
    _ca_info: ca.ChipAuthInfo | None = None  # set by MSE:SET AT for CA, used by GA
    _next_sm: SecureMessaging | None = None  # CA keys, switched to after the current answer

    def transmit(self, apdu: bytes) -> bytes:
        self.commands.append(apdu)
        if self._sm is not None and apdu[0] & 0x0C == 0x0C:
            try:
                plain = self._sm.unprotect_command(apdu)
            except (SMError, tlv.TLVError):
                self._sm = None
                return SM_WRONG.to_bytes(2, "big")
            data, sw = self._handle(plain)
            if self._sm is None:  # the session was ended by the command
                return data + sw.to_bytes(2, "big")
            out = self._sm.protect_response(data, sw)
            if self._next_sm is not None:  # Chip Authentication: the answer went under the old keys
                self._sm, self._next_sm = self._next_sm, None
            return out
        if self._sm is not None:
            self._sm = None  # a plain command ends the secure messaging session
        data, sw = self._handle(apdu)
        return data + sw.to_bytes(2, "big")

    # --- commands

    def _handle(self, apdu: bytes) -> tuple[bytes, int]:
        ins = apdu[1]
        try:
            data, le = split_apdu(apdu)
        except SMError:
            return b"", 0x6700
        handler = {0xA4: self._select, 0x84: self._challenge, 0x82: self._mutual_auth,
                   0xB0: self._read_binary, 0x22: self._mse, 0x86: self._general_auth,
                   0x88: self._internal_auth}.get(ins)
        if handler is None:
            return b"", INS_UNKNOWN
        return handler(apdu, data, le)

    def _select(self, apdu: bytes, data: bytes, le: int | None) -> tuple[bytes, int]:
        if apdu[2] == 0x04:
            self._applet = data == lds.AID_MRTD
            return b"", OK if self._applet else NOT_FOUND
        fid = int.from_bytes(data, "big")
        if fid == lds.FID_CARD_ACCESS and self.card_access is not None:
            self._selected = fid
            return b"", OK
        if not self._applet:
            return b"", NOT_FOUND
        if self._sm is None:
            return b"", SECURITY_NOT_SATISFIED
        if fid not in self.files:
            return b"", NOT_FOUND
        self._selected = fid
        return b"", OK

    def _read_binary(self, apdu: bytes, data: bytes, le: int | None) -> tuple[bytes, int]:
        if self._selected is None:
            return b"", CONDITIONS
        content = (self.card_access if self._selected == lds.FID_CARD_ACCESS
                   else self.files.get(self._selected))
        if content is None or (self._sm is None and self._selected != lds.FID_CARD_ACCESS):
            return b"", SECURITY_NOT_SATISFIED
        offset = int.from_bytes(apdu[2:4], "big") & 0x7FFF
        if offset > len(content):
            return b"", WRONG_P1P2
        n = 256 if not le else le
        return content[offset:offset + n], OK

    def _challenge(self, apdu: bytes, data: bytes, le: int | None) -> tuple[bytes, int]:
        self._rnd_ic = os.urandom(8)
        return self._rnd_ic, OK

    def _mutual_auth(self, apdu: bytes, data: bytes, le: int | None) -> tuple[bytes, int]:
        keys = bac.BacKeys.from_mrz_information(self.mrz_information)
        if self._rnd_ic is None or len(data) != 40:
            return b"", CONDITIONS
        e_ifd, m_ifd = data[:32], data[32:]
        if crypto.retail_mac(keys.k_mac, e_ifd) != m_ifd:
            return b"", AUTH_FAILED
        plain = crypto.des3_cbc(keys.k_enc, e_ifd, decrypt=True)
        rnd_ifd, rnd_ic, k_ifd = plain[:8], plain[8:16], plain[16:32]
        if rnd_ic != self._rnd_ic:
            return b"", AUTH_FAILED
        k_ic = os.urandom(16)
        e_ic = crypto.des3_cbc(keys.k_enc, rnd_ic + rnd_ifd + k_ic)
        s = bac.session_keys(k_ifd, k_ic, rnd_ic, rnd_ifd)
        answer = e_ic + crypto.retail_mac(keys.k_mac, e_ic)
        self._sm = SecureMessaging(s.ks_enc, s.ks_mac, s.ssc)
        self._rnd_ic = None
        return answer, OK

    def _mse(self, apdu: bytes, data: bytes, le: int | None) -> tuple[bytes, int]:
        try:
            objs = {t: v for t, v, _ in tlv.parse_tlvs(data)}
        except tlv.TLVError:
            return b"", 0x6A80
        if apdu[2:4] in (b"\x41\xA6", b"\x41\xA4"):
            return self._mse_ca(apdu[3] == 0xA6, objs)
        if apdu[2:4] != b"\xC1\xA4" or self.card_access is None:
            return b"", WRONG_P1P2
        infos = {i.protocol: i for i in pace.parse_card_access(self.card_access)}
        oid = pace.decode_oid(objs.get(0x80, b""))
        info = infos.get(oid)
        if info is None or not info.supported:
            return b"", 0x6A80
        if 0x84 in objs and int.from_bytes(objs[0x84], "big") != info.parameter_id:
            return b"", 0x6A80
        ref = objs.get(0x83, b"\x01")[0]
        password = self.mrz_information if ref == pace.PASSWORD_MRZ else self.can
        if password is None:
            return b"", 0x6A88
        cipher, bits = info.cipher
        self._pace = pace.PaceState(info, pace.password_key(password, ref, cipher, bits))
        self._pace_step = 0
        return b"", OK

    # --- Chip Authentication

    def _dg14(self) -> ca.Dg14 | None:
        raw = self.files.get(lds.DATA_GROUPS[14][0])
        try:
            return ca.parse_dg14(raw) if raw else None
        except ca.CaError:
            return None

    def _mse_ca(self, kat: bool, objs: dict[int, bytes]) -> tuple[bytes, int]:
        dg14 = self._dg14()
        if self._sm is None:
            return b"", SECURITY_NOT_SATISFIED
        if dg14 is None or not dg14.ca_infos:
            return b"", 0x6A88
        if kat:  # 3DES: the key arrives with the command
            info = next((i for i in dg14.ca_infos if i.supported and i.cipher[0] == "3des"), None)
            if info is None or 0x91 not in objs:
                return b"", 0x6A80
            return self._ca_agree(dg14, info, objs[0x91])
        oid = pace.decode_oid(objs.get(0x80, b""))
        info = next((i for i in dg14.ca_infos if i.protocol == oid and i.supported), None)
        if info is None:
            return b"", 0x6A80
        self._ca_info = info
        return b"", OK

    def _ca_agree(self, dg14: ca.Dg14, info: ca.ChipAuthInfo, terminal_key: bytes
                  ) -> tuple[bytes, int]:
        _, key = dg14.choose()
        private = self.ca_key if self.ca_key is not None else ca.ephemeral_key(key.curve)[0]
        try:
            secret = ca.shared_secret(key.curve, private, terminal_key)
        except ca.CaError:
            return b"", 0x6A80
        enc, mac = ca.session_keys(secret, info)
        self._next_sm = SecureMessaging(enc, mac, 0, info.cipher[0])
        return b"", OK

    def _general_auth(self, apdu: bytes, data: bytes, le: int | None) -> tuple[bytes, int]:
        if self._ca_info is not None:
            info, self._ca_info = self._ca_info, None
            key = tlv.find(tlv.find(data, 0x7C) or b"", 0x80)
            dg14 = self._dg14()
            if key is None or dg14 is None:
                return b"", 0x6A80
            _, sw = self._ca_agree(dg14, info, key)
            return (tlv.encode_tlv(0x7C, b""), sw) if sw == OK else (b"", sw)
        st = self._pace
        if st is None:
            return b"", CONDITIONS
        inner = tlv.find(data, 0x7C)
        if inner is None:
            return b"", 0x6A80
        objs = {t: v for t, v, _ in tlv.parse_tlvs(inner)}
        step = self._pace_step
        try:
            if step == 0:
                nonce = self.pace_nonce or pace.new_nonce(st.info.cipher[0])
                out = tlv.encode_tlv(0x80, st.encrypt_nonce(nonce))
            elif step == 1:
                pub = st.mapping_public(self.pace_keys[0] if self.pace_keys else None)
                st.map_generator(objs[0x81])
                out = tlv.encode_tlv(0x82, pub)
            elif step == 2:
                pub = st.ephemeral_public(self.pace_keys[1] if self.pace_keys else None)
                st.agree(objs[0x83])
                out = tlv.encode_tlv(0x84, pub)
            else:
                st.check_peer_token(objs[0x85])
                out = tlv.encode_tlv(0x86, st.token())
                self._sm = SecureMessaging(st.ks_enc, st.ks_mac, 0, st.info.cipher[0])
                self._pace = None
                self._applet = False
        except (KeyError, pace.PaceError):
            self._pace = None
            return b"", AUTH_FAILED
        self._pace_step += 1
        return tlv.encode_tlv(0x7C, out), OK

    def _internal_auth(self, apdu: bytes, data: bytes, le: int | None) -> tuple[bytes, int]:
        """Active Authentication: ECDSA-SHA256 over the 8-byte challenge, plain r||s, or RSA
        with ISO/IEC 9796-2 scheme 1."""
        if self.aa_key is None:
            return b"", INS_UNKNOWN
        if self._sm is None:
            return b"", SECURITY_NOT_SATISFIED
        if isinstance(self.aa_key, rsa.RSAPrivateKey):
            return iso9796_2_sign(self.aa_key, data, self.aa_hash), OK
        der = self.aa_key.sign(data, ec.ECDSA(hashes.SHA256()))
        r, s = decode_dss_signature(der)
        size = (self.aa_key.curve.key_size + 7) // 8
        return r.to_bytes(size, "big") + s.to_bytes(size, "big"), OK


def iso9796_2_sign(key: rsa.RSAPrivateKey, challenge: bytes, algo: str = "sha1") -> bytes:
    """ISO/IEC 9796-2 digital signature scheme 1, partial recovery: the chip's random M1 is
    recovered from the signature, the terminal's challenge (M2) is not."""
    import hashlib

    nums = key.private_numbers()
    n, d = nums.public_numbers.n, nums.d
    k = (n.bit_length() + 7) // 8
    trailer = b"\xbc" if algo == "sha1" else bytes([{"sha224": 0x38, "sha256": 0x34,
                                                      "sha384": 0x36, "sha512": 0x35}[algo],
                                                     0xCC])
    hlen = hashlib.new(algo).digest_size
    m1 = os.urandom(k - hlen - len(trailer) - 1)
    f = b"\x6a" + m1 + hashlib.new(algo, m1 + challenge).digest() + trailer
    s = pow(int.from_bytes(f, "big"), d, n)
    return min(s, n - s).to_bytes(k, "big")


def personalise(data_groups: dict[int, bytes], sod: bytes, mrz_information: str,
                **kw: object) -> SimulatedChip:
    """A chip holding EF.COM, EF.SOD and the data groups given (by number)."""
    files = {lds.DATA_GROUPS[n][0]: v for n, v in data_groups.items()}
    files[lds.FID_COM] = lds.build_com(sorted(data_groups))
    files[lds.FID_SOD] = sod
    return SimulatedChip(files, mrz_information, **kw)  # type: ignore[arg-type]
