"""The ICAO Doc 9303 check digit: weights 7, 3, 1 over 0-9, A-Z as 10-35 and '<' as 0."""

from __future__ import annotations


def char_value(c: str) -> int:
    """The numeric value of one MRZ character; raises ValueError outside the MRZ alphabet."""
    if "0" <= c <= "9":
        return ord(c) - 48
    if "A" <= c <= "Z":
        return ord(c) - 55
    if c == "<":
        return 0
    raise ValueError(f"{c!r} is not an MRZ character")


# Each character's value, for the hot path: the reader checks hundreds of thousands of
# candidate fields per hard image.
_VALUES = {c: char_value(c) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ<"}


def check_digit(data: str) -> str:
    """The check digit of ``data`` as a character '0'-'9'."""
    values = _VALUES
    try:  # weights 7, 3, 1, 7, 3, 1, ...: every third character shares one
        total = (7 * sum(values[c] for c in data[0::3]) + 3 * sum(values[c] for c in data[1::3])
                 + sum(values[c] for c in data[2::3]))
    except KeyError:
        bad = next(c for c in data if c not in values)
        raise ValueError(f"{bad!r} is not an MRZ character") from None
    return str(total % 10)


def is_valid(data: str, digit: str) -> bool:
    """True when ``digit`` is the check digit of ``data`` (never raises)."""
    try:
        return check_digit(data) == digit
    except ValueError:
        return False
