"""Which importer reads a file: by the format name given, else by the file's first bytes."""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from pathlib import Path

from docverify.errors import InputError
from docverify.watchlist.entry import ParsedList
from docverify.watchlist.importers.base import bounded, head
from docverify.watchlist.importers.simple_csv import column

FORMATS = {
    "un": "un", "ofac-csv": "ofac_csv", "ofac-xml": "ofac_xml", "eu": "eu", "uk": "uk",
    "opensanctions-csv": "opensanctions", "ftm": "ftm", "csv": "simple_csv",
}
_XML_ROOTS = (
    (re.compile(rb"<CONSOLIDATED_LIST\b"), "un"),
    (re.compile(rb"<(?:\w+:)?sanctionsData\b|<(?:\w+:)?sdnList\b"), "ofac-xml"),
    (re.compile(rb"<(?:\w+:)?export\b[^>]*(?:fsd|fsf|generationDate)"), "eu"),
    (re.compile(rb"<(?:\w+:)?Designations\b"), "uk"),
)


def detect(path: Path) -> str:
    """The format of a list file, from its content (the extension only breaks ties)."""
    start = head(path).lstrip(b"\xef\xbb\xbf \r\n\t")
    if start.startswith(b"<"):
        for pattern, fmt in _XML_ROOTS:
            if pattern.search(start):
                return fmt
        raise InputError(f"{path.name}: an XML file of no list format docverify knows")
    if start.startswith(b"{"):
        return "ftm"
    first = start.split(b"\n", 1)[0].decode("utf-8", "replace").strip().lower()
    if first.startswith("report date") or "unique id" in first and "name 6" in first:
        return "uk"
    if first.startswith("id,schema,name"):
        return "opensanctions-csv"
    if column(re.split(r"[,;\t]", first, maxsplit=1)[0].strip('" ')) == "name":
        return "csv"  # the own list, comma, semicolon or tab separated, its name column first
    if re.match(r'^\d+,"', first) and first.count(",") >= 11:
        return "ofac-csv"
    raise InputError(f"{path.name}: cannot tell the list format; give --format "
                     f"({'|'.join(FORMATS)})")


def reader(fmt: str) -> Callable[..., ParsedList]:
    if fmt not in FORMATS:
        raise InputError(f"unknown list format '{fmt}' (one of {', '.join(FORMATS)})")
    try:
        module = importlib.import_module(f"docverify.watchlist.importers.{FORMATS[fmt]}")
    except ModuleNotFoundError:
        raise InputError(f"the '{fmt}' format is not supported yet") from None
    # Every importer's entries pass through bounded(): their text fields capped in one place.
    return lambda *args, **kwargs: bounded(module.read(*args, **kwargs))
