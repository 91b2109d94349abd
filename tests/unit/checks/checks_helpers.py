"""Builders of valid MRZs and check contexts for the checks' tests."""

from __future__ import annotations

import datetime as dt

from docverify.checks import CheckContext
from docverify.model import Reading
from docverify.mrz.checkdigit import check_digit
from docverify.mrz.parser import parse

TODAY = dt.date(2026, 11, 28)


def td3(
    surname: str = "HAPPY",
    given: str = "ANNE<MARIE",
    number: str = "X1234567",
    state: str = "FRA",
    nationality: str | None = None,
    birth: str = "850315",
    sex: str = "F",
    expiry: str = "300101",
    code: str = "P<",
    optional: str = "",
    names_field: str | None = None,
) -> tuple[str, str]:
    """Two TD3 lines with every check digit right."""
    nationality = nationality or state
    names = names_field if names_field is not None else f"{surname}<<{given}"
    line1 = (code + state + names)[:44].ljust(44, "<")
    num = number[:9].ljust(9, "<")
    opt = optional[:14].ljust(14, "<")
    opt_cd = check_digit(opt) if optional else "<"
    body = num + check_digit(num) + nationality + birth + check_digit(birth) + sex + expiry
    body += check_digit(expiry) + opt + opt_cd
    composite = check_digit(body[0:10] + body[13:20] + body[21:43])
    return line1, body + composite


def context(lines: tuple[str, ...], today: dt.date = TODAY, image=None) -> CheckContext:
    """A context from MRZ lines through the real parser (no image)."""
    result = parse(list(lines), today)
    reading = Reading(source=None, lines=tuple(lines), confidences=(), parse=result)
    return CheckContext(reading=reading, document=result.document, image=image, today=today)


def synth_context(doc, image=None, mrz=None, source_path=None):
    """A context for a synthetic document, as if its MRZ had been read exactly."""
    from docverify.model import Region
    from docverify.synth.tunables import SYNTH

    lines = tuple(mrz or doc.mrz)
    result = parse(list(lines), SYNTH.reference_date)
    reading = Reading(source=None, lines=lines, confidences=(), parse=result,
                      region=Region(*doc.regions["mrz"]))
    return CheckContext(reading=reading, document=result.document,
                        image=doc.image if image is None else image,
                        today=SYNTH.reference_date, source_path=source_path)
