"""Code checks: document code against the format, specimen state, nationality against issuer."""

from __future__ import annotations

from collections.abc import Iterator

from docverify.checks.context import Run, finding
from docverify.checks.registry import rule
from docverify.checks.where import field_box, position
from docverify.model import FIELD_LABELS, DocFormat, Finding, Severity
from docverify.mrz import codes

C, W = Severity.CRITICAL, Severity.WARNING

# First letter of the document code each format allows (ICAO Doc 9303 Parts 4-7: P passports,
# I/A/C official travel documents of TD1/TD2 size, V visas).
_ALLOWED_FIRST = {
    DocFormat.TD3: "P",
    DocFormat.TD2: "IACP",
    DocFormat.TD1: "IAC",
    DocFormat.MRVA: "V",
    DocFormat.MRVB: "V",
}
# Issuers whose own passports are held by nationals of another code (British nationality
# classes, Germany's one-letter code) and organisations whose documents any national holds.
_RELATED_NATIONALITIES = {
    "GBR": {"GBD", "GBN", "GBO", "GBP", "GBS"},
}
_ORGANISATIONS = {"UNO", "UNA", "UNK", "EUE", "XPO", "XOM", "XCC", "XCE", "XBA", "XIM", "XDC",
                  "XEC", "XES", "XMP"}
_NO_NATIONALITY = {"XXA", "XXB", "XXC", "XXX"}


@rule({"code.document_code_invalid": (W, "The document code does not fit the MRZ format "
                                         "(a TD3 must start with P, a visa with V, a TD1 with "
                                         "I, A or C).")})
def document_code(run: Run) -> Iterator[Finding]:
    doc = run.doc
    allowed = _ALLOWED_FIRST.get(doc.format, "")
    code = doc.document_code
    second_ok = len(code) < 2 or code[1].isalpha()
    if code[:1] not in allowed or not second_ok:
        yield finding(
            "code.document_code_invalid", W,
            "Document code {document_code!r} is not valid for a {format} document (expected it"
            " to start with {allowed_or}).",
            {"document_code": code, "format": str(doc.format), "allowed_or": " or ".join(allowed),
             "allowed": "/".join(allowed)},
            field="document_code",
            evidence={"document_code": code, "format": doc.format, "allowed": allowed},
            position=position(run, "document_code"), region=field_box(run, "document_code"),
        )


@rule({"code.specimen_state": (C, "The issuing state or nationality is a fictional state "
                                  "used only on specimens (UTO, Utopia).")})
def specimen_state(run: Run) -> Iterator[Finding]:
    doc = run.doc
    for name, value, where in (("issuing_state", doc.issuing_state, "issuing_state"),
                               ("nationality", doc.nationality, "nationality")):
        if codes.is_specimen_code(value) or value == "UTO":
            yield finding(
                "code.specimen_state", C,
                "The {field_label} is {value!r}, the specimen state of ICAO Doc 9303: this is a"
                " specimen, not a real document.",
                {"field_label": FIELD_LABELS[name], "value": value},
                field=name, evidence={name: value},
                position=position(run, where), region=field_box(run, where),
            )
            return


@rule({"code.nationality_differs": (W, "On a national passport, the holder's nationality "
                                       "differs from the issuing state.")})
def nationality_vs_issuer(run: Run) -> Iterator[Finding]:
    doc = run.doc
    if doc.format is not DocFormat.TD3 or not doc.document_code.startswith("P"):
        return
    state, nat = doc.issuing_state, doc.nationality
    if not state or not nat or state == nat:
        return
    if nat in _RELATED_NATIONALITIES.get(state, set()):
        return
    if state in _ORGANISATIONS or nat in _NO_NATIONALITY or state in _NO_NATIONALITY:
        return
    if not (codes.is_known_code(state) and codes.is_known_code(nat)):
        return  # the parser already reports the unknown code
    yield finding(
        "code.nationality_differs", W,
        "Passport issued by {state_name} ({state}) to a holder of {nationality_name}"
        " ({nationality}) nationality: check the document type.",
        {"state_name": codes.country_name(state) or state, "state": state,
         "nationality_name": codes.country_name(nat) or nat, "nationality": nat},
        field="nationality", evidence={"issuing_state": state, "nationality": nat},
        position=position(run, "nationality"), region=field_box(run, "nationality"),
    )
