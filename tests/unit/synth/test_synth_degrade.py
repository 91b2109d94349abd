"""Degradations: output differs, sizes and orientation, homography maps regions, make_set."""

from __future__ import annotations

import json
import time

import cv2
import numpy as np
import pytest

from docverify.synth import apply_plan, degrade, generate, map_box, plan_degradation
from docverify.synth.make_set import main as make_set_main

CLEAN = {"skew": 0.0, "perspective": 0.0, "blur": "none", "jpeg_quality": 0, "noise": 0.0,
         "lighting": False, "shadow": False, "background": False, "margin": 1.2, "out_dpi": 300}


@pytest.fixture(scope="module")
def td3():
    return generate("TD3", 21)


def test_degraded_image_differs_and_is_deterministic(td3):
    a, ha = degrade(td3.image, 4)
    b, hb = degrade(td3.image, 4)
    c, _ = degrade(td3.image, 5)
    assert ha.shape == (3, 3)
    assert np.array_equal(a, b)
    assert np.array_equal(ha, hb)
    assert a.shape != td3.image.shape or not np.array_equal(a, td3.image)
    assert a.shape != c.shape or not np.array_equal(a, c)
    assert a.dtype == np.uint8
    assert a.ndim == 3


@pytest.mark.parametrize("rotation", [0, 90, 180, 270])
def test_rotation_orientation_and_size(td3, rotation):
    out, hom = degrade(td3.image, 1, rotation=rotation, **CLEAN)
    h, w = td3.image.shape[:2]
    oh, ow = out.shape[:2]
    if rotation in (90, 270):
        assert abs(ow - 1.2 * h) <= 4
        assert abs(oh - 1.2 * w) <= 4
    else:
        assert abs(ow - 1.2 * w) <= 4
        assert abs(oh - 1.2 * h) <= 4
    top = map_box(td3.regions["mrz_line_0"], hom)
    bottom = map_box(td3.regions["mrz_line_1"], hom)
    if rotation == 0:
        assert top[1] < bottom[1]
    elif rotation == 180:
        assert top[1] > bottom[1]
    elif rotation == 90:  # turned clockwise: the first line ends up right of the second
        assert top[0] > bottom[0]
    else:
        assert top[0] < bottom[0]


def test_homography_maps_a_marked_box_to_where_it_lands():
    img = np.full((600, 900, 3), 255, np.uint8)
    box = (300, 200, 120, 80)
    img[200:280, 300:420] = 0
    opts = dict(CLEAN, skew=11.0, perspective=0.05)
    out, hom = degrade(img, 3, rotation=90, **opts)
    ys, xs = np.nonzero(out.mean(axis=2) < 128)
    found = (xs.min(), ys.min(), xs.max() - xs.min() + 1, ys.max() - ys.min() + 1)
    expected = map_box(box, hom)
    assert all(abs(a - b) <= 3 for a, b in zip(found, expected, strict=True)), (found, expected)


def test_downscale_to_150_dpi_halves_the_document(td3):
    out, hom = degrade(td3.image, 2, rotation=0, **dict(CLEAN, out_dpi=150))
    assert abs(out.shape[1] - 1.2 * td3.image.shape[1] / 2) <= 4
    assert abs(hom[0, 0] - 0.5) < 1e-6


def test_full_random_degradation_keeps_regions_mappable(td3):
    for seed in range(8):
        plan = plan_degradation((td3.image.shape[1], td3.image.shape[0]), seed)
        out = apply_plan(td3.image, plan)
        assert (out.shape[1], out.shape[0]) == plan.out_size
        assert abs(plan.skew_deg) <= 15
        assert plan.rotation in (0, 90, 180, 270)
        x, y, w, h = map_box(td3.regions["mrz"], plan.matrix)
        assert min(x, y) >= 0
        assert min(plan.out_size[0] - x - w, plan.out_size[1] - y - h) >= 0


def test_one_document_plus_degradation_is_fast():
    generate("TD3", 0)  # fonts loaded
    times = []
    for seed in range(5):
        t0 = time.perf_counter()
        degrade(generate("TD3", seed).image, seed)
        times.append(time.perf_counter() - t0)
    assert sorted(times)[2] < 0.25  # typically ~0.05 s; loose for a shared machine


@pytest.mark.parametrize("degraded", [False, True])
def test_make_set_is_deterministic_and_consistent(tmp_path, degraded):
    args = ["--count", "5", "--seed", "9"] + (["--degraded"] if degraded else [])
    assert make_set_main(["--out", str(tmp_path / "a"), *args]) == 0
    assert make_set_main(["--out", str(tmp_path / "b"), *args]) == 0
    ma = json.loads((tmp_path / "a" / "manifest.json").read_text(encoding="utf-8"))
    mb = json.loads((tmp_path / "b" / "manifest.json").read_text(encoding="utf-8"))
    assert ma == mb
    assert [i["format"] for i in ma["items"]] == ["TD1", "TD2", "TD3", "MRVA", "MRVB"]
    for item in ma["items"]:
        fa = tmp_path / "a" / item["file"]
        assert fa.read_bytes() == (tmp_path / "b" / item["file"]).read_bytes()
        img = cv2.imread(str(fa))
        assert [img.shape[1], img.shape[0]] == item["size"]
        assert fa.suffix == (".jpg" if degraded else ".png")
        for x, y, w, h in item["regions"].values():
            assert min(x, y) >= 0
            assert min(item["size"][0] - x - w, item["size"][1] - y - h) >= 0
        if degraded:  # the file holds exactly what degrade() returns
            doc = generate(item["format"], item["seed"])
            again, _ = degrade(doc.image, item["seed"])
            assert np.array_equal(img, again)
