"""Random but valid holder data and its ICAO Doc 9303 MRZ lines, for synthetic documents."""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass

import numpy as np

from docverify.mrz.checkdigit import check_digit
from docverify.synth.names import ORIGINS, OTHER_NATIONALITIES, STATES, TRANSLITERATION

FORMATS = ("TD1", "TD2", "TD3", "MRVA", "MRVB")
LINE_LENGTHS = {"TD1": 30, "TD2": 36, "TD3": 44, "MRVA": 44, "MRVB": 36}
LINE_COUNTS = {"TD1": 3, "TD2": 2, "TD3": 2, "MRVA": 2, "MRVB": 2}
# Length of the optional data field on line 2 (TD1: line 1 positions 16-30 is separate).
_OPTIONAL_LEN = {"TD1": 15, "TD2": 7, "TD3": 14, "MRVA": 16, "MRVB": 8}
_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
_DIGITS = "0123456789"
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


@dataclass(frozen=True, slots=True)
class Holder:
    """Everything printed on a synthetic document, in visual-zone (``viz_*``) and MRZ forms."""

    fmt: str
    document_code: str
    issuing_state: str
    document_number: str
    nationality: str
    birth_date: dt.date
    sex: str  # 'M', 'F' or '<' (printed 'X' in the visual zone)
    expiry_date: dt.date
    issue_date: dt.date
    viz_surname: str
    viz_given_names: str
    optional_data: str  # TD3/TD2/MRV: line-2 optional data; TD1: line-1 optional data
    optional_data_2: str  # TD1 only: line-2 optional data (positions 19-29)
    empty_optional_check: str  # TD3: '<' or '0' as the check digit of empty optional data


def mrz_name_part(text: str) -> str:
    """A name as ICAO MRZ characters: transliterated, upper case, spaces and hyphens as '<'."""
    out = []
    for ch in text.upper():
        if ch in TRANSLITERATION:
            out.append(TRANSLITERATION[ch])
            continue
        base = unicodedata.normalize("NFKD", ch)
        base = "".join(c for c in base if not unicodedata.combining(c))
        if base and "A" <= base[0] <= "Z":
            out.append(base)
        elif ch in " -":
            out.append("<")
        # apostrophes, commas and anything else are dropped
    return "".join(out).strip("<")


def mrz_name_field(surname: str, given: str, width: int) -> str:
    """The name field: SURNAME<<GIVEN<NAMES, truncated and filled to ``width``."""
    text = mrz_name_part(surname) + "<<" + mrz_name_part(given)
    return text[:width].ljust(width, "<")


def _pad(text: str, width: int) -> str:
    return text[:width].ljust(width, "<")


def _date(d: dt.date) -> str:
    return d.strftime("%y%m%d")


def _state3(code: str) -> str:
    return _pad(code, 3)


def _choice(rng: np.random.Generator, seq):
    return seq[int(rng.integers(len(seq)))]


def _rand_str(rng: np.random.Generator, alphabet: str, n: int) -> str:
    return "".join(alphabet[int(i)] for i in rng.integers(len(alphabet), size=n))


def _document_number(rng: np.random.Generator, fmt: str) -> str:
    if fmt in ("TD1", "TD2") and rng.random() < 0.15:
        n = int(rng.integers(10, 14))  # the ICAO overflow into the optional data
        return _rand_str(rng, _LETTERS, 2) + _rand_str(rng, _DIGITS, n - 2)
    style = int(rng.integers(4))
    if style == 0:
        return _rand_str(rng, _DIGITS, 9)
    if style == 1:
        return _rand_str(rng, _LETTERS, 1) + _rand_str(rng, _DIGITS, 7) + _rand_str(rng, _ALNUM, 1)
    if style == 2:
        return _rand_str(rng, _LETTERS, 2) + _rand_str(rng, _DIGITS, 7)
    return _rand_str(rng, _ALNUM, int(rng.integers(7, 10)))


def _add_years(d: dt.date, years: int) -> dt.date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


def _random_date(rng: np.random.Generator, lo: dt.date, hi: dt.date) -> dt.date:
    span = max((hi - lo).days, 0)
    return lo + dt.timedelta(days=int(rng.integers(span + 1)))


