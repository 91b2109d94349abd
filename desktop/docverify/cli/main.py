"""Entry point of the `docverify` command: parses arguments and dispatches to a subcommand module."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from typing import TextIO

from docverify import __version__
from docverify.errors import DocverifyError

# Each module registers its subcommands with `register(subparsers)` and sets `func` on them.
# Listed here rather than discovered, so the command's start-up imports nothing it does not need.
SUBCOMMAND_MODULES = (
    "docverify.cli.check",
    "docverify.cli.lists",
    "docverify.cli.screen",
    "docverify.cli.checks_list",
    "docverify.cli.audit",
    "docverify.cli.chip",
    "docverify.cli.masterlists",
)

EXIT_OK = 0
EXIT_INPUT = 1
EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    """argparse that exits with status 2 and a one-line message on a usage error."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"docverify: error: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="docverify", description="Verify passports, ID cards and visas offline.")
    parser.add_argument("--version", action="version", version=f"docverify {__version__}")
    parser.add_argument("--db", help=_DB_HELP)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in SUBCOMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue  # a subcommand not built yet
        module.register(sub)
    # `docverify screen --db X ...` as well as `docverify --db X screen ...`: people put the
    # option after the command they type. SUPPRESS keeps a --db given before the command.
    for command in sub.choices.values():
        _add_db(command)
        _keep_given_options(command)
    return parser


_DB_HELP = ("the store to use: a SQLite file, or a postgresql:// URL for the audit trail and "
            "registry only (default: the user's data folder)")


def _add_db(command: argparse.ArgumentParser) -> None:
    """--db on a command and on each of its own subcommands (`lists import`)."""
    if not any("--db" in a.option_strings for a in command._actions):
        command.add_argument("--db", default=argparse.SUPPRESS, help=_DB_HELP)
    for action in command._actions:
        if isinstance(action, argparse._SubParsersAction):
            for inner in action.choices.values():
                _add_db(inner)


def _keep_given_options(command: argparse.ArgumentParser) -> None:
    """An option both a command and its actions take (`lists --json show`): the action's copy
    gets no default, else its default would reset the value given before the action."""
    given = {a.dest for a in command._actions if a.option_strings}
    for action in command._actions:
        if isinstance(action, argparse._SubParsersAction):
            for inner in action.choices.values():
                for option in inner._actions:
                    if option.option_strings and option.dest in given:
                        option.default = argparse.SUPPRESS
                _keep_given_options(inner)


class _Terminal:
    """Standard output or error with control characters escaped: an ESC sequence in a file's
    name or a list's text must not drive the user's terminal. Newlines, tabs and the CR of
    CSV lines pass; JSON escapes control characters itself. A lone surrogate (a file name that
    is not valid UTF-8, as Python decodes it) comes out as its \\udcNN escape, so the output
    stays valid UTF-8 (and JSON gives the name back)."""

    _CONTROL = {c: f"\\x{c:02x}" for c in (*range(0x20), 0x7F, *range(0x80, 0xA0))
                if c not in (0x09, 0x0A, 0x0D)}

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        safe = text.translate(self._CONTROL).encode("utf-8", "backslashreplace")
        return self.stream.write(safe.decode("utf-8"))

    def __getattr__(self, name: str) -> object:
        return getattr(self.stream, name)


def main(argv: Sequence[str] | None = None) -> int:
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _Terminal(out), _Terminal(err)  # type: ignore[assignment]
    try:
        return _main(argv)
    finally:
        sys.stdout, sys.stderr = out, err


def _main(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from docverify.records.backend import check_store_target, is_server_url

    try:
        check_store_target(args.db)
    except DocverifyError as exc:
        parser.error(f"--db {exc}")
    # A server URL holds the audit trail and registry; the lists stay in the local store file.
    args.records_db = args.db
    if is_server_url(args.db):
        args.db = None
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return int(args.func(args) or 0)
    except DocverifyError as exc:
        print(f"docverify: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except KeyboardInterrupt:
        print("docverify: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader of our output went away (`docverify ... | head`): not an error of ours.
        # Point stdout at devnull so the interpreter's final flush does not fail again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
