"""How name-like a word is: a letter trigram model of real personal names.

A name has no check digit, so when the recognizer hesitates between two letters of a name
(CHRTSTOPHE or CHRISTOPHE) the spelling that real names use is the better guess. The counts
come from resources/data/name_trigrams.tsv (built by training/build_name_prior.py from public
domain name lists); probabilities are interpolated down to letter frequencies (Witten-Bell),
so an unusual but real name is unlikely, never impossible. The same lists' words
(resources/data/name_words.txt.gz) tell a known name from a mere name-like spelling.
"""

from __future__ import annotations

import gzip
import math
from collections import Counter
from functools import lru_cache

from docverify.resources import resource_path

_EDGE = "<"  # a word's start and end
_SYMBOLS = 27  # A-Z and the edge
_LOG_PROB_CACHE = 50_000  # words whose log-probability is remembered (about 5 MB at most)


class NamePrior:
    """Log-probabilities of words under the interpolated trigram model."""

    def __init__(self, trigrams: dict[str, int], words: frozenset[str] = frozenset()) -> None:
        self._tri = trigrams
        self._words = words
        self._bi: Counter[str] = Counter()
        self._uni: Counter[str] = Counter()
        tri_ctx: Counter[str] = Counter()
        tri_types: Counter[str] = Counter()
        for gram, n in trigrams.items():
            self._bi[gram[1:]] += n
            self._uni[gram[2]] += n
            tri_ctx[gram[:2]] += n
            tri_types[gram[:2]] += 1
        bi_ctx: Counter[str] = Counter()
        bi_types: Counter[str] = Counter()
        for gram, n in self._bi.items():
            bi_ctx[gram[0]] += n
            bi_types[gram[0]] += 1
        self._tri_ctx, self._tri_types = tri_ctx, tri_types
        self._bi_ctx, self._bi_types = bi_ctx, bi_types
        self._total = sum(self._uni.values())
        self._log_probs: dict[str, float] = {}

    def _p(self, a: str, b: str, c: str) -> float:
        p1 = (self._uni[c] + 1) / (self._total + _SYMBOLS)
        n, t = self._bi_ctx[b], self._bi_types[b]
        p2 = (self._bi[b + c] + t * p1) / (n + t) if n else p1
        n, t = self._tri_ctx[a + b], self._tri_types[a + b]
        return (self._tri.get(a + b + c, 0) + t * p2) / (n + t) if n else p2

    def log_prob(self, word: str) -> float:
        """Natural log-probability of ``word`` (letters A-Z) as a whole name word."""
        # The reader scores the same few words over and over (each candidate reading of a
        # hard image respells its names): remembered, bounded.
        known = self._log_probs.get(word)
        if known is not None:
            return known
        padded = _EDGE * 2 + word + _EDGE
        value = sum(math.log(self._p(padded[i], padded[i + 1], padded[i + 2]))
                    for i in range(len(padded) - 2))
        if len(self._log_probs) >= _LOG_PROB_CACHE:
            self._log_probs.clear()
        self._log_probs[word] = value
        return value

    def is_known(self, word: str) -> bool:
        """Whether ``word`` is a name word of the lists the model was built from."""
        return word in self._words


def _read_counts() -> dict[str, int]:
    counts: dict[str, int] = {}
    path = resource_path("data", "name_trigrams.tsv")
    for line in path.read_text(encoding="ascii").splitlines():
        if line and not line.startswith("#"):
            gram, n = line.split("\t")
            counts[gram] = int(n)
    return counts


def _read_words() -> frozenset[str]:
    with gzip.open(resource_path("data", "name_words.txt.gz"), "rt", encoding="ascii") as f:
        return frozenset(w for w in f.read().split("\n") if w and not w.startswith("#"))


@lru_cache(maxsize=1)
def name_prior() -> NamePrior:
    """The shipped model, loaded once."""
    return NamePrior(_read_counts(), _read_words())
