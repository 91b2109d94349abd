"""Random MRZ-like line texts (TD1, TD2, TD3, visas) and fully random strings for training."""

from __future__ import annotations

import random
import string

from docverify.mrz.checkdigit import check_digit

LETTERS = string.ascii_uppercase
DIGITS = string.digits
ALNUM = DIGITS + LETTERS
ALPHABET = "<" + DIGITS + LETTERS
_STATES = (
    "UTO D<< FRA GBR USA CAN AUS NLD BEL DEU AUT CHE ITA ESP PRT POL CZE SVK HUN ROU BGR GRC TUR "
    "RUS UKR BLR LTU LVA EST FIN SWE NOR DNK ISL IRL CHN JPN KOR PRK IND PAK BGD IRN IRQ SYR LBN "
    "ISR EGY MAR DZA TUN NGA ZAF KEN ETH BRA ARG CHL COL MEX PER VEN CUB NZL PHL IDN MYS SGP THA "
    "VNM ARM AZE GEO KAZ UZB XXA XXB XXC UNO EUE GBD RKS"
).split()


def _word(rng: random.Random, lo: int = 2, hi: int = 12) -> str:
    return "".join(rng.choice(LETTERS) for _ in range(rng.randint(lo, hi)))


def _pad(s: str, n: int) -> str:
    return (s + "<" * n)[:n]


def _date(rng: random.Random) -> str:
    if rng.random() < 0.05:
        return "<<<<<<"
    return f"{rng.randint(0, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 31):02d}"


def _docnum(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.4:
        s = "".join(rng.choice(DIGITS) for _ in range(rng.randint(6, 9)))
    elif kind < 0.8:
        s = "".join(rng.choice(ALNUM) for _ in range(rng.randint(6, 9)))
    else:
        s = rng.choice(LETTERS) + "".join(rng.choice(DIGITS) for _ in range(rng.randint(5, 8)))
    return _pad(s, 9)


def _optional(rng: random.Random, n: int) -> str:
    r = rng.random()
    if r < 0.5:
        return "<" * n
    k = rng.randint(1, n)
    pool = DIGITS if r < 0.75 else ALNUM + "<"
    return _pad("".join(rng.choice(pool) for _ in range(k)), n)


def _cd(rng: random.Random, data: str) -> str:
    return check_digit(data) if rng.random() < 0.8 else rng.choice(DIGITS + "<")


def name_field(rng: random.Random, n: int) -> str:
    """Surname<<Given<Names padded with '<' to n characters (sometimes truncated)."""
    parts = [_word(rng, 2, 14)]
    if rng.random() < 0.2:
        parts[0] += "<" + _word(rng, 2, 9)
    given = [_word(rng, 2, 10) for _ in range(rng.choice((0, 1, 1, 1, 2, 2, 3)))]
    s = parts[0] + ("<<" + "<".join(given) if given else "")
    return _pad(s, n)


def _doc_code(rng: random.Random, first: str) -> str:
    return first + rng.choice("<<<<" + LETTERS)


def td3(rng: random.Random) -> tuple[str, str]:
    """Two 44-character lines (passport or MRV-A)."""
    code = _doc_code(rng, rng.choice("PPPPV"))
    l1 = code + rng.choice(_STATES).ljust(3, "<") + name_field(rng, 39)
    num, birth, expiry = _docnum(rng), _date(rng), _date(rng)
    if code[0] == "V":
        opt = _optional(rng, 16)
        l2 = num + _cd(rng, num) + rng.choice(_STATES).ljust(3, "<") + birth + _cd(rng, birth)
        l2 += rng.choice("MF<") + expiry + _cd(rng, expiry) + opt
        return l1, l2[:44]
    opt = _optional(rng, 14)
    l2 = num + _cd(rng, num) + rng.choice(_STATES).ljust(3, "<") + birth + _cd(rng, birth)
    l2 += rng.choice("MF<") + expiry + _cd(rng, expiry) + opt + _cd(rng, opt)
    l2 += _cd(rng, l2[:10] + l2[13:20] + l2[21:43])
    return l1, l2


def td2(rng: random.Random) -> tuple[str, str]:
    """Two 36-character lines (TD2 or MRV-B)."""
    code = _doc_code(rng, rng.choice("IACV"))
    l1 = code + rng.choice(_STATES).ljust(3, "<") + name_field(rng, 31)
    num, birth, expiry = _docnum(rng), _date(rng), _date(rng)
    opt = _optional(rng, 7)
    l2 = num + _cd(rng, num) + rng.choice(_STATES).ljust(3, "<") + birth + _cd(rng, birth)
    l2 += rng.choice("MF<") + expiry + _cd(rng, expiry) + opt
    l2 += _cd(rng, l2[:10] + l2[13:20] + l2[21:35])
    return l1, l2[:36]


def td1(rng: random.Random) -> tuple[str, str, str]:
    """Three 30-character lines (ID card)."""
    code = _doc_code(rng, rng.choice("IACI"))
    num = _docnum(rng)
    l1 = code + rng.choice(_STATES).ljust(3, "<") + num + _cd(rng, num) + _optional(rng, 15)
    birth, expiry = _date(rng), _date(rng)
    l2 = birth + _cd(rng, birth) + rng.choice("MF<") + expiry + _cd(rng, expiry)
    l2 += rng.choice(_STATES).ljust(3, "<") + _optional(rng, 11)
    l2 += _cd(rng, l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29])
    return l1, l2, name_field(rng, 30)


def random_string(rng: random.Random, n: int) -> str:
    """A fully random string, sometimes with '<' runs, to break any reliance on structure."""
    r = rng.random()
    if r < 0.4:
        return "".join(rng.choice(ALPHABET) for _ in range(n))
    out = []
    while len(out) < n:
        if rng.random() < 0.2:
            out.extend("<" * rng.randint(1, 12))
        else:
            pool = rng.choice((DIGITS, LETTERS, ALNUM))
            out.extend(rng.choice(pool) for _ in range(rng.randint(1, 10)))
    return "".join(out[:n])


def mrz_document(rng: random.Random) -> list[str]:
    """The lines of one random MRZ document (2 or 3 lines), or 2 random strings."""
    r = rng.random()
    if r < 0.35:
        return list(td3(rng))
    if r < 0.55:
        return list(td2(rng))
    if r < 0.85:
        return list(td1(rng))
    n = rng.choice((30, 36, 44))
    return [random_string(rng, n), random_string(rng, n)]
