"""Helpers of the records tests: results built by hand, a clock the test moves."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

from docverify.model import DocFormat, Document, Finding, Reading, Region, Result, Severity, Verdict

T0 = dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.UTC)


class Clock:
    """A clock that stays where the test puts it."""

    def __init__(self, now: dt.datetime = T0) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


def make_result(number: str = "L898902C3", surname: str = "ERIKSSON", given: str = "ANNA MARIA",
                birth: dt.date | None = dt.date(1974, 8, 12), nationality: str = "UTO",
                source: str | None = "scan.png", portrait: str | None = None,
                region: Region | None = None, fmt: DocFormat = DocFormat.TD3) -> Result:
    doc = Document(fmt, ("P<UTO...", "L89..."), "P", "UTO", number, nationality, birth, "F",
                   dt.date(2030, 1, 1), surname, given, "")
    from docverify.model import MRZParse

    finding = Finding("data.example", Severity.WARNING, f"{surname} looks odd",
                      evidence=(("found", surname),))
    reading = Reading(source, doc.mrz, ((1.0,),), MRZParse(doc, ()), region=region, engine="test")
    hits = {"hits": [{"list": "un", "list_version": "2026-02-27#abcd1234", "entry_id": "KPi.1",
                      "name": "SOMEONE", "score": 0.9, "band": "review", "reasons": []}]}
    return Result(source, reading, (finding,), Verdict.REVIEW, (f"{surname} looks odd",), hits,
                  extras=(("portrait_hash", portrait),) if portrait else ())


TD3 = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
       "L898902C36UTO7408122F1204159ZE184226B<<<<<10"]
OTHER = ["P<UTOSMITH<<JOHN<<<<<<<<<<<<<<<<<<<<<<<<<<<<",
         "L898902C36UTO7408122F1204159ZE184226B<<<<<10"]


def run(db, *args, cwd=None, preexec_fn=None):
    """`docverify --db DB ARGS` as a caller runs it; never a traceback."""
    proc = subprocess.run([sys.executable, "-m", "docverify", "--db", str(db), *args],
                          capture_output=True, text=True, timeout=120, cwd=cwd,
                          preexec_fn=preexec_fn)
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc
