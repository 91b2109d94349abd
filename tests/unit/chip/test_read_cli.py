"""`docverify chip read`: a clear one-line refusal without a reader, and the read over the simulator."""

from __future__ import annotations

import argparse
import builtins
import datetime as dt

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


def _record(db, lines, clock=None) -> None:
    from docverify.model import Result, Verdict
    from docverify.pipeline import verify_mrz
    from docverify.records import open_records

    result = (verify_mrz(lines) if lines else
              Result("blank.png", None, (), Verdict.REVIEW, error="no MRZ found"))
    with open_records(db, clock=clock) as store:
        store.record(result, operator="officer")


def test_mrz_from_the_last_scan(tmp_path):
    from docverify.chip.cli_read import last_scan_mrz
    from tests.unit.records.records_helpers import T0, Clock

    db = str(tmp_path / "s.db")
    with pytest.raises(InputError, match="no scan recorded yet.*--mrz"):
        last_scan_mrz(db)
    other = ["P<UTOSMITH<<JOHN<<<<<<<<<<<<<<<<<<<<<<<<<<<<",
             "L898902C36UTO7408122F1204159ZE184226B<<<<<10"]
    clock = Clock(T0)
    _record(db, other, clock)
    clock.advance(minutes=10)
    _record(db, MRZ, clock)
    lines, source = last_scan_mrz(db, now=T0 + dt.timedelta(minutes=15))
    assert lines == MRZ  # the newest record, not the older one
    assert source.startswith("record 2 (")
    assert "officer" in source
    with pytest.raises(InputError, match="record 2.* minutes old"):
        last_scan_mrz(db, now=T0 + dt.timedelta(hours=2))
    # A newest scan without an MRZ does not fall back to the older document's.
    clock.advance(minutes=1)
    _record(db, None, clock)
    with pytest.raises(InputError, match="record 3.* has no MRZ"):
        last_scan_mrz(db, now=T0 + dt.timedelta(minutes=15))


def test_chip_read_takes_the_last_scan(tmp_path, capsys, monkeypatch):
    import json

    from docverify.chip import transport

    db = str(tmp_path / "s.db")
    _record(db, MRZ)
    csca = issuer.make_csca()
    groups = {1: lds.build_dg1(MRZ)}
    info, _ = mrz_information_from_lines(MRZ)
    chip = simulator.personalise(groups, issuer.make_sod(groups, issuer.make_dsc(csca)), info)
    monkeypatch.setattr(transport, "PcscTransport", lambda index: chip)
    (tmp_path / "csca.cer").write_bytes(csca.der)
    rc = main(["--db", db, "chip", "read", "--csca", str(tmp_path / "csca.cer"), "--json"])
    out = json.loads(capsys.readouterr().out)
    assert rc == 0
    assert out["mrz_source"].startswith("record 1 (")
    assert out["mrz"] == MRZ
    assert out["passive_authentication"]["passed"] is True
