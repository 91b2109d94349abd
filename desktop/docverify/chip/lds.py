"""LDS files (ICAO 9303-10): file identifiers, EF.COM, DG1 (the MRZ) and the DG2 face image."""

from __future__ import annotations

from docverify.chip import tlv

AID_MRTD = bytes.fromhex("A0000002471001")
FID_CARD_ACCESS = 0x011C
FID_COM = 0x011E
FID_SOD = 0x011D
TAG_COM = 0x60

# Data group number -> (file identifier, first tag).
DATA_GROUPS = {n: (0x0100 + n, tag) for n, tag in {
    1: 0x61, 2: 0x75, 3: 0x63, 4: 0x76, 5: 0x65, 6: 0x66, 7: 0x67, 8: 0x68, 9: 0x69,
    10: 0x6A, 11: 0x6B, 12: 0x6C, 13: 0x6D, 14: 0x6E, 15: 0x6F, 16: 0x70}.items()}
TAG_TO_DG = {tag: n for n, (_, tag) in DATA_GROUPS.items()}
MRZ_LAYOUTS = {90: 30, 72: 36, 88: 44}  # total length -> line length (TD1, TD2, TD3)


def build_com(data_groups: list[int], lds_version: str = "0107",
              unicode_version: str = "040000") -> bytes:
    tags = bytes(DATA_GROUPS[n][1] for n in sorted(data_groups))
    body = (tlv.encode_tlv(0x5F01, lds_version.encode()) +
            tlv.encode_tlv(0x5F36, unicode_version.encode()) + tlv.encode_tlv(0x5C, tags))
    return tlv.encode_tlv(TAG_COM, body)


def parse_com(data: bytes) -> list[int]:
    """The data groups EF.COM says are present."""
    tags = tlv.find(data, TAG_COM, 0x5C)
    if tags is None:
        raise tlv.TLVError("EF.COM without a tag list")
    return sorted(TAG_TO_DG[t] for t in tags if t in TAG_TO_DG)


def build_dg1(lines: list[str] | tuple[str, ...]) -> bytes:
    return tlv.encode_tlv(0x61, tlv.encode_tlv(0x5F1F, "".join(lines).encode("ascii")))


def parse_dg1(data: bytes) -> tuple[str, ...]:
    """The MRZ lines held in DG1."""
    raw = tlv.find(data, 0x61, 0x5F1F)
    if raw is None:
        raise tlv.TLVError("DG1 without an MRZ")
    text = raw.decode("ascii", errors="replace")
    width = MRZ_LAYOUTS.get(len(text))
    if width is None:
        raise tlv.TLVError(f"DG1 MRZ of unexpected length {len(text)}")
    return tuple(text[i:i + width] for i in range(0, len(text), width))


def total_length(header: bytes) -> int:
    """The full length of a file from its first bytes (tag and length)."""
    _, length, start = tlv.read_header(header)
    return start + length


def face_image(dg2: bytes) -> tuple[str, bytes] | None:
    """(MIME type, image bytes) of the first face in DG2 or an ISO/IEC 19794-5 record."""
    record = dg2
    for path in ((0x75, 0x7F61, 0x7F60, 0x5F2E), (0x75, 0x7F61, 0x7F60, 0x7F2E)):
        try:
            found = tlv.find(dg2, *path)
        except tlv.TLVError:
            found = None
        if found is not None:
            record = found
            break
    for magic, mime in ((b"\xff\xd8\xff", "image/jpeg"),
                        (b"\x00\x00\x00\x0cjP  ", "image/jp2"),
                        (b"\xff\x4f\xff\x51", "image/j2k")):
        i = record.find(magic)
        if i >= 0:
            return mime, record[i:]
    return None


def encode_dg2(image: bytes) -> bytes:
    """A minimal DG2 holding one face image (a bare ISO/IEC 19794-5 header): the inverse of
    ``face_image``, for the simulated chip and the tests that personalise it."""
    record = b"FAC\x00010\x00" + bytes(12) + image
    return tlv.encode_tlv(0x75, tlv.encode_tlv(0x7F61, tlv.encode_tlv(0x02, b"\x01")
                          + tlv.encode_tlv(0x7F60, tlv.encode_tlv(0x5F2E, record))))
