"""Reading chip files (EF.SOD, data groups, certificates, master lists) with a size cap."""

from __future__ import annotations

from pathlib import Path

from docverify.errors import InputError


def read_capped(path: str | Path, limit: int | None = None) -> bytes:
    """The bytes of a chip file, refused with a one-line message when missing or too large.

    ``limit`` defaults to the cap for one chip object (``CHIP.max_object_bytes``).
    """
    from docverify.config import CHIP

    p = Path(path)
    cap = CHIP.max_object_bytes if limit is None else limit
    try:
        if p.stat().st_size > cap:
            raise InputError(f"{p.name}: larger than the {cap // 1024} KB limit for a chip file")
        return p.read_bytes()
    except OSError as exc:
        raise InputError(f"{p}: cannot read ({exc.strerror})") from None
