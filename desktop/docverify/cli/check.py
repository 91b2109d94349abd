"""`docverify check FILE...` and `docverify mrz LINE...`: verify documents and print the result."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from docverify.cli.upgrade import upgrade_progress
from docverify.errors import DocverifyError, InputError
from docverify.model import Result, Severity, Verdict

_MARK = {Severity.INFO: "i", Severity.WARNING: "!", Severity.CRITICAL: "X"}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("check", help="read and verify document images or PDF scans")
    p.add_argument("files", nargs="+", metavar="FILE")
    _common(p)
    p.set_defaults(func=run_check)
    m = sub.add_parser("mrz", help="parse and verify MRZ text given on the command line")
    m.add_argument("lines", nargs="+", metavar="LINE")
    _common(m)
    m.set_defaults(func=run_mrz)


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="print JSON instead of a summary")
    p.add_argument(
        "--engine",
        default="docverify",
        choices=("docverify", "tesseract"),
        help="the MRZ line recogniser (default: docverify's own model)",
    )
    p.add_argument("--no-screen", action="store_true", help="skip watchlist screening")
    p.add_argument("--no-image-checks", action="store_true", help="skip the image forensics hints")
    from docverify.cli.audit import add_operator_argument

    add_operator_argument(p)


def _options(args: argparse.Namespace) -> Any:
    from docverify.pipeline import Options

    store = None
    if not args.no_screen:
        store = _open_store(args.db)
    from docverify.cli.audit import open_cli_records

    return Options(engine=args.engine, store=store, image_checks=not args.no_image_checks,
                   records=open_cli_records(getattr(args, "records_db", args.db)))


def _open_store(db: str | None) -> Any:
    """The watchlist store when one exists; screening is skipped when no list was imported."""
    try:
        from docverify.watchlist.screening import open_store
    except ModuleNotFoundError:
        return None
    try:
        return open_store(db, progress=upgrade_progress())
    except DocverifyError as exc:
        print(f"docverify: screening skipped: {exc}", file=sys.stderr)
        return None


def run_check(args: argparse.Namespace) -> int:
    from docverify.cli.audit import record_cli
    from docverify.pipeline import verify_file

    options = _options(args)
    results, recorded = [], []
    for path in args.files:
        result = verify_file(path, options)
        results.append(result)
        recorded.append(record_cli(options.records, result, path, args.operator))
        if not args.json:
            _print_summary(result)
    if args.json:
        _print_json([r.to_json() for r in results])
    else:
        for r in results:
            if r.error:
                print(f"docverify: {r.error}", file=sys.stderr)
    return 1 if any(r.error for r in results) or not all(recorded) else 0


def _print_json(value: Any) -> None:
    json.dump(value, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")


def run_mrz(args: argparse.Namespace) -> int:
    from docverify.cli.audit import record_cli
    from docverify.pipeline import verify_mrz

    options = _options(args)
    try:
        result = verify_mrz(args.lines, options)
    except InputError as exc:
        # no MRZ in the text: with --json, the object `check` gives an unreadable file, so
        # a caller parsing standard output gets one (exit 1 says the input was not read)
        if args.json:
            from docverify.mrz.parser import parse

            failed = Result(source=None, reading=None, findings=parse(args.lines).findings,
                            verdict=Verdict.REVIEW, reasons=("The text is not an MRZ.",),
                            error=str(exc))
            _print_json(failed.to_json())
        raise
    recorded = record_cli(options.records, result, None, args.operator)
    if args.json:
        _print_json(result.to_json())
    else:
        _print_summary(result)
    return 0 if recorded else 1


def _print_summary(r: Result) -> None:
    print(f"== {r.source or 'MRZ text'}: {str(r.verdict).upper()}")
    doc = r.document
    if doc is not None:
        print(f"   {doc.format}  {doc.document_code} {doc.issuing_state} no. {doc.document_number}")
        print(
            f"   {doc.surname}, {doc.given_names}  born {doc.birth_date or '?'}  sex {doc.sex}  "
            f"nationality {doc.nationality}  expires {doc.expiry_date or '?'}"
        )
        for line in doc.mrz:
            print(f"   {line}")
    for f in r.findings:
        print(f"   [{_MARK[f.severity]}] {f.code}: {f.message}")
    if r.screening:
        for h in r.screening.get("hits", []):
            print(
                f"   [hit] {h['list']} {h['entry_id']} {h['name']} score {h['score']:.2f} ({h['band']})"
            )
    for reason in r.reasons:
        print(f"   -> {reason}")
    if r.error:
        print(f"   error: {r.error}")
