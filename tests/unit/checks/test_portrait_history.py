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
