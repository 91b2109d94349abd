"""The chip dialog on damaged and incomplete input, with the real chip fixtures: plain words,
no stale outcome, no pass without a data group compared, files that can be removed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from docverify.app.chip_dialog import ChipDialog

FIX = Path(__file__).parents[2] / "fixtures" / "chip"
BSI = FIX / "bsi_tr03105_5_reference"
ID_SOD = FIX / "sod_real" / "ID_EF.SOD.bin"
ID_CSCA = FIX / "masterlists" / "IDN_2020-10_CSCA.cer"
CRASH = "Something went wrong"


def verified(qtbot, d: ChipDialog) -> None:
    with qtbot.waitSignal(d.verified, timeout=20000):
        d.verify()


def failed(qtbot, d: ChipDialog) -> str:
    with qtbot.waitSignal(d.failed, timeout=20000) as blocker:
        d.verify()
    return blocker.args[0]


def codes(d: ChipDialog) -> list[str]:
    return [d.findings.item(i).toolTip() for i in range(d.findings.count())]


@pytest.mark.parametrize("damage", [lambda dg1: dg1[:10], lambda _: bytes.fromhex("6184ffffffff")],
                         ids=["cut", "huge-length"])
def test_a_damaged_dg1_is_a_finding_and_the_rest_is_reported(qtbot, window, tmp_path, damage):
    dg1 = tmp_path / "EF_DG1.bin"
    dg1.write_bytes(damage((BSI / "EF_DG1.bin").read_bytes()))
    d = window.verify_chip_files()
    d.set_files(BSI / "EF_SOD.bin", [dg1])
    verified(qtbot, d)
    assert CRASH not in d.headline.text()
    assert "FAILED" in d.headline.text()
    assert "chip.dg1.damaged" in codes(d)
    assert d.outcome.mrz is None
    assert "DG1 ALTERED" in d.details.text()  # its hash still compared
    assert "Signature valid: yes" in d.details.text()


def test_a_sod_without_data_groups_is_not_a_pass(qtbot, window):
    d = window.verify_chip_files()
    d.set_files(ID_SOD, [], [ID_CSCA])
    verified(qtbot, d)
    assert not d.outcome.passed
    assert not d.outcome.pa["passed"]
    assert "unaltered" not in d.headline.text()
    assert "FAILED" not in d.headline.text()  # the signature and the issuer are fine
    assert d.headline.text().startswith("The SOD is signed by a trusted issuer; no data group")
    assert "chip.pa.nothing_compared" in codes(d)
    assert "Issuer trusted: yes" in d.details.text()


def test_a_failed_check_clears_the_previous_outcome(qtbot, window, tmp_path):
    d = window.verify_chip_files()
    d.set_files(ID_SOD, [], [ID_CSCA])
    verified(qtbot, d)
    assert "Signature valid: yes" in d.details.text()
    assert d.findings.count()
    assert not d.windowIcon().isNull()
    d.set_files(tmp_path / "missing.bin", [], [])
    message = failed(qtbot, d)
    assert "missing.bin" in message
    assert d.headline.text() == message
    assert d.outcome is None
    assert d.details.text() == ""
    assert d.findings.count() == 0
    assert d.windowIcon().isNull()
    assert d.chip_face.pixmap().isNull()


def test_the_dialog_is_deleted_when_closed(qtbot, window):
    d = window.verify_chip_files()
    assert len(window.findChildren(ChipDialog)) == 1
    d.close()
    qtbot.waitUntil(lambda: not window.findChildren(ChipDialog), timeout=5000)


def _png(tmp_path: Path, name: str) -> Path:
    from PySide6.QtGui import QColor, QImage

    img = QImage(40, 30, QImage.Format.Format_RGB888)
    img.fill(QColor("white"))
    path = tmp_path / name
    assert img.save(str(path), "PNG")
    return path


@pytest.mark.parametrize("case", ["png sod", "cut sod", "png ml", "text ml", "garbage cer"])
def test_a_wrong_file_is_said_in_plain_words(qtbot, window, tmp_path, case):
    sod, anchors = BSI / "EF_SOD.bin", []
    if case == "png sod":
        sod = _png(tmp_path, "photo.bin")
    elif case == "cut sod":
        sod = tmp_path / "cut.bin"
        sod.write_bytes((BSI / "EF_SOD.bin").read_bytes()[:200])
    elif case == "png ml":
        anchors = [_png(tmp_path, "photo.ml")]
    elif case == "text ml":
        anchors = [tmp_path / "notml.ml"]
        anchors[0].write_bytes(b"hello this is not a master list")
    else:
        anchors = [tmp_path / "garbage.cer"]
        anchors[0].write_bytes(b"\x30\x82\x00\x10garbage")
    d = window.verify_chip_files()
    d.set_files(sod, [BSI / "EF_DG1.bin"], anchors)
    message = failed(qtbot, d)
    for library_words in ("Insufficient data", "asn1crypto", "class should have been",
                          "bytes requested", CRASH):
        assert library_words not in message
    expected = {"png sod": "photo.bin: not an EF.SOD file (damaged or another kind of file)",
                "cut sod": "cut.bin: not an EF.SOD file (damaged or another kind of file)",
                "png ml": "photo.ml: not a CSCA master list",
                "text ml": "notml.ml: not a CSCA master list",
                "garbage cer": "garbage.cer: not an X.509 certificate (damaged or another kind"
                               " of file)"}[case]
    assert message.startswith(expected)


def test_files_are_shown_by_name_and_can_be_removed(qtbot, window):
    d = window.verify_chip_files()
    qtbot.waitExposed(d)
    assert d.minimumWidth() >= 560
    assert d.width() >= 560
    d.set_files(BSI / "EF_SOD.bin", [BSI / "EF_DG1.bin", BSI / "EF_DG14.bin"], [ID_CSCA])
    assert d.sod.toolTip() == str(BSI / "EF_SOD.bin")
    assert d.dgs.item(0).text() == "EF_DG1.bin"
    assert d.dgs.item(0).toolTip() == str(BSI / "EF_DG1.bin")
    assert d._items(d.dgs) == [str(BSI / "EF_DG1.bin"), str(BSI / "EF_DG14.bin")]
    # Delete on the focused list removes the selected file
    d.dgs.setCurrentRow(0)
    d.dgs.setFocus()
    QTest.keyClick(d.dgs, Qt.Key.Key_Delete)
    assert d._items(d.dgs) == [str(BSI / "EF_DG14.bin")]
    # the Remove button, enabled by a selection
    remove = d.remove_buttons[d.anchors]
    assert not remove.isEnabled()
    d.anchors.setCurrentRow(0)
    assert remove.isEnabled()
    remove.click()
    assert d.anchors.count() == 0
    d.dgs.setCurrentRow(0)
    d.dgs.setFocus()
    QTest.keyClick(d.dgs, Qt.Key.Key_Backspace)
    assert d.dgs.count() == 0


def test_an_unknown_data_group_says_what_to_do_in_the_dialog(qtbot, window, tmp_path):
    record = (FIX / "iso19794" / "ISO19794_Test1_Data.bin").read_bytes()  # first byte 'F'
    odd = tmp_path / "face.bin"
    odd.write_bytes(record)
    d = window.verify_chip_files()
    d.set_files(BSI / "EF_SOD.bin", [odd])
    message = failed(qtbot, d)
    assert "N=FILE" not in message
    assert "rename the file EF_DGn.bin" in message
    # ...and doing so works: the file is taken as DG2 by its name
    renamed = tmp_path / "EF_DG2.bin"
    odd.rename(renamed)
    d.set_files(BSI / "EF_SOD.bin", [renamed])
    verified(qtbot, d)
    assert "DG2 ALTERED" in d.details.text()  # not the BSI set's DG2, but compared as DG2


def test_tab_reaches_verify_and_close(qtbot, window):
    d = window.verify_chip_files()
    qtbot.waitExposed(d)
    d.activateWindow()
    d.findings.setFocus()
    qtbot.waitUntil(lambda: d.findings.hasFocus(), timeout=3000)
    seen = []
    for _ in range(12):
        QTest.keyClick(d.focusWidget(), Qt.Key.Key_Tab)
        seen.append(d.focusWidget())
    assert d.verify_button in seen
    assert d.close_button in seen
    assert seen.index(d.close_button) == seen.index(d.verify_button) + 1
