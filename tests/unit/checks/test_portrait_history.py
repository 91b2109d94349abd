"""Portrait compression hint: a photo pasted from another JPEG generation, on synthetic pages
and on a real specimen (fixtures in tests/fixtures/documents)."""

from __future__ import annotations

import dataclasses

import cv2
import numpy as np
import pytest
from checks_helpers import synth_context
from test_photo import SPECIMENS, real_context

from docverify.checks import decide, run_checks, tamper
from docverify.checks.context import Run
from docverify.checks.image.portrait import measure, portrait_history
from docverify.config import CHECKS
from docverify.model import Severity, Verdict
from docverify.synth.document import generate

CODE = "image.portrait_history"


def _jpeg(img: np.ndarray, quality: int) -> np.ndarray:
    ok, buf = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, quality])
    assert ok
    return cv2.imdecode(buf, cv2.IMREAD_COLOR)


def _saved(img: np.ndarray, path):
    cv2.imwrite(str(path), img, [cv2.IMWRITE_JPEG_QUALITY, 100])
    return cv2.imread(str(path))


def hints(ctx):
    return [f for f in run_checks(ctx) if f.code == CODE]


@pytest.fixture(scope="module")
def donor():
    return generate("TD3", 4242)


@pytest.mark.parametrize(("fmt", "seed"), [("TD3", 31), ("TD2", 32), ("MRVA", 33), ("TD1", 34)])
def test_swapped_photo_is_found_at_the_portrait(fmt, seed, donor, tmp_path):
    doc = generate(fmt, seed)
    forged = tamper.photo_swap(doc, donor)
    path = tmp_path / "swap.jpg"
    found = hints(synth_context(doc, image=_saved(forged.image, path), source_path=path))
    assert [f.severity for f in found] == [Severity.WARNING]
    px, py, pw, ph = doc.regions["photo"]
    r = found[0].region
    assert px <= r.x + r.width / 2 <= px + pw
    assert py <= r.y + r.height / 2 <= py + ph
    assert decide(found)[0] is Verdict.REVIEW  # a hint: never an alert on its own


@pytest.mark.parametrize("chain", [(75, 92), (60, 95), (88,), (85,)])
def test_genuine_page_through_the_same_compressions_raises_nothing(chain, tmp_path):
    doc = generate("TD3", 31)
    img = doc.image
    for q in chain:
        img = _jpeg(img, q)
    path = tmp_path / "genuine.jpg"
    assert hints(synth_context(doc, image=_saved(img, path), source_path=path)) == []


def test_png_source_is_not_judged(donor, tmp_path):
    doc = generate("TD3", 31)
    forged = tamper.photo_swap(doc, donor)
    path = tmp_path / "swap.png"
    cv2.imwrite(str(path), forged.image)
    assert hints(synth_context(doc, image=cv2.imread(str(path)), source_path=path)) == []


@pytest.mark.parametrize("name", ["fastmrz/mrva.jpg", "fastmrz/td2.jpg",
                                  "passporteye/100_pass-uto.jpg", "passporteye/79_pass-can.jpg"])
def test_real_specimens_portraits_share_their_page_history(name):
    # Real JPEG specimens (tuning part): the portrait is measured (a face in the zone, enough
    # textured blocks) and shares the page's history closely enough to raise nothing.
    ctx = dataclasses.replace(real_context(name), source_path=SPECIMENS / name)
    run = Run(ctx)
    measured = measure(run)
    assert measured is not None
    assert measured[0].gap < CHECKS.portrait_min_gap
    assert list(portrait_history(run)) == []


@pytest.mark.parametrize(("fmt", "seed"), [("TD3", 31), ("MRVA", 33)])
def test_reusing_the_error_level_maps_blocks_changes_nothing(fmt, seed, donor, tmp_path):
    # The error-level map's per-block errors (its qualities, over the page) are the same as
    # the portrait history's own encodings of the face and the ring.
    from docverify.checks.image.ela import error_level

    doc = generate(fmt, seed)
    path = tmp_path / "swap.jpg"
    ctx = synth_context(doc, image=_saved(tamper.photo_swap(doc, donor).image, path),
                        source_path=path)
    alone = measure(Run(ctx))
    run = Run(ctx)
    list(error_level(run))
    assert run.peek("ghost_blocks") is not None
    shared = measure(run)
    assert alone is not None
    assert shared is not None
    assert shared[1] == alone[1]
    a, b = dataclasses.asdict(alone[0]), dataclasses.asdict(shared[0])
    assert a.keys() == b.keys()
    for k in a:
        assert b[k] == pytest.approx(a[k], abs=1e-6), k


