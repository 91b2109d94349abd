"""The `chip verify` and `masterlists` commands, through the real entry point."""

from __future__ import annotations

import json

import pytest

from docverify.cli.main import main
from tests.unit.chip.conftest import DE_ML, FIX

BSI = FIX / "bsi_tr03105_5_reference"
PEM = FIX / "masterlists" / "cscas_for_sod_real.pem"


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    rc = main(list(argv))
    out, err = capsys.readouterr()
    return rc, out, err


def test_verify_json_reference_untrusted(capsys, tmp_path):
    rc, out, _ = _run(capsys, "--db", str(tmp_path / "s.db"), "chip", "verify",
                      "--sod", str(BSI / "EF_SOD.bin"), "--dg", str(BSI / "EF_DG1.bin"),
                      "--dg", str(BSI / "EF_DG14.bin"), "--csca", str(PEM),
                      "--at", "2014-01-01", "--json")
    assert rc == 0
    got = json.loads(out)
    assert got["signature_valid"] is True
    assert got["chain_trusted"] is False
    assert got["csca"] is None
    assert got["data_groups"] == {"1": "match", "2": "not read", "3": "not read",
                                  "4": "not read", "14": "match"}
    assert [f["code"] for f in got["findings"]] == ["chip.pa.untrusted"]
    assert got["signer"]["country"] == "DE"


def test_verify_real_sod_with_master_list(capsys, tmp_path):
    rc, out, _ = _run(capsys, "--db", str(tmp_path / "s.db"), "chip", "verify",
                      "--sod", str(FIX / "sod_real" / "FI_EF.SOD.bin"),
                      "--masterlist", str(DE_ML), "--at", "2026-11-01", "--json")
    got = json.loads(out)
    assert rc == 0
    assert got["chain_trusted"] is True
    assert "CSCA Finland" in got["csca"]


def test_verify_strict_exit_and_changed_dg(capsys, tmp_path):
    dg1 = tmp_path / "dg1.bin"
    dg1.write_bytes((BSI / "EF_DG1.bin").read_bytes().replace(b"ERIKA", b"ERIKO"))
    rc, out, _ = _run(capsys, "--db", str(tmp_path / "s.db"), "chip", "verify",
                      "--sod", str(BSI / "EF_SOD.bin"), "--dg", f"1={dg1}", "--strict")
    assert rc == 3
    assert "DG1        mismatch" in out
    assert "FAILED" in out


def test_masterlists_import_list_and_verify_from_store(capsys, tmp_path):
    db = str(tmp_path / "s.db")
    rc, out, _ = _run(capsys, "--db", db, "masterlists", "import", str(DE_ML))
    assert rc == 0
    assert "588 CSCA" in out
    rc, out, _ = _run(capsys, "--db", db, "masterlists", "import", str(DE_ML))
    assert "already imported" in out
    rc, out, _ = _run(capsys, "--db", db, "masterlists", "import",
                      str(FIX / "masterlists" / "IDN_2020-10_CSCA.cer"))
    assert rc == 0
    rc, out, _ = _run(capsys, "--db", db, "masterlists", "list", "--json")
    lists = json.loads(out)
    assert [x["cscas"] for x in lists] == [588, 1]
    assert lists[0]["list_date"] == "2026-05-28"
    assert "ID" in lists[1]["countries"]
    rc, out, _ = _run(capsys, "--db", db, "chip", "verify",
                      "--sod", str(FIX / "sod_real" / "ID_EF.SOD.bin"), "--json",
                      "--at", "2026-11-01")
    got = json.loads(out)
    assert got["chain_trusted"] is True
    assert got["csca_source"] == "IDN_2020-10_CSCA.cer"


def test_old_list_warning(capsys, tmp_path, monkeypatch):
    from docverify import config

    monkeypatch.setattr(config, "CHIP", config.ChipTunables(masterlist_max_age_days=1))
    db = str(tmp_path / "s.db")
    _run(capsys, "--db", db, "masterlists", "import", str(DE_ML))
    rc, out, _ = _run(capsys, "--db", db, "masterlists")
    assert rc == 0
    assert "days old" in out
    assert "states covered (112)" in out


@pytest.mark.parametrize("argv", [
    ["chip", "verify", "--sod", "/nonexistent/sod.bin"],
    ["chip", "verify", "--sod", str(FIX / "masterlists" / "DE_ROOT_CA_CSCA07.cer")],
    ["chip", "verify", "--sod", str(BSI / "EF_SOD.bin"), "--at", "01/02/2020"],
    ["chip", "verify", "--sod", str(BSI / "EF_SOD.bin"), "--dg", str(BSI / "EF_SOD.bin")],
    ["masterlists", "import", str(BSI / "EF_SOD.bin")],
])
def test_bad_input_is_one_line(capsys, tmp_path, argv):
    rc, out, err = _run(capsys, "--db", str(tmp_path / "s.db"), *argv)
    assert rc == 1
    assert err.startswith("docverify: ")
    assert err.count("\n") == 1
    assert "Traceback" not in err
