"""`docverify audit verify|export|redact|purge`, and the recording helpers `check` uses."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path
from typing import Any

from docverify.errors import DocverifyError


def operator_name(given: str | None = None) -> str:
    """Who is verifying: --operator, else the USER environment variable, else the login name."""
    if given:
        return given
    try:
        return os.environ.get("USER") or getpass.getuser() or "unknown"
    except (KeyError, OSError):
        return "unknown"


def add_operator_argument(p: argparse.ArgumentParser) -> None:
    p.add_argument("--operator", help="who is verifying, for the audit trail (default: $USER)")


def open_cli_records(db: str | None) -> Any:
    """The audit store for a command, or None (with a message) when it cannot be opened."""
    from docverify.records import open_records

    try:
        return open_records(db)
    except DocverifyError as exc:
        print(f"docverify: verifications not recorded: {exc}", file=sys.stderr)
        return None


def record_cli(store: Any, result: Any, path: str | Path | None, operator: str | None) -> bool:
    """Record one verification from the command line; False (with a message) if it failed."""
    if store is None:
        return False
    from docverify.reading.loader import file_sha256

    try:
        store.record(result, operator=operator_name(operator),
                     image_sha256=file_sha256(path) if path is not None else None)
    except Exception as exc:  # noqa: BLE001 - the officer must hear that it was not recorded
        print(f"docverify: the verification was not recorded: {exc}", file=sys.stderr)
        return False
    return True


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("audit", help="check, export and prune the audit trail")
    a = p.add_subparsers(dest="audit_command", metavar="ACTION", parser_class=type(p))
    v = a.add_parser("verify", help="check the whole hash chain; names the first broken record")
    v.add_argument("--json", action="store_true")
    v.set_defaults(func=run_verify)
    e = a.add_parser("export", help="write every record as JSON or CSV (formula-safe)")
    e.add_argument("--format", choices=("json", "csv"), default="json")
    e.add_argument("--out", help="the file to write (default: standard output)")
    e.set_defaults(func=run_export)
    r = a.add_parser("redact", help="redact personal fields older than the retention period")
    r.add_argument("--older-than", type=int, metavar="DAYS",
                   help="days to keep personal fields (default: the retention setting)")
    add_operator_argument(r)
    r.set_defaults(func=run_redact)
    g = a.add_parser("purge", help="redact every record of one person now, on request")
    g.add_argument("--document-number")
    g.add_argument("--surname")
    g.add_argument("--given-names")
    g.add_argument("--birth-date", metavar="YYYY-MM-DD")
    g.add_argument("--reason", required=True, help="the request's reference (no personal data)")
    add_operator_argument(g)
    g.set_defaults(func=run_purge)
    p.set_defaults(func=lambda args: (p.print_help(sys.stderr), 2)[1])


def _store(args: argparse.Namespace) -> Any:
    from docverify.records import open_records

    return open_records(getattr(args, "records_db", args.db))


def run_verify(args: argparse.Namespace) -> int:
    with _store(args) as store:
        report = store.verify_chain()
    if args.json:
        print(json.dumps(report.to_json(), indent=2))
    elif report.ok:
        print(f"audit trail intact: {report.count} records, head {report.head}")
    else:
        print(f"audit trail BROKEN at record #{report.first_broken}: {report.reason} "
              f"({report.count} records before it are intact)")
    return 0 if report.ok else 1


def _warn(message: str) -> None:
    print(f"docverify: warning: {message}", file=sys.stderr)


def run_export(args: argparse.Namespace) -> int:
    from docverify.records.export import export

    with _store(args) as store:
        n = export(store, args.format, args.out, warn=_warn)
    if args.out:
        print(f"{n} records written to {args.out}", file=sys.stderr)
    return 0


def run_redact(args: argparse.Namespace) -> int:
    from docverify.config import RECORDS

    days = RECORDS.retention_days if args.older_than is None else args.older_than
    with _store(args) as store:
        n = store.redact_older_than(days, operator=operator_name(args.operator))
    print(f"{n} records older than {days} days redacted")
    return 0


def run_purge(args: argparse.Namespace) -> int:
    from docverify.records.retention import purge_person
    from docverify.records.store import default_workstation

    with _store(args) as store:
        ids = purge_person(store, document_number=args.document_number, surname=args.surname,
                           given_names=args.given_names, birth_date=args.birth_date,
                           reason=args.reason, operator=operator_name(args.operator),
                           workstation=default_workstation(), warn=_warn)
    print(f"{len(ids)} records purged" + (f": {', '.join(map(str, ids))}" if ids else ""))
    return 0
