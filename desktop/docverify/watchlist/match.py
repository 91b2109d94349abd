"""Scoring one query name against one listed name: part alignment, weights, and the reasons."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from docverify.config import SCREENING
from docverify.model import template
from docverify.watchlist.chains import chain_part, in_chain_order
from docverify.watchlist.index import JOIN_MAX_LEN
from docverify.watchlist.letters import (
    EGYPTIAN_HOW,
    SHORT_VOWEL_HOW,
    TWO_WAY_HOW,
    egyptian_g,
    one_short_vowel_apart,
    two_way_similarity,
)
from docverify.watchlist.names import (
    ALT,
    LEGAL_FORMS,
    arabic_skeletons,
    fatha_form,
    first_reading,
    is_arabic,
    is_short_form_reading,
    joined_pairs,
    key_of,
    one_syllable,
    particle_form,
    readings,
    skeleton,
    slavic_form,
    sound_of,
    surname_parts,
    vowel_form,
)
from docverify.watchlist.usages import (
    BELARUSIAN_HOW,
    DIMINUTIVE_HOW,
    HADRAMI_HOW,
    SHORTENED_ABD_HOW,
    SOMALI_HOW,
    VOWELING_HOW,
    belarusian_alike,
    contracted_alike,
    hadrami_alike,
    same_voweling,
    shortened_abd,
    somali_similarity,
)

ARABIC_HOW = template("same consonants as Arabic writes them")


@dataclass(frozen=True, slots=True)
class PartMatch:
    """A query part (or joined parts) aligned with a listed part (or joined parts)."""

    query: str
    listed: str
    similarity: float
    how: str
    weight: float

    def describe(self) -> str:
        return f"'{self.query}' ~ '{self.listed}' ({self.how}, {self.similarity:.2f})"


@dataclass(frozen=True, slots=True)
class NameScore:
    score: float
    matches: tuple[PartMatch, ...]
    unmatched_query: tuple[str, ...]
    unmatched_listed: tuple[str, ...]
    common_only: bool
    # only one or two short listed parts (Kim, Li, Wei, Yong) match: alerts only with a birth date
    short_parts_only: bool = False
    # the score with unmatched listed parts costing in full (for companies)
    score_all_parts: float = 0.0
    # the summed weight of the listed parts matched closely (by a Korean reading only if also
    # spelt alike: Chen and Cain share one), and how alike they are (weighted mean)
    matched_weight: float = 0.0
    matched_similarity: float = 0.0
    # the larger share of the query's or of the listed name's parts matched so
    matched_share: float = 0.0
    # the score with the listed name's unmatched tail costing chain_tail_weight, when the
    # query is the head of its chain (see score_name); 0 otherwise. A birth date that agrees
    # lets it count (screening._entry_hit).
    chain_score: float = 0.0

    def subset_score(self, need_weight: float) -> float:
        """The parts in common alone, as a shared birth date lets them count: their similarity,
        scaled down while their weight is below `need_weight` (a common part alone is little)."""
        if self.matched_weight <= 0 or need_weight <= 0:
            return 0.0
        if self.matched_share < SCREENING.subset_min_share:
            return 0.0  # one given name of four in common is a namesake, whatever the date
        s = self.matched_similarity * min(1.0, self.matched_weight / need_weight)
        s = min(s, SCREENING.subset_score_cap)
        return min(s, SCREENING.common_only_cap) if self.common_only else s


@lru_cache(maxsize=1 << 18)
def part_similarity(a: str, b: str) -> tuple[float, str]:
    """How alike two folded parts are, 0..1, and how (exact, spelling, romanisation).

    The Korean key counts only between parts that both read as Korean; a key that is merely
    close (not equal) is worth `key_partial_penalty` less, as short keys are close by chance.
    A query part with several readings (`chon|chong`) scores its best reading.
    """
    if ALT in a:
        best = max(((_reading_similarity(a, r, b), r) for r in readings(a)), key=lambda x: x[0][0])
        (sim, how), r = best
        return sim, f"{how}, read as '{r}'"
    if a == b:
        return 1.0, "exact"
    sim, how = _spelling_similarity(a, b)
    if sim < SCREENING.article_joined_similarity and a.isascii() and b.isascii():
        for x, y in ((a, b), (b, a)):
            if x[:2] in _JOINED_ARTICLES and y[:2] != x[:2] and (
                    (len(x) >= 7 and x[2] not in "aeiouy") or _nisba(x[2:])):
                s2, how2 = part_similarity(x[2:], y)
                if s2 >= SCREENING.subset_min_similarity and s2 > sim:
                    sim = min(s2, SCREENING.article_joined_similarity)
                    how = f"{ARTICLE_HOW}, {how2}" if s2 < 1.0 else ARTICLE_HOW
    return sim, how


ARTICLE_HOW = template("the article al- written joined")
# Al-/El- written joined to a name of five letters or more that starts with a consonant
# (Alhusseini, Elmasri); not Albert, Elvira, Alexander. A nisba (the name of a place or tribe
# made an adjective, -i: al-Rawi, al-Adnani, al-Ani) always bears the article, so a shorter
# or vowel-initial one counts too (Alrawi, Aladnani); not Alimov.
_JOINED_ARTICLES = ("al", "el")


def _nisba(rest: str) -> bool:
    return len(rest) >= 4 and rest.endswith("i") and rest.isalpha()


def _spelling_similarity(a: str, b: str) -> tuple[float, str]:
    """part_similarity of two single readings that are not equal, the article aside: the
    best of the rules below and of the vowels read alike (Ebrahimi ~ Ibrahimi, Ahmed ~ Ahmad)."""
    sim, how = _spelling_rules(a, b)
    if sim < SCREENING.vowel_similarity and vowel_form(a) and (
            vowel_form(a) == vowel_form(b) or fatha_form(a) == fatha_form(b)):
        return SCREENING.vowel_similarity, VOWEL_HOW
    if sim < SCREENING.subset_min_similarity and a.isascii() and b.isascii():
        if contracted_alike(a, b):
            return SCREENING.two_way_similarity, DIMINUTIVE_HOW
        if same_voweling(a, b):
            return SCREENING.vowel_similarity, VOWELING_HOW
        if hadrami_alike(a, b):
            return SCREENING.two_way_similarity, HADRAMI_HOW
        if one_short_vowel_apart(a, b):
            return SCREENING.two_way_similarity, SHORT_VOWEL_HOW
        if shortened_abd(a, b):
            return SCREENING.two_way_similarity, SHORTENED_ABD_HOW
        return max((sim, how), _after_particle(a, b))
    return sim, how


PARTICLE_HOW = template("same name, Abd/Abu written another way")


def _after_particle(a: str, b: str) -> tuple[float, str]:
    """Two Abd/Abu names, the particle written in one way or two, whose names after it are two
    spellings of one name by the rules that read a name from its start (Abdurezak ~
    Abdulrazak: Rezak ~ Razak, fatha written e; Abu Qurayn ~ Abu Grein: the diminutive
    contracted), at most particle_similarity; (0, '') when not so."""
    pa, pb = particle_form(a), particle_form(b)
    if pa[:3] != pb[:3] or pa[:3] not in ("abd", "abu") or pa == pb:
        return 0.0, ""
    sim, how = _spelling_similarity(pa[3:], pb[3:])
    if sim < SCREENING.subset_min_similarity:
        return 0.0, ""
    said = PARTICLE_HOW if (pa, pb) != (a, b) else "the name after Abd/Abu"
    return min(sim, SCREENING.particle_similarity), f"{said}, {how}"


def _spelling_rules(a: str, b: str) -> tuple[float, str]:
    ascii_pair = a.isascii() and b.isascii()
    if not ascii_pair and ((is_arabic(a) and b.isascii()) or (is_arabic(b) and a.isascii())):
        arabic, latin = (a, b) if b.isascii() else (b, a)
        sk = skeleton(latin)
        if sk in arabic_skeletons(arabic):
            if len(sk) >= 2:
                return SCREENING.arabic_skeleton_similarity, ARABIC_HOW
            if len(latin) <= 5:  # one consonant (عدي ~ Uday, ولی ~ Wali): weaker evidence
                return SCREENING.arabic_short_skeleton_similarity, ARABIC_HOW
    if ascii_pair:
        if particle_form(a) == particle_form(b) and fuzz.ratio(a, b) < 95:
            return SCREENING.particle_similarity, PARTICLE_HOW
        sa = skeleton(a)
        if len(sa) >= 4 and sa == skeleton(b) and fuzz.ratio(a, b) < 80:
            return SCREENING.latin_skeleton_similarity, "same consonants"
        two_way = two_way_similarity(a, b)
        if two_way:
            return two_way, TWO_WAY_HOW
    if _initial_of(a, b) or _initial_of(b, a):
        return SCREENING.initial_similarity, "initial"
    plain = fuzz.ratio(a, b) / 100.0
    ka, kb = key_of(a), key_of(b)
    if ka == a or kb == b or not ka or not kb:
        t = SCREENING.sound_similarity
        if plain < t and a.isascii() and b.isascii() and sound_of(a) == sound_of(b):
            return t, "same sound"
        return _or_slavic(a, b, plain, "spelling variant")
    if ka == kb:
        return 1.0, "same Korean reading"
    keyed = fuzz.ratio(ka, kb) / 100.0 - SCREENING.key_partial_penalty
    if keyed > plain:
        return _or_slavic(a, b, keyed, "close Korean reading")
    return _or_slavic(a, b, plain, "spelling variant")


VOWEL_HOW = template("same name, vowels written e/i, e/a, o/u, ai/ay/ei or aw/au/o")
SHORT_FORM_HOW = template("short form of the same given name")


def _reading_similarity(a: str, r: str, b: str) -> tuple[float, str]:
    """A reading `r` of query part `a` against listed part `b`: a short form's full name (or a
    full name's short form) counts only spelt alike, and then for `short_form_similarity`."""
    if not is_short_form_reading(a, r):
        return part_similarity(r, b)
    sim, how = part_similarity(r, b)
    t = SCREENING.short_form_similarity
    if sim < SCREENING.short_form_min_spelling:
        return 0.0, SHORT_FORM_HOW
    return min(sim, t), SHORT_FORM_HOW if sim >= 1.0 else f"{SHORT_FORM_HOW}, {how}"


