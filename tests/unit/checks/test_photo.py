"""Photo zone on real specimens (real faces, OpenCV's shipped Haar cascade) and synthetic pages."""

from __future__ import annotations

import json
from pathlib import Path

import cv2
import numpy as np
import pytest
from checks_helpers import TODAY, synth_context

from docverify.checks import CheckContext, run_checks
from docverify.checks.context import Run
from docverify.checks.photo import cascade, photo, photo_zone
from docverify.model import Reading, Region, Severity
from docverify.mrz.parser import parse
from docverify.synth.document import generate

SPECIMENS = Path(__file__).resolve().parents[2] / "fixtures" / "documents"
KNOWN = json.loads((SPECIMENS / "known_mrz.json").read_text(encoding="utf-8"))
# Where docverify's reader found the MRZ (x, y, width, height, rotation) on every real specimen
# that is not a TD1 card, so that these tests do not depend on the reader's model.
MRZ_BOXES = {
    "fastmrz/mrva.jpg": (47, 366, 603, 46, 0.0),
    "fastmrz/mrvb.jpg": (29, 330, 538, 55, 360.0),
    "fastmrz/passport_uk.jpg": (33, 740, 524, 46, 0.2),
    "fastmrz/td2.jpg": (56, 359, 494, 44, 0.0),
    "fastmrz/td3.jpg": (55, 343, 549, 42, 0.0),
    "passporteye/0_pass-lva.jpg": (175, 130, 83, 1183, 90.0),
    "passporteye/100_id-rou.jpg": (48, 325, 509, 55, 0.3),
    "passporteye/100_pass-bdr.jpg": (86, 1053, 1647, 142, 0.3),
    "passporteye/100_pass-chn.jpg": (40, 266, 419, 37, 0.3),
    "passporteye/100_pass-cze.jpg": (26, 341, 527, 48, 0.4),
    "passporteye/100_pass-cze2.jpg": (35, 329, 534, 45, 359.9),
    "passporteye/100_pass-fin.png": (29, 343, 531, 44, 359.9),
    "passporteye/100_pass-hrv.jpg": (29, 332, 527, 46, 359.8),
    "passporteye/100_pass-isl.png": (27, 326, 539, 48, 359.7),
    "passporteye/100_pass-ltu.jpg": (34, 324, 467, 40, 359.9),
    "passporteye/100_pass-lux.jpg": (78, 742, 1455, 233, 5.4),
    "passporteye/100_pass-polx.jpg": (32, 318, 533, 35, 0.0),
    "passporteye/100_pass-uto.jpg": (60, 418, 660, 51, 0.0),
    "passporteye/100_pass2-uto.jpg": (70, 486, 592, 52, 0.0),
    "passporteye/100_visa-polx.jpg": (57, 318, 486, 36, 0.0),
    "passporteye/100_visa-usa.jpg": (33, 402, 662, 54, 360.0),
    "passporteye/24_pass-egy.jpg": (16, 151, 240, 23, 359.5),
    "passporteye/25_pass-uto.jpg": (10, 151, 247, 21, 359.8),
    "passporteye/27_pass-gbr.jpg": (15, 147, 241, 21, 359.9),
    "passporteye/43_pass-fra.jpg": (20, 220, 336, 28, 359.9),
    "passporteye/43_pass-twn.jpg": (41, 282, 419, 37, 0.2),
    "passporteye/62_pass-pol.png": (28, 334, 538, 46, 359.9),
    "passporteye/79_pass-can.jpg": (33, 247, 404, 34, 0.1),
    "passporteye/79_pass-hun.png": (23, 333, 550, 45, 359.8),
    "passporteye/98_pass-nld.jpg": (19, 260, 399, 35, 360.0),
    "passporteye/passport-td2.jpg": (127, 766, 1043, 90, 0.0),
    "passporteye/passport-td3.jpg": (120, 672, 1054, 81, 0.0),
}


def real_context(name: str, image: np.ndarray | None = None) -> CheckContext:
    x, y, w, h, rot = MRZ_BOXES[name]
    lines = KNOWN[name]["mrz"]
    result = parse(lines, TODAY)
    reading = Reading(None, tuple(lines), (), result, region=Region(x, y, w, h), rotation=rot)
    img = cv2.imread(str(SPECIMENS / name)) if image is None else image
    return CheckContext(reading, result.document, img, TODAY)


def photo_findings(ctx: CheckContext):
    return list(photo(Run(ctx)))


