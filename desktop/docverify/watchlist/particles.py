"""Name particles, titles and compounds: what a name's words are before they are parts."""

from __future__ import annotations

import re

from docverify.watchlist.korean import reads_korean, reads_one_korean_syllable

# Arabic name particles: the article and "son of" join nothing and are dropped (al-Kani = Kani,
# Sami ben Khamis = Sami Khamis); "servant of" and "father of" are part of the next name and
# are written joined (Abd al-Latif = Abdul Latif = Abdlatif ~ Abdullatif, Abu Ali = Abuali).
# Arabic script too: ال (the article, written apart), بن / ابن / بنت, عبد and ابو.
# Ibn also as its construct form Ibni, the Indonesian Ibnu and the Persian Ebn, Ebni.
_ARTICLES = frozenset(("al", "el", "ul", "ibn", "ibni", "ibnu", "ebn", "ebni", "ال"))
_SON_OF = frozenset(("bin", "ben", "bint", "binti", "بن", "ابن", "بنت"))  # only between names
# South Asian usage writes the article after a u, assimilated (Noor ud Din, Zaki ur-Rehman,
# Abd us-Salam): between two words it is dropped, even where these read as Korean.
_U_ARTICLES = frozenset(("ud", "ur", "us", "uz", "ush"))
JOIN_NEXT = frozenset(("abd", "abdul", "abdel", "abdal", "abdoul", "abdu", "abdol", "abu",
                       "abou", "abo", "عبد", "ابو", "أبو"))
_TITLES = frozenset((
    "dr", "doctor", "mr", "mrs", "ms", "prof", "rtd", "eng", "engineer",
    # Muslim titles and honorifics, as the lists spell them: elder or chief (Sheikh); one who
    # made the pilgrimage (Haji, al-Hajj, Alhaji, El Hadj); clerics and scholars (Mullah,
    # Mawlawi, Maulana, Mufti); one who recites the Quran (Qari, Kari: ق written k as Urdu and
    # Pashto transliterations do); teacher (Ustad; Mu'allim, which Somali usage writes Ma'alin,
    # Mo'alin or Macallin: MOHAMED OMAR MA'ALIN); "sir", after the name (Sahib: Haji Sahib,
    # Qari Sahab, Agha Saheb).
    "sheikh", "shaikh", "shaykh", "sheik", "cheikh", "cheik",
    "haji", "hajji", "hajj", "haj", "hadj", "hadji", "alhaj", "alhajj", "alhaji", "alhadji",
    "elhadj", "elhaj", "mullah", "mawlawi", "maulawi", "maulavi", "mawlavi", "maulvi", "moulvi",
    "molvi", "molavi", "molawi", "maulana", "mawlana", "moulana", "molana", "mowlana", "mufti",
    "qari", "kari", "ustad", "ustadh", "ustaad", "ustaz", "muallim", "moallim", "mualim",
    "maalin", "moalin", "macalin", "macallin", "sahib", "saheb", "sahab"))
# "Deputy" (naib) before the office it names: the two are a title (Naib Amir, deputy emir).
_OFFICES = frozenset(("amir", "emir", "imam"))
# Military ranks (Lt. Col. (Rtd)): dropped like the particles, not in Korean names (Col = Chol).
_RANKS = frozenset(("lt", "col", "gen", "maj", "capt", "brig", "cmdr", "sgt", "adm", "colonel",
                    "captain", "general", "lieutenant"))
_NOT_A_NAME = _ARTICLES | _SON_OF | _RANKS
_DROPPED = _ARTICLES | _RANKS
# Any word particles() may drop, join or look at: a name with none of them stays as it is.
_HANDLED = _TITLES | _U_ARTICLES | _NOT_A_NAME | JOIN_NEXT | {"naib"}
# The article assimilated and hyphenated: as-Somali, ad-Din, ar-Rahman, ash-Shami, ur-Rehman.
HYPHEN_ARTICLE = re.compile(r"(?<![^\s-])(?:a[dlrstz]|ash|adh|ath|el|u[dlrsz]|ush)-(?=\w)")
# The Persian ezafe, -e (-ye after a vowel), that links a name to the next as Afghan and
# Iranian names write it (Abdul Aziz-e Nuristani, Gul-e Ahmad): a link, not a name part.
EZAFE = re.compile(r"(?<=\w)-y?e(?=[\s-]|$)")


def particles(words: list[str]) -> list[str]:
    """Titles dropped and Arabic particles handled (see above) while a part remains; particles
    are left alone when the other parts all read as Korean, one a Korean syllable (Bin and Ben
    are Korean syllables: RI Bin), not when they merely could (AL HAKIM, Abdullah Yahya: the
    Korean reading covers most Latin words of four syllables or less)."""
    if _HANDLED.isdisjoint(words):
        return list(words)
    deputy = {j for i, w in enumerate(words[:-1]) if w == "naib" and words[i + 1] in _OFFICES
              for j in (i, i + 1)}
    out = [w for i, w in enumerate(words) if w not in _TITLES and i not in deputy] or words
    out = [w for i, w in enumerate(out)
           if not (w in _U_ARTICLES and 0 < i < len(out) - 1)]
    if len(out) < 2:
        return out
    rest = [w for w in out if w not in _NOT_A_NAME]
    if not (all(reads_korean(w) for w in rest) and any(reads_one_korean_syllable(w) for w in rest)):
        out = [w for i, w in enumerate(out)
               if w not in _DROPPED
               and not (i > 0 and w in _SON_OF and i + 1 < len(out))] or out
    joined: list[str] = []
    i = 0
    while i < len(out):
        if out[i] in JOIN_NEXT and i + 1 < len(out):
            nxt = out[i + 1]
            if nxt.startswith("ال") and len(nxt) > 3:  # عبد الرزاق as Abd al-Razzaq: Abdrazzaq
                nxt = nxt[2:]
            joined.append(out[i] + nxt)
            i += 2
        else:
            joined.append(out[i])
            i += 1
    return joined


