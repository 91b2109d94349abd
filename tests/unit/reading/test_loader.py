"""The loader refuses bad files with a clear message and reads every supported format."""

import tracemalloc

import numpy as np
import pytest
from PIL import Image

from docverify.errors import InputError
from docverify.reading.loader import load_pages
from tests.helpers_images import empty_pdf, png_header_only


def _picture(path, fmt, **kw):
    rng = np.random.default_rng(0)
    arr = rng.integers(0, 255, (120, 200, 3), dtype=np.uint8)
    Image.fromarray(arr).save(path, fmt, **kw)
    return arr


@pytest.mark.parametrize(("name", "fmt"), [("a.jpg", "JPEG"), ("a.png", "PNG"), ("a.bmp", "BMP"),
                                           ("a.webp", "WEBP"), ("a.tif", "TIFF")])
def test_formats(tmp_path, name, fmt):
    _picture(tmp_path / name, fmt)
    pages = load_pages(tmp_path / name)
    assert len(pages) == 1
    assert pages[0].image.shape == (120, 200, 3)
    assert pages[0].image.dtype == np.uint8


def test_multipage_tiff_gives_every_page(tmp_path):
    frames = [Image.new("RGB", (100, 80), (i * 60, 0, 0)) for i in range(3)]
    frames[0].save(tmp_path / "m.tif", save_all=True, append_images=frames[1:])
    pages = load_pages(tmp_path / "m.tif")
    assert [p.index for p in pages] == [0, 1, 2]
    assert pages[2].image[0, 0, 2] == 120  # BGR order: red is last


@pytest.mark.parametrize("name", ["long.pdf", "long.tif"])
def test_pages_past_the_cap_are_counted_and_said(tmp_path, name):
    """A file longer than MAX_PDF_PAGES: the pages past it are not decoded (bounded work and
    memory), but the count is kept, so "no MRZ found" says which pages were not read."""
    from docverify import config
    from docverify.errors import NoMRZError
    from docverify.reading.reader import read_pages

    n = config.MAX_PDF_PAGES + 2
    frames = [Image.new("RGB", (120, 80), "white") for _ in range(n)]
    frames[0].save(tmp_path / name, save_all=True, append_images=frames[1:])
    pages = load_pages(tmp_path / name)
    assert len(pages) == config.MAX_PDF_PAGES
    assert {p.in_file for p in pages} == {n}
    with pytest.raises(NoMRZError, match=f"in the first {config.MAX_PDF_PAGES} of its {n} pages"):
        read_pages(pages, name)
    with pytest.raises(NoMRZError, match="found$"):  # a file read whole says nothing more
        read_pages(load_pages(_one_page(tmp_path)), "one.png")


def _one_page(tmp_path):
    Image.new("RGB", (120, 80), "white").save(tmp_path / "one.png")
    return tmp_path / "one.png"


def test_pdf_pages(tmp_path):
    Image.new("RGB", (300, 200), "white").save(tmp_path / "s.pdf", "PDF", resolution=100)
    pages = load_pages(tmp_path / "s.pdf")
    assert len(pages) == 1
    assert pages[0].image.shape[1] == pytest.approx(300 * 200 / 100, abs=3)


def test_wrong_type_named_as_image(tmp_path):
    (tmp_path / "x.jpg").write_text("this is not a picture")
    with pytest.raises(InputError, match="not an image or PDF"):
        load_pages(tmp_path / "x.jpg")


def test_png_renamed_to_jpg_is_read_by_content(tmp_path):
    _picture(tmp_path / "real.png", "PNG")
    (tmp_path / "real.png").rename(tmp_path / "misnamed.jpg")
    assert load_pages(tmp_path / "misnamed.jpg")[0].image.shape == (120, 200, 3)


def test_empty_and_missing(tmp_path):
    (tmp_path / "e.png").write_bytes(b"")
    with pytest.raises(InputError, match="empty"):
        load_pages(tmp_path / "e.png")
    with pytest.raises(InputError, match="no such file"):
        load_pages(tmp_path / "nope.png")
    with pytest.raises(InputError, match="folder"):
        load_pages(tmp_path)


@pytest.mark.parametrize(("fmt", "name"), [("JPEG", "t.jpg"), ("PNG", "t.png")])
def test_truncated(tmp_path, fmt, name):
    _picture(tmp_path / name, fmt)
    data = (tmp_path / name).read_bytes()
    (tmp_path / name).write_bytes(data[: len(data) // 2])
    with pytest.raises(InputError, match="damaged or truncated"):
        load_pages(tmp_path / name)


def test_truncated_pdf(tmp_path):
    Image.new("RGB", (300, 200), "white").save(tmp_path / "s.pdf", "PDF")
    data = (tmp_path / "s.pdf").read_bytes()
    (tmp_path / "s.pdf").write_bytes(data[: len(data) // 3])
    with pytest.raises(InputError, match="PDF"):
        load_pages(tmp_path / "s.pdf")


def test_decompression_bomb_refused_unread(tmp_path):
    png_header_only(tmp_path / "bomb.png", 30000, 30000)
    tracemalloc.start()
    with pytest.raises(InputError, match="decompression bomb"):
        load_pages(tmp_path / "bomb.png")
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert peak < 50 * 2**20  # refused from the header, never decoded


def test_pdf_without_pages(tmp_path):
    with pytest.raises(InputError, match="no pages"):
        load_pages(empty_pdf(tmp_path / "empty.pdf"))


def test_heic_photo_is_read(tmp_path):
    """A phone's HEIC photo (written here by pillow-heif's own encoder) is sniffed by its
    ftyp box, decoded by the registered opener and read like any image, MRZ and all."""
    from pillow_heif import register_heif_opener

    from docverify.reading.reader import read_file
    from docverify.resources import resource_path

    register_heif_opener()
    sample = resource_path("samples", "passport_td3.png")
    Image.open(sample).convert("RGB").save(tmp_path / "photo.heic", quality=85)
    assert (tmp_path / "photo.heic").read_bytes()[4:12] == b"ftypheic"
    pages = load_pages(tmp_path / "photo.heic")
    assert len(pages) == 1
    assert pages[0].image.shape[:2] == Image.open(sample).size[::-1]
    assert read_file(tmp_path / "photo.heic").parse.document.document_number == "BJ6902234"


def test_heic_renamed_and_truncated(tmp_path):
    from pillow_heif import register_heif_opener

    register_heif_opener()
    Image.new("RGB", (320, 200), "white").save(tmp_path / "a.heic")
    data = (tmp_path / "a.heic").read_bytes()
    (tmp_path / "a.jpg").write_bytes(data)  # named .jpg, read by content
    assert load_pages(tmp_path / "a.jpg")[0].image.shape == (200, 320, 3)
    (tmp_path / "cut.heic").write_bytes(data[: len(data) // 2])
    with pytest.raises(InputError, match="damaged or truncated|holds no image"):
        load_pages(tmp_path / "cut.heic")
