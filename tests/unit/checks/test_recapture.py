"""Screen recapture hint: the paired moiré peaks on simulated recaptures, none on genuine pages
(synthetic, camera-degraded and real specimens from tests/fixtures/documents)."""

from __future__ import annotations

import json

import cv2
import numpy as np
import pytest
from checks_helpers import TODAY, synth_context
from test_photo import SPECIMENS

from docverify.checks import CheckContext, run_checks, tamper
from docverify.checks.context import Run
from docverify.checks.image.recapture import moire, recapture
from docverify.config import CHECKS
from docverify.model import Reading, Region
from docverify.mrz.parser import parse
from docverify.synth.document import generate


def grey(img: np.ndarray) -> np.ndarray:
    return cv2.cvtColor(img, cv2.COLOR_BGR2GRAY)


@pytest.mark.parametrize(("fmt", "seed"), [("TD3", 41), ("TD1", 42), ("TD2", 43), ("MRVA", 44)])
def test_simulated_recaptures_show_a_perpendicular_pair(fmt, seed):
    doc = generate(fmt, seed)
    for k in range(3):
        shot = tamper.recapture(doc, np.random.default_rng(seed * 10 + k))
        m = moire(grey(shot.image))
        assert m.score >= CHECKS.recapture_peak_ratio
        period = float(shot.detail.split()[2].removesuffix("px"))
        assert abs(m.period_px - period) < 0.35 * period  # the grid's own pitch, roughly
        found = [f for f in run_checks(synth_context(doc, image=shot.image))
                 if f.code == "image.recapture"]
        assert len(found) == 1
        assert found[0].region is not None


@pytest.mark.parametrize(("fmt", "seed"), [("TD3", 41), ("TD1", 42), ("TD2", 43), ("MRVA", 44)])
def test_genuine_pages_have_no_pair(fmt, seed):
    doc = generate(fmt, seed)
    assert moire(grey(doc.image)).score < 0.65 * CHECKS.recapture_peak_ratio
    ok, buf = cv2.imencode(".jpg", doc.image, [cv2.IMWRITE_JPEG_QUALITY, 80])
    assert ok
    assert moire(grey(cv2.imdecode(buf, cv2.IMREAD_COLOR))).score < 0.65 * CHECKS.recapture_peak_ratio


@pytest.mark.parametrize("name", ["fastmrz/nomrz.jpg", "fastmrz/td1.jpg",
                                  "passporteye/100_pass-bdr.jpg", "passporteye/100_pass-lux.jpg",
                                  "passporteye/passport-td2.jpg", "passporteye/100_pass-hrv.jpg"])
def test_real_images_have_no_pair(name):
    # Including a payment card whose printed pattern has one strong peak (single 11 SDs) but
    # no partner a quarter turn away.
    g = grey(cv2.imread(str(SPECIMENS / name)))
    m = moire(g)
    assert m.score < CHECKS.recapture_peak_ratio


def test_too_small_an_image_is_not_judged():
    m = moire(np.full((100, 100), 128, np.uint8))
    assert (m.score, m.tiles) == (0.0, 0)


def test_the_mrz_is_left_out_of_the_spectrum():
    # A real card whose page region, with its MRZ, once scored 116 on two tiles (the MRZ's
    # fixed-pitch character grid): tiles meeting the MRZ are left out, smaller tiles used.
    name = "fastmrz/td1.jpg"
    truth = json.loads((SPECIMENS / "known_mrz.json").read_text(encoding="utf-8"))[name]["mrz"]
    result = parse(truth, TODAY)
    reading = Reading(name, tuple(truth), (), result, region=Region(31, 660, 486, 97))
    ctx = CheckContext(reading, result.document, cv2.imread(str(SPECIMENS / name)), TODAY)
    assert list(recapture(Run(ctx))) == []
    mrz_only = grey(ctx.image)[650:770, 20:530]
    assert moire(mrz_only).tiles == 0  # too little page to judge
