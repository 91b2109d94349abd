"""The reader end to end: real model, real images, every orientation, real specimens."""

import json

import cv2
import numpy as np
import pytest

from docverify.errors import NoMRZError
from docverify.reading.reader import read_file, read_image
from docverify.resources import resource_path
from docverify.synth import degrade, generate

SAMPLES = json.loads(resource_path("samples", "samples.json").read_text())


def _sample_items():
    return [(name, item["mrz"]) for name, item in SAMPLES.items() if not name.startswith("_")]


@pytest.mark.parametrize(("name", "mrz"), _sample_items())
def test_bundled_samples_read_exactly(name, mrz):
    reading = read_file(resource_path("samples", name))
    assert list(reading.lines) == mrz
    assert reading.parse.valid
    assert all(len(c) == len(line) for c, line in zip(reading.confidences, reading.lines, strict=True))


@pytest.mark.parametrize("turn", [None, cv2.ROTATE_90_CLOCKWISE, cv2.ROTATE_180, cv2.ROTATE_90_COUNTERCLOCKWISE])
def test_any_quarter_turn(turn):
    doc = generate("TD3", 11)
    image = doc.image if turn is None else cv2.rotate(doc.image, turn)
    reading = read_image(image)
    assert list(reading.lines) == list(doc.mrz)


@pytest.mark.parametrize(("fmt", "seed"), [("TD1", 3), ("TD2", 5), ("MRVA", 8), ("MRVB", 9)])
def test_degraded_formats(fmt, seed):
    doc = generate(fmt, seed)
    image, _ = degrade(doc.image, seed, jpeg_quality=70, skew=8.0)
    reading = read_image(image)
    assert list(reading.lines) == list(doc.mrz)


def test_region_covers_the_mrz():
    doc = generate("TD3", 21)
    reading = read_image(doc.image)
    x, y, w, h = doc.regions["mrz"]
    r = reading.region
    ix = max(0, min(r.x + r.width, x + w) - max(r.x, x))
    iy = max(0, min(r.y + r.height, y + h) - max(r.y, y))
    assert ix * iy > 0.6 * w * h


def test_blank_page_has_no_mrz():
    with pytest.raises(NoMRZError):
        read_image(np.full((800, 1200, 3), 235, np.uint8))


def test_real_specimens_floor(fixtures):
    """A regression floor on the real specimens used for tuning (the held-out ones are reported
    by tests/benchmarks/bench_mrz.py, never tuned on)."""
    known = json.loads((fixtures / "documents" / "known_mrz.json").read_text())
    tuning = {k: v for k, v in known.items() if not k.startswith("_") and v.get("mrz") and not v.get("holdout")}
    exact = 0
    for rel, truth in tuning.items():
        try:
            exact += list(read_file(fixtures / "documents" / rel).lines) == truth["mrz"]
        except NoMRZError:
            pass
    assert exact >= 0.8 * len(tuning), f"{exact}/{len(tuning)}"


