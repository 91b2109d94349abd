"""chip.expected_but_silent: a passport whose state issues only ePassports, and whose chip is silent."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from docverify.chip import bac, issuer, lds, simulator, transport
from docverify.chip.checks import chip_expected, silent_chip_findings
from docverify.cli.main import main
from docverify.mrz.parser import parse
from tests.unit.checks.checks_helpers import td3


def _doc(**kw):
    return parse(list(td3(**kw))).document


@pytest.mark.parametrize(("kw", "expected"), [
    ({"state": "D<<", "nationality": "D<<", "expiry": "310101"}, "DEU has issued only ePassports since November 2005"),
    ({"state": "NLD", "expiry": "290630"}, "NLD has issued only ePassports since September 2006"),
    # The UK issued up to 10 years 9 months: a passport expiring mid-2017 may predate its chips.
    ({"state": "GBR", "expiry": "170501"}, None),
    ({"state": "GBR", "expiry": "180101"}, "GBR has issued only ePassports since October 2006"),
    # Canada since July 2013: a passport expiring 2022 may have been issued in 2012.
    ({"state": "CAN", "expiry": "220601"}, None),
    ({"state": "CAN", "expiry": "240601"}, "CAN has issued only ePassports since July 2013"),
    ({"state": "UTO", "expiry": "310101"}, None),  # not in the table
    ({"state": "RUS", "expiry": "310101"}, None),  # chipless passports issued in parallel
    ({"state": "FRA", "expiry": "310101", "code": "PD"}, None),  # not an ordinary passport
])
def test_chip_expected(kw, expected):
    reason = chip_expected(_doc(**kw))
    if expected is None:
        assert reason is None
    else:
        assert reason.startswith(expected)


def test_silent_chip_findings():
    found = silent_chip_findings(td3(state="FRA", expiry="310101"), "access control failed")
    assert [f.code for f in found] == ["chip.expected_but_silent"]
    assert found[0].severity == "warning"
    assert "access control failed" in found[0].message
    assert dict(found[0].evidence)["state"] == "FRA"
    assert silent_chip_findings(td3(state="UTO"), "x") == []
    assert silent_chip_findings(None, "x") == []
    assert silent_chip_findings(["NOT AN MRZ"], "x") == []


def _chip_for(lines):
    info = bac.mrz_information("X1234567", "850315", "310101")
    groups = {1: lds.build_dg1(lines)}
    sod = issuer.make_sod(groups, issuer.make_dsc(issuer.make_csca()))
    # The chip is keyed to another document than the one printed: BAC with the printed MRZ fails.
    return simulator.personalise(groups, sod, info.replace("850315", "850316"))


@pytest.mark.parametrize(("state", "codes"), [("FRA", ["chip.expected_but_silent"]),
                                              ("UTO", [])])
def test_chip_read_refused_raises_the_finding(tmp_path, capsys, monkeypatch, state, codes):
    lines = td3(state=state, expiry="310101")
    chip = _chip_for(lines)
    monkeypatch.setattr(transport, "PcscTransport", lambda index: chip)
    rc = main(["--db", str(tmp_path / "s.db"), "chip", "read", "--mrz", *lines, "--json"])
    out, err = capsys.readouterr()
    assert rc == 1
    assert "refused access" in err
    got = json.loads(out)
    assert got["read"] is False
    assert [f["code"] for f in got["findings"]] == codes


def test_no_chip_on_the_reader(tmp_path, capsys, monkeypatch):
    lines = td3(state="D<<", nationality="D<<", expiry="310101")

    def absent(index):
        raise transport.NoReaderError("reader 0: no document on the reader", card_absent=True)

    monkeypatch.setattr(transport, "PcscTransport", absent)
    rc = main(["--db", str(tmp_path / "s.db"), "chip", "read", "--mrz", *lines])
    out, err = capsys.readouterr()
    assert rc == 1
    assert "WARNING  chip.expected_but_silent: The chip did not answer (no chip answered" in out
    assert "no document on the reader" in err

    def no_reader(index):
        raise transport.NoReaderError("no card reader found")

    monkeypatch.setattr(transport, "PcscTransport", no_reader)
    rc = main(["--db", str(tmp_path / "s.db"), "chip", "read", "--mrz", *lines])
    out, err = capsys.readouterr()
    assert rc == 1
    assert out == ""  # no reader at all says nothing about the document
    assert "no card reader found" in err


def test_table_dates_are_sane():
    from docverify.chip.checks import _epassport_states

    table = _epassport_states()
    assert len(table) >= 20
    assert all(dt.date(1998, 1, 1) <= d <= dt.date.today() for d in table.values())
    assert all(len(k) == 3 and k.isalpha() for k in table)
