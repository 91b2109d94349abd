"""Run a whole verification with every socket trapped; exit 3 if anything tried the network.

Usage: python offline_run.py WORKDIR. Imports a watchlist, verifies a synthetic passport image
(read, check, screen, record), prints the report as JSON, checks and exports the audit trail.
"""

from __future__ import annotations

import json
import socket
import sys
import traceback
from pathlib import Path

ATTEMPTS: list[str] = []


def _trap(name):
    def refuse(*args, **kwargs):
        ATTEMPTS.append(f"{name}{args!r}: " + "".join(traceback.format_stack(limit=6)))
        raise OSError(f"docverify test: network disabled ({name})")

    return refuse


class _NoSocket(socket.socket):
    def __init__(self, *args, **kwargs):
        _trap("socket.socket")(*args)


def install() -> None:
    socket.socket = _NoSocket  # type: ignore[misc]
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex",
                 "gethostbyaddr", "socketpair", "fromfd", "create_server"):
        setattr(socket, name, _trap(f"socket.{name}"))


def main(workdir: Path) -> int:
    install()
    import cv2

    from docverify.cli.main import main as docverify
    from docverify.synth.document import generate

    db = str(workdir / "store.sqlite3")
    lists = Path(__file__).parents[2] / "fixtures" / "watchlists"
    image = workdir / "passport.png"
    cv2.imwrite(str(image), generate("TD3", 5).image)
    engine = "docverify"
    try:
        from docverify.reading.engines import get_engine

        get_engine("docverify")
    except (FileNotFoundError, OSError):
        engine = "tesseract"  # the project's model is not built in this checkout
    steps = [
        ["--db", db, "lists", "import", str(lists / "un_consolidated_dprk.xml")],
        ["--db", db, "check", "--json", "--engine", engine, "--operator", "offline", str(image)],
        ["--db", db, "mrz", "--json", "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
         "L898902C36UTO7408122F1204159ZE184226B<<<<<10"],
        ["--db", db, "audit", "verify"],
        ["--db", db, "audit", "export", "--format", "json", "--out", str(workdir / "a.json")],
        ["--db", db, "audit", "export", "--format", "csv", "--out", str(workdir / "a.csv")],
    ]
    codes = [docverify(step) for step in steps]
    if "--probe" in sys.argv:  # the harness's own check: a swallowed attempt is still caught
        try:
            import urllib.request

            urllib.request.urlopen("http://127.0.0.1:9/", timeout=1)
        except OSError:
            pass
    export = json.loads((workdir / "a.json").read_text(encoding="utf-8"))
    summary = {"codes": codes, "records": len(export["records"]), "chain": export["chain"]["ok"],
               "engine": engine, "attempts": ATTEMPTS}
    print("OFFLINE-SUMMARY " + json.dumps(summary))
    return 3 if ATTEMPTS else 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1])))
