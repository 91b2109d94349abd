"""`docverify lists`: import, show, enable, disable and remove watchlists."""

from __future__ import annotations

import argparse
import json
import sys

from docverify.cli.upgrade import upgrade_progress
from docverify.watchlist.importers.detect import FORMATS


def _store(args: argparse.Namespace):  # noqa: ANN202 - docverify.watchlist.store.Store
    from docverify.watchlist.screening import open_store

    return open_store(args.db, progress=upgrade_progress())


def _show(args: argparse.Namespace) -> int:
    store = _store(args)
    infos = store.lists()
    if getattr(args, "json", False):
        print(json.dumps([i.to_json() for i in infos], ensure_ascii=False))
        return 0
    if not infos:
        print("no lists loaded; import one with `docverify lists import FILE`")
        return 0
    print(f"{'ID':<20} {'STATE':<8} {'VERSION':<22} {'FORMAT':<18} {'ENTRIES':>8} {'NAMES':>8}"
          "  IMPORTED")
    for i in infos:
        state = "enabled" if i.enabled else "disabled"
        print(f"{i.list_id:<20} {state:<8} {i.version:<22} {i.fmt:<18} {i.entries:>8} "
              f"{i.names:>8}  {i.imported_at}")
    return 0


def _import(args: argparse.Namespace) -> int:
    from docverify.watchlist.screening import import_list

    summary = import_list(_store(args), args.file, args.format)
    if args.json:
        print(json.dumps(summary.to_json()))
    elif summary.unchanged:
        print(f"{summary.list_id}: already at version {summary.version}; nothing changed")
    else:
        print(f"{summary.list_id}: imported version {summary.version}: {summary.entries} entries, "
              f"{summary.names} names")
    return 0


def _set(args: argparse.Namespace) -> int:
    store = _store(args)
    if args.action == "remove":
        store.remove(args.id)
    else:
        store.set_enabled(args.id, args.action == "enable")
    print(f"{args.id}: {args.action}d", file=sys.stderr)
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("lists", help="manage the sanctions lists screened against")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.set_defaults(func=_show)
    sub = parser.add_subparsers(dest="lists_command", metavar="ACTION",
                                parser_class=type(parser))
    imp = sub.add_parser("import", help="import a list file (the format detected if omitted)")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--format", choices=tuple(FORMATS), help="the file's format")
    imp.add_argument("--json", action="store_true", help="machine-readable output")
    imp.set_defaults(func=_import)
    show = sub.add_parser("show", help="show the loaded lists (the default)")
    show.add_argument("--json", action="store_true", help="machine-readable output")
    show.set_defaults(func=_show)
    for action in ("enable", "disable", "remove"):
        p = sub.add_parser(action, help=f"{action} a loaded list")
        p.add_argument("id", metavar="ID", help="the list's id as `docverify lists` shows it")
        p.set_defaults(func=_set, action=action)