_SLAVIC_LOOK = re.compile(r"kh|x|(?:[iy]y|ii|e[iy])$")


def _or_slavic(a: str, b: str, sim: float, how: str) -> tuple[float, str]:
    """The similarity of two Latin parts that look Slavic (-iy, -ey, kh, x, or seven letters or
    more; not short Korean parts: Jong and Yong differ) in a common Slavic spelling, if better:
    Sergey ~ Serhiy, Dykyy ~ Dikiy, Mykhailo ~ Mikhail."""
    t = SCREENING.sound_similarity
    if sim >= t or len(a) < 5 or len(b) < 5 or not (a.isascii() and b.isascii()):
        return sim, how
    if belarusian_alike(a, b):
        return t, BELARUSIAN_HOW
    if max(len(a), len(b)) < 7 and not (_SLAVIC_LOOK.search(a) or _SLAVIC_LOOK.search(b)):
        return sim, how
    sa, sb = slavic_form(a), slavic_form(b)
    if sa == sb:
        return t, "same name in another Slavic romanisation"
    slavic = fuzz.ratio(sa, sb) / 100.0 - SCREENING.slavic_penalty
    return (slavic, "spelling variant (Slavic romanisations)") if slavic > sim else (sim, how)


def _initial_of(a: str, b: str) -> bool:
    """`a` is the initial of `b` (J ~ John); a lone vowel may be a Korean name (O, I) instead,
    so it is an initial only of a part that does not read as Korean."""
    if len(a) != 1 or len(b) < 2 or not a.isascii() or not a.isalpha() or b[0] != a:
        return False
    return a not in "aeiouy" or key_of(b) == b


