"""Finds and decodes the page's PDF417 and Data Matrix symbols (zxing-cpp), once per run."""

from __future__ import annotations

from dataclasses import dataclass

from docverify.checks.context import Run
from docverify.model import Region


@dataclass(frozen=True, slots=True)
class Symbol:
    """One barcode found on the page: its kind, its bytes (empty when undecodable), where it is
    (page pixels) and zxing-cpp's error when it could not be decoded."""

    kind: str  # "PDF417" or "DataMatrix"
    data: bytes
    region: Region | None
    error: str | None = None


def _region(position) -> Region | None:
    try:
        pts = [position.top_left, position.top_right, position.bottom_right, position.bottom_left]
        xs, ys = [p.x for p in pts], [p.y for p in pts]
    except AttributeError:
        return None
    x0, y0 = max(0, min(xs)), max(0, min(ys))
    return Region(int(x0), int(y0), int(max(xs) - x0 + 1), int(max(ys) - y0 + 1))


def decode(image) -> list[Symbol]:
    """Every PDF417 and Data Matrix symbol zxing-cpp finds in a BGR or grey image."""
    import zxingcpp

    formats = (zxingcpp.BarcodeFormat.PDF417, zxingcpp.BarcodeFormat.DataMatrix)
    out = []
    # No inverted (light on dark) search: documents print dark on light; saves a fifth.
    for bc in zxingcpp.read_barcodes(image, formats=formats, return_errors=True,
                                     try_invert=False):
        kind = "PDF417" if bc.format == zxingcpp.BarcodeFormat.PDF417 else "DataMatrix"
        error = str(bc.error) if bc.error else None
        out.append(Symbol(kind, b"" if error else bytes(bc.bytes), _region(bc.position), error))
    return out


def symbols(run: Run) -> list[Symbol]:
    """The page's symbols (decoded once per run; [] without an image)."""
    from docverify.checks.image.common import gray

    # On the grey page the image hints share (zxing would convert a colour one itself).
    return run.memo("barcodes", lambda: decode(gray(run)) if run.image is not None else [])
