"""Korean names: Hangul romanisation and a key that folds McCune-Reischauer, DPRK 1992, RR and popular spellings."""

from __future__ import annotations

import re
from functools import lru_cache

_INITIALS = ("k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "j", "jj", "ch", "k",
             "t", "p", "h")
_MEDIALS = ("a", "ae", "ya", "yae", "o", "e", "yo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo",
            "we", "wi", "yu", "u", "ui", "i")
_FINALS = ("", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p",
           "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t")
# Two-syllable surnames: a Hangul name that starts with one of these has it as its surname.
_COMPOUND_SURNAMES = frozenset(("남궁", "황보", "제갈", "선우", "독고", "사공", "서문", "동방"))
_HANGUL_RE = re.compile(r"[\uac00-\ud7a3]+")


def is_hangul(text: str) -> bool:
    return bool(_HANGUL_RE.search(text))


def romanize_syllable(ch: str) -> str:
    """One Hangul syllable in the DPRK/McCune-Reischauer style the lists print (no breves)."""
    code = ord(ch) - 0xAC00
    if not 0 <= code < 11172:
        return ch
    ini, rest = divmod(code, 588)
    med, fin = divmod(rest, 28)
    return _INITIALS[ini] + _MEDIALS[med] + _FINALS[fin]


def romanize_hangul_name(text: str) -> str:
    """A Hangul name as `surname given-given`: 리원호 -> `ri won-ho`; other text passes through."""

    def one(match: re.Match[str]) -> str:
        word = match.group(0)
        if len(word) == 1:
            return romanize_syllable(word)
        cut = 2 if len(word) >= 3 and word[:2] in _COMPOUND_SURNAMES else 1
        surname = "".join(romanize_syllable(c) for c in word[:cut])
        given = "-".join(romanize_syllable(c) for c in word[cut:])
        return f"{surname} {given}"

    return _HANGUL_RE.sub(one, text)


# Spellings longest first; each becomes one unit of the key. Upper case letters are key units.
_VOWELS = (
    ("yeo", "Y"), ("yae", "E"), ("wae", "W"), ("weo", "Q"), ("you", "Y"), ("yoo", "Y"),
    ("yeu", "Y"), ("eo", "O"), ("eu", "O"), ("oo", "O"), ("ou", "O"), ("ae", "E"), ("ai", "E"),
    ("ay", "E"), ("oe", "W"), ("oi", "W"), ("oy", "W"), ("we", "W"), ("wi", "V"), ("ui", "I"),
    ("ee", "I"), ("ea", "I"), ("yi", "I"), ("ya", "J"), ("ye", "E"), ("yo", "Y"), ("yu", "Y"),
    ("wa", "X"), ("wo", "Q"), ("wu", "Q"), ("a", "A"), ("e", "E"), ("i", "I"), ("o", "O"),
    ("u", "O"),
)
_CONSONANTS = (
    ("tch", "C"), ("tsh", "C"), ("chkh", "C"), ("chzh", "C"), ("zh", "C"), ("ch", "C"), ("jj", "C"), ("ts", "C"), ("tz", "C"),
    ("j", "C"), ("z", "C"), ("c", "C"), ("kkh", "K"), ("kk", "K"), ("gg", "K"), ("kh", "H"),
    ("gh", "K"), ("ck", "K"), ("k", "K"), ("g", "K"), ("q", "K"), ("tt", "T"), ("th", "T"),
    ("dd", "T"), ("t", "T"), ("d", "T"), ("pp", "P"), ("ph", "P"), ("bb", "P"), ("p", "P"),
    ("b", "P"), ("f", "P"), ("v", "P"), ("ss", "S"), ("sh", "S"), ("s", "S"), ("x", "H"),
    ("h", "H"), ("mm", "M"), ("m", "M"), ("ng", "G"), ("nn", "N"), ("n", "N"), ("rh", "L"),
    ("rr", "L"), ("ll", "L"), ("r", "L"), ("l", "L"), ("w", ""), ("y", "O"),
)
_VOWEL_KEYS = frozenset("YEWQOIVJXA")
_LEX = re.compile("|".join(re.escape(s) for s, _ in sorted(_VOWELS + _CONSONANTS,
                                                               key=lambda p: -len(p[0]))))
_MAP = dict(_VOWELS + _CONSONANTS)
_V_BEFORE_VOWEL = re.compile(r"v(?=[aeiouy])")