# "X al-Din" written as one word (Safieddine, Nasreddine, Salahuddin, Izzedine, Alaeddin): the
# name and din, as the split spelling gives them (Safi al-Din -> safi, din); the article written
# el or al as Egyptian and Sudanese usage writes it (Nasreldin, Gamaleldin, Nourreldine), or as
# one vowel a or i before a long Dine or Deen (Nouradine, Tajideen; not Saladin, Paladin).
_AL_DIN = re.compile(r"^([a-z]{3,}?)(?:[aeiu][dl]|[eu]|[ai](?=d(?:ine|een)$))(?:din|dine|deen)$")
# ... and "al-Din" alone written as one word (Bashir Uddin, Nour Eddine = Bashir ud-Din).
_DIN_ALONE = re.compile(r"^(?:[aeu]d|[aeu]l)(?:din|dine|deen)$")
# Persian compound given names written as one word (Mohammadreza, Gholamhossein, Alireza): the
# two names, as the spelling with a space or hyphen gives them.
_PERSIAN_COMPOUND = re.compile(
    r"^(mohamm?[ae]d|muhamm?[ae]d|gholam|ghulam|ali|amir)"
    r"(reza|ali|hossein|hosein|hassan|hasan|mehdi|javad|bagher|baqer|taghi|taqi|sadegh|sadeq"
    r"|karim|jafar|akbar|asghar|naghi|naqi)$")


# South Asian "X ur-Rahman" names (Shams ur-Rahman, Zia-ur-Rahman, Inayat ur-Rahman: the article
# after a u, assimilated to the r of Rahman, Rahim, Rashid, Rauf, Razzaq) written as one word
# (Shamsurrahman, Ziaurrahman, Inayaturahman): the name and the name of God, as the spelling
# with a space gives them (shams, rahman). Not Abdurrahman (servant of: one name, abdrahman).
_GOD_NAMES = ("rahman", "rehman", "rahim", "raheem", "rashid", "rasheed", "rauf", "razzaq",
              "razaq", "razak")
_UR_RAHMAN = re.compile(rf"^([a-z]{{3,}}?)ur?({'|'.join(_GOD_NAMES)})$")
_GOD_ENDS = frozenset(g[-3:] for g in _GOD_NAMES)  # a cheap test before the pattern


def compounds(words: list[str]) -> list[str]:
    """Compound names written as one word split as they are written apart (see above)."""
    out: list[str] = []
    for w in words:
        if m := _PERSIAN_COMPOUND.match(w):
            out += [m.group(1), m.group(2)]
        elif (len(w) >= 8 and w[-3:] in _GOD_ENDS and (m := _UR_RAHMAN.match(w))
              and m[1][:3] != "abd"):
            out += [m.group(1), m.group(2)]
        elif (m := _AL_DIN.match(w)) and len(w) >= 7:
            out += [m.group(1), "din"]
        elif out and _DIN_ALONE.match(w):
            out.append("din")
        else:
            out.append(w)
    return out


# Spanish and French surname particles: "de", "del", "de la/los/las" before a
# surname (DE LA CRUZ = Cruz; a married woman's "de CORTEZ", her husband's surname added to
# hers, VALENZUELA DE CORTEZ) and "y" between two surnames (PEREZ Y GONZALEZ). Dropped as the
# Arabic article is: only written apart (a hyphenated Chinese Ming-De keeps its syllable),
# only before another word, and not when the other words all read as Korean.
_ROMANCE_DE = frozenset(("de", "del"))  # not da, do: Vietnamese Do, Korean Da
_ROMANCE_ARTICLES = frozenset(("la", "las", "los"))


def romance_particles(words: list[str]) -> list[str]:
    """The Spanish and French particles (see above) dropped."""
    if not any(w in _ROMANCE_DE or w == "y" for w in words):
        return words
    rest = [w for w in words if w not in _ROMANCE_DE | _ROMANCE_ARTICLES and w != "y"]
    if not rest or all(reads_korean(w) for w in rest):
        return words
    out: list[str] = []
    after_de = False
    for i, w in enumerate(words):
        last = i + 1 == len(words)
        if not last and (w in _ROMANCE_DE or (after_de and w in _ROMANCE_ARTICLES)
                         or (w == "y" and out and len(out[-1]) >= 3 and len(words[i + 1]) >= 3)):
            after_de = w in _ROMANCE_DE
            continue
        after_de = False
        out.append(w)
    return out
