"""BER-TLV as the LDS and secure messaging use it: one- and two-byte tags, definite lengths."""

from __future__ import annotations


class TLVError(ValueError):
    """Malformed TLV data."""


def encode_length(n: int) -> bytes:
    if n < 0x80:
        return bytes([n])
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(raw)]) + raw


def encode_tag(tag: int) -> bytes:
    return tag.to_bytes((tag.bit_length() + 7) // 8 or 1, "big")


def encode_tlv(tag: int, value: bytes) -> bytes:
    return encode_tag(tag) + encode_length(len(value)) + value


def read_header(data: bytes, i: int = 0) -> tuple[int, int, int]:
    """(tag, length, offset of the value) of the TLV starting at ``i``."""
    try:
        tag = data[i]
        i += 1
        if tag & 0x1F == 0x1F:
            while True:
                tag = (tag << 8) | data[i]
                i += 1
                if not data[i - 1] & 0x80:
                    break
        first = data[i]
        i += 1
        if first < 0x80:
            return tag, first, i
        n = first & 0x7F
        if n == 0 or n > 4:
            raise TLVError("unsupported length encoding")
        length = int.from_bytes(data[i:i + n], "big")
        if len(data[i:i + n]) != n:
            raise TLVError("truncated length")
        return tag, length, i + n
    except IndexError:
        raise TLVError("truncated TLV") from None


def parse_tlvs(data: bytes) -> list[tuple[int, bytes, bytes]]:
    """The TLVs at one level: (tag, value, raw encoding) each."""
    out = []
    i = 0
    while i < len(data):
        if data[i] in (0x00, 0xFF):  # padding between objects
            i += 1
            continue
        tag, length, start = read_header(data, i)
        end = start + length
        if end > len(data):
            raise TLVError("value runs past the end")
        out.append((tag, data[start:end], data[i:end]))
        i = end
    return out


def find(data: bytes, *path: int) -> bytes | None:
    """The value at a path of tags, descending into constructed objects; None when absent."""
    current = data
    for tag in path:
        for t, v, _ in parse_tlvs(current):
            if t == tag:
                current = v
                break
        else:
            return None
    return current