def portrait(name: str) -> np.ndarray:
    """A real portrait cut from a specimen: the face the check finds, with some margin."""
    run = Run(real_context(name))
    pz = photo_zone(run)
    assert pz is not None
    face = next(f for f in pz.faces if pz.in_zone(f))
    r = pz.face_region(face)
    img = run.image
    x0, y0 = max(0, r.x - r.width // 4), max(0, r.y - r.height // 3)
    return img[y0:r.y + r.height * 5 // 4, x0:r.x + r.width * 5 // 4].copy()


def test_cascade_is_the_one_shipped_with_opencv_and_loaded_once():
    assert cascade() is cascade()
    assert not cascade().empty()


@pytest.mark.parametrize("name", sorted(MRZ_BOXES))
def test_real_portraits_are_found_in_their_zone_and_ghosts_not_counted(name):
    # Includes a page turned 90 degrees (lva), a Czech page with a small ghost portrait and a
    # French one with a large faint ghost portrait (fra): none is a second face.
    assert photo_findings(real_context(name)) == []


def test_real_page_with_the_photo_removed(tmp_path):
    name = "passporteye/passport-td3.jpg"
    run = Run(real_context(name))
    pz = photo_zone(run)
    face = next(f for f in pz.faces if pz.in_zone(f))
    r = pz.face_region(face)
    img = run.image.copy()
    # The forger's white-out: the whole portrait painted with the page's colour beside it.
    x0, y0 = max(0, r.x - r.width // 2), max(0, r.y - r.height // 2)
    img[y0:r.y + 2 * r.height, x0:r.x + r.width * 3 // 2] = np.median(
        img[y0:r.y + 2 * r.height, r.x + 2 * r.width], axis=0).astype(np.uint8)
    found = photo_findings(real_context(name, img))
    assert [(f.code, f.severity) for f in found] == [("photo.missing", Severity.WARNING)]
    zone = found[0].region
    assert zone.x <= r.x
    assert r.x + r.width <= zone.x + zone.width
    assert zone.y <= r.y
    assert r.y + r.height <= zone.y + zone.height


@pytest.mark.parametrize(("target", "donor"), [
    ("passporteye/passport-td3.jpg", "passporteye/100_pass-cze2.jpg"),
    ("passporteye/100_pass-polx.jpg", "passporteye/passport-td3.jpg"),
    ("passporteye/100_visa-usa.jpg", "passporteye/100_pass-ltu.jpg"),
])
def test_a_second_real_photo_pasted_on_the_front(target, donor):
    run = Run(real_context(target))
    pz = photo_zone(run)
    main = pz.face_region(next(f for f in pz.faces if pz.in_zone(f)))
    face = portrait(donor)
    scale = main.width * 1.5 / face.shape[1]
    face = cv2.resize(face, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    img = run.image.copy()
    # On the printed fields, right of the genuine photo, above the MRZ.
    x = main.x + main.width * 3
    y = max(0, main.y - main.height // 4)
    h, w = min(face.shape[0], img.shape[0] - y), min(face.shape[1], img.shape[1] - x)
    img[y:y + h, x:x + w] = face[:h, :w]
    found = photo_findings(real_context(target, img))
    assert [(f.code, f.severity) for f in found] == [("photo.multiple", Severity.WARNING)]
    r = found[0].region
    assert x - w // 2 <= r.x <= x + w
    assert y - h // 2 <= r.y <= y + h


@pytest.fixture(scope="module")
def synth_doc():
    return generate("TD3", 8)


def test_synthetic_page_with_a_real_portrait_in_its_photo_box(synth_doc):
    # A real portrait in the synthetic photo box: the zone fits the ICAO layout for real faces.
    img = synth_doc.image.copy()
    x, y, w, h = synth_doc.regions["photo"]
    img[y:y + h, x:x + w] = cv2.resize(portrait("passporteye/100_pass-cze2.jpg"), (w, h),
                                       interpolation=cv2.INTER_AREA)
    assert photo_findings(synth_context(synth_doc, image=img)) == []


@pytest.mark.parametrize("fmt", ["TD3", "TD2", "MRVA", "MRVB"])
def test_genuine_synthetic_pages_raise_nothing(fmt):
    # The generator's shaded portraits (ae92ca3) are faces to the cascade.
    assert photo_findings(synth_context(generate(fmt, 31))) == []


def test_synthetic_page_with_the_photo_box_blanked(synth_doc):
    img = synth_doc.image.copy()
    x, y, w, h = synth_doc.regions["photo"]
    img[y:y + h, x:x + w] = np.median(img[y:y + h, x + w + 5], axis=0).astype(np.uint8)
    found = photo_findings(synth_context(synth_doc, image=img))
    assert [(f.code, f.severity) for f in found] == [("photo.missing", Severity.WARNING)]
    r = found[0].region
    assert r.x <= x
    assert x + w <= r.x + r.width
    assert r.y <= y + h // 2 <= r.y + r.height


def test_id_card_mrz_side_is_information():
    doc = generate("TD1", 3)
    found = photo_findings(synth_context(doc))
    assert [(f.code, f.severity) for f in found] == [("photo.mrz_side", Severity.INFO)]


def test_too_small_image_is_information():
    name = "passporteye/passport-td3.jpg"
    img = cv2.imread(str(SPECIMENS / name))
    small = cv2.resize(img, None, fx=0.12, fy=0.12, interpolation=cv2.INTER_AREA)
    x, y, w, h, rot = MRZ_BOXES[name]
    lines = KNOWN[name]["mrz"]
    result = parse(lines, TODAY)
    reading = Reading(None, tuple(lines), (), result,
                      region=Region(int(x * 0.12), int(y * 0.12), int(w * 0.12), int(h * 0.12)))
    found = photo_findings(CheckContext(reading, result.document, small, TODAY))
    assert [(f.code, f.severity) for f in found] == [("photo.unmeasured", Severity.INFO)]


def test_engine_runs_the_photo_check_only_with_an_image(synth_doc):
    ctx = synth_context(synth_doc)
    no_image = CheckContext(ctx.reading, ctx.document, None, TODAY)
    assert not any(f.code.startswith("photo.") for f in run_checks(no_image))
    img = synth_doc.image.copy()
    x, y, w, h = synth_doc.regions["photo"]
    img[y:y + h, x:x + w] = 200
    assert "photo.missing" in {f.code for f in run_checks(synth_context(synth_doc, image=img))}
