"""Shared reading of CSV list files with a header: columns found by name, shape checked."""

from __future__ import annotations

import csv
from pathlib import Path

from docverify.errors import InputError
from docverify.watchlist.importers.base import Cancel, Progress, read_text


def read_rows(path: Path, required: tuple[str, ...], progress: Progress | None = None,
              cancel: Cancel | None = None, skip_until: str | None = None) -> list[dict[str, str]]:
    """Rows as {lower-case header: value}; InputError when a required column is missing."""
    lines = read_text(path, progress, cancel).splitlines()
    if skip_until is not None:  # files with a preamble line (UK "Report Date: ...")
        start = next((i for i, line in enumerate(lines[:5]) if skip_until in line.lower()), 0)
        lines = lines[start:]
    try:
        reader = csv.reader(lines, strict=True)
        header = [h.strip().lower() for h in next(reader, [])]
        missing = [c for c in required if c not in header]
        if missing:
            raise InputError(f"{path.name}: not the expected CSV (missing column "
                             f"{', '.join(missing)}; found {', '.join(header[:8]) or 'nothing'})")
        rows = []
        for n, row in enumerate(reader, start=2):
            if not any(c.strip() for c in row):
                continue
            if len(row) != len(header):
                raise InputError(f"{path.name} line {n}: {len(row)} columns where the header has "
                                 f"{len(header)}; truncated or not this format?")
            rows.append({h: v.strip() for h, v in zip(header, row, strict=True)})
    except csv.Error as exc:
        raise InputError(f"{path.name}: malformed CSV ({exc}); truncated?") from None
    return rows


def split_multi(value: str, seps: str = ";") -> list[str]:
    out = [value]
    for sep in seps:
        out = [p for v in out for p in v.split(sep)]
    return [p.strip() for p in out if p.strip()]
