"""`docverify chip read`: a clear one-line refusal without a reader, and the read over the simulator."""

from __future__ import annotations

import argparse
import builtins

import pytest

from docverify.chip import bac, issuer, lds, simulator
from docverify.chip.cli_read import mrz_information_from_lines, run
from docverify.cli.main import main
from docverify.errors import InputError
from tests.unit.chip.conftest import FIX

MRZ = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
       "L898902C36UTO7408122F1204159ZE184226B<<<<<10"]


def test_no_reader_exits_1_with_one_line(capsys, monkeypatch, tmp_path):
    real_import = builtins.__import__

    def no_pyscard(name, *a, **kw):
        if name.startswith("smartcard"):
            raise ImportError(name)
        return real_import(name, *a, **kw)

    monkeypatch.setattr(builtins, "__import__", no_pyscard)
    rc = main(["--db", str(tmp_path / "s.db"), "chip", "read", "--mrz", *MRZ])
    err = capsys.readouterr().err
    assert rc == 1
    assert "pyscard" in err
    assert err.count("\n") == 1


def test_mrz_information_from_printed_lines():
    info, lines = mrz_information_from_lines(MRZ)
    assert info == bac.mrz_information("L898902C3", "740812", "120415")
    assert lines == tuple(MRZ)


def test_read_over_the_simulator(tmp_path):
    csca = issuer.make_csca()
    dsc = issuer.make_dsc(csca)
    groups = {1: lds.build_dg1(MRZ)}
    info, _ = mrz_information_from_lines(MRZ)
    chip = simulator.personalise(groups, issuer.make_sod(groups, dsc), info)
    (tmp_path / "csca.cer").write_bytes(csca.der)
    args = argparse.Namespace(db=str(tmp_path / "s.db"), masterlist=None,
                              csca=[str(tmp_path / "csca.cer")], at="2026-01-01",
                              out=str(tmp_path / "out"))
    out = run(chip, MRZ, None, args)
    assert out["access_control"] == "BAC"
    assert out["mrz"] == MRZ
    assert out["passive_authentication"]["passed"] is True
    assert [f["code"] for f in out["findings"]] == ["chip.dg1.match"]
    assert (tmp_path / "out" / "EF_DG1.bin").read_bytes() == groups[1]
    # The officer typed a different MRZ than the chip's: the key is wrong, access is refused.
    other = [MRZ[0], MRZ[1].replace("7408122", "7408130")]
    chip2 = simulator.personalise(groups, issuer.make_sod(groups, dsc), info)
    with pytest.raises(InputError, match="refused access"):
        run(chip2, other, None, args)


def test_face_from_iso19794_record():
    record = (FIX / "iso19794" / "ISO19794_Test1_Data.bin").read_bytes()
    mime, image = lds.face_image(record)
    assert mime == "image/jpeg"
    assert image.startswith(b"\xff\xd8\xff")
    assert len(image) > 1000
