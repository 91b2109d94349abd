"""Image hints on rendered documents: recapture, greyscale, JPEG ghost, editor metadata."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import cv2
import numpy as np
import pytest
from checks_helpers import TODAY, synth_context
from PIL import Image

from docverify.checks import CheckContext, decide, run_checks, tamper
from docverify.checks.image.ela import largest_patch
from docverify.model import Region, Severity, Verdict
from docverify.synth.document import generate

SPECIMENS = Path(__file__).resolve().parents[2] / "fixtures" / "documents"


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


def test_greyscale_copy_is_shown_but_does_not_ask_for_review(doc):
    grey = cv2.cvtColor(cv2.cvtColor(doc.image, cv2.COLOR_BGR2GRAY), cv2.COLOR_GRAY2BGR)
    found = [f for f in run_checks(synth_context(doc, image=grey)) if f.code.startswith("image.")]
    assert [(f.code, f.severity) for f in found] == [("image.greyscale", Severity.INFO)]
    assert decide(found)[0] is Verdict.CLEAR


def test_edited_jpeg_region_is_located(doc, tmp_path):
    forged = tamper.jpeg_region(doc, np.random.default_rng(4))
    path = tmp_path / "edited.jpg"
    cv2.imwrite(str(path), forged.image, [cv2.IMWRITE_JPEG_QUALITY, 100])
    found = [f for f in run_checks(synth_context(doc, image=cv2.imread(str(path)),
                                                 source_path=path))
             if f.code == "image.error_level"]
    assert len(found) == 1
    assert found[0].severity is Severity.WARNING
    key = forged.detail.split(" ->")[0]
    x, y, w, h = doc.regions[key]
    r = found[0].region
    assert r.x <= x + w
    assert x <= r.x + r.width
    assert r.y <= y + h
    assert y <= r.y + r.height


def _save_with_editor(image, path):
    exif = Image.Exif()
    exif[0x0131] = "Adobe Photoshop 25.0 (Windows)"
    Image.fromarray(image[:, :, ::-1]).save(path, quality=90, exif=exif)


def test_editor_in_metadata_is_information_only(doc, tmp_path):
    path = tmp_path / "saved.jpg"
    _save_with_editor(doc.image, path)
    found = [f for f in run_checks(synth_context(doc, image=cv2.imread(str(path)),
                                                 source_path=path))
             if f.code.startswith("image.")]
    assert [(f.code, f.severity) for f in found] == [("image.editing_software", Severity.INFO)]
    assert "photoshop" in dict(found[0].evidence)["software"]
    assert decide(found)[0] is Verdict.CLEAR


def _patch_map(noise: float, seed: int = 0):
    rng = np.random.default_rng(seed)
    anomaly = np.where(rng.random((60, 80)) < noise, 0.9, 0.0).astype(np.float32)
    anomaly[20:26, 30:40] = 0.8  # one dense 6x10-block patch
    return anomaly


def test_a_patch_stands_out_only_on_a_clean_map():
    clean = largest_patch(_patch_map(0.0))
    assert clean is not None
    assert (clean.x, clean.y, clean.w, clean.h, clean.blocks) == (30, 20, 10, 6, 60)
    assert clean.isolated
    noisy = largest_patch(_patch_map(0.06))
    assert noisy is not None
    assert noisy.noise > 0.04
    assert not noisy.isolated
    assert largest_patch(np.zeros((60, 80), np.float32)) is None


# Grey web images whose error-level map was uneven all over (they used to raise a review).
@pytest.mark.parametrize("name", ["fastmrz/td2.jpg", "fastmrz/td3.jpg", "fastmrz/mrvb.jpg"])
def test_real_grey_scans_stay_clear(name):
    path = SPECIMENS / name
    found = [f for f in run_checks(CheckContext(None, None, cv2.imread(str(path)), TODAY, path))
             if f.code.startswith("image.")]
    assert "image.greyscale" in image_codes(found)
    assert [f for f in found if f.code == "image.error_level" and f.severity is not
            Severity.INFO] == []
    assert decide(found)[0] is Verdict.CLEAR


def test_an_editor_in_the_metadata_corroborates_an_uneven_patch(tmp_path):
    # A page saved at 60, its portrait and ~400 scattered blocks put back uncompressed, saved
    # at 100: the largest patch (the portrait) does not stand out of a map uneven all over,
    # so it is information only, unless the metadata names an image editor.
    doc = generate("TD3", 43)
    ok, buf = cv2.imencode(".jpg", doc.image, [cv2.IMWRITE_JPEG_QUALITY, 60])
    page = cv2.imdecode(buf, cv2.IMREAD_COLOR)
    rng = np.random.default_rng(3)
    rows, cols = page.shape[0] // 16, page.shape[1] // 16
    for by, bx in zip(rng.integers(0, rows, 400), rng.integers(0, cols, 400), strict=True):
        page[by * 16:(by + 1) * 16, bx * 16:(bx + 1) * 16] = \
            doc.image[by * 16:(by + 1) * 16, bx * 16:(bx + 1) * 16]
    x, y, w, h = doc.regions["photo"]
    page[y:y + h, x:x + w] = doc.image[y:y + h, x:x + w]
    plain, edited = tmp_path / "plain.jpg", tmp_path / "edited.jpg"
    Image.fromarray(page[:, :, ::-1]).save(plain, quality=100)
    exif = Image.Exif()
    exif[0x0131] = "Adobe Photoshop 25.0 (Windows)"
    Image.fromarray(page[:, :, ::-1]).save(edited, quality=100, exif=exif)
    severities = {}
    for path in (plain, edited):
        found = run_checks(CheckContext(None, None, cv2.imread(str(path)), TODAY, path))
        ela = [f for f in found if f.code == "image.error_level"]
        assert len(ela) == 1
        severities[path.stem] = ela[0]
    assert severities["plain"].severity is Severity.INFO
    assert severities["edited"].severity is Severity.WARNING
    assert "photoshop" in severities["edited"].message.lower()


def test_hints_alone_never_alert(doc):
    shot = tamper.recapture(doc, np.random.default_rng(1))
    found = [f for f in run_checks(synth_context(doc, image=shot.image))
             if f.code.startswith("image.")]
    assert found
    assert decide(found)[0] is Verdict.REVIEW


def test_edited_region_found_on_a_camera_frame_only_the_page_is_mapped(doc, tmp_path):
    # The page in a larger frame (a camera shot, one compression history for all of it), one
    # field edited and the frame re-saved: the map covers the page the MRZ places, cut on the
    # JPEG grid, and the patch is reported in the frame's coordinates.
    h, w = doc.image.shape[:2]
    ox, oy = 504, 296  # not multiples of 16
    frame = np.full((h + 600, w + 900, 3), 90, np.uint8)
    frame[oy:oy + h, ox:ox + w] = doc.image
    frame = cv2.GaussianBlur(frame, (3, 3), 0) + np.random.default_rng(2).integers(
        0, 12, frame.shape, dtype=np.uint8)  # a camera's texture everywhere
    shifted = {k: (x + ox, y + oy, bw, bh) for k, (x, y, bw, bh) in doc.regions.items()}
    shot = type(doc)(**{**doc.__dict__, "image": frame, "regions": shifted})
    forged = tamper.jpeg_region(shot, np.random.default_rng(4))
    path = tmp_path / "frame.jpg"
    cv2.imwrite(str(path), forged.image, [cv2.IMWRITE_JPEG_QUALITY, 100])
    ctx = synth_context(doc, image=cv2.imread(str(path)), source_path=path)
    mx, my, mw, mh = doc.regions["mrz"]
    reading = dataclasses.replace(ctx.reading, region=Region(mx + ox, my + oy, mw, mh))
    found = [f for f in run_checks(CheckContext(reading, ctx.document, ctx.image, ctx.today, path))
             if f.code == "image.error_level"]
    assert [f.severity for f in found] == [Severity.WARNING]
    x, y, bw, bh = shifted[forged.detail.split(" ->")[0]]
    r = found[0].region
    assert r.x <= x + bw
    assert x <= r.x + r.width
    assert r.y <= y + bh
    assert y <= r.y + r.height


def test_ghost_map_texture_in_integers_keeps_the_float_blocks():
    from docverify.checks.image.ela import _BLOCK, _TEXTURE, _blocks, ghost_map

    doc = generate("TD3", 41)
    g = cv2.cvtColor(doc.image, cv2.COLOR_BGR2GRAY)
    g = g[: (g.shape[0] // 16) * 16, : (g.shape[1] // 16) * 16]
    gf = g.astype(np.float32)
    detail = gf - cv2.blur(gf, (_BLOCK, _BLOCK))
    textured = _blocks(detail * detail) > _TEXTURE
    quality, anomaly = ghost_map(g)
    # Flat blocks carry no evidence (0); the integer texture test may differ at the threshold
    # by a handful of blocks at most.
    kept = anomaly != 0
    assert 45 <= quality <= 85
    assert (kept & ~textured).sum() <= max(3, 0.002 * textured.size)


def test_ghost_map_without_quality_90_is_the_same_map(tmp_path):
    # Quality 90 only ever took part in each block's largest error, which it never is.
    from docverify.checks.image.ela import _BLOCK, _blocks, ghost_map

    doc = generate("TD2", 42)
    img = doc.image
    for q in (60, 95):
        ok, buf = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, q])
        img = cv2.imdecode(buf, cv2.IMREAD_COLOR)
    g = cv2.cvtColor(img, cv2.COLOR_BGR2GRAY)
    g = np.ascontiguousarray(g[: (g.shape[0] // 16) * 16, : (g.shape[1] // 16) * 16])
    errs = []
    for q in (50, 60, 70, 80, 90):
        ok, buf = cv2.imencode(".jpg", g, [cv2.IMWRITE_JPEG_QUALITY, q])
        d = cv2.absdiff(g, cv2.imdecode(buf, cv2.IMREAD_GRAYSCALE)).astype(np.float32)
        errs.append(_blocks(d * d))
    err = np.stack(errs)
    detail = cv2.subtract(g, cv2.blur(g, (_BLOCK, _BLOCK)), dtype=cv2.CV_16S).astype(np.float32)
    textured = _blocks(detail * detail) > 20.0
    assert (err.argmax(axis=0)[textured] != 4).all()
    quality, _ = ghost_map(g)
    assert quality == 60


def _camera_page(fmt: str, seed: int):
    """A degraded synthetic page (the tuning degraded set's renderer) and its plan."""
    from docverify.synth.degradation import plan_degradation, render_plan

    doc = generate(fmt, seed)
    plan = plan_degradation((doc.image.shape[1], doc.image.shape[0]), seed)
    return doc, plan, render_plan(doc.image, plan)


def _jpeg(img, *qualities):
    for q in qualities:
        ok, buf = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, q])
        img = cv2.imdecode(buf, cv2.IMREAD_COLOR)
    return img


