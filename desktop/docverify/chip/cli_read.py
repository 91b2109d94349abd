"""The work behind `docverify chip read`: open the reader, read the chip, verify, print."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

from docverify.chip import bac, lds, pace
from docverify.chip.transport import ChipError, NoReaderError, Transport
from docverify.errors import DocverifyError, InputError


class ChipReadFailed(InputError):
    """The chip could not be read; ``findings`` says when the document should have one."""

    def __init__(self, message: str, findings: list[Any]) -> None:
        super().__init__(message)
        self.findings = findings


def _failed(message: str, why: str, printed: Any) -> ChipReadFailed:
    from docverify.chip.checks import silent_chip_findings

    return ChipReadFailed(message, silent_chip_findings(printed, why))


def mrz_information_from_lines(lines: list[str]) -> tuple[str, tuple[str, ...]]:
    """The BAC/PACE key string from printed MRZ lines, and the cleaned lines."""
    from docverify.mrz.parser import parse

    parsed = parse(lines)
    doc = parsed.document
    if doc is None or doc.birth_date is None or doc.expiry_date is None:
        raise InputError("the MRZ given cannot be read (document number, birth and expiry dates)")
    return (bac.mrz_information(doc.document_number, doc.birth_date.strftime("%y%m%d"),
                                doc.expiry_date.strftime("%y%m%d")), tuple(doc.mrz))


def last_scan_mrz(records_db: str | None, now: dt.datetime | None = None
                  ) -> tuple[list[str], str]:
    """The MRZ of the newest verification in the audit trail, and where it came from.

    Only the newest record counts (an older one is another document); it must be recent
    (CHIP.last_scan_max_age_minutes), else a stale MRZ would make a genuine chip look silent.
    Raises InputError saying what to give instead.
    """
    from docverify.config import CHIP
    from docverify.records import open_records
    from docverify.records.backend import ENV_RECORDS_DB

    need = "; give the MRZ (--mrz LINE LINE) or the card access number (--can N)"
    if records_db is None and not os.environ.get(ENV_RECORDS_DB):
        from platformdirs import user_data_dir

        default = Path(user_data_dir("docverify", appauthor=False)) / "docverify.sqlite3"
        if not default.exists():
            raise InputError("chip read: no scan recorded yet" + need)
    elif records_db is not None and "://" not in records_db and not Path(records_db).exists():
        raise InputError("chip read: no scan recorded yet" + need)
    try:
        with open_records(records_db) as store:
            newest = store.search(limit=1)
    except DocverifyError as exc:
        raise InputError(f"chip read: the audit trail cannot be read ({exc})" + need) from None
    if not newest:
        raise InputError("chip read: no scan recorded yet" + need)
    rec = newest[0]
    mrz = (rec.document or {}).get("mrz")
    if not mrz:
        raise InputError(f"chip read: the last scan (record {rec.id}) has no MRZ" + need)
    when = dt.datetime.fromisoformat(rec.time)
    age = ((now or dt.datetime.now(dt.UTC)) - when).total_seconds() / 60
    if age > CHIP.last_scan_max_age_minutes:
        raise InputError(f"chip read: the last scan (record {rec.id}, {rec.time}) is "
                         f"{age:.0f} minutes old" + need)
    return list(mrz), f"record {rec.id} ({rec.time}, {rec.operator})"


def run(transport: Transport, mrz_lines: list[str] | None, can: str | None,
        args: argparse.Namespace) -> dict[str, Any]:
    from docverify.chip.checks import chip_findings
    from docverify.chip.pa import passive_authentication
    from docverify.chip.reader import read_document
    from docverify.cli.chip import trust_store_for

    info, printed = (mrz_information_from_lines(mrz_lines) if mrz_lines else (None, None))
    try:
        data = read_document(transport, info, can)
    except (bac.AccessDenied, pace.PaceError) as exc:
        raise _failed(f"the chip refused access: {exc} (check the MRZ or CAN)",
                      "access control failed", printed) from None
    except ChipError as exc:
        raise _failed(f"reading the chip failed: {exc}", f"read failed: {exc}", printed) from None
    at = dt.date.fromisoformat(args.at) if getattr(args, "at", None) else None
    trust, _ = trust_store_for(args)
    result = passive_authentication(data.sod, data.data_groups, trust, at)
    if getattr(args, "out", None):
        out = Path(args.out)
        out.mkdir(parents=True, exist_ok=True)
        (out / "EF_COM.bin").write_bytes(data.com)
        (out / "EF_SOD.bin").write_bytes(data.sod)
        for n, v in data.data_groups.items():
            (out / f"EF_DG{n}.bin").write_bytes(v)
    face = lds.face_image(data.data_groups[2]) if 2 in data.data_groups else None
    findings = [f.to_json() for f in (*result.findings, *chip_findings(data, printed))]
    return {
        "access_control": data.access,
        "mrz": list(data.mrz) if data.mrz else None,
        "data_groups_present": data.listed,
        "face": {"type": face[0], "bytes": len(face[1])} if face else None,
        "active_authentication": data.active_auth,
        "passive_authentication": result.to_json(),
        "findings": findings,
    }


def _print_failure(exc: ChipReadFailed, as_json: bool) -> None:
    """The findings of a failed read on stdout (the error itself goes to stderr)."""
    findings = [f.to_json() for f in exc.findings]
    if as_json:
        print(json.dumps({"read": False, "error": str(exc), "findings": findings},
                         ensure_ascii=False))
        return
    for f in findings:
        print(f"{f['severity'].upper():<8} {f['code']}: {f['message']}")


def read_command(args: argparse.Namespace) -> int:
    from docverify.chip.transport import PcscTransport

    mrz, source = args.mrz, "--mrz" if args.mrz else None
    if not mrz and not args.can:
        mrz, source = last_scan_mrz(getattr(args, "records_db", args.db))
    try:
        try:
            transport = PcscTransport(args.reader)
        except NoReaderError as exc:
            if not exc.card_absent:
                raise InputError(f"chip read: {exc}") from None
            raise _failed(f"chip read: {exc}", "no chip answered on the reader",
                          mrz) from None
        out = run(transport, mrz, args.can, args)
    except ChipReadFailed as exc:
        _print_failure(exc, args.json)
        raise
    out["mrz_source"] = source or "--can"
    if args.json:
        print(json.dumps(out, ensure_ascii=False))
        return 0
    pa_out = out["passive_authentication"]
    print(f"MRZ from: {out['mrz_source']}")
    print(f"access:   {out['access_control']}")
    for line in out["mrz"] or []:
        print(f"DG1:      {line}")
    print(f"chip data signed: {'yes' if pa_out['signature_valid'] else 'NO'}; "
          f"issuer trusted: {'yes' if pa_out['chain_trusted'] else 'NO'}")
    for n, state in pa_out["data_groups"].items():
        print(f"DG{n:<3}    {state}")
    for f in out["findings"]:
        print(f"{f['severity'].upper():<8} {f['code']}: {f['message']}")
    return 0
