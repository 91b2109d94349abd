"""Regional usages in Latin spellings of names: Somali orthography (c for ayn, x for ha), the
colloquial diminutive (Sweid for Suwayd, Hemaida for Humayda), regional vowelings of Yusuf and Yunus,
Belarusian romanisation (Barsukou for Barsukov), the Hadrami family prefix Ba- (Baabood for Abud),
an Abd name shortened to the name of God it holds (Kader for Abdelkader)."""

from __future__ import annotations

import re
from functools import lru_cache

from docverify.config import SCREENING
from docverify.model import template
from docverify.watchlist.names import (
    ALT,
    fatha_form,
    particle_form,
    skeleton,
    slavic_form,
    sound_of,
    vowel_form,
)

SOMALI_HOW = template("same name in Somali spelling (c for ayn, x for h)")
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


DIMINUTIVE_HOW = template("same name, the diminutive written the colloquial way (Sweid, Hemaida, Grein)")
# The diminutive fu'ayl (Suwayd, Humayd, Zubayr, Humayda) as Levantine, Gulf and Egyptian usage
# writes it: with a w second, contracted, the u before it left out (Sweid, Dweik, Hweidi,
# Nweihed); otherwise its u written e (Hemeid, Hemaida, Zebeir); and then a final ta marbuta
# written -ah or -a alike (Humaydah ~ Hemaida). Not a diphthong ending the name: Sebai is
# Siba'i, not Subay'i.
_C = "[b-df-hj-np-tv-z]"
_UW = re.compile(rf"^({_C}{{1,2}})uw(?=[aeiy])")
_E_FOR_U = re.compile(rf"^({_C}{{1,2}})e(?={_C}{{1,2}}(?:ay|ai|ei|ey){_C})")
# ... and contracted whatever its second consonant, as Gulf, Bedouin and Levantine usage writes
# it (Grein for Qurayn, Zraiq for Zurayq, Hmeid for Humayd, Nseir for Nusayr): the u before it
# left out (not before h, w or y: Suhayl is no Shayl; w is the rule above); with qaf said g there
# (Grein ~ Qurayn), as those speakers say it.
_CU = re.compile(rf"^((?:[cdgkstz]h|{_C}))u(?=[b-df-gj-np-tvxz](?:ay|ai|ei|ey){_C})")


@lru_cache(maxsize=1 << 16)
def contracted_form(part: str) -> str:
    """A Latin part's diminutive written the classical way (Sweid -> swaid is left, Suwaid ->
    swaid, Hemaida -> humaida; see above); '' when the part has no such diminutive."""
    if not part.isascii() or len(part) < 5:
        return ""
    t = _CU.sub(r"\1", _E_FOR_U.sub(r"\1u", _UW.sub(r"\1w", part)))
    return t if t != part else ""


def contracted_alike(a: str, b: str) -> bool:
    """Two Latin spellings of one diminutive, one written the colloquial way (Suwaid ~ Sweid,
    Humayd ~ Hemeid, Humaydah ~ Hemaida): the same once so written, a final -ah as -a, and the
    vowels read alike (see names.vowel_form)."""
    fa, fb = contracted_form(a), contracted_form(b)
    if not (fa or fb) or ALT in a or ALT in b:
        return False
    fa, fb = _marbuta(fa or a), _marbuta(fb or b)
    if ("q" in fa) != ("q" in fb) and "gh" not in fa + fb:  # qaf said g (Grein ~ Qurayn)
        fa, fb = fa.replace("q", "g"), fb.replace("q", "g")
    return vowel_form(fa) == vowel_form(fb) != ""


def _marbuta(part: str) -> str:
    return part[:-1] if part.endswith(("ah", "eh")) else part


VOWELING_HOW = template("same name, voweled the regional way (Yusuf, Youssef, Yusif, Youcef)")
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


BELARUSIAN_HOW = template("same name in Belarusian and Russian romanisation")
# Belarusian names romanised from Belarusian (as Belarus's passports and the lists write them)
# against the Russian form: final ў written u (Zubkou, Barsukou ~ Zubkov, Barsukov), akanye's a
# for an unstressed o (Atabekau, Viktar, Aliaksandravich ~ Atabekov, Viktor, Aleksandrovich),
# -enka for -enko (Lukashenka), dz for a soft d (Radzkou, Uladzimir ~ Radkov, Vladimir), a word's
# first u for v (Uladzimir), ia or ya for e after a consonant (Aliaksandr, Pyatrovich,
# Karpiankou ~ Aleksandr, Petrovich, Karpenkov).
_BELARUSIAN = (
    (re.compile(r"(?<=[b-df-hj-np-tv-z])[ao]u$"), "ov"),
    (re.compile(r"enka$"), "enko"),
    (re.compile(r"(?<=[b-df-hj-np-tv-z])ar$"), "or"),
    (re.compile(r"av(ich|na)$"), r"ov\1"),
    (re.compile(r"dz"), "d"),
    (re.compile(r"^u(?=[b-df-hj-np-tv-z])"), "v"),
    (re.compile(r"(?<=[b-df-hj-np-tv-z])[iy]a"), "e"),
)


@lru_cache(maxsize=1 << 16)
def belarusian_form(part: str) -> str:
    """A Latin part's Belarusian romanisation written the Russian way (see above); '' when the
    part has none of its marks (or is too short for them to tell)."""
    if not part.isascii() or len(part) < 5:
        return ""
    t = part
    for pattern, repl in _BELARUSIAN:
        t = pattern.sub(repl, t)
    return t if t != part else ""


def belarusian_alike(a: str, b: str) -> bool:
    """Two romanisations of one Slavic name, Belarusian and Russian (Zubkou ~ Zubkov): the same
    in the common Slavic spelling (names.slavic_form) once the Belarusian one is written the
    Russian way."""
    fa, fb = belarusian_form(a), belarusian_form(b)
    if not (fa or fb) or ALT in a or ALT in b:
        return False
    return slavic_form(fa or a) == slavic_form(fb or b)


HADRAMI_HOW = template("same family name, with the Hadrami prefix Ba- (Ba'abud ~ Abud)")


def hadrami_alike(a: str, b: str) -> bool:
    """A Hadrami family name written with Ba- (Yemeni usage: Ba'abud, Baabood, Ba'obaid, the
    family of Abud, of Ubayd) and the name itself (Abud, Obaid), the vowels read alike; only a
    name that starts with a vowel and has four letters or more after Ba- (not Bauer, Bashir)."""
    for x, y in ((a, b), (b, a)):
        if x[:2] != "ba":
            continue
        rest = x[2:]
        if (len(rest) >= 4 and rest[0] in "aeiou" and y[:2] != "ba"
                and (vowel_form(rest) or rest) == (vowel_form(y) or y)):
            return True
    return False


SHORTENED_ABD_HOW = template("same Abd name, shortened to the name of God it holds (Abdelkader ~ Kader)")


def shortened_abd(a: str, b: str) -> bool:
    """A name "servant of" one of the names of God (Abd al-Qadir, Abdul Samad, Abd al-Basir) and
    that name alone, as Maghrebi, South Asian and Afghan usage shortens it (Kader, Samad, Basir:
    SIAL, Samad is Abdul Samad Sial), the vowels read alike; the name after Abd of four letters
    or more (not Abdullah ~ Lah), and not against another Abd or Abu name."""
    for x, y in ((a, b), (b, a)):
        if x[:3] != "abd" or y[:2] == "ab":
            continue
        rest = particle_form(x)[3:]
        if len(rest) >= 4 and (vowel_form(rest) or rest) == (vowel_form(y) or y):
            return True
    return False