def test_small_image_region_in_its_own_pixels():
    doc = generate("TD3", 21)
    scale = 500 / doc.image.shape[1]
    small = cv2.resize(doc.image, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    reading = read_image(small)
    assert reading.image_size == (small.shape[1], small.shape[0])
    x, y, w, h = (round(v * scale) for v in doc.regions["mrz"])
    r = reading.region
    ix = max(0, min(r.x + r.width, x + w) - max(r.x, x))
    iy = max(0, min(r.y + r.height, y + h) - max(r.y, y))
    assert ix * iy > 0.6 * w * h


def _look(text, alts):
    from docverify.reading.recognizer import LineResult

    return LineResult(text, tuple(a[0][1] for a in alts), tuple(tuple(a) for a in alts))


def test_second_looks_vote_per_character():
    from docverify.reading.looks import fuse as _fuse

    # Position 3: one look is sure of "8" (0.6); two lean to "B" (0.5 + 0.45 against 0.3 + 0.2).
    first = _look("AB8D", [[("A", 0.9)], [("B", 0.9)], [("8", 0.6), ("B", 0.3)], [("D", 0.9)]])
    second = _look("ABBD", [[("A", 0.8)], [("B", 0.8)], [("B", 0.5), ("8", 0.3)], [("D", 0.8)]])
    third = _look("ABBD", [[("A", 0.7)], [("B", 0.7)], [("B", 0.45), ("8", 0.2)], [("D", 0.7)]])
    stray = _look("ABD", [[("A", 0.99)], [("B", 0.99)], [("D", 0.99)]])  # another length
    fused = _fuse([first, second, third, stray])
    assert fused.text == "ABBD"
    assert fused.confidences[2] == pytest.approx((0.3 + 0.5 + 0.45) / 3)
    assert fused.alternatives[2][1][0] == "8"
    assert _fuse([stray]) is stray


def test_second_looks_prefer_the_formats_length():
    from docverify.reading.looks import fuse as _fuse

    short = _look("AB", [[("A", 0.9)], [("B", 0.9)]])
    full = _look("ABC", [[("A", 0.6)], [("B", 0.6)], [("C", 0.6)]])
    # Two looks dropped a character, one read all three: the format says three.
    assert _fuse([short, short, full], length=3).text == "ABC"
    assert _fuse([short, short, full]).text == "AB"


def _visa_with_faint_end(seed: int, keep: float):
    """An MRV-A visa whose last 8 characters (fillers) on both lines keep only ``keep`` of
    their ink: the locator loses them, as on a faint print."""
    doc = generate("MRVA", seed)
    img = doc.image.copy()
    for k in (0, 1):
        x, y, w, h = doc.regions[f"mrz_line_{k}"]
        x0 = x + int(w * 36 / 44) + 2
        sub = img[y - 4:y + h + 4, x0:x + w + 6].astype(np.float32)
        img[y - 4:y + h + 4, x0:x + w + 6] = (255 - (255 - sub) * keep).astype(np.uint8)
    return doc, img


@pytest.mark.parametrize("seed", [8, 12])
def test_a_visa_whose_faint_fillers_were_lost_is_read_at_its_length(seed, monkeypatch):
    import docverify.reading.reader as reader

    doc, img = _visa_with_faint_end(seed, 0.4)
    with monkeypatch.context() as m:
        m.setattr(reader, "_SHORT_FORMATS", ())  # without reading the lines again longer
        short = read_image(img)
    assert [len(line) for line in short.lines] == [36, 36]  # a self-consistent MRV-B
    reading = read_image(img)
    assert list(reading.lines) == list(doc.mrz)
    assert str(reading.parse.document.format) == "MRVA"


def test_blank_paper_after_a_short_reading_adds_nothing():
    # The fillers erased outright: nothing to read there, so the reading stays 36 long.
    _, img = _visa_with_faint_end(8, 0.0)
    assert [len(line) for line in read_image(img).lines] == [36, 36]


def _faint_end(fmt: str, seed: int, n: int, keep: float = 0.4):
    """A document whose last ``n`` characters on every MRZ line keep only ``keep`` of their
    ink: the locator loses them (faint fillers and the check digit after them)."""
    doc = generate(fmt, seed)
    img = doc.image.copy()
    for k, line in enumerate(doc.mrz):
        x, y, w, h = doc.regions[f"mrz_line_{k}"]
        x0 = x + int(w * (len(line) - n) / len(line)) + 2
        sub = img[y - 4:y + h + 4, x0:x + w + 6].astype(np.float32)
        img[y - 4:y + h + 4, x0:x + w + 6] = (255 - (255 - sub) * keep).astype(np.uint8)
    return doc, img


@pytest.mark.parametrize(("seed", "n"), [(1, 6), (3, 8)])
def test_a_card_whose_line_ends_were_lost_is_read_again_longer(seed, n, monkeypatch):
    from dataclasses import replace

    import docverify.reading.reader as reader

    doc, img = _faint_end("TD1", seed, n)
    with monkeypatch.context() as m:
        m.setattr(reader, "READING", replace(reader.READING, lengthened_min_share=2.0))
        m.setattr(reader, "detect_chains", lambda work: [])  # the other way to see the ends
        assert list(read_image(img).lines) != list(doc.mrz)  # the check digit after the fillers lost
    assert list(read_image(img).lines) == list(doc.mrz)


@pytest.mark.parametrize("seed", [1, 3])
def test_a_passport_read_as_a_failing_td2_is_read_at_its_length(seed, monkeypatch):
    import docverify.reading.reader as reader

    # Its personal number's check digits follow the fillers lost: not all the longer reading
    # adds is fillers, but it passes every check where the 36-character one does not.
    doc, img = _faint_end("TD3", seed, 9)
    with monkeypatch.context() as m:
        m.setattr(reader, "_better", lambda longer, scored: False)
        m.setattr(reader, "detect_chains", lambda work: [])  # the other way to see the ends
        assert [len(line) for line in read_image(img).lines] == [36, 36]
    reading = read_image(img)
    assert list(reading.lines) == list(doc.mrz)
    assert str(reading.parse.document.format) == "TD3"


@pytest.mark.parametrize(("seed", "k"), [(2, 0), (5, 2)])
def test_a_card_whose_first_or_last_line_was_lost_is_read_with_three(seed, k, monkeypatch):
    from dataclasses import replace

    import docverify.reading.reader as reader

    # The second half of one line faded: the locator finds the other two lines only.
    doc = generate("TD1", seed)
    img = doc.image.copy()
    x, y, w, h = doc.regions[f"mrz_line_{k}"]
    sub = img[y - 4:y + h + 4, x + w // 2:x + w + 6].astype(np.float32)
    img[y - 4:y + h + 4, x + w // 2:x + w + 6] = (255 - (255 - sub) * 0.45).astype(np.uint8)
    with monkeypatch.context() as m:
        m.setattr(reader, "READING", replace(reader.READING, card_line_slack=-1))
        m.setattr(reader, "detect_chains", lambda work: [])  # the other way to see the line
        assert [len(line) for line in read_image(img).lines] == [36, 36]
    assert list(read_image(img).lines) == list(doc.mrz)


def test_a_confident_reading_with_an_unknown_printed_code_ends_the_search(fixtures, monkeypatch):
    # The German specimen prints the old code D<< where the parser knows none: read at once
    # and with every character confident, no other candidate could read it better, so the
    # reader stops there instead of trying every other band and turn (11 readings before).
    import docverify.reading.reader as reader

    tries = []
    real_try = reader._try
    monkeypatch.setattr(reader, "_try", lambda *a, **k: tries.append(a[3]) or real_try(*a, **k))
    reading = read_file(fixtures / "documents" / "passporteye" / "100_pass-bdr.jpg")
    assert [f.code for f in reading.parse.findings if f.severity.value == "warning"]
    assert not [f for f in reading.parse.findings if f.severity.value == "critical"]
    assert len(tries) <= 2


def test_between_readings_alike_the_one_spelling_real_names_scores_higher():
    from docverify.mrz.parser import parse
    from docverify.reading.correct import correct
    from docverify.reading.reader import _score
    from docverify.reading.recognizer import LineResult

    def scored(line1: str) -> float:
        lines = [line1, "L898902C36UTO7408122F1204159ZE184226B<<<<<10"]
        # Every character at 0.95, the first letter of the surname at 0.5: alike but for it.
        results = [LineResult(t, tuple(0.5 if (i, j) == (0, 5) else 0.95 for j in range(len(t))),
                              tuple(((ch, 0.95),) for ch in t)) for i, t in enumerate(lines)]
        fixed = correct(results)
        return _score(parse(fixed.lines), fixed, results)[0]

    known = scored("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<")
    unknown = scored("P<UTOFRIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<")
    assert known > unknown


def test_the_stock_tesseract_engine_reads_through_the_same_reader():
    """The alternative engine the settings and `check --engine tesseract` offer: the real
    tesseract binary, one confidence a character, the same correction and parsing after it.
    Stock tesseract reads OCR-B poorly (fillers as K), but the digits of a clean sample's data
    line come through, check digits and all."""
    reading = read_file(resource_path("samples", "passport_td3.png"), engine="tesseract")
    assert reading.engine == "tesseract"
    assert all(len(c) == len(line) for c, line in zip(reading.confidences, reading.lines, strict=True))
    assert reading.parse.document.document_number == "BJ6902234"
    assert reading.parse.document.birth_date.isoformat() == "1974-02-16"
