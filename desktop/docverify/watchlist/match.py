"""Scoring one query name against one listed name: part alignment, weights, and the reasons."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from docverify.config import SCREENING
from docverify.watchlist.entry import BirthDate
from docverify.watchlist.index import JOIN_MAX_LEN
from docverify.watchlist.names import (
    ALT,
    LEGAL_FORMS,
    is_arabic,
    joined_pairs,
    key_of,
    readings,
    skeleton,
    sound_of,
)


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


@lru_cache(maxsize=1 << 18)
def part_similarity(a: str, b: str) -> tuple[float, str]:
    """How alike two folded parts are, 0..1, and how (exact, spelling, romanisation).

    The Korean key counts only between parts that both read as Korean; a key that is merely
    close (not equal) is worth `key_partial_penalty` less, as short keys are close by chance.
    A query part with several readings (`chon|chong`) scores its best reading.
    """
    if ALT in a:
        best = max(((part_similarity(r, b), r) for r in readings(a)), key=lambda x: x[0][0])
        (sim, how), r = best
        return sim, f"{how}, read as '{r}'"
    if a == b:
        return 1.0, "exact"
    if (is_arabic(a) and b.isascii()) or (is_arabic(b) and a.isascii()):
        sa = skeleton(a)
        if len(sa) >= 2 and sa == skeleton(b):
            return SCREENING.arabic_skeleton_similarity, "same consonants as Arabic writes them"
    elif a.isascii() and b.isascii():
        sa = skeleton(a)
        if len(sa) >= 4 and sa == skeleton(b) and fuzz.ratio(a, b) < 80:
            return SCREENING.latin_skeleton_similarity, "same consonants"
    if _initial_of(a, b) or _initial_of(b, a):
        return SCREENING.initial_similarity, "initial"
    plain = fuzz.ratio(a, b) / 100.0
    ka, kb = key_of(a), key_of(b)
    if ka == a or kb == b or not ka or not kb:
        t = SCREENING.sound_similarity
        if plain < t and a.isascii() and b.isascii() and sound_of(a) == sound_of(b):
            return t, "same sound"
        return plain, "spelling variant"
    if ka == kb:
        return 1.0, "same Korean reading"
    keyed = fuzz.ratio(ka, kb) / 100.0 - SCREENING.key_partial_penalty
    if keyed > plain:
        return keyed, "close Korean reading"
    return plain, "spelling variant"


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


def score_name(query: Sequence[str], listed: Sequence[str],
               query_weight: Callable[[int], float],
               listed_weight: Callable[[str], float]) -> NameScore:
    """Align query parts with listed parts in any order (joined or split) and score 0..1.

    Each listed part weighs its inverse frequency, so a shared common surname earns little;
    once two query parts match, an unmatched listed part (a patronymic) costs a quarter of its
    weight; an unmatched query part costs all of it.
    """
    t = SCREENING
    options = []
    listed_units = _units(tuple(listed))
    for qi, qt in _units(tuple(query)):
        for ci, ct in listed_units:
            if len(qi) > 1 and len(ci) > 1:
                continue
            sim, how = part_similarity(qt, ct)
            if sim >= t.part_min_similarity:
                if len(qi) != len(ci):
                    if sim < t.joined_min_similarity:
                        continue
                    how = "joined/split given names, " + how
                options.append((sim, len(qi) + len(ci), qi, ci, qt, ct, how))
    options.sort(key=lambda o: (-o[0], -o[1]))
    used_q: set[int] = set()
    used_c: set[int] = set()
    matches: list[PartMatch] = []
    for sim, _, qi, ci, qt, ct, how in options:
        if used_q.intersection(qi) or used_c.intersection(ci):
            continue
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
    return NameScore(score, tuple(matches), un_q, un_c, common_only, short_only, full)


# --- birth date and nationality gates
BIRTH_EXACT, BIRTH_YEAR, BIRTH_CONSISTENT, BIRTH_CONFLICT, BIRTH_UNKNOWN = (
    "exact", "year", "consistent", "conflict", "unknown")


def compare_birth(query: str | None, listed: Sequence[BirthDate]) -> tuple[str, str]:
    """(outcome, reason) of a query birth date (YYYY-MM-DD or YYYY) against the listed ones."""
    if not query or not listed:
        return BIRTH_UNKNOWN, ("no birth date given" if not query
                               else "no birth date on the list: birth date not checked")
    year = int(query[:4])
    full = query if len(query) == 10 else None
    slack = SCREENING.approx_birth_years
    best, why = BIRTH_CONFLICT, ""
    rank = {BIRTH_EXACT: 3, BIRTH_YEAR: 2, BIRTH_CONSISTENT: 1, BIRTH_CONFLICT: 0}
    listed_text = ", ".join(b.describe() for b in listed)
    for b in listed:
        lo, hi = (b.year_from - slack, b.year_to + slack) if b.approximate else (
            b.year_from, b.year_to)
        if full and b.date:
            if full == b.date:
                out = BIRTH_EXACT
            elif full[:4] == b.date[:4] and full[5:7] == b.date[8:10] and full[8:10] == b.date[5:7]:
                out = BIRTH_YEAR  # day and month swapped
            else:
                out = BIRTH_CONFLICT
        elif b.year_from == b.year_to == year and not b.approximate:
            out = BIRTH_YEAR
        elif lo <= year <= hi:
            out = BIRTH_CONSISTENT
        else:
            out = BIRTH_CONFLICT
        if rank[out] > rank[best]:
            best = out
    if best == BIRTH_EXACT:
        why = f"birth date {query} matches the listed {listed_text} exactly"
    elif best == BIRTH_YEAR:
        why = f"birth year {year} matches the listed {listed_text}"
    elif best == BIRTH_CONSISTENT:
        why = f"birth year {year} is within the listed {listed_text}"
    else:
        why = f"birth date {query} conflicts with the listed {listed_text}: possible namesake"
    return best, why


def compare_nationality(query: str | None, listed: Sequence[str]) -> tuple[int, str]:
    """+1 agree, -1 differ, 0 unknown, with the reason."""
    if not query or not listed:
        return 0, ""
    if query in listed:
        return 1, f"nationality {query} matches"
    return -1, f"nationality {query} differs from the listed {', '.join(listed)}"
