"""Hostile inputs, measured: what each is refused with, and the peak memory of refusing it.

Each case runs in a fresh subprocess (so its peak RSS is its own); prints one line per case.

    .venv/bin/python tests/benchmarks/bench_hostile.py
"""

from __future__ import annotations

import gzip
import io
import json
import struct
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

CHILD = r'''
import json, resource, sys
from pathlib import Path
kind, arg = sys.argv[1], sys.argv[2]
from docverify.errors import DocverifyError
from docverify.mrz.parser import parse
from docverify.reading.loader import load_pages
from docverify.watchlist.screening import import_list, open_store
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
try:
    if kind == "load":
        out = f"loaded {len(load_pages(arg))} page(s)"
    elif kind == "mrz":
        r = parse([Path(arg).read_text()])
        out = f"parsed: {r.findings[0].code}: {r.findings[0].message[:70]}"
    else:
        s = open_store(Path(arg).with_suffix(".sqlite3"))
        out = f"imported {import_list(s, arg).entries} entries"
except DocverifyError as exc:
    out = f"refused ({type(exc).__name__}): {str(exc).split(': ', 1)[-1][:90]}"
except Exception as exc:
    out = f"UNEXPECTED {type(exc).__name__}: {str(exc)[:90]}"
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"outcome": out, "base_mb": base / 1024, "peak_mb": peak / 1024}))
'''


def _chunk(kind: bytes, data: bytes) -> bytes:
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)


def png_bomb(path: Path, w: int, h: int, rows: int | None = None) -> None:
    """A PNG of w x h grey pixels whose data is all zeros (compressed to almost nothing)."""
    comp = zlib.compressobj(9)
    raw = b"\x00" * (w + 1)
    data = b"".join(comp.compress(raw) for _ in range(rows if rows is not None else h))
    data += comp.flush()
    ihdr = struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", data)
                     + _chunk(b"IEND", b""))


def jpeg_bytes(w: int, h: int) -> bytes:
    import numpy as np
    from PIL import Image

    rng = np.random.default_rng(0)
    buf = io.BytesIO()
    Image.fromarray(rng.integers(0, 255, (h, w, 3), np.uint8)).save(buf, "JPEG", quality=80)
    return buf.getvalue()


def jpeg_huge_header(path: Path) -> None:
    """A small JPEG whose frame header claims 20000 x 20000 pixels."""
    data = bytearray(jpeg_bytes(64, 48))
    i = data.index(b"\xff\xc0")
    data[i + 5:i + 9] = struct.pack(">HH", 20000, 20000)
    path.write_bytes(bytes(data))


def pdf_bytes() -> bytes:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument.new()
    pdf.new_page(595, 842)
    buf = io.BytesIO()
    pdf.save(buf)
    return buf.getvalue()


def billion_laughs(path: Path) -> None:
    ents = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10)]
    path.write_text('<?xml version="1.0"?>\n<!DOCTYPE CONSOLIDATED_LIST [' + "".join(ents)
                    + ']>\n<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><FIRST_NAME>&lol9;'
                    '</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>\n')


def external_entity(path: Path) -> None:
    path.write_text('<?xml version="1.0"?>\n<!DOCTYPE CONSOLIDATED_LIST [<!ENTITY x SYSTEM '
                    '"file:///etc/passwd">]>\n<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL>'
                    '<FIRST_NAME>&x;</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>')


