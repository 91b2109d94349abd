"""What every importer shares: the size cap, gzip, safe XML streaming, progress and cancel."""

from __future__ import annotations

import dataclasses
import datetime as dt
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
from docverify.watchlist.entry import BirthDate, ParsedList

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


def head(path: Path, n: int = 8192) -> bytes:
    """The first `n` bytes of a list file as the importers read it: its size checked first (a
    missing path or a folder is a one-line error), a .gz inflated under the same cap, so that
    what is sniffed is the content, not the gzip header."""
    try:
        with open_binary(path) as f:
            return f.read(n)
    except (OSError, EOFError) as exc:
        raise InputError(f"{path.name}: cannot read ({exc}); truncated or corrupt?") from None


def quoted(text: str, limit: int = 80) -> str:
    """File content as an error message shows it: control and other unprintable characters
    escaped (\\x1b, \\x00), so that a crafted file cannot drive the officer's terminal, and
    cut to about `limit` characters (a binary file's "header" would run to a kilobyte)."""
    shown = "".join(c if c.isprintable() else repr(c)[1:-1] for c in text[:limit + 1])
    return shown if len(shown) <= limit else shown[:limit] + "\u2026"


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


# No listed person was born before this: 0001-01-01 is a placeholder (.NET's least date) as
# 0000-00-00 is, and a placeholder kept as a date turns a true match into a namesake.
_FIRST_YEAR = 1800


def _year(y: int) -> bool:
    return _FIRST_YEAR <= y <= dt.MAXYEAR


def _day(y: int, mo: int, d: int, approximate: bool) -> BirthDate | None:
    """A listed day; one that is no calendar day (1980-13-45, 31/02/1980, a typo or a
    placeholder) keeps only its year, which is likely right and cannot contradict a true match
    the way a false day does."""
    if not _year(y):
        return None
    try:
        return BirthDate(y, y, dt.date(y, mo, d).isoformat(), approximate)
    except ValueError:
        return BirthDate(y, y, None, approximate)


def year_range(lo: str, hi: str, approximate: bool = False) -> BirthDate | None:
    """A listed range of birth years (UN BETWEEN, EU yearRangeFrom/To); None unless both are
    plausible years."""
    if not (lo.isdigit() and hi.isdigit() and _year(int(lo)) and _year(int(hi))):
        return None
    a, b = sorted((int(lo), int(hi)))
    return BirthDate(a, b, None, approximate)


def parse_birth_date(text: str, approximate: bool = False) -> BirthDate | None:
    """Birth dates as lists write them: 1965-08-07, 07 Aug 1965, 07/08/1965, Aug 1965, 1965,
    1955 to 1957, circa 1947 (dd/mm/yyyy is read day first as the UK and EU write it).

    Every list's birth dates are read here, so this is where a date that is no calendar date is
    made unknown (year 0) or its year alone (1980-13-45 -> 1980)."""
    t = text.strip().rstrip(".;,")
    low = t.lower()
    for word in ("circa", "approximately", "approx.", "approx", "about", "c."):
        if low.startswith(word):
            approximate, t = True, t[len(word):].strip()
            break
    if m := _ISO_DATE.match(t):
        return _day(*(int(g) for g in m.groups()), approximate)  # 1980-00-00 -> 1980
    if m := _DMY.match(t):
        d, mon, y = m.groups()
        mo = int(mon) if mon.isdigit() else _MONTHS.get(mon[:3].lower(), 0)
        return _day(int(y), mo, int(d), approximate)
    if m := _MY.match(t):
        y = int(m.group(2))
        return BirthDate(y, y, None, approximate) if _year(y) else None
    if m := _RANGE.match(t):
        return year_range(m.group(1), m.group(2), approximate)
    if m := _YEAR.match(t):
        return BirthDate(int(t), int(t), None, approximate) if _year(int(t)) else None
    return None


def _cut(text: str) -> str:
    """`text` within SCREENING.max_field_chars, cut after its last whole word that fits."""
    cap = SCREENING.max_field_chars
    if len(text) <= cap:
        return text
    kept = text[:cap]
    space = kept.rfind(" ")
    return kept[:space] if space > 0 else kept


def bounded(parsed: ParsedList) -> ParsedList:
    """Every text field of every entry cut to SCREENING.max_field_chars.

    XML has no field limit as the csv module has: one 30-million-character name took 4 GB to
    index and slowed every later screening. Cut rather than refused: a real name is at most a
    few hundred characters, so the cut loses nothing real, and one odd record must not keep a
    whole official list (and its new designations) out. detect.reader applies it to what every
    importer returns.
    """
    def names(items: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(_cut(n) for n in items))

    return dataclasses.replace(parsed, entries=tuple(
        dataclasses.replace(e, entry_id=_cut(e.entry_id), names=names(e.names),
                            weak_names=names(e.weak_names),
                            nationalities=names(e.nationalities),
                            documents=names(e.documents), note=_cut(e.note))
        for e in parsed.entries))


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
