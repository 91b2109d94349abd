"""docverify: offline verification of passports, ID cards and visas."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from docverify.model import MRZParse, Reading

__all__ = ["__version__", "parse_mrz", "read_document"]


def parse_mrz(lines: list[str] | tuple[str, ...]) -> MRZParse:
    """Parse MRZ text lines per ICAO Doc 9303; problems become findings, never exceptions."""
    from docverify.mrz.parser import parse

    return parse(lines)


def read_document(path: Any, **kwargs: Any) -> Reading:
    """Read the MRZ of the document in an image or PDF file."""
    from docverify.reading.reader import read_file

    return read_file(path, **kwargs)