def long_name(path: Path, chars: int) -> None:
    """A well-formed UN list whose one person has an endless first name (XML, unlike CSV,
    has no field limit: session 14 measured 3.9 GB to import it before names were cut)."""
    head = ('<?xml version="1.0" encoding="UTF-8"?><CONSOLIDATED_LIST dateGenerated='
            '"2026-02-27T00:00:00Z"><INDIVIDUALS><INDIVIDUAL><DATAID>1</DATAID>'
            '<REFERENCE_NUMBER>KPi.999</REFERENCE_NUMBER><FIRST_NAME>')
    tail = ("</FIRST_NAME><SECOND_NAME>KIM</SECOND_NAME></INDIVIDUAL></INDIVIDUALS>"
            "<ENTITIES/></CONSOLIDATED_LIST>")
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write(head)
        for _ in range(chars // 1_000_000):
            f.write("ABCDEFGHIJ" * 100_000)
        f.write(tail)


def gzip_bomb(path: Path, mb: int) -> None:
    with gzip.open(path, "wb", compresslevel=9) as f:
        f.write(b'<?xml version="1.0"?><CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL>'
                b"<FIRST_NAME>")
        block = b"A" * (1 << 20)
        for _ in range(mb):
            f.write(block)
        f.write(b"</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>")


def cases(d: Path) -> list[tuple[str, str, Path]]:
    out = []

    def add(name, kind, path):
        out.append((name, kind, path))

    p = d / "huge_header.png"
    png_bomb(p, 20000, 20000, rows=1)
    add("PNG header claiming 20000x20000", "load", p)
    p = d / "bomb.png"
    png_bomb(p, 20000, 20000)
    add(f"PNG decompression bomb 20000x20000 ({p.stat().st_size // 1024} KB file)", "load", p)
    p = d / "huge_header.jpg"
    jpeg_huge_header(p)
    add("JPEG header claiming 20000x20000", "load", p)
    j = jpeg_bytes(2400, 1600)
    p = d / "truncated.jpg"
    p.write_bytes(j[: len(j) // 2])
    add("truncated JPEG (2400x1600, half the bytes)", "load", p)
    buf = io.BytesIO()
    from PIL import Image

    Image.open(io.BytesIO(j)).save(buf, "PNG")
    p = d / "truncated.png"
    p.write_bytes(buf.getvalue()[: len(buf.getvalue()) // 2])
    add("truncated PNG (2400x1600, half the bytes)", "load", p)
    pdf = pdf_bytes()
    p = d / "truncated.pdf"
    p.write_bytes(pdf[: len(pdf) // 2])
    add("truncated PDF (half the bytes)", "load", p)
    p = d / "renamed.jpg"
    p.write_bytes(pdf)
    add("PDF renamed .jpg (one blank page)", "load", p)
    p = d / "text.png"
    p.write_text("just some text\n" * 100)
    add("text renamed .png", "load", p)
    p = d / "mrz10mb.txt"
    p.write_text("P<UTO" + "A<" * 5_000_000)
    add("10 MB MRZ text", "mrz", p)
    p = d / "laughs.xml"
    billion_laughs(p)
    add("UN list with XML entity expansion (billion laughs)", "list", p)
    p = d / "xxe.xml"
    external_entity(p)
    add("UN list with an external entity (file:///etc/passwd)", "list", p)
    p = d / "longname.xml.gz"
    long_name(p, 30_000_000)
    add(f"UN list with a 30-million-character name ({p.stat().st_size // 1024} KB file)",
        "list", p)
    p = d / "bomb.xml.gz"
    gzip_bomb(p, 300)
    add(f"gzip bomb UN list (300 MB inflated, {p.stat().st_size // 1024} KB file)", "list", p)
    return out


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="docverify-hostile-") as tmp:
        d = Path(tmp)
        print(f"{'case':62} {'peak MB':>8} {'+MB':>7}  outcome")
        for name, kind, path in cases(d):
            proc = subprocess.run([sys.executable, "-c", CHILD, kind, str(path)],
                                  capture_output=True, text=True, timeout=600)
            try:
                r = json.loads(proc.stdout.strip().splitlines()[-1])
            except (IndexError, ValueError):
                print(f"{name:62} {'-':>8} {'-':>7}  CRASHED rc={proc.returncode}: "
                      f"{proc.stderr.strip()[-200:]}")
                continue
            print(f"{name:62} {r['peak_mb']:8.0f} {r['peak_mb'] - r['base_mb']:7.0f}  "
                  f"{r['outcome']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