# One romanised Korean syllable, as MR, DPRK 1992, RR, popular and Cyrillic-derived spellings write
# it: an onset, a vowel, an optional final. `zh` counts only in Cyrillic `chzh` (чж = j).
_ONSET = r"(?:chkh|chzh|tch|kk|gg|kh|k|g|n|dd|d|tt|th|t|rh|r|l|m|bb|b|pp|ph|p|f|ss|sh|s|jj|j|ch|c|ts|h)?"
_VOWEL = (r"(?:yae|yeo|yeu|you|yoo|wae|weo|ae|ai|ay|ya|eo|ye|yo|yu|yi|wa|wo|we|wi|oe|oi|ui|eu|oo"
          r"|ou|ee|ea|a|e|i|o|u|y)")
_FINAL = r"(?:ng|nn|n|kk|k|ll|l|mm|m|p|t|g|b|h(?![aeiouwy])|hn|rk|r$)?"
_KOREAN_WORD = re.compile(f"(?:{_ONSET}{_VOWEL}{_FINAL}){{1,4}}")


@lru_cache(maxsize=262144)
def reads_korean(token: str) -> bool:
    """Whether a folded Latin part can be read as one to four romanised Korean syllables.

    Kim, Jong, Pyong, Wonho, Chkhve and Cyrillic-derived khwan read as Korean; Ivanov, Zhou,
    Sergei, Muhammad do not, and keep their plain spelling as key.
    """
    token = _V_BEFORE_VOWEL.sub("w", token)
    return len(token) <= 16 and _KOREAN_WORD.fullmatch(token) is not None


_ONE_SYLLABLE = re.compile(f"{_ONSET}{_VOWEL}{_FINAL}")


@lru_cache(maxsize=262144)
def reads_one_korean_syllable(token: str) -> bool:
    """Whether a folded Latin part reads as a single romanised Korean syllable (Kim, Jong,
    Chol, Tsai); Najib, Atef, Imani do not."""
    return _ONE_SYLLABLE.fullmatch(_V_BEFORE_VOWEL.sub("w", token)) is not None


def korean_key(token: str) -> str:
    """A key equal for the usual romanisations of one Korean name part.

    Ri, Rhee, Lee, Yi and I share `I`; Pak, Park, Bak share `PAK`; Choe, Choi, Chwe, Chkhve share `CW`;
    Jong, Chong, Jung, Jeong share `COG`; Won-ho, Wonho and Cyrillic Вон Хо (von kho) share `QNHO`. Works on folded lower-case Latin; other characters pass through.
    """
    token = _V_BEFORE_VOWEL.sub("w", token)  # Cyrillic в is w before a vowel: Вон -> won
    units: list[tuple[str, str]] = []  # (spelling, key unit)
    pos = 0
    for m in _LEX.finditer(token):
        if m.start() > pos:
            units.append((token[pos:m.start()], token[pos:m.start()]))
        units.append((m.group(0), _MAP[m.group(0)]))
        pos = m.end()
    if pos < len(token):
        units.append((token[pos:], token[pos:]))
    out: list[str] = []
    n = len(units)
    for i, (spelling, key) in enumerate(units):
        prev_vowel = i > 0 and units[i - 1][1] in _VOWEL_KEYS
        nxt = units[i + 1][1] if i + 1 < n else ""
        next_vowel = bool(nxt) and nxt[0] in _VOWEL_KEYS
        if i == 0 and key in ("L", "N") and nxt[:1] in ("I", "Y", "J", "E") and n > 1:
            continue  # Ri/Lee/Yi, Ryu/Yu, Rim/Im, Nyo/Yo: South Korea drops the initial r, l, n
        if i == 0 and key == "L":
            key = "N"  # Ro -> No/Noh, Ryang -> Yang is handled above
        if key == "H" and prev_vowel and not next_vowel:
            continue  # Oh, Noh, Ahn, Suh: a written h after a vowel is silent
        if key == "H" and i > 0 and units[i - 1][1] in ("C", "K", "T", "P"):
            continue  # aspiration marks: Chkhve, t'h
        if spelling == "r" and prev_vowel and not next_vowel:
            continue  # Park, Kwark: the r is silent
        if spelling == "y" and next_vowel:
            key = ""
        out.append(key)
    return "".join(out)
