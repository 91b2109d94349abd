"""The DG2-against-printed-photo similarity hint: same photo high, others lower, bad input silent."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from docverify.chip import face, lds
from docverify.synth.render import _draw_photo
from tests.unit.chip.conftest import FIX


def _portrait(seed: int, box=(0, 0, 240, 300)) -> np.ndarray:
    img = np.full((300, 240, 3), 230, np.uint8)
    _draw_photo(img, box, np.random.default_rng(seed))
    return img


def _printed(img: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """The photo as printed and scanned: smaller, brighter, noisy, off-centre, re-compressed."""
    h, w = img.shape[:2]
    small = cv2.resize(img, (w * 2 // 3, h * 2 // 3), interpolation=cv2.INTER_AREA)
    small = np.clip(small * 1.1 + 15 + rng.normal(0, 6, small.shape), 0, 255).astype(np.uint8)
    small = cv2.copyMakeBorder(small, 6, 3, 5, 2, cv2.BORDER_CONSTANT, value=(200, 200, 200))
    _, buf = cv2.imencode(".jpg", small, [cv2.IMWRITE_JPEG_QUALITY, 60])
    return cv2.imdecode(buf, cv2.IMREAD_COLOR)


def _jpeg(img: np.ndarray) -> bytes:
    return cv2.imencode(".jpg", img)[1].tobytes()


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_same_photo_scores_above_another(seed):
    rng = np.random.default_rng(seed)
    chip = _jpeg(_portrait(seed))
    same = face.similarity(face.decode(chip), _printed(_portrait(seed), rng))
    other = face.similarity(face.decode(chip),
                            _printed(_portrait(seed + 50, (30, 40, 180, 240)), rng))
    assert same > 0.9
    assert other < same - 0.05
    found = face.face_hint(chip, _printed(_portrait(seed), rng))
    assert [f.code for f in found] == ["chip.face.similarity"]
    assert found[0].severity == "info"
    assert "hint" in found[0].message
    assert "low" not in found[0].message


def test_unrelated_picture_is_low():
    chip = _jpeg(_portrait(3))
    noise = np.random.default_rng(1).integers(0, 255, (200, 160), dtype=np.uint8)
    found = face.face_hint(chip, noise)
    assert float(dict(found[0].evidence)["similarity"]) < 0.5
    assert "(low: compare the two pictures)" in found[0].message


def test_nothing_to_compare():
    assert face.face_hint(b"not a picture", np.zeros((100, 80), np.uint8)) == []
    assert face.face_hint(_jpeg(_portrait(4)), None) == []
    assert face.similarity(np.zeros((100, 80), np.uint8), np.zeros((100, 80), np.uint8)) is None
    assert face.similarity(np.zeros((10, 8), np.uint8), np.zeros((100, 80), np.uint8)) is None


def test_iso19794_record_image_against_itself():
    """The JPEG of a real ISO/IEC 19794-5 record decodes and matches a scaled copy of itself."""
    record = (FIX / "iso19794" / "ISO19794_Test1_Data.bin").read_bytes()
    _, image = lds.face_image(record)
    grey = face.decode(image)
    assert grey is not None
    scaled = cv2.resize(grey, (grey.shape[1] * 3 // 4, grey.shape[0] * 3 // 4))
    assert face.similarity(grey, scaled) > 0.9


def test_chip_verify_with_photo(tmp_path, capsys):
    import json

    from docverify.chip import issuer
    from docverify.chip.tlv import encode_tlv
    from docverify.cli.main import main

    img = _portrait(7)
    dg2 = encode_tlv(0x75, encode_tlv(0x7F61, encode_tlv(0x7F60, encode_tlv(0x5F2E, _jpeg(img)))))
    groups = {2: dg2}
    (tmp_path / "sod.bin").write_bytes(issuer.make_sod(groups, issuer.make_dsc(issuer.make_csca())))
    (tmp_path / "dg2.bin").write_bytes(dg2)
    cv2.imwrite(str(tmp_path / "photo.png"), _printed(img, np.random.default_rng(0)))
    rc = main(["--db", str(tmp_path / "s.db"), "chip", "verify", "--sod", str(tmp_path / "sod.bin"),
               "--dg", str(tmp_path / "dg2.bin"), "--photo", str(tmp_path / "photo.png"), "--json"])
    assert rc == 0
    hints = [f for f in json.loads(capsys.readouterr().out)["findings"]
             if f["code"] == "chip.face.similarity"]
    assert len(hints) == 1
    assert "low" not in hints[0]["message"]
