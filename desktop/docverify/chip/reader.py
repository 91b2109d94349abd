"""Reading an eMRTD over any transport: BAC or PACE, secure messaging, EF.COM, EF.SOD, data groups."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from docverify.chip import aa, bac, ca, lds, pace, tlv
from docverify.chip.sm import SecureMessaging, SMError, build_apdu
from docverify.chip.transport import ChipError, Transport
from docverify.config import CHIP


class ChipSession:
    """Commands to one chip, under secure messaging once access control has run."""

    def __init__(self, transport: Transport) -> None:
        self.transport = transport
        self.sm: SecureMessaging | None = None
        self.access = ""

    def command(self, apdu: bytes, what: str, ok: tuple[int, ...] = (0x9000,)) -> bytes:
        if self.sm is not None:
            raw = self.transport.transmit(self.sm.protect(apdu))
            try:
                data, sw = self.sm.unprotect(raw)
            except (SMError, tlv.TLVError) as exc:
                raise ChipError(f"{what}: secure messaging failed ({exc})",
                                int.from_bytes(raw[-2:], "big")) from None
        else:
            raw = self.transport.transmit(apdu)
            data, sw = raw[:-2], int.from_bytes(raw[-2:], "big")
        if sw not in ok and sw >> 8 != 0x62:
            raise ChipError(what, sw)
        return data

    # --- access control

    def select_applet(self) -> None:
        self.command(build_apdu(b"\x00\xA4\x04\x0C", lds.AID_MRTD), "SELECT eMRTD application")

    def bac(self, mrz_information: str) -> None:
        keys = bac.BacKeys.from_mrz_information(mrz_information)
        rnd_ic = self.command(b"\x00\x84\x00\x00\x08", "GET CHALLENGE")
        rnd_ifd, k_ifd = bac.new_nonces()
        data = bac.terminal_authenticate_data(keys, rnd_ic, rnd_ifd, k_ifd)
        try:
            answer = self.command(build_apdu(b"\x00\x82\x00\x00", data, 40),
                                  "MUTUAL AUTHENTICATE")
        except ChipError as exc:
            raise bac.AccessDenied(f"the chip refused the MRZ key ({exc})") from None
        rnd_ic2, k_ic = bac.check_chip_answer(keys, answer, rnd_ifd)
        if rnd_ic2 != rnd_ic:
            raise bac.AccessDenied("the chip answered for another challenge")
        s = bac.session_keys(k_ifd, k_ic, rnd_ic, rnd_ifd)
        self.sm = SecureMessaging(s.ks_enc, s.ks_mac, s.ssc)
        self.access = "BAC"

    def read_card_access(self) -> bytes | None:
        try:
            self.command(b"\x00\xA4\x02\x0C\x02\x01\x1C", "SELECT EF.CardAccess")
            return self.read_selected("EF.CardAccess")
        except ChipError:
            return None

    def pace(self, password: str, kind: int, card_access: bytes,
             keys: tuple[int, int] | None = None) -> None:
        infos = [i for i in pace.parse_card_access(card_access) if i.supported]
        if not infos:
            raise pace.PaceError("the chip offers no PACE variant supported here")
        info = infos[0]
        cipher, bits = info.cipher
        st = pace.PaceState(info, pace.password_key(password, kind, cipher, bits))
        mse = (tlv.encode_tlv(0x80, pace.encode_oid(info.protocol)) + tlv.encode_tlv(0x83, bytes([kind]))
               + tlv.encode_tlv(0x84, bytes([info.parameter_id])))
        self.command(build_apdu(b"\x00\x22\xC1\xA4", mse), "MSE:SET AT")

        def ga(tag: int, value: bytes | None, last: bool = False) -> dict[int, bytes]:
            body = tlv.encode_tlv(0x7C, tlv.encode_tlv(tag, value) if value is not None else b"")
            try:
                out = self.command(build_apdu(b"\x00\x86\x00\x00" if last else b"\x10\x86\x00\x00",
                                              body, 0), "GENERAL AUTHENTICATE")
            except ChipError as exc:
                raise pace.PaceError(f"the chip refused PACE ({exc})") from None
            return {t: v for t, v, _ in tlv.parse_tlvs(tlv.find(out, 0x7C) or b"")}

        st.decrypt_nonce(ga(0x80, None)[0x80])
        peer_map = ga(0x81, st.mapping_public(keys[0] if keys else None))[0x82]
        st.map_generator(peer_map)
        peer_eph = ga(0x83, st.ephemeral_public(keys[1] if keys else None))[0x84]
        st.agree(peer_eph)
        token = ga(0x85, st.token(), last=True)[0x86]
        st.check_peer_token(token)
        self.sm = SecureMessaging(st.ks_enc, st.ks_mac, 0, cipher)
        self.access = "PACE"

    def chip_authentication(self, dg14: ca.Dg14) -> str:
        """Agree keys with DG14's static key and restart secure messaging with them.

        3DES chips take MSE:SET KAT; AES chips MSE:SET AT and GENERAL AUTHENTICATE. Raises
        ca.CaError when no protocol offered is supported, ChipError when the chip refuses.
        The keys are switched without a proof: the next answer under them is the proof.
        """
        info, key = dg14.choose()
        private, public = ca.ephemeral_key(key.curve)
        kid = info.key_id if info.key_id is not None else key.key_id
        ref = (tlv.encode_tlv(0x84, kid.to_bytes((kid.bit_length() + 7) // 8 or 1, "big"))
               if kid is not None else b"")
        try:
            if info.cipher[0] == "3des":
                self.command(build_apdu(b"\x00\x22\x41\xA6", tlv.encode_tlv(0x91, public) + ref),
                             "MSE:SET KAT")
            else:
                self.command(build_apdu(b"\x00\x22\x41\xA4",
                                        tlv.encode_tlv(0x80, pace.encode_oid(info.protocol)) + ref),
                             "MSE:SET AT (Chip Authentication)")
                self.command(build_apdu(b"\x00\x86\x00\x00",
                                        tlv.encode_tlv(0x7C, tlv.encode_tlv(0x80, public)), 0),
                             "GENERAL AUTHENTICATE (Chip Authentication)")
        except ChipError as exc:
            raise ChipError(f"the chip refused Chip Authentication ({exc})", exc.sw) from None
        ks_enc, ks_mac = ca.session_keys(ca.shared_secret(key.curve, private, key.point), info)
        self.sm = SecureMessaging(ks_enc, ks_mac, 0, info.cipher[0])
        return info.protocol

    # --- files

    def read_selected(self, what: str) -> bytes:
        head = self.command(b"\x00\xB0\x00\x00\x04", f"READ BINARY {what}")
        total = lds.total_length(head)
        if total > CHIP.max_data_group_bytes:
            raise ChipError(f"{what} announces {total} bytes", 0x6700)
        data = bytearray(head)
        while len(data) < total:
            n = min(CHIP.read_chunk, total - len(data))
            off = len(data)
            chunk = self.command(bytes([0x00, 0xB0, off >> 8, off & 0xFF, n]),
                                 f"READ BINARY {what}")
            if not chunk:
                raise ChipError(f"{what}: the chip returned no data at offset {off}", 0x6282)
            data += chunk
        return bytes(data[:total])

    def read_file(self, fid: int, what: str) -> bytes:
        self.command(build_apdu(b"\x00\xA4\x02\x0C", fid.to_bytes(2, "big")), f"SELECT {what}")
        return self.read_selected(what)

    def internal_authenticate(self, challenge: bytes) -> bytes:
        return self.command(build_apdu(b"\x00\x88\x00\x00", challenge, 0), "INTERNAL AUTHENTICATE")


@dataclass
class ChipData:
    """What was read from a chip."""

    access: str
    com: bytes
    sod: bytes
    data_groups: dict[int, bytes]
    listed: list[int]
    errors: dict[int, str] = field(default_factory=dict)
    active_auth: bool | None = None  # None: not offered
    chip_auth: bool | None = None  # None: not offered (no DG14 key) or not supported here
    chip_auth_detail: str = ""  # the protocol run, or why it failed or was not run

    @property
    def mrz(self) -> tuple[str, ...] | None:
        return lds.parse_dg1(self.data_groups[1]) if 1 in self.data_groups else None


def _open(session: ChipSession, mrz_information: str | None, can: str | None) -> None:
    """Access control: PACE when EF.CardAccess offers it, else BAC."""
    session.sm = None
    card_access = session.read_card_access()
    if card_access and pace.parse_card_access(card_access):
        kind = pace.PASSWORD_CAN if can else pace.PASSWORD_MRZ
        session.pace(can or mrz_information or "", kind, card_access)
        session.select_applet()
    else:
        if not mrz_information:
            raise bac.AccessDenied("the chip offers only BAC, which needs the MRZ, not the CAN")
        session.select_applet()
        session.bac(mrz_information)


def _chip_authentication(session: ChipSession, dg14_raw: bytes, com: bytes,
                         reopen: tuple[str | None, str | None]) -> tuple[bool | None, str]:
    """Run CA and prove the new keys by reading EF.COM again; on failure reopen the chip."""
    try:
        dg14 = ca.parse_dg14(dg14_raw)
        if not dg14.offers_ca:
            return None, "DG14 holds no Chip Authentication key"
        protocol = session.chip_authentication(dg14)
    except ca.CaError as exc:
        return None, str(exc)
    except ChipError as exc:
        why = str(exc)
    else:
        try:
            if session.read_file(lds.FID_COM, "EF.COM") == com:
                return True, protocol
            why = "EF.COM read under the new keys differs"
        except ChipError as exc:
            why = f"the chip cannot answer under the agreed keys ({exc})"
    _open(session, *reopen)
    return False, why


def read_document(transport: Transport, mrz_information: str | None = None,
                  can: str | None = None) -> ChipData:
    """Run access control (PACE when offered, else BAC), Chip Authentication when DG14 offers
    it, and read the LDS files; then Active Authentication when DG15 is present.

    Raises bac.AccessDenied or pace.PaceError for wrong keys, ChipError for other refusals.
    """
    if not mrz_information and not can:
        raise ValueError("the MRZ or the CAN is needed to open the chip")
    session = ChipSession(transport)
    _open(session, mrz_information, can)
    com = session.read_file(lds.FID_COM, "EF.COM")
    listed = lds.parse_com(com)
    sod = session.read_file(lds.FID_SOD, "EF.SOD")
    dgs: dict[int, bytes] = {}
    errors: dict[int, str] = {}
    chip_auth: bool | None = None
    detail = ""
    # DG14 first: the other data groups are then read under the keys agreed with the chip.
    order = sorted(CHIP.readable_data_groups, key=lambda n: n != 14)
    for n in order:
        if n not in listed:
            continue
        try:
            dgs[n] = session.read_file(lds.DATA_GROUPS[n][0], f"DG{n}")
        except ChipError as exc:
            errors[n] = str(exc)
        if n == 14 and n in dgs and CHIP.chip_authentication:
            chip_auth, detail = _chip_authentication(session, dgs[14], com,
                                                     (mrz_information, can))
    result = ChipData(session.access, com, sod, dgs, listed, errors, None, chip_auth, detail)
    if 15 in dgs:
        challenge = os.urandom(8)
        try:
            result.active_auth = aa.verify(dgs[15], challenge,
                                           session.internal_authenticate(challenge))
        except ChipError:
            result.active_auth = False
    return result
