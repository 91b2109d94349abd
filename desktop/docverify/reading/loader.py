"""Load images and PDF scans into BGR pages, refusing what is not an image, truncated or too big."""

from __future__ import annotations

import stat
import warnings
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from docverify import config
from docverify.errors import InputError
from docverify.model import Text, make_text

# Magic numbers of the formats we accept; anything else is refused before any decoder runs.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xd8\xff", "JPEG"),
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
    (b"BM", "BMP"),
    (b"%PDF-", "PDF"),
)
# HEIF brands (ISO/IEC 23008-12): the photos phones take (an iPhone's default) and send on.
_HEIF_BRANDS = frozenset((b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1"))


@dataclass(frozen=True, slots=True)
class Page:
    """One decoded page: a BGR image, its index in the file (0 for single images) and the
    file's page count (more than were decoded when the file passes MAX_PDF_PAGES)."""

    image: np.ndarray
    index: int
    in_file: int = 1


def sniff(head: bytes) -> str | None:
    """The format named by a file's first bytes, or None when it is none we read."""
    for magic, name in _SIGNATURES:
        if head.startswith(magic):
            return name
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WEBP"
    if head[4:8] == b"ftyp" and head[8:12] in _HEIF_BRANDS:
        return "HEIF"
    return None


def load_pages(path: str | Path) -> list[Page]:
    """Every page of an image or PDF file as BGR arrays.

    Raises:
        InputError: with a one-line reason for anything that cannot be read safely.
    """
    path = Path(path)
    try:
        st = path.stat()
    except (FileNotFoundError, NotADirectoryError):
        raise InputError(make_text("{path}: no such file", {"path": str(path)})) from None
    except OSError as exc:  # a name too long, a folder we may not enter, a symlink loop
        raise _unreadable(path, exc) from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError(make_text("{path}: is a folder, not a file", {"path": str(path)}))
    if not stat.S_ISREG(st.st_mode):  # a FIFO or a device would be read forever
        raise InputError(make_text("{path}: not a regular file (a pipe or a device)",
                                   {"path": str(path)}))
    size = st.st_size
    if size == 0:
        raise InputError(make_text("{path}: the file is empty", {"path": str(path)}))
    if size > config.MAX_FILE_BYTES:
        raise InputError(make_text("{path}: {mb} MB is more than the {limit} MB limit", {
            "path": str(path), "mb": size // 2**20, "limit": config.MAX_FILE_BYTES // 2**20}))
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError as exc:  # no permission to read it
        raise _unreadable(path, exc) from None
    kind = sniff(head)
    if kind is None:
        raise InputError(make_text(
            "{path}: not an image or PDF file (JPEG, PNG, TIFF, BMP, WebP, HEIC or PDF)",
            {"path": str(path)}))
    if kind == "PDF":
        return _load_pdf(path)
    if kind == "HEIF":
        _register_heif()
    return _load_image(path, kind)


def file_sha256(path: str | Path) -> str | None:
    """The SHA-256 of a file for its audit record; None for what the loader refuses unread
    (a pipe or /dev/zero would be read forever, a 20 GB file for a minute) or cannot read."""
    import hashlib

    try:
        st = Path(path).stat()  # before opening: opening a pipe waits for a writer
        if not stat.S_ISREG(st.st_mode) or st.st_size > config.MAX_FILE_BYTES:
            return None
        with Path(path).open("rb") as f:
            h = hashlib.sha256()
            while chunk := f.read(1 << 20):
                h.update(chunk)
    except (OSError, ValueError):
        return None
    return h.hexdigest()


def _unreadable(path: Path, exc: OSError) -> InputError:
    return InputError(make_text("{path}: cannot be read ({error})",
                                {"path": str(path), "error": exc.strerror or str(exc)}))


@cache
def _register_heif() -> None:
    """Teach Pillow to open HEIF, once, when the first such file comes (pillow-heif: libheif
    with its HEVC decoder in a binary wheel)."""
    from pillow_heif import register_heif_opener

    register_heif_opener()


def _check_pixels(path: Path, width: int, height: int) -> None:
    if width * height > config.MAX_IMAGE_PIXELS:
        raise InputError(make_text(
            "{path}: {width}×{height} pixels is more than the {limit} megapixel limit (refused"
            " unread, as a possible decompression bomb)",
            {"path": str(path), "width": width, "height": height,
             "limit": config.MAX_IMAGE_PIXELS // 10**6}))
    if width < 16 or height < 16:
        raise InputError(make_text("{path}: {width}×{height} pixels is too small to hold a document",
                                   {"path": str(path), "width": width, "height": height}))


def _load_image(path: Path, kind: str) -> list[Page]:
    from PIL import Image, ImageOps, ImageSequence

    Image.MAX_IMAGE_PIXELS = config.MAX_IMAGE_PIXELS
    pages: list[Page] = []
    try:
        with warnings.catch_warnings():
            # Pillow warns of damaged metadata ("Corrupt EXIF data") on stderr: a damaged file
            # is said in one line (or read anyway), not with a library warning
            warnings.simplefilter("ignore")
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as img:
                _check_pixels(path, *img.size)
                count = getattr(img, "n_frames", 1)
                for index, frame in enumerate(ImageSequence.Iterator(img)):
                    if index >= config.MAX_PDF_PAGES:
                        break
                    _check_pixels(path, *frame.size)
                    frame = ImageOps.exif_transpose(frame) if index == 0 else frame
                    pages.append(Page(_to_bgr(frame), index, count))
    except InputError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise InputError(make_text("{path}: refused as a possible decompression bomb ({error})",
                                   {"path": str(path), "error": str(exc)})) from None
    except MemoryError:
        raise InputError(make_text("{path}: the {kind} file needs more memory than there is",
                                   {"path": str(path), "kind": kind})) from None
    # Pillow's plugins fail on damaged data with whatever the parsing code hits: OSError and
    # ValueError mostly, but also TypeError ("Missing dimensions" from a TIFF whose next page
    # lost its size tags), KeyError, IndexError, struct.error. None of that is a bug of ours.
    except Exception as exc:  # noqa: BLE001 - see above
        raise InputError(make_text("{path}: the {kind} file is damaged or truncated ({error})",
                                   {"path": str(path), "kind": kind, "error": str(exc)})) from None
    if not pages:
        raise InputError(make_text("{path}: the {kind} file holds no image",
                                   {"path": str(path), "kind": kind}))
    return pages


def _to_bgr(frame: object) -> np.ndarray:
    from PIL import Image

    assert isinstance(frame, Image.Image)
    if frame.mode in ("I;16", "I;16B", "I;16L", "I"):
        arr = np.asarray(frame, dtype=np.float32)
        span = max(float(arr.max()), 1.0)
        frame = Image.fromarray((arr * (255.0 / span)).astype(np.uint8))
    rgb = np.asarray(frame.convert("RGB"))
    return np.ascontiguousarray(rgb[:, :, ::-1])


def _pageless(path: Path) -> bool:
    """True for a PDF whose page tree is empty (PDFium refuses to open those at all)."""
    import re

    with path.open("rb") as fh:
        head = fh.read(1 << 20)
    return bool(re.search(rb"/Count\s*0\b", head)) and not re.search(rb"/Type\s*/Page\b(?!s)", head)


def _no_pages(path: Path) -> Text:
    return make_text("{path}: the PDF has no pages", {"path": str(path)})


def _load_pdf(path: Path) -> list[Page]:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        if _pageless(path):
            raise InputError(_no_pages(path)) from None
        raise InputError(make_text("{path}: the PDF file is damaged or truncated ({error})",
                                   {"path": str(path), "error": str(exc)})) from None
    try:
        count = len(pdf)
        if count == 0:
            raise InputError(_no_pages(path))
        pages = []
        scale = config.PDF_RENDER_DPI / 72.0
        for index in range(min(count, config.MAX_PDF_PAGES)):
            page = pdf[index]
            width, height = page.get_size()
            _check_pixels(path, int(width * scale), int(height * scale))
            bitmap = page.render(scale=scale)
            rgb = np.asarray(bitmap.to_pil().convert("RGB"))
            pages.append(Page(np.ascontiguousarray(rgb[:, :, ::-1]), index, count))
        return pages
    except pdfium.PdfiumError as exc:
        raise InputError(make_text("{path}: a PDF page could not be rendered ({error})",
                                   {"path": str(path), "error": str(exc)})) from None
    finally:
        pdf.close()
