"""The ICAO Doc 9303 check digit: weights 7, 3, 1 over 0-9, A-Z as 10-35 and '<' as 0."""

from __future__ import annotations

_WEIGHTS = (7, 3, 1)


def char_value(c: str) -> int:
    """The numeric value of one MRZ character; raises ValueError outside the MRZ alphabet."""
    if "0" <= c <= "9":
        return ord(c) - 48
    if "A" <= c <= "Z":
        return ord(c) - 55
    if c == "<":
        return 0
    raise ValueError(f"{c!r} is not an MRZ character")


def check_digit(data: str) -> str:
    """The check digit of ``data`` as a character '0'-'9'."""
    total = sum(char_value(c) * _WEIGHTS[i % 3] for i, c in enumerate(data))
    return str(total % 10)


def is_valid(data: str, digit: str) -> bool:
    """True when ``digit`` is the check digit of ``data`` (never raises)."""
    try:
        return check_digit(data) == digit
    except ValueError:
        return False
