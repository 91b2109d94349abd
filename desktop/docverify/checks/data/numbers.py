"""Document number checks: known specimen numbers and the issuing state's number format."""

from __future__ import annotations

from collections.abc import Iterator

from docverify.checks import tables
from docverify.checks.context import Run, finding
from docverify.checks.registry import rule
from docverify.checks.where import field_box, position
from docverify.model import Finding, Severity

C, W, N = Severity.CRITICAL, Severity.WARNING, Severity.INFO


@rule({"number.specimen": (C, "The document number, or the holder's name, is one printed on a "
                              "published specimen (resources/data/checks/specimens.json).")})
def specimen(run: Run) -> Iterator[Finding]:
    doc = run.doc
    origin = tables.specimen_number(doc.document_number)
    if origin is not None:
        yield finding(
            "number.specimen", C,
            f"Document number {doc.document_number} is the number of a published specimen "
            f"({origin}).",
            field="document_number", evidence={"document_number": doc.document_number,
                                               "specimen": origin},
            position=position(run, "number"), region=field_box(run, "number"),
        )
        return
    table = tables.load("specimens")
    surname, given = doc.surname.upper(), doc.given_names.upper()
    pair = [surname, given]
    word = table["surnames"].get(surname) if surname in {
        "SPECIMEN", "SPECIMENS", "SPECIMEN1", "MUSTER", "MUSTERMANN", "MUSTERFRAU", "VZOR",
        "MODELO", "CAMPIONE"} else None
    if pair in table["name_pairs"] or word is not None or "SPECIMEN" in given.split():
        yield finding(
            "number.specimen", C,
            f"The holder's name {surname} {given} is a specimen name: this is a specimen, "
            "not a real document.",
            field="names", evidence={"surname": surname, "given_names": given,
                                     "specimen": word or "published specimen name"},
            position=position(run, "names"), region=field_box(run, "names"),
        )


@rule({"number.format_mismatch": (W, "The document number does not follow the issuing state's "
                                     "known format (resources/data/checks/number_formats.json); "
                                     "information only where that format is unverified.")})
def number_format(run: Run) -> Iterator[Finding]:
    doc = run.doc
    found = tables.number_pattern(doc.document_code, doc.issuing_state)
    if found is None or not doc.document_number:
        return
    if found.pattern.match(doc.document_number) is None:
        caveat = "" if found.confirmed else " (a format not yet confirmed by a public source)"
        yield finding(
            "number.format_mismatch", W if found.confirmed else N,
            f"Document number {doc.document_number} does not follow the format of "
            f"{doc.issuing_state} passports ({found.pattern.pattern}){caveat}.",
            field="document_number",
            evidence={"document_number": doc.document_number, "issuing_state": doc.issuing_state,
                      "format": found.pattern.pattern, "format_status": found.status,
                      "source": found.source},
            position=position(run, "number"), region=field_box(run, "number"),
        )