GRID = "image.portrait_grid"


def grid_hints(ctx):
    return [f for f in run_checks(ctx) if f.code == GRID]


@pytest.mark.parametrize(("fmt", "seed"), [("TD3", 31), ("TD2", 32), ("MRVA", 33), ("TD1", 34)])
def test_a_jpeg_portrait_pasted_into_a_png_page_shows_its_own_grid(fmt, seed, donor, tmp_path):
    doc = generate(fmt, seed)
    forged = tamper.photo_swap(doc, donor, 75, png_page=True)
    path = tmp_path / "swap.png"
    cv2.imwrite(str(path), forged.image)
    ctx = synth_context(doc, image=cv2.imread(str(path)), source_path=path)
    found = grid_hints(ctx)
    assert [f.severity for f in found] == [Severity.WARNING]
    # The grid found is the pasted JPEG's: it starts at the photo's corner.
    px, py, pw, ph = doc.regions["photo"]
    assert dict(found[0].evidence)["grid_offset"] == f"{px % 8},{py % 8}"
    r = found[0].region
    assert px <= r.x + r.width / 2 <= px + pw
    assert py <= r.y + r.height / 2 <= py + ph
    assert decide(found)[0] is Verdict.REVIEW  # a hint: never an alert on its own
    # The same page with its own photo raises nothing.
    assert grid_hints(synth_context(doc, image=doc.image, source_path=tmp_path / "x.png")) == []


@pytest.mark.parametrize("chain", [(75, 92), (60, 95), (88,), (75, 75), "swap at 75"])
def test_a_whole_jpeg_page_has_one_grid(chain, donor, tmp_path):
    # The portrait of a genuine page put through JPEG carries the page's own grid, and so
    # does the same-quality photo swap (a known blind spot: the pasted photo's own grid does
    # not survive the page's re-compression at the same quality).
    doc = generate("TD2", 32)
    img = doc.image
    if chain == "swap at 75":
        img = tamper.photo_swap(doc, donor, 75).image
    else:
        for q in chain:
            img = _jpeg(img, q)
    path = tmp_path / "genuine.jpg"
    run = Run(synth_context(doc, image=_saved(img, path), source_path=path))
    from docverify.checks.image.common import gray
    from docverify.checks.image.portrait import face_and_zone
    from docverify.checks.image.portrait_grid import block_grid

    found = face_and_zone(run)
    assert found is not None
    grid = block_grid(gray(run), *found)
    assert grid is not None
    assert grid.offset == (0, 0)  # the file's own grid
    # ... which the page around shares, or too faint to be judged (the page then unmeasured).
    assert grid.page_excess > CHECKS.portrait_grid_page_max or \
        (grid.strength < CHECKS.portrait_grid_min and grid.page_blocks == 0)
    assert grid_hints(run.ctx) == []


@pytest.mark.parametrize("name", ["fastmrz/mrva.jpg", "fastmrz/td2.jpg",
                                  "passporteye/100_pass-isl.png", "passporteye/62_pass-pol.png",
                                  "passporteye/100_pass-hrv.jpg"])
def test_real_specimens_raise_no_grid_hint(name):
    # The ICAO specimens are composites whose portraits keep a faint grid of their own
    # (about 0.65, below portrait_grid_min); the PNG scans were JPEGs once, portrait and page
    # alike.
    ctx = dataclasses.replace(real_context(name), source_path=SPECIMENS / name)
    assert grid_hints(ctx) == []


def test_the_same_quality_swap_keeps_the_page_as_it_would_be(donor):
    doc = generate("TD3", 31)
    forged = tamper.photo_swap(doc, donor, 75)
    assert forged.detail.endswith("all at quality 75")
    x, y, w, h = doc.regions["photo"]
    below = (y + h) // 8 * 8 + 16  # JPEG blocks wholly below the photo
    assert np.array_equal(forged.image[below:], _jpeg(_jpeg(doc.image, 75), 75)[below:])
    assert not np.array_equal(forged.image[y:y + h, x:x + w],
                              _jpeg(_jpeg(doc.image, 75), 75)[y:y + h, x:x + w])
    # The default swap is what it was: face at 97 on a page at 75, the whole re-saved at 92.
    ox, oy, ow, oh = donor.regions["photo"]
    face = cv2.resize(donor.image[oy:oy + oh, ox:ox + ow], (w, h), interpolation=cv2.INTER_AREA)
    page = _jpeg(doc.image, 75)
    page[y:y + h, x:x + w] = _jpeg(face, 97)
    assert np.array_equal(tamper.photo_swap(doc, donor).image, _jpeg(page, 92))
