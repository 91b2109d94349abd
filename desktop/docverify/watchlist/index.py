"""The persisted name index of one list version: part vocabulary, part weights, postings."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np
from rapidfuzz import fuzz, process

from docverify.config import SCREENING
from docverify.watchlist.names import KEY_VERSION, joined_pairs, key_of, readings

JOIN_MAX_LEN = 5  # Korean syllables are at most five letters (hyeon, cheol, chwae)


def index_tokens(parts: Sequence[str]) -> set[str]:
    """What a name is findable by: its parts and adjacent short parts joined (won ho -> wonho)."""
    tokens = set(parts)
    tokens.update(t for _, t in joined_pairs(tuple(parts), JOIN_MAX_LEN))
    if len(parts) > 1 and all(p.isascii() and len(p) <= JOIN_MAX_LEN for p in parts):
        tokens.add("".join(parts))
    return tokens


@dataclass(frozen=True, slots=True)
class NameIndex:
    """Vocabulary of name parts (text and Korean key) with inverse-frequency weights and postings."""

    vocab: tuple[str, ...]
    keys: tuple[str, ...]
    weights: np.ndarray  # float32, per vocabulary part
    offsets: np.ndarray  # int64, len(vocab) + 1
    postings: np.ndarray  # int32 name indices
    n_names: int
    _positions: dict[str, int] = field(default_factory=dict, compare=False, repr=False)

    def part_weight(self, part: str) -> float:
        """The weight of a listed part (1 when the vocabulary lacks it)."""
        if not self._positions and self.vocab:
            self._positions.update((v, i) for i, v in enumerate(self.vocab))
        i = self._positions.get(part)
        return float(self.weights[i]) if i is not None else 1.0

    @classmethod
    def build(cls, names_parts: Sequence[Sequence[str]],
              cancel: Callable[[], bool] | None = None) -> NameIndex:
        lists: dict[str, list[int]] = {}
        for i, parts in enumerate(names_parts):
            if cancel is not None and i % 20000 == 0 and cancel():
                from docverify.watchlist.importers.base import ImportCancelled

                raise ImportCancelled("import cancelled")
            for tok in index_tokens(parts):
                lists.setdefault(tok, []).append(i)
        vocab = tuple(sorted(lists))
        sizes = np.fromiter((len(lists[v]) for v in vocab), dtype=np.int64, count=len(vocab))
        offsets = np.zeros(len(vocab) + 1, dtype=np.int64)
        np.cumsum(sizes, out=offsets[1:])
        postings = np.fromiter((i for v in vocab for i in lists[v]), dtype=np.int32,
                               count=int(offsets[-1]))
        n = len(names_parts)
        return cls(vocab, tuple(key_of(v) for v in vocab), _weights(sizes, n), offsets, postings, n)

    def to_blobs(self) -> dict[str, bytes]:
        return {"vocab": "\n".join(self.vocab).encode(), "keys": "\n".join(self.keys).encode(),
                "weights": self.weights.astype("<f4").tobytes(),
                "offsets": self.offsets.astype("<i8").tobytes(),
                "postings": self.postings.astype("<i4").tobytes(),
                "n_names": str(self.n_names).encode(), "key_version": KEY_VERSION.encode()}

    @classmethod
    def from_blobs(cls, blobs: dict[str, bytes]) -> NameIndex:
        vocab = tuple(blobs["vocab"].decode().split("\n")) if blobs["vocab"] else ()
        keys = tuple(blobs["keys"].decode().split("\n")) if blobs["keys"] else ()
        if blobs.get("key_version", b"1").decode() != KEY_VERSION:
            keys = tuple(key_of(v) for v in vocab)  # stored by an older matcher
        return cls(vocab, keys, np.frombuffer(blobs["weights"], "<f4"),
                   np.frombuffer(blobs["offsets"], "<i8"), np.frombuffer(blobs["postings"], "<i4"),
                   int(blobs["n_names"]))

    def lookup(self, parts: Sequence[str]) -> list[tuple[np.ndarray, np.ndarray]]:
        """Per query part: (vocabulary ids, similarity 0..1) of the parts like it."""
        if not self.vocab or not parts:
            return [(np.zeros(0, np.int64), np.zeros(0, np.float32)) for _ in parts]
        cutoff = int(SCREENING.prefilter_part_similarity * 100)
        flat = [r for p in parts for r in readings(p)]
        plain = process.cdist(flat, self.vocab, scorer=fuzz.ratio, dtype=np.uint8,
                              score_cutoff=cutoff, workers=1)
        keyed = process.cdist([key_of(p) for p in flat], self.keys, scorer=fuzz.ratio,
                              dtype=np.uint8, score_cutoff=cutoff, workers=1)
        flat_best = np.maximum(plain, keyed)
        rows, at = [], 0
        for p in parts:
            n = len(readings(p))
            rows.append(flat_best[at:at + n].max(axis=0))
            at += n
        out = []
        for row in rows:
            ids = np.flatnonzero(row)
            out.append((ids, row[ids].astype(np.float32) / 100.0))
        return out

    def weight_of(self, ids: np.ndarray, sims: np.ndarray) -> float:
        """The weight of a query part: that of its closest vocabulary part if close, else 1."""
        if len(ids) == 0 or sims.max() < 0.9:
            return 1.0
        return float(self.weights[ids[int(np.argmax(sims))]])

    def candidates(self, looked_up: list[tuple[np.ndarray, np.ndarray]], limit: int) -> np.ndarray:
        """The names most likely to match: summed weight x similarity of their matching parts."""
        total = np.zeros(self.n_names, dtype=np.float32)
        for ids, sims in looked_up:
            if len(ids) == 0:
                continue
            part_score = np.zeros(self.n_names, dtype=np.float32)
            order = np.argsort(sims, kind="stable")  # best last, so it wins
            for j in order:
                v = ids[j]
                names = self.postings[self.offsets[v]:self.offsets[v + 1]]
                part_score[names] = sims[j] * self.weights[v]
            total += part_score
        hit = np.flatnonzero(total)
        if len(hit) > limit:
            hit = hit[np.argpartition(total[hit], -limit)[-limit:]]
        return hit[np.argsort(-total[hit], kind="stable")]


def _weights(df: np.ndarray, n: int) -> np.ndarray:
    """Inverse-frequency weights: a part in one name weighs 1, a part in every name the minimum."""
    scale = math.log(max(n, 1000) + 1)
    w = 1.0 - np.log(np.maximum(df, 1)) / scale
    return np.clip(w, SCREENING.min_part_weight, 1.0).astype(np.float32)
