"""Name folding: scripts and diacritics to plain lower-case parts, each with its Korean-aware key."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from docverify.watchlist.korean import is_hangul, korean_key, romanize_hangul_name

_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya", "і": "i", "ї": "yi",
    "є": "ye", "ґ": "g", "ў": "u",
}
_GREEK = {
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i",
    "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s",
    "ς": "s", "τ": "t", "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps", "ω": "o",
}
_TRANSLIT = {**_CYRILLIC, **_GREEK}
_SPECIAL = {"ß": "ss", "æ": "ae", "ø": "o", "đ": "d", "ł": "l", "ı": "i", "þ": "th", "œ": "oe"}
# Legal forms written many ways; each folds to one short part.
_LEGAL = {
    "corporation": "corp", "corp": "corp", "company": "co", "co": "co", "limited": "ltd",
    "ltd": "ltd", "incorporated": "inc", "inc": "inc", "llc": "llc", "ooo": "llc",
    "l l c": "llc", "jsc": "jsc", "ojsc": "jsc", "pjsc": "jsc", "cjsc": "jsc", "ao": "jsc",
    "pao": "jsc", "zao": "jsc", "gmbh": "gmbh", "sa": "sa", "plc": "plc", "bv": "bv",
}
_APOSTROPHES = re.compile(r"[\u0027\u2018\u2019\u02bc\u02bb\u0060\u00b4]")
_NOT_WORD = re.compile(r"[^\w\-]+")


def _strip_marks(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize("NFC", "".join(c for c in text if not unicodedata.combining(c)))


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """A name as lower-case words without marks; Hangul, Cyrillic and Greek in Latin letters.

    Hyphens stay (they join given names); apostrophes vanish (MR aspiration, Onso'ng);
    Arabic and Han stay in their script, matched against the lists' original-script names.
    """
    text = unicodedata.normalize("NFKC", text)
    if is_hangul(text):
        text = romanize_hangul_name(text)
    text = _APOSTROPHES.sub("", text.lower())
    text = _strip_marks(text)
    text = "".join(_TRANSLIT.get(c, _SPECIAL.get(c, c)) for c in text)
    text = _NOT_WORD.sub(" ", text.replace("_", " "))
    text = re.sub(r"\s*-\s*", "-", text).strip(" -")
    return re.sub(r"\s+", " ", text)


@dataclass(frozen=True, slots=True)
class Part:
    """One name part: the folded text and its Korean-aware key."""

    text: str
    key: str


def split_parts(text: str) -> tuple[str, ...]:
    """The parts of a name, hyphenated parts split: `RI Je-son` -> (ri, je, son)."""
    words = fold(text).replace("-", " ").split()
    return tuple(_LEGAL.get(w, w) for w in words)


@lru_cache(maxsize=262144)
def key_of(part: str) -> str:
    return korean_key(part) if part.isascii() else part


def parts_of(text: str) -> tuple[Part, ...]:
    return tuple(Part(p, key_of(p)) for p in split_parts(text))


def joined_pairs(parts: tuple[str, ...], max_len: int) -> list[tuple[int, str]]:
    """Adjacent short parts written as one (Korean given names: won + ho -> wonho)."""
    return [(i, parts[i] + parts[i + 1]) for i in range(len(parts) - 1)
            if len(parts[i]) <= max_len and len(parts[i + 1]) <= max_len
            and parts[i].isascii() and parts[i + 1].isascii()]
