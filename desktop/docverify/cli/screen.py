"""`docverify screen`: screen a name (or a CSV batch of names) against the loaded lists."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

from docverify.errors import InputError

BATCH_COLUMNS = ("name", "birth_date", "nationality", "document_number")


def _print_hits(query, hits, as_json: bool) -> None:  # noqa: ANN001
    if as_json:
        print(json.dumps({"query": query.to_json(), "hits": [h.to_json() for h in hits]},
                         ensure_ascii=False))
        return
    if not hits:
        print(f"{query.name}: no hits")
        return
    for h in hits:
        print(f"{h.band.upper():<8} {h.score:.2f}  {h.list}:{h.entry_id}  {h.name}")
        for r in h.reasons:
            print(f"           - {r}")


def _batch_rows(path: Path) -> list[dict[str, str]]:
    from docverify.watchlist.importers.base import read_text

    text = read_text(path)
    try:
        reader = csv.DictReader(text.splitlines(), strict=True)
        header = [h.strip().lower() for h in (reader.fieldnames or [])]
        if "name" not in header:
            raise InputError(f"{path.name}: a CSV with a header naming the columns "
                             f"{','.join(BATCH_COLUMNS)} is expected")
        reader.fieldnames = header
        return [{k: (v or "").strip() for k, v in row.items() if k} for row in reader]
    except csv.Error as exc:
        raise InputError(f"{path.name}: malformed CSV ({exc})") from None


def _screen(args: argparse.Namespace) -> int:
    from docverify.watchlist.screening import ScreeningQuery, open_store, screen

    if bool(args.batch) == bool(args.name or args.document_number):
        print("docverify screen: give --name (or --document-number) or --batch FILE.csv",
              file=sys.stderr)
        return 2
    store = open_store(args.db)
    if not store.lists():
        raise InputError("no lists loaded; import one with `docverify lists import FILE`")
    if args.batch:
        rows = _batch_rows(Path(args.batch))
        queries = [ScreeningQuery(r.get("name", ""), r.get("birth_date") or None,
                                  r.get("nationality") or None, r.get("document_number") or None)
                   for r in rows]
        for n, q in enumerate(queries, start=2):
            try:
                hits = screen(store, q, limit=args.limit)
            except InputError as exc:
                raise InputError(f"{args.batch} line {n}: {exc}") from None
            _print_hits(q, hits, args.json)
        return 0
    query = ScreeningQuery(args.name or "", args.birth_date, args.nationality,
                           args.document_number)
    _print_hits(query, screen(store, query, limit=args.limit), args.json)
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("screen", help="screen a person or company against the lists")
    p.add_argument("--json", action="store_true", help="one JSON object per query")
    p.add_argument("--name", help="the name, in any script and order")
    p.add_argument("--birth-date", metavar="YYYY-MM-DD|YYYY", help="date or year of birth")
    p.add_argument("--nationality", metavar="ISO3", help="nationality, ISO 3166 alpha-3")
    p.add_argument("--document-number", metavar="N", help="passport or ID number")
    p.add_argument("--batch", metavar="FILE.csv",
                   help=f"screen every row of a CSV with columns {','.join(BATCH_COLUMNS)}")
    p.add_argument("--limit", type=int, default=20, help="at most this many hits per query")
    p.set_defaults(func=_screen)
