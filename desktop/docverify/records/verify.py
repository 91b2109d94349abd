"""Checking the chain: every hash, every link, every personal digest, every redaction's cover."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Any

from docverify.records import chain
from docverify.records.model import KIND_PURGE, KIND_REDACTION, PERSONAL_KINDS, ChainReport


def _check_row(row: dict[str, Any], expected_id: int, prev: str) -> str | None:
    if row["id"] != expected_id:
        return (f"record #{expected_id} is missing (the next one found is #{row['id']})"
                if row["id"] > expected_id else f"record #{row['id']} is out of order")
    if row["prev_hash"] != prev:
        return f"its link to record #{expected_id - 1} is broken (the previous hash differs)"
    if chain.record_hash(row) != row["hash"]:
        return "its content was altered (the record hash does not match)"
    if row["personal"] is not None:
        if row["personal_salt"] is None or chain.personal_digest(
                row["personal"], row["personal_salt"]) != row["personal_digest"]:
            return "its personal fields were altered (their digest does not match)"
    elif row["kind"] in PERSONAL_KINDS and row["redacted_at"] is None:
        return "its personal fields were removed without a redaction"
    return None


def verify_rows(rows: Iterable[dict[str, Any]], head: dict[str, Any] | None,
                images: dict[int, bytes]) -> ChainReport:
    """Walk the chain oldest first; the first problem found is reported with its record id."""
    prev, count, expected = chain.GENESIS, 0, 1
    redacted: list[int] = []
    covered: list[list[int]] = []
    for row in rows:
        problem = _check_row(row, expected, prev)
        if problem is None and row["id"] in images and row["image_sha256"] != hashlib.sha256(
                images[row["id"]]).hexdigest():
            problem = "its kept image was altered (its SHA-256 does not match)"
        if problem is not None:
            return ChainReport(False, count, min(expected, row["id"]), problem, prev)
        if row["personal"] is None and row["kind"] in PERSONAL_KINDS:
            redacted.append(row["id"])
        if row["kind"] in (KIND_REDACTION, KIND_PURGE):
            import json

            covered += json.loads(row["body"]).get("ids", [])
        prev, count, expected = row["hash"], count + 1, expected + 1
    # The head first: when the last records were deleted (a redaction or purge among them),
    # that is the break, not the redactions they covered, which now look uncovered.
    # Whatever is broken, the records before the first broken one are the intact ones.
    if head is None and count:
        return ChainReport(False, count, count + 1, "the store's recorded head is missing (the"
                           f" records after #{count} may have been deleted)", prev)
    if head is not None and (head.get("id") != count or head.get("hash") != prev):
        last = int(head.get("id") or 0)
        if last > count:
            return ChainReport(False, count, count + 1, f"the records after #{count} are missing"
                               f" (the store's head is #{last})", prev)
        broken = min(last + 1, count)
        return ChainReport(False, broken - 1, broken,
                           "the store's recorded head does not match the last record", prev)
    for rid in redacted:
        if not chain.in_ranges(rid, covered):
            return ChainReport(False, rid - 1, rid, "its personal fields were redacted but no "
                               "redaction or purge record covers it", prev)
    return ChainReport(True, count, None, None, prev)
