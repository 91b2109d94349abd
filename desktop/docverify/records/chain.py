"""The hash chain: canonical JSON, the digest of the personal fields, and each record's hash."""

from __future__ import annotations

import hashlib
import json
import secrets
from typing import Any

GENESIS = "0" * 64
_TAG = "docverify-audit/1"

# The columns a record's hash covers, in order. The personal fields are covered through their
# salted digest only, so that redacting them leaves every hash checkable.
CHAINED = ("id", "time", "kind", "operator", "workstation", "image_sha256", "verdict", "body",
           "personal_digest", "prev_hash")


def canonical(value: Any) -> str:
    """One exact JSON text for a value: sorted keys, no spaces, UTF-8 kept. A lone surrogate
    (a file name that is not valid UTF-8, as Python decodes it) is kept as its escape: it
    cannot be stored as text, and the record must not fail for a file's name."""
    text = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      default=str)
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def new_salt() -> str:
    """A random salt, so that the digest of a short field (a birth date) cannot be guessed."""
    return secrets.token_hex(16)


def personal_digest(personal: str, salt: str) -> str:
    """The digest of the personal fields' canonical JSON under the record's salt."""
    return hashlib.sha256(bytes.fromhex(salt) + personal.encode("utf-8")).hexdigest()


def record_hash(row: dict[str, Any]) -> str:
    """The hash of a record: SHA-256 over a tag and the chained columns, previous hash included."""
    payload = canonical([_TAG, *(row.get(k) for k in CHAINED)])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def id_ranges(ids: list[int]) -> list[list[int]]:
    """[1, 2, 3, 7] -> [[1, 3], [7, 7]]: how redaction records list what they redacted."""
    out: list[list[int]] = []
    for i in sorted(set(ids)):
        if out and out[-1][1] == i - 1:
            out[-1][1] = i
        else:
            out.append([i, i])
    return out


def in_ranges(i: int, ranges: list[list[int]]) -> bool:
    return any(a <= i <= b for a, b in ranges)
