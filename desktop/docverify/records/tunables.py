"""Knobs of the audit trail and the repeat-use registry (kept beside the code, like synth's)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RecordsTunables:
    """Retention, locking and the portrait hash of docverify.records."""

    # Personal fields and kept images of verifications older than this many days are redacted
    # by `docverify audit redact` when no --older-than is given.
    retention_days: int = 365
    # How long a writer waits for another process's write lock before giving up.
    busy_timeout_s: float = 15.0
    # Portrait signature: a 64-bit dHash of the blurred photo zone plus its 4x4 colour (Lab a, b).
    # Two portraits are the same photo when at most portrait_max_bits bits differ and the mean
    # colour difference is at most portrait_max_colour. Measured on synthetic documents (see
    # docs/adr/audit-chain-and-repeat-use-registry.md): a photo pasted into another document differs by <= 6 bits
    # and <= 1.2 colour; 1,305 pairs of different synthetic portraits, drawn from one template,
    # differ by >= 3.3 colour (bits alone cannot tell them apart).
    portrait_max_bits: int = 10
    portrait_max_colour: float = 3.0
    # A photo zone flatter than this (grey-level standard deviation) holds no portrait.
    portrait_min_std: float = 12.0
    # Formats whose MRZ side carries the portrait (a TD1 card has it on the other side).
    portrait_formats: tuple[str, ...] = ("TD2", "TD3", "MRVA", "MRVB")
    # Two names at least this similar (0-100, after folding) are the same name (OCR slack).
    same_name_similarity: float = 90.0


RECORDS = RecordsTunables()
