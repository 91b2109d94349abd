"""The committed MRZ line recognizer reads real held-out crops and rendered OCR-B lines."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from docverify.reading.recognizer import (
    ALPHABET,
    LineRecognizer,
    LineResult,
    decode,
    default_model_path,
    default_recognizer,
)

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "mrz_lines"
OCRB = Path("/usr/share/fonts/opentype/ocr-b/OCRB.otf")
RENDERED = (
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
    "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
    "I<UTOD231458907<<<<<<<<<<<<<<<",
    "7408122F1204159UTO<<<<<<<<<<<6",
    "ERIKSSON<<ANNA<MARIA<<<<<<<<<<",
    "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<",
    "D231458907UTO7408122F1204159<<<<<<<6",
    "0123456789<ABCDEFGHIJKLMNOPQRSTUVWXYZ<<<<<<<",
)


def _labels() -> list[dict[str, str]]:
    return json.loads((FIXTURES / "labels.json").read_text(encoding="utf-8"))


def _gray(path: Path) -> np.ndarray:
    return np.asarray(Image.open(path).convert("L"), dtype=np.uint8)


def _render(text: str, cap_px: int = 24, margin: int = 8) -> np.ndarray:
    font = ImageFont.truetype(str(OCRB), round(cap_px / 0.72))
    pitch = font.getlength("0")
    im = Image.new("L", (int(pitch * len(text)) + 2 * margin, cap_px + 2 * margin), 235)
    draw = ImageDraw.Draw(im)
    for i, c in enumerate(text):
        draw.text((margin + i * pitch, margin + cap_px), c, font=font, fill=20, anchor="ls")
    return np.asarray(im, dtype=np.uint8)


def _assert_well_formed(r: LineResult) -> None:
    assert set(r.text) <= set(ALPHABET)
    assert len(r.confidences) == len(r.text) == len(r.alternatives)
    for ch, conf, alts in zip(r.text, r.confidences, r.alternatives, strict=True):
        assert 0.0 <= conf <= 1.0
        assert len(alts) == 5
        assert alts[0] == (ch, conf)
        probs = [p for _, p in alts]
        assert probs == sorted(probs, reverse=True)
        assert all(0.0 <= p <= 1.0 for p in probs)
        assert sum(probs) <= 1.0 + 1e-4
        assert len({c for c, _ in alts}) == 5


def test_committed_model_and_metadata_exist() -> None:
    path = default_model_path()
    assert path.is_file()
    assert path.stat().st_size < 5 * 1024 * 1024
    meta = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    assert meta["alphabet"] == ALPHABET
    assert meta["input_height"] == 32


def test_default_recognizer_is_cached() -> None:
    assert default_recognizer() is default_recognizer()


@pytest.mark.parametrize("item", _labels(), ids=lambda x: x["file"])
def test_reads_real_heldout_crops_exactly(item: dict[str, str]) -> None:
    result = default_recognizer().recognize(_gray(FIXTURES / item["file"]))
    assert result.text == item["text"]
    _assert_well_formed(result)
    assert min(result.confidences) > 0.5


@pytest.mark.parametrize("text", RENDERED)
def test_reads_rendered_ocrb_lines_exactly(text: str) -> None:
    result = default_recognizer().recognize(_render(text))
    assert result.text == text
    _assert_well_formed(result)


def test_batch_matches_single_reads() -> None:
    rec = default_recognizer()
    lines = [_render(RENDERED[0], 20), _render(RENDERED[2], 30), _gray(FIXTURES / "line_0.png")]
    batch = rec.recognize_batch(lines)
    assert [b.text for b in batch] == [rec.recognize(x).text for x in lines]
    assert rec.recognize_batch([]) == []


def test_blank_and_colour_inputs() -> None:
    rec = default_recognizer()
    assert rec.recognize(np.full((40, 600), 230, np.uint8)).text == ""
    bgr = np.repeat(_render(RENDERED[1])[:, :, None], 3, axis=2)
    assert rec.recognize(bgr).text == RENDERED[1]
    with pytest.raises(ValueError, match="2-D"):
        rec.recognize(np.zeros((1, 1), np.uint8))


def test_missing_model_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        LineRecognizer(tmp_path / "nope.onnx")


def test_decode_collapses_repeats_and_blanks() -> None:
    # frames: '<' '<' blank '<' 'A' blank  ->  "<<A"
    probs = np.full((6, len(ALPHABET) + 1), 0.001, np.float32)
    for t, k in enumerate((1, 1, 0, 1, 1 + ALPHABET.index("A"), 0)):
        probs[t, k] = 0.9
    r = decode(probs)
    assert r.text == "<<A"
    _assert_well_formed(r)
    assert r.confidences[2] == pytest.approx(0.9)
