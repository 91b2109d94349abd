"""Name folding: scripts and diacritics to plain lower-case parts, each with its Korean-aware key."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from docverify.watchlist.korean import (
    is_hangul,
    korean_key,
    reads_korean,
    reads_one_korean_syllable,
    romanize_hangul_name,
)
from docverify.watchlist.nicknames import short_form_readings
from docverify.watchlist.particles import (
    EZAFE,
    HYPHEN_ARTICLE,
    JOIN_NEXT,
    compounds,
    particles,
    romance_particles,
)

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
LEGAL_FORMS = frozenset(_LEGAL.values())
_APOSTROPHES = re.compile(r"[\u0027\u2018\u2019\u02bc\u02bb\u0060\u00b4]")
_NOT_WORD = re.compile(r"[^\w\-]+")
_HYPHEN = re.compile(r"\s*-\s*")
_SPACES = re.compile(r"\s+")
# the letter tables as str.translate tables (one pass in C rather than a dict lookup per letter)
_FROM_CYRILLIC = str.maketrans(_CYRILLIC)
_TO_LATIN = str.maketrans({**_SPECIAL, **_TRANSLIT})


def _strip_marks(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize("NFC", "".join(c for c in text if not unicodedata.combining(c)))


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """A name as lower-case words without marks; Hangul, Cyrillic and Greek in Latin letters.

    Hyphens stay (they join given names); apostrophes vanish (MR aspiration, Onso'ng);
    Arabic and Han stay in their script, matched against the lists' original-script names.
    """
    plain = text.isascii()  # no script, mark or letter table changes an ASCII name
    if not plain:
        text = unicodedata.normalize("NFKC", text)
        if is_hangul(text):
            text = romanize_hangul_name(text)
    text = _APOSTROPHES.sub("", text.lower())
    if not plain:
        # Cyrillic before the marks go: ё and й are letters of their own, not е and и with marks
        text = _strip_marks(text.translate(_FROM_CYRILLIC)).translate(_TO_LATIN)
    text = _NOT_WORD.sub(" ", text.replace("_", " "))
    text = _HYPHEN.sub("-", text).strip(" -")
    return _SPACES.sub(" ", text)


@dataclass(frozen=True, slots=True)
class Part:
    """One name part: the folded text and its Korean-aware key."""

    text: str
    key: str


def _kunya_first(text: str) -> str:
    """`YASIR, Abu` (surname first, as OFAC writes) as `Abu YASIR`: a lone particle after the
    comma is joined to what it names, as in the name written in order (KAMBAR, Abu Yasir)."""
    head, sep, tail = text.partition(",")
    if sep and fold(tail).split() in ([p] for p in JOIN_NEXT):
        return f"{tail.strip()} {head.strip()}"
    return text


def split_parts(text: str) -> tuple[str, ...]:
    """The parts of a name, hyphenated parts split: `RI Je-son` -> (ri, je, son); titles and
    Arabic particles handled: `Abd al-Latif bin Saleh` -> (abdlatif, saleh); compounds written
    as one word split: `Safieddine` -> (safi, din), `Mohammadreza` -> (mohammad, reza);
    Spanish particles dropped: `VALENZUELA DE CORTEZ, Vanessa` -> (valenzuela, cortez, vanessa)."""
    folded = EZAFE.sub("", HYPHEN_ARTICLE.sub(" ", fold(_kunya_first(text))))
    words = romance_particles(folded.split())
    words = " ".join(words).replace("-", " ").split()
    return tuple(_LEGAL.get(w, w) for w in particles(compounds(words)))


@lru_cache(maxsize=65536)
def surname_parts(text: str) -> int:
    """How many parts a name written surname first (`HAQQANI, Yaya`, as OFAC writes) has before
    its comma; 0 for a name in its natural order (no comma, or a particle moved: `YASIR, Abu`)."""
    head, comma, _ = text.partition(",")
    if not comma or _kunya_first(text) != text:
        return 0
    return len(split_parts(head))


# Bump when key_of or sound_of change: a stored index with older keys has them recomputed.
KEY_VERSION = "4"


@lru_cache(maxsize=262144)
def key_of(part: str) -> str:
    """The Korean key of a part that reads as Korean; any other part is its own key."""
    return korean_key(part) if part.isascii() and reads_korean(part) else part


# One Chinese syllable in pinyin (Wade-Giles's Hsi, Tsai and Chiang read as Korean syllables).
_PINYIN = re.compile(r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian"
                     r"|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|v)")


@lru_cache(maxsize=65536)
def one_syllable(part: str) -> bool:
    """Whether a part is a one-syllable Korean or Chinese name (Kim, Chol, Wang, Zhang, Qiang):
    such names are shared by many people, unlike Najib or Atef."""
    return reads_one_korean_syllable(part) or _PINYIN.fullmatch(part) is not None


# Arabic script to Latin consonants, for a skeleton compared with Latin names (vowels are not
# written in Arabic; alif, waw and ya are often long vowels, so they drop out of the skeleton).
_ARABIC = dict(zip(
    "ابتثجحخدذرزسشصضطظعغفقكلمنهةويىءأإآئؤپچژگکیھ",
    ["", "b", "t", "t", "j", "h", "x", "d", "d", "r", "z", "s", "c", "s", "d", "t", "z", "",
     "g", "f", "k", "k", "l", "m", "n", "h", "", "", "", "", "", "", "", "", "", "", "p", "c",
     "j", "g", "k", "", "h"], strict=True))
_ARABIC_RE = re.compile(r"[\u0600-\u06ff]")
_NO_VOWELS = str.maketrans("", "", "aeiouwy")
_LATIN_SKELETON = (("kh", "x"), ("gh", "g"), ("sh", "c"), ("ch", "c"), ("th", "t"), ("dh", "d"),
                   ("ph", "f"), ("q", "k"), ("j", "j"), ("v", "w"), ("'", ""))


# Arabic letters Latin spellings write two ways, each with a letter giving its other reading:
# ض d/z (Ramadan, Fazl), ذ d/z, ظ z/d, ث t/s, ج j/g (Egyptian g).
_ARABIC_TWO_WAYS = {"ض": "ز", "ذ": "ز", "ظ": "د", "ث": "س", "ج": "گ"}


# The same letters between two Latin spellings: ث written th or s (Uthman, Osman, Usman),
# ذ dh or z (Dhakir, Zakir), ض d or z (Ramadan, Ramazan; Fadl, Fazl) in Persian, Turkish and
# Urdu usage. (Egyptian g for ج is left out: j and g are apart in Korean names, Jong ~ Gong.)
_LATIN_TWO_WAYS = (("th", "s"), ("dh", "z"), ("d", "z"))


@lru_cache(maxsize=262144)
def latin_two_way_forms(part: str) -> tuple[str, ...]:
    """A Latin part with th, dh and d written as Persian, Turkish and Urdu write those Arabic
    letters (s, z, z: Othman -> osman, Ramadan -> ramazan), when that differs from it."""
    form = part
    for a, b in _LATIN_TWO_WAYS:
        form = form.replace(a, b)
    return (form,) if form != part else ()


# Vowels Latin transliterations of Arabic and Persian names write two ways: Arabic has three
# short vowels, and kasra is written i (Arabic, English usage) or e (Persian, French, Turkish,
# Indonesian usage: Ebrahimi ~ Ibrahimi, Refki ~ Rifki), damma u or o (Osman ~ Usman, Omar ~
# Umar), and French usage writes u as ou, English long i and u as ee and oo (Mahmoud, Rasheed).
# The diphthong ay is written ai, ei or ey as well (Suhayl ~ Suheil ~ Suhail, Husayn ~
# Hussein, Shaykh ~ Sheikh), and a doubled consonant (shadda) written or not (Hassan ~ Hasan,
# Fawwaz ~ Fawaz, Mohammed ~ Mohamed). Fatha is written a, or e in Turkish, Persian and
# Egyptian usage (Ahmed ~ Ahmad, Mohammed ~ Muhammad): e is read as i in one form, as a in
# the other (so Hamed meets Hamid and Hamad, while Hamid and Hamad stay apart). The diphthong
# aw is written aw, au, ow, ou or o (Shawkat ~ Shaukat ~ Showkat ~ Shoukat ~ Shokat, Jawlani ~
# Golani, Fawzi ~ Fauzi, Bishawri ~ Bishauri: Persian, Urdu and Levantine usage say it o), read
# as o is (u); only before a consonant or at the end: before a vowel w is a consonant (Nawaz).
# A final i after a consonant is written y in English and Egyptian usage (Hamdy ~ Hamdi,
# Fathy ~ Fathi, Shawky ~ Shawki, Ajily ~ Ajili), read as i.
_VOWEL_FOLD = (("ou", "u"), ("ee", "i"), ("oo", "u"), ("ei", "ai"), ("ey", "ai"), ("ay", "ai"))
_AW = re.compile(r"(?:aw|au|ow)(?![aeiouy])")
VOWEL_FORM_MIN_LEN = 5  # shorter parts are Chinese and Korean syllables (Meng ~ Ming differ)


def _vowels_folded(part: str, e_as: str) -> str:
    if len(part) < VOWEL_FORM_MIN_LEN or not part.isascii():
        return ""
    for a, b in _VOWEL_FOLD:
        if a in part:
            part = part.replace(a, b)
    if "w" in part or "au" in part:
        part = _AW.sub("u", part)
    if part[-1] == "y" and part[-2] not in "aeiouy":
        part = part[:-1] + "i"
    part = part.replace("e", e_as).replace("o", "u")
    return "".join(c for i, c in enumerate(part) if i == 0 or c != part[i - 1])


@lru_cache(maxsize=262144)
def vowel_form(part: str) -> str:
    """A Latin part with e read as i, o as u, ay, ei and ey as ai, aw, au and ow as o, and
    doubled letters single (see above): Ebrahimi and Ibrahimi give ibrahimi, Refke and Rifki
    rifki, Suheil and Suhayl suhail, Hussein and Husayn husain, Shawkat and Shokat shukat; ''
    for a short or non-Latin part."""
    return _vowels_folded(part, "i")


@lru_cache(maxsize=262144)
def fatha_form(part: str) -> str:
    """vowel_form with e read as a (see above): Ahmed and Ahmad give ahmad, Mohammed and
    Muhammad muhamad; '' for a short or non-Latin part."""
    return _vowels_folded(part, "a")


@lru_cache(maxsize=65536)
def arabic_skeletons(part: str) -> tuple[str, ...]:
    """The skeletons of a part: one per reading of the two-way letters of an Arabic-script
    part (فضل gives fdl and fzl, so both Fadl and Fazl meet it); a Latin part has one."""
    spellings = {part}
    if _ARABIC_RE.search(part):
        for c, other in _ARABIC_TWO_WAYS.items():
            if c in part:
                spellings |= {w.replace(c, other) for w in spellings}
    return tuple(dict.fromkeys(sk for w in sorted(spellings) if (sk := skeleton(w))))


@lru_cache(maxsize=262144)
def skeleton(part: str) -> str:
    """The consonants of a name part as Arabic writes them, from Arabic script or from a Latin
    spelling of it: محمد, Mohammed and Muhammad all give mhmd; السعادي and Saadi give sd."""
    if _ARABIC_RE.search(part):
        if part.startswith("ال") and len(part) > 3:
            part = part[2:]
        text = "".join(_ARABIC.get(c, "") for c in part)
    elif part.isascii():
        text = part
        for a, b in _LATIN_SKELETON:
            if a in text:
                text = text.replace(a, b)
        text = text.translate(_NO_VOWELS)
    else:
        return ""
    if len(text) > 1:
        text = "".join(c for i, c in enumerate(text) if i == 0 or c != text[i - 1])
    return text[:-1] if len(text) > 2 and text.endswith("h") else text


def is_arabic(part: str) -> bool:
    return bool(_ARABIC_RE.search(part))


@lru_cache(maxsize=262144)
def sound_of(part: str) -> str:
    """The same key for any Latin part: a rough sound key (Matouk = Matuq, Obaid = Ubayd) that
    counts only when equal, and for less than the Korean reading of a Korean part."""
    return korean_key(part) if part.isascii() else part


def parts_of(text: str) -> tuple[Part, ...]:
    return tuple(Part(p, key_of(p)) for p in split_parts(text))


def joined_pairs(parts: tuple[str, ...], max_len: int) -> list[tuple[int, str]]:
    """Adjacent short parts written as one (Korean given names: won + ho -> wonho)."""
    parts = tuple(first_reading(p) for p in parts)
    return [(i, parts[i] + parts[i + 1]) for i in range(len(parts) - 1)
            if len(parts[i]) <= max_len and len(parts[i + 1]) <= max_len
            and parts[i].isascii() and parts[i + 1].isascii()]


# --- readings: a query part may stand for several spellings, written `a|b`
ALT = "|"
_CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
_E_AS_O = re.compile(r"(?<=[^aeiouy])e(?![aeiouy])")


def readings(part: str) -> tuple[str, ...]:
    return tuple(part.split(ALT)) if ALT in part else (part,)


def first_reading(part: str) -> str:
    return part.split(ALT, 1)[0]


def cyrillic_korean_readings(part: str) -> str:
    """A part folded from a Korean name in Cyrillic (Kontsevich and popular usage) with its
    other readings: a final н is n or ng (Ён = Yon/Yong), е after a consonant may be ŏ
    (Чен = Jong). Parts that do not read as Korean stay as they are."""
    if not (part.isascii() and reads_korean(part)):
        return part
    out = [part]
    if part.endswith("n") and not part.endswith("ng"):
        out += [o + "g" for o in out]
    if _E_AS_O.search(part):
        out += [_E_AS_O.sub("o", o) for o in out]
    return ALT.join(dict.fromkeys(out))


def query_parts(text: str) -> tuple[str, ...]:
    """The parts of a name to screen, Cyrillic Korean parts with their other readings, given
    names with the names they are short forms of or that are their short forms (Chuy|Jesus)."""
    parts = split_parts(text)
    if _CYRILLIC_RE.search(text):
        parts = tuple(cyrillic_korean_readings(p) for p in parts)
    return tuple(ALT.join((p, *more)) if ALT not in p and (more := short_form_readings(p))
                 else p for p in parts)


def is_short_form_reading(part: str, reading: str) -> bool:
    """Whether a reading of a query part is a short form's full name or a full name's short
    form (matched below exact), not a spelling of the part itself."""
    return reading != first_reading(part) and reading in short_form_readings(first_reading(part))


@lru_cache(maxsize=262144)
def particle_form(part: str) -> str:
    """A part joined from "servant of" or "father of" in one spelling, whatever the vowel and
    article between: Abdul Manaf, Abd al-Manaf, Abdelmanaf -> abdmanaf; Abdullah, Abd Allah,
    Abdallah -> abdlah; Abdurrahman -> abdrahman; Abou Omar -> abuomar; Abu'l-Khayr -> abukhayr."""
    if part.startswith("abd") and len(part) > 6:
        rest = part[3:]
        for v in ("ou", "u", "e", "a", "o", "i"):
            if rest.startswith(v):
                r = rest[len(v):]
                if r[0] == "l" and len(r) > 3:
                    rest = r[1:]
                elif len(r) > 3 and r[0] == r[1] and r[0] in "rstdzn":  # ar-Rahman: Abdurrahman
                    rest = r[1:]
                elif v in ("u", "ou") and len(r) >= 3:
                    rest = r
                break
        return "abd" + rest
    for p in ("abou", "abu", "abo"):
        if part.startswith(p) and len(part) - len(p) >= 3:
            rest = part[len(p):]
            if rest[0] == "l" and rest[1] not in "aeiouy":
                rest = rest[1:]
            return "abu" + rest
    return part


_SLAVIC_ENDING = re.compile(r"(?:[iy]y|ii|e[iy])$")


@lru_cache(maxsize=262144)
def slavic_form(part: str) -> str:
    """A Latin part with the letters Russian, Ukrainian and Belarusian romanisations disagree on
    made one: dzh = j (Russian's дж for English and Arabic j: Dzhamal ~ Jamal, Dzhikhad ~
    Jihad), x = ks, w = v, kh = h = g, j = y = i, the endings -iy, -yy, -ii, -ey, -ei as -i
    (Sergey, Sergei, Sergiy, Serhiy -> sergi; Dykyy, Dikiy, Dikij -> diki)."""
    t = part.replace("dzh", "j") if "dzh" in part else part
    t = t.replace("x", "ks").replace("w", "v").replace("kh", "h").replace("j", "y")
    t = _SLAVIC_ENDING.sub("i", t).replace("y", "i").replace("h", "g")
    return "".join(c for i, c in enumerate(t) if i == 0 or c != t[i - 1])
