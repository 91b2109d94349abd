"""The chip in the window: Read chip only with a reader (else why), Verify chip files."""

from __future__ import annotations

import dataclasses

import cv2
import numpy as np
import pytest

from docverify.app import chip_work
from docverify.chip import bac, issuer, lds
from tests.unit.app.conftest import ICAO_TD3


@pytest.fixture(scope="module")
def authority():
    csca = issuer.make_csca()
    return csca, issuer.make_dsc(csca)


@pytest.fixture(scope="module")
def chip_data(authority):
    face = np.zeros((80, 60, 3), np.uint8)
    face[:, :30] = (0, 0, 255)  # a red half, so the decoded face is recognisably this one
    ok, jpeg = cv2.imencode(".jpg", face)
    assert ok
    dgs = {1: lds.build_dg1(ICAO_TD3), 2: lds.encode_dg2(jpeg.tobytes())}
    return dgs, issuer.make_sod(dgs, authority[1])


@pytest.fixture
def files(tmp_path, authority, chip_data):
    dgs, sod = chip_data
    (tmp_path / "EF_SOD.bin").write_bytes(sod)
    for n, v in dgs.items():
        (tmp_path / f"EF_DG{n}.bin").write_bytes(v)
    (tmp_path / "csca.cer").write_bytes(authority[0].der)
    return tmp_path


def dialog_for(window):
    d = window.verify_chip_files()
    assert d.outcome is None
    assert d.chip_face.pixmap().isNull()
    return d


def test_verify_chip_files_shows_the_result_and_the_face(qtbot, window, files):
    d = dialog_for(window)
    d.set_files(files / "EF_SOD.bin", [files / "EF_DG1.bin", files / "EF_DG2.bin"],
                [files / "csca.cer"])
    with qtbot.waitSignal(d.verified, timeout=10000):
        d.verify_button.click()
    assert d.outcome.passed
    assert d.headline.text().startswith("Passive Authentication passed")
    assert "Signature valid: yes" in d.details.text()
    assert "DG1 matches, DG2 matches" in d.details.text()
    face = d.chip_face.pixmap().toImage()
    assert face.height() == 240  # shown at the set height
    red = face.pixelColor(face.width() // 4, face.height() // 2)
    assert red.red() > 200
    assert red.blue() < 60


def test_an_altered_data_group_fails(qtbot, window, files):
    dg1 = bytearray((files / "EF_DG1.bin").read_bytes())
    dg1[-3] ^= 1
    (files / "EF_DG1.bin").write_bytes(bytes(dg1))
    d = dialog_for(window)
    d.set_files(files / "EF_SOD.bin", [files / "EF_DG1.bin"], [files / "csca.cer"])
    with qtbot.waitSignal(d.verified, timeout=10000):
        d.verify()
    assert not d.outcome.passed
    assert "FAILED" in d.headline.text()
    assert "DG1 ALTERED" in d.details.text()
    assert any("chip.pa.dg_mismatch" == d.findings.item(i).toolTip()
               for i in range(d.findings.count()))


def test_without_anchors_the_issuer_is_not_trusted(qtbot, window, files):
    d = dialog_for(window)
    d.set_files(files / "EF_SOD.bin", [files / "EF_DG1.bin"])
    with qtbot.waitSignal(d.verified, timeout=10000):
        d.verify()
    assert "Issuer trusted: NO" in d.details.text()
    assert not d.outcome.passed


def test_a_file_that_is_not_a_sod_is_said(qtbot, window, files, picture):
    d = dialog_for(window)
    d.set_files(picture(), [])
    with qtbot.waitSignal(d.failed, timeout=10000) as blocker:
        d.verify()
    assert "Traceback" not in blocker.args[0]
    assert d.verify_button.isEnabled()


def test_read_chip_is_off_without_a_reader_and_says_why(qtbot, window):
    action = window.action("read_chip")
    qtbot.waitUntil(lambda: "Looking" not in action.statusTip(), timeout=5000)
    assert chip_work.reader_status() is not None  # no reader on the test machine
    assert not action.isEnabled()
    assert "reader" in action.statusTip()
    action.trigger()  # a disabled action does nothing
    window.read_chip()  # the method itself says why
    assert window.statusBar().currentMessage() == action.statusTip()


def test_read_chip_with_a_reader_reads_and_checks_against_the_printed_mrz(
        qtbot, window, picture, chip_data, monkeypatch):
    from docverify.chip import simulator, transport
    from tests.unit.app.test_main_window import drop, wait_verified

    dgs, sod = chip_data
    info = bac.mrz_information("L898902C3", "740812", "120415")
    monkeypatch.setattr(transport, "PcscTransport",
                        lambda: simulator.personalise(dict(dgs), sod, info))
    window._reader_found(None)
    assert window.action("read_chip").isEnabled()
    drop(window, [picture()])
    wait_verified(qtbot, window)
    window.action("read_chip").trigger()
    from docverify.app.chip_dialog import ChipDialog

    (dialog,) = window.findChildren(ChipDialog)
    with qtbot.waitSignal(dialog.verified, timeout=10000):
        pass
    assert dialog.outcome.access == "BAC"
    codes = [f.code for f in dialog.outcome.findings]
    assert "chip.dg1.match" in codes
    assert "chip.pa.untrusted" in codes  # the test CSCA is not imported


def test_outcome_crosses_the_process_boundary(chip_data, tmp_path):
    import pickle

    dgs, sod = chip_data
    for n, v in dgs.items():
        (tmp_path / f"dg{n}.bin").write_bytes(v)
    (tmp_path / "sod.bin").write_bytes(sod)
    o = chip_work.verify_files(tmp_path / "sod.bin", [tmp_path / "dg1.bin", tmp_path / "dg2.bin"],
                               [], tmp_path / "store.sqlite3", printed=ICAO_TD3)
    again = pickle.loads(pickle.dumps(o))
    assert dataclasses.replace(again, face=None) == dataclasses.replace(o, face=None)
    assert again.face.shape == (80, 60, 3)
    assert again.mrz == ICAO_TD3


@pytest.mark.parametrize("scale", [1.0, 0.5])
def test_the_printed_photo_is_cut_from_the_page_shown(scale):
    from PySide6.QtGui import QColor, QImage

    from docverify.app.chip_dialog import printed_photo
    from docverify.app.jobs import Verification
    from docverify.model import Region
    from docverify.pipeline import Options, verify_mrz

    result = verify_mrz(list(ICAO_TD3), Options(image_checks=False))
    reading = dataclasses.replace(result.reading, region=Region(50, 600, 900, 80))
    result = dataclasses.replace(result, reading=reading)
    page = QImage(round(1000 * scale), round(700 * scale), QImage.Format.Format_RGB888)
    page.fill(QColor("white"))
    photo = printed_photo(Verification(result, page, "", 0, "docverify", scale=scale))
    assert photo is not None
    assert abs(photo.width() - 0.31 * 900 * scale) <= 2
    assert abs(photo.height() - 0.39 * 900 * scale) <= 2
    assert printed_photo(None) is None
