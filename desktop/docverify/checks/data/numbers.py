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
            "Document number {document_number} is the number of a published specimen ({origin}).",
            {"document_number": doc.document_number, "origin": origin},
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
            "The holder's name {surname} {given_names} is a specimen name: this is a specimen,"
            " not a real document.",
            {"surname": surname, "given_names": given},
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
        yield finding(
            "number.format_mismatch", W if found.confirmed else N,
            "Document number {document_number} does not follow the format of {state} passports"
            " ({format})." if found.confirmed else
            "Document number {document_number} does not follow the format of {state} passports"
            " ({format}) (a format not yet confirmed by a public source).",
            {"document_number": doc.document_number, "state": doc.issuing_state,
             "format": found.pattern.pattern},
            field="document_number",
            evidence={"document_number": doc.document_number, "issuing_state": doc.issuing_state,
                      "format": found.pattern.pattern, "format_status": found.status,
                      "source": found.source},
            position=position(run, "number"), region=field_box(run, "number"),
        )
