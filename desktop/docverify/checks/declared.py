"""Codes emitted outside the rule modules: by the MRZ parser and by the engine itself."""

from __future__ import annotations

from docverify.checks.registry import declare
from docverify.model import Severity

C, W, N = Severity.CRITICAL, Severity.WARNING, Severity.INFO

declare("docverify.mrz.parser", {
    "mrz.format.unknown": (C, "The text read is not an MRZ of any ICAO format (TD1, TD2, TD3, "
                              "MRV-A, MRV-B)."),
    "mrz.line_length": (C, "An MRZ line is longer or shorter than its format requires."),
    "mrz.charset": (C, "A character outside the MRZ alphabet (0-9, A-Z, '<')."),
    "mrz.check_digit.document_number": (C, "The document number does not match its check digit."),
    "mrz.check_digit.birth_date": (C, "The birth date does not match its check digit."),
    "mrz.check_digit.expiry_date": (C, "The expiry date does not match its check digit."),
    "mrz.check_digit.optional_data": (C, "The optional data do not match their check digit."),
    "mrz.check_digit.composite": (C, "The composite check digit over the data fields is wrong."),
    "mrz.date.birth_date.invalid": (C, "The birth date is not a calendar date."),
    "mrz.date.expiry_date.invalid": (C, "The expiry date is not a calendar date."),
    "mrz.date.birth_date.partial": (N, "The birth date is only partly known (unknown day or "
                                       "month, as some states issue)."),
    "mrz.date.expiry_date.partial": (N, "The expiry date is only partly known."),
    "mrz.sex.invalid": (C, "The sex field is not M, F, X or '<'."),
    "mrz.code.issuing_state.unknown": (W, "The issuing state is neither an ISO 3166 code nor an "
                                          "ICAO code."),
    "mrz.code.nationality.unknown": (W, "The nationality is neither an ISO 3166 code nor an ICAO "
                                        "code."),
    "mrz.name.truncated": (N, "The name fills its whole field and was probably truncated."),
})

declare("docverify.checks.engine", {
    "internal.rule_failed": (N, "A check crashed; it is reported and skipped, the others ran."),
    "internal.no_document": (W, "No MRZ could be decoded, so the data checks could not run."),
    "internal.check_skipped": (N, "A check could not run on this input (no image, tesseract "
                                  "missing, ...)."),
}, needs="-")

declare("docverify.reading", {
    "reading.failed": (W, "No MRZ could be found or read in the image: the officer checks the "
                          "document by hand (not a sign of forgery in itself)."),
    "reading.corrected": (N, "An MRZ character was read as another by its column's character "
                             "class or by a check digit choosing among the recogniser's "
                             "alternatives (never a check digit itself)."),
}, needs="-")

declare("docverify.pipeline", {
    "screening.skipped": (W, "The holder could not be screened: the MRZ read gives neither a "
                             "name nor a document number."),
    "screening.failed": (W, "Watchlist screening failed on this document (the lists' database "
                            "unreadable, ...): the officer screens by hand."),
}, needs="-")
