"""Reading chip files (EF.SOD, data groups, certificates, master lists) with a size cap."""

from __future__ import annotations

import re
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


_DG_NAME = re.compile(r"(?:EF[_.\- ]?)?DG[_\- ]?(\d{1,2})(?![0-9])", re.IGNORECASE)


def read_data_group(path: str | Path) -> tuple[int, bytes]:
    """A data-group file and its number: from its first tag (ICAO 9303-10), else from its name
    (EF_DG2.bin, DG2.bin). Raises InputError in plain words when it is neither."""
    from docverify.chip.lds import TAG_TO_DG
    from docverify.model import make_text

    p = Path(path)
    data = read_capped(p)
    if data and data[0] in TAG_TO_DG:
        return TAG_TO_DG[data[0]], data
    m = _DG_NAME.search(p.stem)
    if data and m and 1 <= int(m.group(1)) <= 16:
        return int(m.group(1)), data
    if not data:
        raise InputError(make_text("{file}: the file is empty, not a data group", {"file": p.name}))
    raise InputError(make_text("{file}: not an LDS data group (it does not start as one); if it"
                               " is one, rename the file EF_DGn.bin, n being its number, and add"
                               " it again", {"file": p.name}))
