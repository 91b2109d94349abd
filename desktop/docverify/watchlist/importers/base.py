"""What every importer shares: the size cap, gzip, safe XML streaming, progress and cancel."""

from __future__ import annotations

import gzip
import io
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from docverify.config import SCREENING
from docverify.errors import InputError
from docverify.watchlist.entry import BirthDate

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


class ImportCancelled(InputError):
    """The user cancelled an import; the previous version stays."""


class _Counting(io.RawIOBase):
    """A reader that reports progress, honours cancel and refuses more than `limit` bytes."""

    def __init__(self, raw: IO[bytes], total: int, progress: Progress | None,
                 cancel: Cancel | None, limit: int, name: str) -> None:
        self._raw, self._total, self._progress, self._cancel = raw, total, progress, cancel
        self._limit, self._name, self.count = limit, name, 0

    def readable(self) -> bool:
        return True

    def close(self) -> None:
        """Close what it reads too: the file, and the gzip reader over it (which does not close
        a file it was handed)."""
        if not self.closed:
            for f in (self._raw, getattr(self._raw, "fileobj", None)):
                if f is not None:
                    f.close()
        super().close()

    def readinto(self, b: Any) -> int:
        if self._cancel is not None and self._cancel():
            raise ImportCancelled("import cancelled")
        # never read past the limit: a gzip bomb inflates at most one buffer beyond it
        data = self._raw.read(min(len(b), self._limit + 1 - self.count))
        n = len(data)
        b[:n] = data
        self.count += n
        if self.count > self._limit:
            size = (f"{self._limit // 2**20} MiB" if self._limit >= 2**20
                    else f"{self._limit:,} bytes")
            raise InputError(f"{self._name}: larger than {size} once read or inflated, refused")
        if self._progress is not None:
            self._progress(min(self.count, self._total), self._total)
        return n