@lru_cache(maxsize=1 << 16)
def _units(parts: tuple[str, ...]) -> tuple[tuple[tuple[int, ...], str], ...]:
    """The parts and adjacent short parts joined, with the part indices each covers."""
    units = [((i,), p) for i, p in enumerate(parts)]
    units += [((i, i + 1), t) for i, t in joined_pairs(parts, JOIN_MAX_LEN)]
    return tuple(units)


@lru_cache(maxsize=1 << 16)
def _long_units(parts: tuple[str, ...]) -> tuple[tuple[tuple[int, int], str], ...]:
    """Any other two adjacent Latin parts written as one (Mohammad Bagher ~ Mohammadbagher), and
    the last with the first (NEJAD, Vali Mostafa is Vali Mostafa Nejad: Mostafanejad), two parts
    too (SYAH, Bahrum is Bahrum Syah: Bahrumsyah; the surname written first)."""
    short = {c for c, _ in _units(parts)}
    first = [first_reading(p) for p in parts]
    pairs = [(i, i + 1) for i in range(len(parts) - 1)]
    if len(parts) >= 2:
        pairs.append((len(parts) - 1, 0))
    return tuple(((i, j), first[i] + first[j]) for i, j in pairs
                 if (i, j) not in short and first[i].isascii() and first[j].isascii())


