"""`docverify checks`: lists every check with its code, severity and what it catches."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "checks",
        help="list every check: code, severity, what it catches",
        description="List every finding code docverify can raise.",
    )
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.add_argument("--kind", help="only checks of this kind (mrz, data, viz, photo, image, ...)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from docverify.checks import catalogue

    items = [i for i in catalogue() if not args.kind or i.kind == args.kind]
    if args.json:
        json.dump([i.to_json() for i in items], sys.stdout, indent=1)
        sys.stdout.write("\n")
        return 0
    width = max((len(i.code) for i in items), default=4)
    for i in items:
        sys.stdout.write(f"{i.code:<{width}}  {str(i.severity):<8}  {i.description}\n")
    return 0
