"""The bundled sample documents are what the generator makes for their recorded seeds."""

from __future__ import annotations

import json
from pathlib import Path

import cv2

from docverify.synth import generate

SAMPLES = Path(__file__).resolve().parents[3] / "resources" / "samples"


def test_samples_match_the_generator():
    manifest = json.loads((SAMPLES / "samples.json").read_text(encoding="utf-8"))
    assert {m["format"] for m in manifest.values()} == {"TD1", "TD2", "TD3"}
    for name, meta in manifest.items():
        doc = generate(meta["format"], meta["seed"])
        assert list(doc.mrz) == meta["mrz"], name
        assert doc.fields == meta["fields"], name
        image = cv2.imread(str(SAMPLES / name))
        assert image is not None, name
        assert image.shape == doc.image.shape, name
        assert abs(image.astype(int) - doc.image).mean() < 2.0, name