def check_size(path: Path) -> int:
    """The file's size; InputError if missing or over the cap (before anything is read)."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if not path.is_file():
        raise InputError(f"{path}: not a file")
    if size > SCREENING.max_list_bytes:
        raise InputError(f"{path.name}: {size // 2**20} MiB is over the "
                         f"{SCREENING.max_list_bytes // 2**20} MiB limit for a list file, refused")
    if size == 0:
        raise InputError(f"{path.name}: empty file")
    return size


def inflated_limit(compressed: int) -> int:
    """How many bytes a gzipped list of `compressed` bytes may inflate to while streaming."""
    t = SCREENING
    return min(t.max_list_bytes, max(t.max_inflated_floor, compressed * t.max_gzip_ratio))


def open_binary(path: Path, progress: Progress | None = None,
                cancel: Cancel | None = None) -> IO[bytes]:
    """The file's bytes, gunzipped when it is .gz, with the size cap applied to what comes out.

    A gzipped file is counted as it inflates and refused once it passes `inflated_limit`, so a
    gzip bomb stops after a few MiB instead of inflating hundreds.
    """
    size = check_size(path)
    limit = SCREENING.max_list_bytes
    raw: IO[bytes] = open(path, "rb")  # noqa: SIM115 - closed by the returned reader
    if path.suffix.lower() == ".gz":
        raw = gzip.GzipFile(fileobj=raw, mode="rb")  # type: ignore[assignment]
        limit = inflated_limit(size)
        # progress counts decompressed bytes: estimate the total
        size = size * 8
    counted = _Counting(raw, size, progress, cancel, limit, path.name)
    return io.BufferedReader(counted, buffer_size=1 << 16)


def read_text(path: Path, progress: Progress | None = None, cancel: Cancel | None = None) -> str:
    """A whole text file (within the cap): UTF-8, else Windows-1252 as older OFAC files are."""
    try:
        with open_binary(path, progress, cancel) as f:
            data = f.read()
    except (OSError, EOFError) as exc:
        raise InputError(f"{path.name}: cannot read ({exc}); truncated or corrupt?") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def local(tag: str) -> str:
    """A tag without its namespace."""
    return tag.rsplit("}", 1)[-1]


def iter_xml(path: Path, record_tags: frozenset[str], progress: Progress | None = None,
             cancel: Cancel | None = None) -> Iterator[tuple[Element, Element]]:
    """Yield (root, record) for each element whose local tag is in `record_tags`, then clear it.

    Streams, so memory stays bounded by the largest record; DTDs, entities and external
    references are refused (billion laughs, XXE).
    """
    try:
        with open_binary(path, progress, cancel) as f:
            root: Element | None = None
            depth = 0
            for event, elem in SafeET.iterparse(f, events=("start", "end"),
                                                forbid_dtd=True, forbid_entities=True,
                                                forbid_external=True):
                if event == "start":
                    if root is None:
                        root = elem
                    depth += 1
                    continue
                depth -= 1
                if local(elem.tag) in record_tags:
                    yield root, elem  # type: ignore[misc]
                    elem.clear()
            if root is None:
                raise InputError(f"{path.name}: no XML content")
    except DefusedXmlException as exc:
        raise InputError(f"{path.name}: refused, the XML declares a DTD or entities "
                         f"({type(exc).__name__}); official lists never do") from None
    except ParseError as exc:
        raise InputError(f"{path.name}: malformed or truncated XML ({exc})") from None
    except (LookupError, ValueError) as exc:
        # expat: an unknown (`encoding="UTF-1"`) or multi-byte declared encoding
        raise InputError(f"{path.name}: unreadable XML encoding ({exc})") from None
    except (OSError, EOFError) as exc:
        raise InputError(f"{path.name}: cannot read ({exc}); truncated or corrupt?") from None


def text_of(elem: Element | None) -> str:
    return (elem.text or "").strip() if elem is not None else ""


def children(elem: Element, name: str) -> list[Element]:
    return [c for c in elem if local(c.tag) == name]


def child_text(elem: Element, name: str) -> str:
    for c in elem:
        if local(c.tag) == name:
            return text_of(c)
    return ""


_MONTHS = {m: i for i, m in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_DMY = re.compile(r"^(\d{1,2})[./ -]([A-Za-z]{3,}|\d{1,2})[./ -](\d{4})$")
_MY = re.compile(r"^([A-Za-z]{3,})[ .-](\d{4})$")
_RANGE = re.compile(r"^(\d{4})\s*(?:to|-|–)\s*(\d{4})$")
_YEAR = re.compile(r"^(\d{4})$")


def parse_birth_date(text: str, approximate: bool = False) -> BirthDate | None:
    """Birth dates as lists write them: 1965-08-07, 07 Aug 1965, 07/08/1965, Aug 1965, 1965,
    1955 to 1957, circa 1947 (dd/mm/yyyy is read day first as the UK and EU write it)."""
    t = text.strip().rstrip(".;,")
    low = t.lower()
    for word in ("circa", "approximately", "approx.", "approx", "about", "c."):
        if low.startswith(word):
            approximate, t = True, t[len(word):].strip()
            break
    if m := _ISO_DATE.match(t):
        y, mo, d = (int(g) for g in m.groups())
        if mo == 0 or d == 0:
            return BirthDate(y, y, None, approximate)
        return BirthDate(y, y, f"{y:04d}-{mo:02d}-{d:02d}", approximate)
    if m := _DMY.match(t):
        d, mon, y = m.groups()
        mo = int(mon) if mon.isdigit() else _MONTHS.get(mon[:3].lower(), 0)
        if 1 <= mo <= 12 and 1 <= int(d) <= 31:
            return BirthDate(int(y), int(y), f"{int(y):04d}-{mo:02d}-{int(d):02d}", approximate)
    if m := _MY.match(t):
        return BirthDate(int(m.group(2)), int(m.group(2)), None, approximate)
    if m := _RANGE.match(t):
        a, b = sorted((int(m.group(1)), int(m.group(2))))
        return BirthDate(a, b, None, approximate)
    if m := _YEAR.match(t):
        return BirthDate(int(t), int(t), None, approximate)
    return None


def names_and_weak(named: list[tuple[str, bool]]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(names, weak names) from (name, marked weak) in the list's order: a name is weak only
    when the list marks every mention of it so (a strong alias spelt like a weak one stays
    strong)."""
    names = dedupe([n for n, _ in named])
    strong = set(dedupe([n for n, weak in named if not weak]))
    return names, tuple(n for n in dedupe([n for n, weak in named if weak]) if n not in strong)


def dedupe(items: list[str]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for item in items:
        item = " ".join(item.split())
        if item and item not in seen:
            seen[item] = None
    return tuple(seen)