def score_name(query: Sequence[str], listed: Sequence[str],
               query_weight: Callable[[int], float],
               listed_weight: Callable[[str], float], listed_text: str = "",
               query_surname_parts: int = 0) -> NameScore:
    """Align query parts with listed parts in any order (joined or split) and score 0..1.

    Each listed part weighs its inverse frequency, so a shared common surname earns little;
    once two query parts match, an unmatched listed part (a patronymic) costs a quarter of its
    weight; an unmatched query part costs all of it. `listed_text` (the listed name as written)
    and `query_surname_parts` (names.surname_parts of the query) give each name's natural order
    for the chain of names (a surname written first before a comma read last).
    """
    t = SCREENING
    options = []
    query, listed = tuple(query), tuple(listed)
    pairs = [(qi, qt, ci, ct) for qi, qt in _units(query) for ci, ct in _units(listed)
             if len(qi) == 1 or len(ci) == 1]
    # a long joined unit needs joined_min_similarity: only parts of about its length can
    # (lengths within 0.75 of each other, Abdul Manaf ~ Abdmanaf, or Arabic script)
    for units, parts, q_side in ((_long_units(query), listed, True),
                                 (_long_units(listed), query, False)):
        for ji, jt in units:
            lo, hi = 0.75 * len(jt), len(jt) / 0.75
            for k, pt in enumerate(parts):
                if lo <= len(pt) <= hi or not pt.isascii():
                    pairs.append((ji, jt, (k,), pt) if q_side else ((k,), pt, ji, jt))
    # Egyptian g for j and Somali c and x only between names with no one-syllable Korean or
    # Chinese part (Jong and Gong are two Korean names, Xu and Hu two Chinese ones)
    egyptian = not any(one_syllable(first_reading(p)) for p in query + listed)
    for qi, qt, ci, ct in pairs:
        sim, how = part_similarity(qt, ct)
        if egyptian and sim < t.two_way_similarity and egyptian_g(qt, ct):
            sim, how = t.two_way_similarity, EGYPTIAN_HOW
        elif egyptian and sim < t.two_way_similarity and somali_similarity(qt, ct) > sim:
            sim, how = somali_similarity(qt, ct), SOMALI_HOW
        if sim >= t.part_min_similarity:
            if len(qi) != len(ci):
                if sim < t.joined_min_similarity and not how.startswith(ARABIC_HOW):
                    continue
                how = "joined/split given names, " + how
            options.append((sim, len(qi) + len(ci), qi, ci, qt, ct, how))
    options.sort(key=lambda o: (-o[0], -o[1]))
    used_q: set[int] = set()
    used_c: set[int] = set()
    matches: list[PartMatch] = []
    aligned: list[tuple[int, int]] = []
    for sim, _, qi, ci, qt, ct, how in options:
        if used_q.intersection(qi) or used_c.intersection(ci):
            continue
        aligned.append((qi[0], ci[0]))
        used_q.update(qi)
        used_c.update(ci)
        w = sum(listed_weight(listed[c]) for c in ci)
        if ALT in qt:
            how, _, shown = how.rpartition(", read as ")
            qt = shown.strip("'")
        matches.append(PartMatch(qt, ct, sim, how, w))
    un_q = tuple(p for i, p in enumerate(query) if i not in used_q)
    un_c = tuple(p for i, p in enumerate(listed) if i not in used_c)
    num = sum(m.weight * m.similarity for m in matches)
    un_c_weight = sum(listed_weight(p) for p in un_c)
    den = (sum(m.weight for m in matches)
           + sum(query_weight(i) for i, p in enumerate(query) if i not in used_q)
           * (t.unmatched_query_weight_after_two if len(used_q) >= 2
              else t.unmatched_query_weight))
    cheap = den + un_c_weight * (t.unmatched_listed_weight if len(used_q) >= 2 else 1.0)
    score = num / cheap if cheap > 0 else 0.0
    # the query the head of the listed name's chain (given, father, grandfather names: MOHAMMAD
    # WALI MOHAMMAD EWAZ as Mohammad Wali), every part spelt alike: the ancestors cost less; a
    # one-part name too when spelt the same and rare enough (an Afghan's one name, a compound
    # name written as one: Abdul Samad, Qari Saifullah for ABDUL SAMAD ACHEKZAI, SAIFULLAH TOKHI)
    chain = 0.0
    head = len(used_q) >= 2 or (len(matches) == 1 and matches[0].similarity >= 1.0
                                and matches[0].weight >= t.chain_single_min_weight)
    if head and not un_q and un_c and in_chain_order(
            aligned, len(query), query_surname_parts, len(listed),
            surname_parts(listed_text) if listed_text else 0) and all(
            m.similarity >= t.subset_min_similarity for m in matches):
        chain_den = den + un_c_weight * t.chain_tail_weight
        chain = num / chain_den if chain_den > 0 else 0.0
    elif len(used_c) >= 2 and not un_c and un_q and chain_part(used_q, len(query)) and all(
            m.similarity >= t.subset_min_similarity for m in matches):
        # ... or the listed name the head of the query's (SINWAR, Yahya Ibrahim Hassan)
        chain_den = sum(m.weight for m in matches) + t.chain_tail_weight * sum(
            query_weight(i) for i in range(len(query)) if i not in used_q)
        chain = num / chain_den if chain_den > 0 else 0.0
    # a company's name has no patronymic: every listed word missing costs in full, but for
    # its legal form (Corp, Ltd)
    forms = sum(listed_weight(p) for p in un_c if p in LEGAL_FORMS)
    full_den = den + un_c_weight - forms + forms * t.unmatched_listed_weight
    full = num / full_den if full_den > 0 else 0.0
    common_only = bool(matches) and max(m.weight for m in matches) < 0.35 and len(matches) < 2
    if common_only:
        score = min(score, t.common_only_cap)
        full = min(full, t.common_only_cap)
    short_only = 0 < len(used_c) <= 2 and all(
        len(listed[c]) <= t.short_part_len and listed[c].isascii() for c in used_c)
    if short_only and not un_c and _rare_full_pair(matches, un_q):
        short_only = False
    close = [m for m in matches if m.similarity >= t.subset_min_similarity and (
        "Korean" not in m.how or fuzz.ratio(m.query, m.listed) >= 75)]
    mw = sum(m.weight for m in close)
    msim = sum(m.weight * m.similarity for m in close) / mw if mw > 0 else 0.0
    share = len(close) / max(1, min(len(matches) + len(un_q), len(matches) + len(un_c)))
    return NameScore(score, tuple(matches), un_q, un_c, common_only, short_only, full, mw, msim,
                     share, min(chain, t.common_only_cap) if common_only else chain)


