"""Tunables of the chip reader and Passive Authentication (kept here while config.py is busy)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ChipTunables:
    """Knobs of chip reading and verification."""

    # An EF.SOD, data group or certificate file larger than this is refused before parsing.
    max_object_bytes: int = 2 * 1024 * 1024
    # A master list file larger than this is refused (the German list is ~0.9 MB).
    max_masterlist_bytes: int = 32 * 1024 * 1024
    # A master list issued longer ago than this is reported as old.
    masterlist_max_age_days: int = 180
    # READ BINARY chunk size under secure messaging (fits short APDUs with the SM overhead).
    read_chunk: int = 0xDF
    # A data group announcing more than this is refused (DG2 faces are ~15-30 kB).
    max_data_group_bytes: int = 1024 * 1024


CHIP = ChipTunables()
