"""Image hints on rendered documents: recapture, greyscale, JPEG ghost, editor metadata."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from checks_helpers import synth_context
from PIL import Image

from docverify.checks import decide, run_checks, tamper
from docverify.model import Verdict
from docverify.synth.document import generate


def image_codes(found):
    return {f.code for f in found if f.code.startswith("image.")}


@pytest.fixture(scope="module")
def doc():
    return generate("TD2", 21)


def test_genuine_png_and_jpeg_raise_no_hint(doc, tmp_path):
    assert image_codes(run_checks(synth_context(doc))) == set()
    path = tmp_path / "genuine.jpg"
    cv2.imwrite(str(path), doc.image, [cv2.IMWRITE_JPEG_QUALITY, 85])
    img = cv2.imread(str(path))
    assert image_codes(run_checks(synth_context(doc, image=img, source_path=path))) == set()


def test_screen_recapture(doc):
    shot = tamper.recapture(doc, np.random.default_rng(1))
    found = run_checks(synth_context(doc, image=shot.image))
    assert "image.recapture" in image_codes(found)


def test_greyscale_copy(doc):
    grey = cv2.cvtColor(cv2.cvtColor(doc.image, cv2.COLOR_BGR2GRAY), cv2.COLOR_GRAY2BGR)
    assert "image.greyscale" in image_codes(run_checks(synth_context(doc, image=grey)))


def test_edited_jpeg_region_is_located(doc, tmp_path):
    forged = tamper.jpeg_region(doc, np.random.default_rng(4))
    path = tmp_path / "edited.jpg"
    cv2.imwrite(str(path), forged.image, [cv2.IMWRITE_JPEG_QUALITY, 100])
    found = [f for f in run_checks(synth_context(doc, image=cv2.imread(str(path)),
                                                 source_path=path))
             if f.code == "image.error_level"]
    assert len(found) == 1
    key = forged.detail.split(" ->")[0]
    x, y, w, h = doc.regions[key]
    r = found[0].region
    assert r.x <= x + w
    assert x <= r.x + r.width
    assert r.y <= y + h
    assert y <= r.y + r.height


def test_editor_in_metadata(doc, tmp_path):
    path = tmp_path / "saved.jpg"
    exif = Image.Exif()
    exif[0x0131] = "Adobe Photoshop 25.0 (Windows)"
    Image.fromarray(doc.image[:, :, ::-1]).save(path, quality=90, exif=exif)
    found = run_checks(synth_context(doc, image=cv2.imread(str(path)), source_path=path))
    assert "image.editing_software" in image_codes(found)


def test_hints_alone_never_alert(doc):
    shot = tamper.recapture(doc, np.random.default_rng(1))
    found = [f for f in run_checks(synth_context(doc, image=shot.image))
             if f.code.startswith("image.")]
    assert found
    assert decide(found)[0] is Verdict.REVIEW