def _rare_full_pair(matches: Sequence[PartMatch], unmatched_query: Sequence[str]) -> bool:
    """Two short listed parts (the whole listed name, see score_name) matched closely, one to
    one, by every query part, neither a one-syllable Korean or Chinese name and each rare
    enough (Najib Atef, Slewa Roodi): a full name that alerts without a birth date, as a longer
    one does; not a syllable name many share (Kim Chol, Wang Wei)."""
    t = SCREENING
    return len(matches) == 2 and not unmatched_query and all(
        " " not in m.listed and m.similarity >= t.subset_min_similarity
        and m.weight >= t.short_pair_min_weight and not one_syllable(m.listed)
        and not one_syllable(m.query) for m in matches)


# Every phrase a PartMatch's `how` is made of (joined with ", "), for the app to translate.
HOW_PHRASES = (
    template("exact"), template("same consonants"), template("initial"),
    template("same sound"), template("spelling variant"), template("same Korean reading"),
    template("close Korean reading"), template("same name in another Slavic romanisation"),
    template("spelling variant (Slavic romanisations)"),
    template("joined/split given names"), template("the name after Abd/Abu"),
    ARABIC_HOW, ARTICLE_HOW, PARTICLE_HOW, VOWEL_HOW, SHORT_FORM_HOW, TWO_WAY_HOW,
    EGYPTIAN_HOW, SHORT_VOWEL_HOW, SOMALI_HOW, DIMINUTIVE_HOW, VOWELING_HOW, BELARUSIAN_HOW,
    HADRAMI_HOW, SHORTENED_ABD_HOW,
)
