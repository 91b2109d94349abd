"""The work behind `docverify chip read`: open the reader, read the chip, verify, print."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from typing import Any

from docverify.chip import bac, lds, pace
from docverify.chip.transport import ChipError, NoReaderError, Transport
from docverify.errors import InputError


def mrz_information_from_lines(lines: list[str]) -> tuple[str, tuple[str, ...]]:
    """The BAC/PACE key string from printed MRZ lines, and the cleaned lines."""
    from docverify.mrz.parser import parse

    parsed = parse(lines)
    doc = parsed.document
    if doc is None or doc.birth_date is None or doc.expiry_date is None:
        raise InputError("the MRZ given cannot be read (document number, birth and expiry dates)")
    return (bac.mrz_information(doc.document_number, doc.birth_date.strftime("%y%m%d"),
                                doc.expiry_date.strftime("%y%m%d")), tuple(doc.mrz))


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
        raise InputError(f"the chip refused access: {exc} (check the MRZ or CAN)") from None
    except ChipError as exc:
        raise InputError(f"reading the chip failed: {exc}") from None
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


def read_command(args: argparse.Namespace) -> int:
    from docverify.chip.transport import PcscTransport

    try:
        transport = PcscTransport(args.reader)
    except NoReaderError as exc:
        raise InputError(f"chip read: {exc}") from None
    if not args.mrz and not args.can:
        raise InputError("chip read: give the MRZ (--mrz LINE LINE) or the card access number "
                         "(--can N)")
    out = run(transport, args.mrz, args.can, args)
    if args.json:
        print(json.dumps(out, ensure_ascii=False))
        return 0
    pa_out = out["passive_authentication"]
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