# Camera photos of genuine pages (tuning degraded set, seed 7) that used to ask for a review: a
# q50 page whose light spot clips the pixels, and a q72 page (mapped at 70, on the coarse grid)
# hot along the photo's straight lower edge.
@pytest.mark.parametrize(("fmt", "seed"), [("TD3", 7000033), ("TD2", 7000037)])
def test_a_camera_photo_saved_once_has_no_compression_history(fmt, seed, tmp_path):
    from docverify.checks.context import Run
    from docverify.checks.image.common import jpeg_quality
    from docverify.checks.image.ela import earlier_compression, ghost_map

    _, plan, raw = _camera_page(fmt, seed)
    path = tmp_path / "camera.jpg"
    cv2.imwrite(str(path), raw, [cv2.IMWRITE_JPEG_QUALITY, plan.jpeg_quality])
    img = cv2.imread(str(path))
    ctx = CheckContext(None, None, img, TODAY, path)
    # The page dips at the file's own quality (found to the unit): that is the last save.
    quality, _ = ghost_map(cv2.cvtColor(img, cv2.COLOR_BGR2GRAY))
    assert quality == plan.jpeg_quality == jpeg_quality(Run(ctx))
    assert not earlier_compression(quality, plan.jpeg_quality)
    assert [f for f in run_checks(ctx) if f.code == "image.error_level"] == []


