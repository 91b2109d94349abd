"""Regional usages in Latin spellings of names: Somali orthography (c for ayn, x for ha), the
Levantine contracted diminutive (Sweid for Suwayd), regional vowelings of Yusuf and Yunus."""

from __future__ import annotations

import re
from functools import lru_cache

from docverify.config import SCREENING
from docverify.watchlist.names import ALT, fatha_form, skeleton, sound_of, vowel_form

SOMALI_HOW = "same name in Somali spelling (c for ayn, x for h)"
# The Somali Latin orthography writes ع c and ح x (Cabdullahi = Abdullahi, Cali = Ali, Cumar =
# Umar, Maxamed = Mohamed, Xasan = Hasan, Xuseen = Husayn), long vowels doubled (Yasiin).
_INNER_AYN = re.compile(r"(?<=[aeiou])c(?=[aeiou])")


@lru_cache(maxsize=1 << 16)
def somali_form(part: str) -> str:
    """A Latin part with Somali c (ayn) dropped and x read h (Cabdullahi -> abdullahi, Maxamed
    -> mahamed, Xasan -> hasan); '' when the part has neither."""
    if len(part) < 3 or not part.isascii() or not part.isalpha():
        return ""
    t = part[1:] if part[0] == "c" and part[1] in "aeiou" else part
    t = _INNER_AYN.sub("", t).replace("x", "h")
    return t if t != part else ""


@lru_cache(maxsize=1 << 16)
def somali_similarity(a: str, b: str) -> float:
    """Two Latin spellings of one name, one in Somali orthography (see above): 0.88
    (two_way_similarity) when the same once read so, or vowels read alike, or the same
    consonants and sound (Cusman ~ Usman, Cali ~ Ali, Xasan ~ Hasan); latin_skeleton_similarity
    when only the consonants agree (Maxamed ~ Mohamed); else 0. Callers keep it away from
    Korean and Chinese names (Xu and Hu are two names)."""
    if ALT in a or ALT in b or not (a.isascii() and b.isascii()):
        return 0.0
    fa, fb = somali_form(a) or a, somali_form(b) or b
    if (fa, fb) == (a, b):
        return 0.0
    if fa == fb or (skeleton(fa) == skeleton(fb) and sound_of(fa) == sound_of(fb)) or (
            vowel_form(fa) == vowel_form(fb) != "") or fatha_form(fa) == fatha_form(fb) != "":
        return SCREENING.two_way_similarity
    sk = skeleton(fa)
    return SCREENING.latin_skeleton_similarity if len(sk) >= 4 and sk == skeleton(fb) else 0.0


DIMINUTIVE_HOW = "same name, the diminutive contracted (Sweid for Suwayd)"
# The diminutive fu'ayl of a name whose second letter is w (Suwayd, Duwayk, Huwaydi, Nuwayhid,
# Ruwaydah) is written contracted in Levantine and Gulf usage, the u before the w left out:
# Sweid, Dweik, Hweidi, Nweihed, Rweida.
_UW = re.compile(r"^([b-df-hj-np-tv-z]{1,2})uw(?=[aeiy])")


@lru_cache(maxsize=1 << 16)
def contracted_form(part: str) -> str:
    """A Latin part with the u before the w of a diminutive left out (Suwaid -> swaid);
    '' when the part has none."""
    return _UW.sub(r"\1w", part) if part.isascii() and len(part) >= 5 else ""


def contracted_alike(a: str, b: str) -> bool:
    """Two Latin spellings of one diminutive, one contracted (Suwaid ~ Sweid, Duwayk ~ Dweik):
    the same once the u is left out and the vowels read alike (see names.vowel_form)."""
    fa, fb = contracted_form(a) or a, contracted_form(b) or b
    if (fa, fb) == (a, b) or ALT in a or ALT in b:
        return False
    return vowel_form(fa) == vowel_form(fb) != ""


VOWELING_HOW = "same name, voweled the regional way (Yusuf, Youssef, Yusif, Youcef)"
# Yusuf and Yunus keep their last u in the classical reading (Yusuf, Youssouf, Yunus), and
# regional usage says it i or e: Levantine and Maghrebi Youssef and Younes, Iraqi and Gulf
# Yusif and Yunis, Persian Yusef; French-Maghrebi c for s (Youcef). By vowel form (see
# names.vowel_form: Youssef, Yusef and Yusif all give yusif).
_VOWELINGS = {"yusuf": "yusuf", "yusif": "yusuf", "yucif": "yusuf", "yunus": "yunus",
              "yunis": "yunus"}


def same_voweling(a: str, b: str) -> bool:
    """Two spellings of Yusuf or Yunus voweled the classical and a regional way (see above)."""
    fa, fb = vowel_form(a), vowel_form(b)
    return fa != fb and _VOWELINGS.get(fa, "a") == _VOWELINGS.get(fb, "b")


def other_vowelings(form: str) -> tuple[str, ...]:
    """The other vowel forms of the name with this vowel form (yusif: yusuf, yucif)."""
    name = _VOWELINGS.get(form)
    return tuple(f for f, n in _VOWELINGS.items() if n == name and f != form) if name else ()
