"""Finding the vocabulary entries like a text: exact letter and bigram count bounds, then
rapidfuzz on the few that pass."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np
from rapidfuzz import fuzz, process

_FEW = 64  # so few choices left by the bigram count are compared without counting letters
GRAM_BUCKETS = 1 << 16


def gram_codes(text: str) -> list[int]:
    """Hashed tokens of a text, stable across runs (they are stored): each letter numbered by
    its occurrence (a1, a2, ...: shared counts are the letters in common) in the lower half,
    each bigram of the padded text numbered by occurrence in the upper half."""
    half = GRAM_BUCKETS >> 1
    seen: dict[str, int] = {}
    out = []
    for c in text:
        k = seen[c] = seen.get(c, 0) + 1
        out.append((ord(c) * 8 + k) % half)
    t = "\x02" + text + "\x03"
    for i in range(len(t) - 1):
        g = t[i:i + 2]
        k = seen[g] = seen.get(g, 0) + 1
        out.append(half + (ord(g[0]) * 1031 + ord(g[1]) * 7 + k) % half)
    return out


def _need_tables(lens: np.ndarray, la: int, cutoff: int,
                 cache: dict | None) -> tuple[np.ndarray, np.ndarray, int]:
    """Per choice, the letters and the padded bigrams in common it needs (see _similar), and
    the fewest bigrams any needs; kept per (query length, cutoff) when a cache is given: a
    batch asks for few distinct ones."""
    hit = cache.get((la, cutoff)) if cache is not None else None
    if hit is not None:
        return hit
    # ratio = 2 LCS / (la + lb) with LCS <= letters in common; d = la + lb - 2 LCS
    lb = np.arange(int(lens.max()) + 1)
    need_letters = np.ceil(cutoff / 200.0 * (la + lb) - 1e-9).astype(np.int32)
    d_max = np.floor((1.0 - cutoff / 100.0) * (la + lb) + 1e-9).astype(np.int32)
    need_bigrams = np.maximum(la, lb) + 1 - 2 * d_max
    bigrams_needed = need_bigrams[lens]
    # at most 255 (letters are counted in uint8): a text that long is counted in int16, and a
    # lower bound only lets more choices on to the exact comparison
    out = (np.minimum(need_letters, 255).astype(np.uint8)[lens], bigrams_needed,
           int(bigrams_needed.min()))
    if cache is not None:
        if len(cache) >= 256:
            cache.clear()
        cache[(la, cutoff)] = out
    return out


_DENSE_MAX = 8  # occurrences of a letter its gram codes number without collision (ASCII)


def _letters_in_common(text: str, codes: list[int], grams: tuple[np.ndarray, np.ndarray],
                       n: int, cache: dict | None, at: np.ndarray | None = None) -> np.ndarray:
    """Per choice (or per choice of `at` only), the letters it has in common with text (with
    repeats), an upper bound.

    An ASCII letter's count in every choice is kept (from its gram postings, once per
    process), so a query adds min(count, its own count) per distinct letter instead of
    counting the long postings of common letters again; other letters are counted as before.
    """
    offs, items = grams
    la = len(text)
    if cache is None:
        total = np.bincount(np.concatenate([items[offs[c]:offs[c + 1]] for c in codes[:la]]),
                            minlength=n)
        return total if at is None else total[at]
    # each letter counts at most as often as text has it: the sum stays within len(text)
    total = np.zeros(n if at is None else len(at), np.uint8 if la < 255 else np.int16)
    rest = []
    for ch, q in Counter(text).items():
        if not (ch.isascii() and q <= _DENSE_MAX):
            rest += [codes[i] for i, c in enumerate(text) if c == ch]
            continue
        kept = cache.get(("letter", ch))
        if kept is None:
            count = np.zeros(n, np.uint8)
            for k in range(1, _DENSE_MAX + 1):
                c = (ord(ch) * 8 + k) % (GRAM_BUCKETS >> 1)
                count[items[offs[c]:offs[c + 1]]] += 1
            # min(count, q) is [count >= 1] + ... + [count >= q]: the first dense, the others
            # as the few choices with the letter twice or more (np.minimum is slow on uint8)
            kept = (count, (count > 0).view(np.uint8),
                    *(np.flatnonzero(count >= k) for k in range(2, _DENSE_MAX + 1)))
            cache[("letter", ch)] = kept
        if at is not None:
            total += np.minimum(kept[0][at], q)
            continue
        total += kept[1]
        for more_than_once in kept[2:q + 1]:
            total[more_than_once] += 1
    if rest:
        more = np.bincount(np.concatenate([items[offs[c]:offs[c + 1]] for c in rest]),
                           minlength=n)
        total += (more if at is None else more[at]).astype(total.dtype)
    return total


def similar(text: str, choices: Sequence[str] | np.ndarray,
             grams: tuple[np.ndarray, np.ndarray], lens: np.ndarray, cutoff: int,
             cache: dict | None = None) -> tuple[np.ndarray, np.ndarray]:
    """(ids, similarity 0..1) of the choices with fuzz.ratio >= cutoff to text.

    Count filters first, both exact bounds (no pair at the cutoff is lost): the letters in
    common (with repeats) bound the longest common subsequence, so ratio >= cutoff needs at
    least cutoff/200 (la + lb) of them; and d single-character insertions or deletions leave
    at least max(la, lb) + 1 - 2d padded bigrams in common, with d <= (1 - cutoff/100)(la + lb).
    Only the choices that pass both are compared.
    """
    if len(lens) == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.float32)
    offs, items = grams
    codes = gram_codes(text)
    la = len(text)
    n = len(lens)  # the first n choices are searched
    need_letters, need_bigrams, fewest = _need_tables(lens, la, cutoff, cache)
    bigrams = np.bincount(np.concatenate([items[offs[c]:offs[c + 1]] for c in codes[la:]]),
                          minlength=n)
    if fewest >= 1:  # only choices with a bigram in common can pass
        maybe = np.flatnonzero(bigrams >= need_bigrams)
        if len(maybe) > _FEW:  # worth counting letters too (of those only) before comparing
            letters = _letters_in_common(text, codes, grams, n, cache, maybe)
            maybe = maybe[letters >= need_letters[maybe]]
        ok = maybe
    else:  # the bigram bound leaves most: the letters over every choice, then the bigrams
        letters = _letters_in_common(text, codes, grams, n, cache)
        ok = np.flatnonzero(letters >= need_letters)
        ok = ok[bigrams[ok] >= need_bigrams[ok]]
    if len(ok) == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.float32)
    picked = (choices[ok].tolist() if isinstance(choices, np.ndarray)
              else [choices[i] for i in ok.tolist()])
    scores = process.cdist([text], picked, scorer=fuzz.ratio,
                           dtype=np.uint8, score_cutoff=cutoff, workers=1)[0]
    keep = np.flatnonzero(scores)
    return ok[keep].astype(np.int64), scores[keep].astype(np.float32) / 100.0
