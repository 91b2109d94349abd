"""Chip cross-checks as findings: DG1 vs the printed MRZ, Active/Chip Authentication, read errors."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from functools import cache

from docverify.chip.reader import ChipData
from docverify.config import CHIP
from docverify.model import Document, Finding, Severity, make_finding


def _clean(lines: Sequence[str]) -> tuple[str, ...]:
    return tuple(line.strip().upper().replace(" ", "") for line in lines)


def dg1_against_printed(chip_mrz: Sequence[str] | None, printed: Sequence[str] | None
                        ) -> list[Finding]:
    """DG1's MRZ must equal the MRZ printed on the data page, character for character."""
    if chip_mrz is None or not printed:
        return []
    a, b = _clean(chip_mrz), _clean(printed)
    if a == b:
        return [make_finding("chip.dg1.match", Severity.INFO,
                             "The chip's MRZ (DG1) equals the printed MRZ")]
    for li, (x, y) in enumerate(zip(a, b, strict=False)):
        for ci, (p, q) in enumerate(zip(x, y, strict=False)):
            if p != q:
                return [make_finding("chip.dg1.mismatch", Severity.CRITICAL,
                                     "The chip's MRZ (DG1) differs from the printed MRZ",
                                     field="mrz", evidence=(("chip", x), ("printed", y)),
                                     position=(li, ci))]
    return [make_finding("chip.dg1.mismatch", Severity.CRITICAL,
                         "The chip's MRZ (DG1) differs in length from the printed MRZ",
                         field="mrz", evidence=(("chip", "/".join(a)), ("printed", "/".join(b))))]


def chip_findings(data: ChipData, printed: Sequence[str] | None = None) -> list[Finding]:
    out = dg1_against_printed(data.mrz, printed)
    if data.active_auth is True:
        out.append(make_finding("chip.aa.passed", Severity.INFO,
                                "Active Authentication passed: the chip holds the key of DG15"))
    elif data.active_auth is False:
        out.append(make_finding("chip.aa.failed", Severity.CRITICAL,
                                "Active Authentication failed: the chip may be a clone"))
    # chip_auth_detail: the protocol run (an OID), or the reader's words on why it failed.
    if data.chip_auth is True:
        out.append(make_finding("chip.ca.passed", Severity.INFO,
                                "Chip Authentication passed: the chip holds the key of DG14"
                                " ({detail})", {"detail": data.chip_auth_detail}))
    elif data.chip_auth is False:
        out.append(make_finding("chip.ca.failed", Severity.CRITICAL,
                                "Chip Authentication failed: the chip may be a clone ({detail})",
                                {"detail": data.chip_auth_detail}, field="DG14"))
    elif 14 in data.data_groups and data.chip_auth_detail:
        out.append(make_finding("chip.ca.not_run", Severity.INFO,
                                "Chip Authentication not run: {detail}",
                                {"detail": data.chip_auth_detail}, field="DG14"))
    for n, why in sorted(data.errors.items()):
        out.append(make_finding("chip.read.error", Severity.WARNING,
                                "DG{group} could not be read: {why}", {"group": n, "why": why},
                                field=f"DG{n}"))
    return out


@cache
def _epassport_states() -> dict[str, dt.date]:
    from docverify.resources import resource_path

    table = json.loads(resource_path("data", "epassport_states.json").read_text(encoding="utf-8"))
    return {k: dt.date.fromisoformat(v) for k, v in table["since"].items()}


def _chip_since(document: Document) -> tuple[str, dt.date, dt.date] | None:
    """(state, since when it issues only ePassports, expiry date) when this document must carry
    a chip (see `chip_expected`), else None."""
    from docverify.checks.tables import validity

    if document.document_code.replace("<", "") != "P" or document.expiry_date is None:
        return None
    state = {"D": "DEU"}.get(document.issuing_state, document.issuing_state)
    since = _epassport_states().get(state)
    if since is None:
        return None
    entry = validity("P", state)
    years = float(entry["adult"]) if entry else CHIP.passport_max_validity_years
    # Issued at the latest validity-years before expiry: after `since` for sure only if so.
    earliest_issue = document.expiry_date - dt.timedelta(days=round(years * 365.25))
    if earliest_issue < since:
        return None
    return state, since, document.expiry_date


def chip_expected(document: Document) -> str | None:
    """Why this document must carry a chip (its state issues only ePassports since a date it was
    issued after), or None when that cannot be said. The MRZ carries no chip symbol, so the
    state, the document code and the expiry date decide."""
    found = _chip_since(document)
    if found is None:
        return None
    state, since, expiry = found
    return (f"{state} has issued only ePassports since {since:%B %Y}; this passport expires "
            f"{expiry.isoformat()}, so it was issued after that")


def silent_chip_findings(printed: Sequence[str] | None, why: str) -> list[Finding]:
    """chip.expected_but_silent when the printed MRZ says the document has a chip that did not
    answer (no card on the reader, or access control failed with the printed MRZ)."""
    from docverify.mrz.parser import parse

    if not printed:
        return []
    document = parse(list(printed)).document
    found = _chip_since(document) if document is not None else None
    if document is None or found is None:
        return []
    state, since, expiry = found
    # `why` is the reader's account of the failure (chip.cli_read), passed on whole.
    return [make_finding(
        "chip.expected_but_silent", Severity.WARNING,
        "The chip did not answer ({why}) although {state} has issued only ePassports since"
        " {since:%B %Y}; this passport expires {expiry}, so it was issued after that: check"
        " that the document lies on the reader and that the MRZ is right; a passport whose"
        " chip stays silent may have a damaged or replaced chip",
        {"why": why, "state": state, "since": since, "expiry": expiry.isoformat()},
        field="chip", evidence=(("state", document.issuing_state),
                                ("expiry", expiry.isoformat()), ("read", why)))]


def dg1_damaged() -> Finding:
    """DG1 was given but its MRZ cannot be read out of it (truncated, a wrong length)."""
    return make_finding("chip.dg1.damaged", Severity.CRITICAL,
                        "EF.DG1: damaged or truncated data group; the MRZ it holds cannot be"
                        " read", field="DG1")


def no_data_group_compared() -> Finding:
    """EF.SOD was checked but no data group was given to compare with its hashes."""
    return make_finding("chip.pa.nothing_compared", Severity.WARNING,
                        "No data group was compared with EF.SOD: its signature was checked,"
                        " not the chip data")