def test_a_re_saved_camera_photo_judges_no_clipped_blocks(tmp_path):
    # The q50 page with a light spot re-saved at 95 (a messaging app, a scanner's software):
    # a real earlier compression, but the blocks decoding clipped do not give back their dip.
    from docverify.checks.image.ela import clipped_blocks, ghost_map

    _, plan, raw = _camera_page("TD3", 7000033)
    img = _jpeg(raw, plan.jpeg_quality, 95)
    g = cv2.cvtColor(img, cv2.COLOR_BGR2GRAY)
    quality, anomaly = ghost_map(g)
    patch = largest_patch(anomaly)
    assert quality == plan.jpeg_quality
    assert patch is not None
    assert patch.isolated  # all the clipped light spot
    clipped = clipped_blocks(img)
    assert clipped[patch.y:patch.y + patch.h, patch.x:patch.x + patch.w].mean() > 0.5
    assert largest_patch(ghost_map(g, None, clipped)[1]) is None
    path = tmp_path / "resaved.jpg"
    cv2.imwrite(str(path), img, [cv2.IMWRITE_JPEG_QUALITY, 100])
    found = run_checks(CheckContext(None, None, cv2.imread(str(path)), TODAY, path))
    assert [f for f in found if f.code == "image.error_level"
            and f.severity is not Severity.INFO] == []


def test_the_former_quality_is_found_to_the_unit():
    # Off the grid (50, 60, 70, 80) the map is taken at the quality itself: at 70 the q72
    # page's straight photo edge stands out; at 72 nothing does.
    from docverify.checks.image.ela import _BLOCK, _QUALITIES, _blocks, ghost_map

    _, plan, raw = _camera_page("TD2", 7000037)
    g = cv2.cvtColor(_jpeg(raw, plan.jpeg_quality, 95), cv2.COLOR_BGR2GRAY)
    g = np.ascontiguousarray(g[: (g.shape[0] // 16) * 16, : (g.shape[1] // 16) * 16])
    kept: dict[int, np.ndarray] = {}
    quality, anomaly = ghost_map(g, kept)
    assert quality == 72
    assert largest_patch(anomaly) is None
    err = np.stack([kept[q] for q in _QUALITIES])
    detail = cv2.subtract(g, cv2.blur(g, (_BLOCK, _BLOCK)), dtype=cv2.CV_16S)
    textured = _blocks(cv2.multiply(detail, detail, dtype=cv2.CV_32F)) > 20.0
    at70 = err[_QUALITIES.index(70)] / (err.max(axis=0) + 1e-6)
    coarse = largest_patch(np.where(textured, at70 - np.median(at70[textured]), 0.0))
    assert coarse is not None
    assert coarse.isolated


@pytest.mark.parametrize(("fmt", "seed"), [("TD3", 7000033), ("TD2", 7000037)])
def test_a_photo_pasted_into_a_camera_photo_and_resaved_is_located(fmt, seed, tmp_path):
    # The same pages, their portrait replaced by pixels that never had the camera's
    # compression, re-saved at 100: the page's earlier save shows, and the photo lacks it.
    doc, plan, raw = _camera_page(fmt, seed)
    page = _jpeg(raw, plan.jpeg_quality)
    pts = cv2.perspectiveTransform(np.float32([[[x, y] for x, y in (
        (doc.regions["photo"][0], doc.regions["photo"][1]),
        (doc.regions["photo"][0] + doc.regions["photo"][2],
         doc.regions["photo"][1] + doc.regions["photo"][3]))]]), plan.matrix)[0]
    x0, y0 = np.floor(pts.min(axis=0)).astype(int)
    x1, y1 = np.ceil(pts.max(axis=0)).astype(int)
    page[y0:y1, x0:x1] = raw[y0:y1, x0:x1]
    path = tmp_path / "pasted.jpg"
    cv2.imwrite(str(path), page, [cv2.IMWRITE_JPEG_QUALITY, 100])
    found = [f for f in run_checks(CheckContext(None, None, cv2.imread(str(path)), TODAY, path))
             if f.code == "image.error_level"]
    assert [f.severity for f in found] == [Severity.WARNING]
    r = found[0].region
    assert x0 - 16 <= r.x < x1
    assert y0 - 16 <= r.y < y1