def make_holder(fmt: str, rng: np.random.Generator, today: dt.date,
                expired_rate: float = 0.08) -> Holder:
    """Draw a holder and a document for ``fmt``; every date is consistent with ``today``."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; expected one of {FORMATS}")
    origin = ORIGINS[_choice(rng, sorted(ORIGINS))]
    given, sex = _choice(rng, origin["given"])
    male, female = _choice(rng, origin["surnames"])
    surname = male if sex == "M" else female
    if rng.random() < 0.2:  # a second given name
        extra, extra_sex = _choice(rng, origin["given"])
        if extra_sex == sex and extra != given:
            given = f"{given} {extra}"
    if rng.random() < 0.02:
        sex = "<"
    state = _choice(rng, sorted(STATES))
    nationality = state if rng.random() > 0.1 else _choice(rng, OTHER_NATIONALITIES)

    birth = _random_date(rng, dt.date(1940, 1, 1), dt.date(2008, 12, 31))
    if fmt in ("MRVA", "MRVB"):
        validity_days = int(_choice(rng, (30, 90, 180, 365, 730)))
    else:
        years = 10 if fmt == "TD1" or rng.random() < 0.6 else 5
        validity_days = -1 - years  # marker: whole years
    expired = rng.random() < expired_rate
    if validity_days > 0:
        if expired:
            issue = _random_date(rng, today - dt.timedelta(days=validity_days + 900),
                                 today - dt.timedelta(days=validity_days + 1))
        else:
            issue = _random_date(rng, today - dt.timedelta(days=validity_days - 1), today)
        expiry = issue + dt.timedelta(days=validity_days - 1)
    else:
        years = -1 - validity_days
        if expired:
            issue = _random_date(rng, _add_years(today, -years - 4), _add_years(today, -years))
        else:
            issue = _random_date(rng, _add_years(today, -years) + dt.timedelta(days=2), today)
        expiry = _add_years(issue, years) - dt.timedelta(days=1)
    if issue < birth:
        issue = birth + dt.timedelta(days=int(rng.integers(1, 60)))

    if fmt == "TD3":
        code = _choice(rng, ("P<", "P<", "P<", "PO", "PD"))
    elif fmt in ("TD1", "TD2"):
        code = _choice(rng, ("I<", "I<", "ID", "IR", "AC"))
    else:
        code = _choice(rng, ("V<", "V<", "VD"))

    number = _document_number(rng, fmt)
    optional = ""
    optional_2 = ""
    if fmt in ("TD3", "TD1", "MRVA") and rng.random() < 0.5:
        optional = _rand_str(rng, _DIGITS, int(rng.integers(6, 12)))
    if fmt == "TD1" and rng.random() < 0.2:
        optional_2 = _rand_str(rng, _ALNUM, int(rng.integers(3, 11)))
    if fmt == "TD1" and len(number) > 9:
        optional = optional[: 15 - (len(number) - 9) - 2]
    return Holder(
        fmt=fmt, document_code=code, issuing_state=state, document_number=number,
        nationality=nationality, birth_date=birth, sex=sex, expiry_date=expiry,
        issue_date=issue, viz_surname=surname, viz_given_names=given,
        optional_data=optional, optional_data_2=optional_2,
        empty_optional_check=_choice(rng, ("<", "0")),
    )


def _number_fields(number: str, optional_len: int, optional: str) -> tuple[str, str, str]:
    """Document number (9), its check position (1) and the optional data, with overflow."""
    if len(number) <= 9:
        return _pad(number, 9), check_digit(_pad(number, 9)), _pad(optional, optional_len)
    rest = number[9:] + check_digit(number)
    if optional:
        rest += "<" + optional
    if len(rest) > optional_len:
        raise ValueError(f"document number {number!r} too long for its optional data")
    return number[:9], "<", _pad(rest, optional_len)


def compose_mrz(h: Holder) -> tuple[str, ...]:
    """The MRZ lines for ``h``, per ICAO Doc 9303 Parts 4-7."""
    fmt = h.fmt
    width = LINE_LENGTHS[fmt]
    birth, expiry = _date(h.birth_date), _date(h.expiry_date)
    bcd, ecd = check_digit(birth), check_digit(expiry)
    nat = _state3(h.nationality)
    head = _pad(h.document_code, 2) + _state3(h.issuing_state)
    name = mrz_name_field(h.viz_surname, h.viz_given_names, width - 5 if fmt != "TD1" else 30)
    if fmt == "TD1":
        num, ncd, opt1 = _number_fields(h.document_number, 15, h.optional_data)
        line1 = head + num + ncd + opt1
        opt2 = _pad(h.optional_data_2, 11)
        upper = line1[5:30] + birth + bcd + expiry + ecd + opt2
        line2 = birth + bcd + h.sex + expiry + ecd + nat + opt2 + check_digit(upper)
        return line1, line2, name
    line1 = head + name
    if fmt == "TD3":
        num, ncd = _pad(h.document_number, 9), check_digit(_pad(h.document_number, 9))
        opt = _pad(h.optional_data, 14)
        ocd = check_digit(opt) if h.optional_data else h.empty_optional_check
        body = num + ncd + nat + birth + bcd + h.sex + expiry + ecd + opt + ocd
        composite = check_digit(num + ncd + birth + bcd + expiry + ecd + opt + ocd)
        return line1, body + composite
    if fmt == "TD2":
        num, ncd, opt = _number_fields(h.document_number, 7, h.optional_data)
        body = num + ncd + nat + birth + bcd + h.sex + expiry + ecd + opt
        composite = check_digit(num + ncd + birth + bcd + expiry + ecd + opt)
        return line1, body + composite
    num, ncd = _pad(h.document_number, 9), check_digit(_pad(h.document_number, 9))
    opt = _pad(h.optional_data, _OPTIONAL_LEN[fmt])
    return line1, num + ncd + nat + birth + bcd + h.sex + expiry + ecd + opt


def mrz_fields(h: Holder, lines: tuple[str, ...]) -> dict[str, str]:
    """The fields as the MRZ encodes them (names as truncated there, fillers as spaces)."""
    name = lines[2] if h.fmt == "TD1" else lines[0][5:]
    surname, _, given = name.partition("<<")
    return {
        "document_code": h.document_code.rstrip("<"),
        "issuing_state": h.issuing_state,
        "document_number": h.document_number,
        "nationality": h.nationality,
        "birth_date": h.birth_date.isoformat(),
        "sex": h.sex if h.sex != "<" else "X",
        "expiry_date": h.expiry_date.isoformat(),
        "surname": surname.replace("<", " ").strip(),
        "given_names": given.replace("<", " ").strip(),
        "optional_data": h.optional_data,
        "optional_data_2": h.optional_data_2,
        "issue_date": h.issue_date.isoformat(),
    }
