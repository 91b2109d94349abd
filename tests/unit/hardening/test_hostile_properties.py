"""Property tests of hostile input: the MRZ parser never raises, the loader only refuses."""

from __future__ import annotations

import io
import string

import numpy as np
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from docverify.errors import InputError
from docverify.model import Severity
from docverify.mrz.parser import parse
from docverify.reading.loader import load_pages

MRZ_ALPHABET = string.digits + string.ascii_uppercase + "<"
TD3 = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
       "L898902C36UTO7408122F1204159ZE184226B<<<<<10"]
FAST = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])


@FAST
@given(st.lists(st.text(max_size=120), max_size=5))
@example(["\x00" * 44, "\ud800" * 44])
@example(["<" * 44, "<" * 44])
@example(["0" * 30, "0" * 30, "0" * 30])
def test_parser_never_raises_on_any_text(lines):
    result = parse(lines)
    assert result.document is not None or result.findings


@FAST
@given(st.lists(st.text(alphabet=MRZ_ALPHABET, min_size=44, max_size=44), min_size=2,
                max_size=2))
def test_parser_on_mrz_shaped_noise_always_says_something_when_invalid(lines):
    result = parse(lines)
    if result.document is None or not result.valid:
        assert result.findings
    assert all(f.severity in Severity for f in result.findings)


@FAST
@given(st.text(alphabet=string.ascii_letters + " .,-'", min_size=1, max_size=300))
def test_prose_is_not_an_mrz(text):
    result = parse(text.splitlines() or [text])
    assert result.document is None or not result.valid
    assert result.findings


@FAST
@given(st.integers(0, 1), st.integers(0, 43), st.sampled_from(MRZ_ALPHABET))
def test_one_changed_character_never_raises(line, col, char):
    lines = list(TD3)
    lines[line] = lines[line][:col] + char + lines[line][col + 1:]
    result = parse(lines)
    assert result.document is not None


def test_ten_megabytes_of_text_is_refused_quickly():
    result = parse(["P<" + "A" * 10_000_000])
    assert result.document is None
    assert result.findings[0].code == "mrz.format.unknown"


def _valid_image(fmt: str) -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.fromarray(np.full((64, 96, 3), 180, np.uint8)).save(buf, fmt)
    return buf.getvalue()


IMAGES = {fmt: _valid_image(fmt) for fmt in ("PNG", "JPEG", "TIFF", "BMP", "WEBP")}


@FAST
@given(st.binary(min_size=1, max_size=4096))
def test_random_bytes_are_refused_with_input_error(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("rand") / "x.png"
    path.write_bytes(data)
    with pytest.raises(InputError):
        load_pages(path)


@FAST
@given(st.sampled_from(sorted(IMAGES)), st.data())
def test_truncated_or_corrupted_images_load_or_refuse(tmp_path_factory, fmt, data):
    blob = bytearray(IMAGES[fmt])
    cut = data.draw(st.integers(1, len(blob)))
    blob = blob[:cut]
    for _ in range(data.draw(st.integers(0, 8))):
        i = data.draw(st.integers(0, len(blob) - 1))
        blob[i] = data.draw(st.integers(0, 255))
    path = tmp_path_factory.mktemp("cut") / "x.jpg"  # the wrong extension on purpose
    path.write_bytes(bytes(blob))
    refusal = ""
    try:
        pages = load_pages(path)
    except InputError as exc:
        refusal = str(exc)
        pages = None
    if pages is None:
        assert refusal.strip()  # a clear message, not an empty one
    else:
        assert pages[0].image.ndim == 3


def test_a_tiff_page_without_its_size_tags_is_refused(tmp_path):
    """Found by the property test above: Pillow raises TypeError("Missing dimensions")."""
    blob = bytearray(IMAGES["TIFF"][:18572])
    blob[130] = 1
    path = tmp_path / "page.tif"
    path.write_bytes(bytes(blob))
    with pytest.raises(InputError, match="damaged or truncated"):
        load_pages(path)
