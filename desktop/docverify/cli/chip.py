"""`docverify chip`: verify EF.SOD and data-group files offline, or read a chip on a PC/SC reader."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from pathlib import Path
from typing import Any

from docverify.chip.files import read_capped
from docverify.errors import InputError

# The first tag of each LDS data group file (ICAO 9303-10 table 34).
DG_TAGS = {0x61: 1, 0x75: 2, 0x63: 3, 0x76: 4, 0x65: 5, 0x66: 6, 0x67: 7, 0x68: 8, 0x69: 9,
           0x6A: 10, 0x6B: 11, 0x6C: 12, 0x6D: 13, 0x6E: 14, 0x6F: 15, 0x70: 16}


def data_group_arg(spec: str) -> tuple[int, bytes]:
    """`FILE` (number from its first tag) or `N=FILE`."""
    m = re.fullmatch(r"(?:DG)?(\d{1,2})=(.+)", spec, flags=re.IGNORECASE)
    path = Path(m.group(2) if m else spec)
    data = read_capped(path)
    if m:
        n = int(m.group(1))
        if not 1 <= n <= 16:
            raise InputError(f"{spec}: data groups are numbered 1 to 16")
        return n, data
    if not data or data[0] not in DG_TAGS:
        raise InputError(f"{path.name}: not an LDS data group (first tag "
                         f"{data[:1].hex() or 'missing'}); name it as N=FILE")
    return DG_TAGS[data[0]], data


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise InputError(f"--at {text}: expected YYYY-MM-DD") from None


def trust_store_for(args: argparse.Namespace):  # noqa: ANN201 - TrustStore
    """Anchors from --masterlist/--csca when given, else those imported into the store; and
    a note for each master list whose own signature does not verify."""
    from docverify.model import make_text

    store, unsigned = _trust_store(args)
    return store, [make_text("{file}: the master list's own signature does not verify",
                             {"file": name}) for name in unsigned]


def _trust_store(args: argparse.Namespace) -> tuple[Any, list[str]]:
    """`trust_store_for`'s anchors, and the file names of the master lists whose own signature
    does not verify."""
    from docverify.chip.masterlist import parse_master_list, read_certificates
    from docverify.chip.trust import Anchor, TrustStore

    if not (args.masterlist or args.csca):
        from docverify.chip.store import ChipStore

        return ChipStore(args.db).trust_store(), []
    store = TrustStore()
    unsigned = []
    for p in args.masterlist or []:
        path = Path(p)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InputError(f"{path}: cannot read ({exc.strerror})") from None
        ml = parse_master_list(data, path.name)
        if not ml.signature_valid:
            unsigned.append(path.name)
        for c in ml.cscas:
            store.add(Anchor(c, path.name))
    for p in args.csca or []:
        for c in read_certificates(Path(p)):
            store.add(Anchor(c, Path(p).name))
    return store, unsigned


def _verify(args: argparse.Namespace) -> int:
    from docverify.chip.pa import passive_authentication
    from docverify.model import Severity, make_finding

    sod = read_capped(Path(args.sod))
    dgs: dict[int, bytes] = {}
    for spec in args.dg or []:
        n, data = data_group_arg(spec)
        if n in dgs:
            raise InputError(f"DG{n} given twice")
        dgs[n] = data
    at = _date(args.at) if args.at else None
    trust, unsigned = _trust_store(args)
    result = passive_authentication(sod, dgs, trust, at)
    extra = tuple(make_finding("chip.ml.signature_invalid", Severity.WARNING,
                               "{file}: the master list's own signature does not verify",
                               {"file": name}) for name in unsigned)
    if args.photo:
        extra += tuple(_face_hint(dgs.get(2), Path(args.photo)))
    out = result.to_json()
    out["findings"] += [f.to_json() for f in extra]
    if args.json:
        print(json.dumps(out, ensure_ascii=False))
    else:
        s = result.signer
        print(f"signature: {'valid' if result.signature_valid else 'INVALID'} "
              f"({result.signature_algorithm})")
        print(f"signer:    {s.get('subject', '?')} [{s.get('country', '?')}]")
        print(f"chain:     {'trusted, CSCA ' + str(result.csca) if result.chain_trusted else 'NOT trusted'}"
              f" (checked at {result.checked_at})")
        for n, state in sorted(result.data_groups.items()):
            print(f"DG{n:<2}       {state}")
        for f in (*result.findings, *extra):
            print(f"{f.severity.upper():<8} {f.code}: {f.message}")
        print("PASSED" if result.passed else "FAILED")
    return 3 if (args.strict and not result.passed) else 0


def _face_hint(dg2: bytes | None, photo: Path) -> list[Any]:
    """The DG2 face against the printed photo (an image file of the photo alone)."""
    import cv2

    from docverify.chip import face, lds

    if dg2 is None:
        raise InputError("--photo needs DG2 (--dg EF_DG2.bin) to compare with")
    found = lds.face_image(dg2)
    printed = cv2.imread(str(photo), cv2.IMREAD_GRAYSCALE)
    if printed is None:
        raise InputError(f"{photo}: not a picture")
    return face.face_hint(found[1], printed) if found else []


def _read_chip(args: argparse.Namespace) -> int:
    from docverify.chip.cli_read import read_command

    return read_command(args)


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("chip", help="read and verify the ePassport chip")
    sub = p.add_subparsers(dest="chip_command", metavar="ACTION", required=True)
    v = sub.add_parser("verify", help="Passive Authentication of EF.SOD and data-group files")
    v.add_argument("--sod", required=True, help="the EF.SOD file")
    v.add_argument("--dg", action="append", metavar="FILE",
                   help="a data group file (number from its tag, or N=FILE); repeatable")
    v.add_argument("--masterlist", action="append", metavar="FILE",
                   help="a CSCA master list (.ml) to trust; repeatable (default: imported lists)")
    v.add_argument("--csca", action="append", metavar="FILE",
                   help="a CSCA certificate (DER or PEM) to trust; repeatable")
    v.add_argument("--at", metavar="YYYY-MM-DD", help="check certificate validity on this date "
                   "(default: today)")
    v.add_argument("--photo", metavar="IMAGE", help="the printed photo (cut from the data page): "
                   "adds a similarity hint against the DG2 face")
    v.add_argument("--json", action="store_true", help="print JSON")
    v.add_argument("--strict", action="store_true",
                   help="exit with status 3 when verification does not pass")
    v.set_defaults(func=_verify)
    r = sub.add_parser("read", help="read the chip on a PC/SC reader (BAC or PACE) and verify it")
    r.add_argument("--can", help="the card access number (PACE) instead of the MRZ")
    r.add_argument("--mrz", nargs="+", metavar="LINE", help="the MRZ lines (default: last scan)")
    r.add_argument("--masterlist", action="append", metavar="FILE")
    r.add_argument("--csca", action="append", metavar="FILE")
    r.add_argument("--at", metavar="YYYY-MM-DD")
    r.add_argument("--reader", type=int, default=0, help="the reader's index (default: first)")
    r.add_argument("--out", metavar="DIR", help="also save EF.COM, EF.SOD and the data groups here")
    r.add_argument("--json", action="store_true", help="print JSON")
    r.set_defaults(func=_read_chip)
    _ = sys  # stderr is used by the read command's module
