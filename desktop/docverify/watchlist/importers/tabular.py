"""Shared reading of CSV list files with a header: columns found by name, shape checked."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from pathlib import Path

from docverify.errors import InputError
from docverify.watchlist.importers.base import Cancel, Progress, quoted, read_text


def read_rows(path: Path, required: tuple[str, ...], progress: Progress | None = None,
              cancel: Cancel | None = None, skip_until: str | None = None,
              rename: Callable[[str], str] | None = None) -> list[dict[str, str]]:
    """Rows as {lower-case header: value}; InputError when a required column is missing.

    The delimiter is the header's: a comma, or the semicolon or tab that spreadsheets in much
    of Europe save "CSV" with. ``rename`` maps each lower-case header to the name looked up.
    """
    text = read_text(path, progress, cancel)
    start = 0
    if skip_until is not None:  # files with a preamble line (UK "Report Date: ...")
        head = text.split("\n", 5)[:5]
        start = next((i for i, line in enumerate(head) if skip_until in line.lower()), 0)
        text = text.split("\n", start)[start] if start else text
    try:
        records = csv_records(text, skipped=start, delimiter=_delimiter(text))
        header = [h.strip().lower() for h in next(records, (0, []))[1]]
        if rename is not None:
            header = [rename(h) for h in header]
        missing = [c for c in required if c not in header]
        if missing:
            raise MissingColumnError(f"{path.name}: not the expected CSV (missing column "
                             f"{', '.join(missing)}; found {quoted(', '.join(header[:8])) or 'nothing'})")
        rows = []
        for n, row in records:
            if not any(c.strip() for c in row):
                continue
            if len(row) != len(header):
                raise InputError(f"{path.name} line {n}: {len(row)} columns where the header has "
                                 f"{len(header)}; truncated or not this format?")
            rows.append({h: v.strip() for h, v in zip(header, row, strict=True)})
    except csv.Error as exc:
        raise InputError(f"{path.name}: malformed CSV ({exc}); truncated?") from None
    return rows


class MissingColumnError(InputError):
    """A CSV whose header lacks a required column: the caller may say which columns it wants."""


def _delimiter(text: str) -> str:
    """The comma, semicolon or tab the first line holds most of (a comma on a tie)."""
    first = text[:text.find("\n")] if "\n" in text else text
    return max((",", ";", "\t"), key=first.count)


def csv_records(text: str, skipped: int = 0, delimiter: str = ","
                ) -> Iterator[tuple[int, list[str]]]:
    """(line number in the file, ``skipped`` lines before ``text``; row) of CSV text. The csv module sees the text's own line ends, so a quoted
    value spanning lines keeps its line break, and a line separator of Unicode's own (U+2028,
    U+0085) inside a name stays part of it: str.splitlines() would split there and join the two
    halves, IVAN<newline>PETROV read as IVANPETROV."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    for row in reader:
        yield skipped + reader.line_num, row


def split_multi(value: str, seps: str = ";") -> list[str]:
    out = [value]
    for sep in seps:
        out = [p for v in out for p in v.split(sep)]
    return [p.strip() for p in out if p.strip()]
