"""Arabic letters Latin spellings write two ways: th/s, dh/z, d/z, Egyptian g for j, and the
short vowels Arabic script leaves unwritten."""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from docverify.config import SCREENING
from docverify.model import template
from docverify.watchlist.names import (
    ALT,
    fatha_form,
    latin_two_way_forms,
    one_syllable,
    skeleton,
    sound_of,
    vowel_form,
)

TWO_WAY_HOW = template("same Arabic letter written th/s, dh/z or d/z")


def two_way_similarity(a: str, b: str) -> float:
    """Two Latin spellings of one Arabic name that differ in the letters some usage writes
    otherwise (Othman ~ Usman, Dhakir ~ Zakir, Ramadan ~ Ramazan): the same consonants and
    sound once written so (Hamad is no Hamza, Hadi no Haji, Othman no Simon); 0 when not so."""
    if len(a) < 4 or len(b) < 4 or skeleton(a) == skeleton(b):
        return 0.0
    fas, fbs = latin_two_way_forms(a), latin_two_way_forms(b)
    if not (fas or fbs):
        return 0.0
    for fa in (a, *fas):
        for fb in (b, *fbs):
            if (fa != a or fb != b) and skeleton(fa) == skeleton(fb) \
                    and sound_of(fa) == sound_of(fb):
                sim = SCREENING.two_way_similarity
                return sim if sim > fuzz.ratio(a, b) / 100.0 else 0.0
    return 0.0


EGYPTIAN_HOW = template("same Arabic letter written j or g (Egyptian usage)")


# French usage writes a hard g before e or i gu (Abdel Meguid, Guirguis: Magid, Girgis).
_FRENCH_GU = re.compile(r"gu(?=[ei])")


@lru_cache(maxsize=1 << 16)
def egyptian_g(a: str, b: str) -> bool:
    """Two Latin spellings of one Arabic name, one writing ج j and the other g as Egyptian
    usage does (Gamal ~ Jamal, Gomaa ~ Jumaa, Ragab ~ Rajab): the same consonants and sound once
    j is written g; not gh (غ, Ghamal) nor dj."""
    if ALT in a or len(a) < 4 or len(b) < 4 or not (a.isascii() and b.isascii()):
        return False
    if ("j" in a) == ("j" in b) or "gh" in a + b or "dj" in a + b:
        return False
    fa, fb = _FRENCH_GU.sub("g", a.replace("j", "g")), _FRENCH_GU.sub("g", b.replace("j", "g"))
    return skeleton(fa) == skeleton(fb) and (
        sound_of(fa) == sound_of(fb) or vowel_form(fa) == vowel_form(fb) != ""
        or fatha_form(fa) == fatha_form(fb) != "")


SHORT_VOWEL_HOW = template("same consonants, one short vowel written another way")


def one_short_vowel_apart(a: str, b: str) -> bool:
    """Two Latin spellings of one Arabic or Persian name that differ in one vowel alone (Surur
    ~ Sarur, Nazar ~ Nazir, Hafuz ~ Hafiz, Imanat ~ Amanat, Heni ~ Hani): Arabic script does not
    write short vowels, so whoever romanises a name supplies them. Parts of four letters or more
    only, and not a one-syllable Korean or Chinese name (Chung and Chang, Meng and Ming are two
    names). Not the last letter: a final vowel is written (a long vowel, the ta marbuta, the
    nisba's i) and tells names apart, as it marks gender in Romance and Slavic names (Aziza,
    Azizi; Salma, Salmi; Hamda, Hamdi; Maria, Mario; Paula, Paulo)."""
    if len(a) != len(b) or len(a) < 4 or a == b:
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return (len(diff) == 1 and diff[0] < len(a) - 1 and a[diff[0]] in "aeiou"
            and b[diff[0]] in "aeiou" and not (one_syllable(a) or one_syllable(b)))
