"""ICAO Visible Digital Seals (Doc 9303 Part 13): header, message zone and a visa's MRZ."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

MAGIC = 0xDC
VISA = (0x5D, 0x01)  # document feature definition reference, document type category
EMERGENCY_TRAVEL_DOCUMENT = (0x5E, 0x03)
_C40 = {3: "<", **{4 + i: str(i) for i in range(10)}, **{14 + i: chr(65 + i) for i in range(26)}}
SIGNATURE_TAG = 0xFF


def c40(data: bytes) -> str:
    """C40-decoded text (Doc 9303-13 2.4: three values in two bytes; 0xFE + ASCII+1 at the end);
    the space (value 3) is the MRZ filler '<'."""
    out, i = [], 0
    while i < len(data):
        if data[i] == 0xFE:
            if i + 1 < len(data):
                out.append(chr(data[i + 1] - 1).replace(" ", "<"))
            break
        if i + 1 >= len(data):
            raise ValueError("odd C40 length")
        v = data[i] * 256 + data[i + 1] - 1
        for u in (v // 1600, (v // 40) % 40, v % 40):
            if u in _C40:
                out.append(_C40[u])
            elif u != 0:  # 0 is shift 1, the padding of a last pair of two characters
                raise ValueError(f"C40 value {u} outside the MRZ alphabet")
        i += 2
    return "".join(out)


def _date(b: bytes) -> dt.date | None:
    s = f"{int.from_bytes(b, 'big'):08d}"
    try:
        return dt.date(int(s[4:]), int(s[:2]), int(s[2:4]))
    except ValueError:
        return None


def _length(data: bytes, i: int) -> tuple[int, int]:
    """A DER length at i: (length, index after it)."""
    first = data[i]
    if first < 0x80:
        return first, i + 1
    n = first & 0x7F
    return int.from_bytes(data[i + 1:i + 1 + n], "big"), i + 1 + n


@dataclass(frozen=True, slots=True)
class Seal:
    """A decoded seal: the header fields, the message zone's features (tag -> bytes), and
    whether a signature zone follows (the signature itself is not verified)."""

    version: int  # Doc 9303 numbering: 3 or 4
    country: str
    signer: str
    certificate: str
    issued: dt.date | None
    signed: dt.date | None
    feature_ref: int
    category: int
    features: dict[int, bytes] = field(default_factory=dict)
    signed_zone: bool = False

    @property
    def is_visa(self) -> bool:
        return (self.feature_ref, self.category) == VISA

    def mrz(self) -> tuple[str, ...] | None:
        """A visa's MRZ as stored (tag 1: MRV-A, 44 + 28 characters; tag 2: MRV-B, 36 + 28:
        the optional data of line 2 are left out), or an ETD's (tag 2), split into lines."""
        if self.is_visa:
            for tag, length in ((1, 44), (2, 36)):
                if tag in self.features:
                    text = c40(self.features[tag])
                    return text[:length], text[length:]
        if (self.feature_ref, self.category) == EMERGENCY_TRAVEL_DOCUMENT and 2 in self.features:
            text = c40(self.features[2])
            return text[:44], text[44:]
        return None

    def header_json(self) -> dict[str, str]:
        return {"version": str(self.version), "country": self.country, "signer": self.signer,
                "certificate": self.certificate, "issued": str(self.issued or ""),
                "signed": str(self.signed or ""),
                "document_type": f"0x{self.feature_ref:02X}{self.category:02X}"}


def parse(data: bytes) -> Seal | None:
    """The seal in a Data Matrix payload, or None when it does not start with the VDS magic.

    Raises ValueError when it starts like a seal but does not decode."""
    if len(data) < 2 or data[0] != MAGIC:
        return None
    if data[1] not in (0x02, 0x03):
        raise ValueError(f"unknown VDS version byte {data[1]:#x}")
    try:
        country = c40(data[2:4])
        if data[1] == 0x02:  # version 3: signer (4) and certificate reference (5) in 6 bytes
            ident, i = c40(data[4:10]), 10
            signer, cert = ident[:4], ident[4:]
        else:  # version 4: signer (4) and the reference's length (2 hex), then the reference
            head = c40(data[4:8])
            signer, ref_len = head[:4], int(head[4:6], 16)
            n = (ref_len // 3) * 2 + (2 if ref_len % 3 else 0)
            cert, i = c40(data[8:8 + n]), 8 + n
        issued, signed = _date(data[i:i + 3]), _date(data[i + 3:i + 6])
        feature_ref, category = data[i + 6], data[i + 7]
        i += 8
        features: dict[int, bytes] = {}
        signed_zone = False
        while i < len(data):
            tag = data[i]
            length, j = _length(data, i + 1)
            if tag == SIGNATURE_TAG:
                signed_zone = True
                break
            if j + length > len(data):
                raise ValueError("a feature runs past the end of the seal")
            features[tag] = data[j:j + length]
            i = j + length
    except (IndexError, ValueError) as exc:
        raise ValueError(f"malformed VDS: {exc}") from exc
    return Seal(4 if data[1] == 0x03 else 3, country, signer, cert, issued, signed, feature_ref,
                category, features, signed_zone)
