"""`docverify masterlists`: import CSCA master lists (or single CSCAs) and list what is covered."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path

from docverify.chip.files import read_capped
from docverify.errors import InputError


def _store(args: argparse.Namespace):  # noqa: ANN202 - docverify.chip.store.ChipStore
    from docverify.chip.store import ChipStore

    return ChipStore(args.db)


def _import(args: argparse.Namespace) -> int:
    from docverify.chip.masterlist import parse_master_list, read_certificates
    from docverify.config import CHIP

    path = Path(args.file)
    data = read_capped(path, CHIP.max_masterlist_bytes)
    store = _store(args)
    if path.suffix.lower() in (".cer", ".crt", ".der", ".pem"):
        certs = read_certificates(path)
        added = store.import_certificates(path.name, data, certs)
        summary = {"name": path.name, "kind": "certificate", "cscas": len(certs), "added": added}
    else:
        ml = parse_master_list(data, path.name)
        added = store.import_master_list(ml)
        summary = {"name": ml.name, "kind": "masterlist", "cscas": len(ml.cscas),
                   "countries": len(ml.countries()), "issuer_country": ml.issuer_country,
                   "list_date": ml.list_date.isoformat() if ml.list_date else None,
                   "signature_valid": ml.signature_valid,
                   "signer_trusted": ml.signer_issued_by_list, "added": added}
    if args.json:
        print(json.dumps(summary))
        return 0
    verb = "imported" if added else "already imported"
    print(f"{verb}: {path.name}: {summary['cscas']} CSCA certificates")
    if summary["kind"] == "masterlist":
        print(f"  from {summary['issuer_country'] or '?'}, dated {summary['list_date']}, "
              f"covering {summary['countries']} states")
        if not ml.signature_valid:
            print("  warning: the master list's own signature does not verify")
        elif not ml.signer_issued_by_list:
            print("  warning: the master list's signer is not issued by a CSCA in the list")
    return 0


def _show(args: argparse.Namespace) -> int:
    from docverify.config import CHIP

    today = dt.datetime.now(dt.UTC).date()
    infos = _store(args).lists()
    if args.json:
        print(json.dumps([i.to_json(today, CHIP.masterlist_max_age_days) for i in infos]))
        return 0
    if not infos:
        print("no master lists imported; import one with `docverify masterlists import FILE`")
        return 0
    states: set[str] = set()
    for i in infos:
        states.update(i.countries)
        age = i.age_days(today)
        print(f"{i.name}  [{i.kind}]  from {i.issuer_country or '?'}  dated {i.list_date or '?'}"
              f"  {i.cscas} CSCAs  {len(i.countries)} states  imported {i.imported_at}")
        if age is not None and age > CHIP.masterlist_max_age_days:
            print(f"  warning: this list is {age} days old; import a newer one")
        if not i.signature_valid:
            print("  warning: its signature did not verify at import")
    print(f"states covered ({len(states)}): {' '.join(sorted(states))}")
    return 0


def _remove(args: argparse.Namespace) -> int:
    n = _store(args).remove(args.name)
    if not n:
        raise InputError(f"no imported list named {args.name}")
    print(f"removed {args.name}")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("masterlists", help="CSCA master lists for chip verification")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=_show)
    sub = p.add_subparsers(dest="masterlists_command", metavar="ACTION")
    imp = sub.add_parser("import", help="import a .ml master list or a CSCA certificate")
    imp.add_argument("file")
    imp.add_argument("--json", action="store_true", help="print JSON")
    imp.set_defaults(func=_import)
    ls = sub.add_parser("list", help="list imported master lists and the states covered")
    ls.add_argument("--json", action="store_true", help="print JSON")
    ls.set_defaults(func=_show)
    rm = sub.add_parser("remove", help="remove an imported list by name")
    rm.add_argument("name")
    rm.set_defaults(func=_remove)
