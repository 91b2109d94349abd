"""The persisted name index of one list version: part vocabulary, part weights, postings."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from docverify.config import SCREENING
from docverify.watchlist.names import (
    KEY_VERSION,
    is_arabic,
    joined_pairs,
    key_of,
    latin_two_way_forms,
    readings,
    skeleton,
    sound_of,
    vowel_form,
)
from docverify.watchlist.similar import GRAM_BUCKETS, gram_codes, similar
from docverify.watchlist.usages import other_vowelings

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
    # Bigram postings (CSR over GRAM_BUCKETS hashed bigrams, one entry per occurrence) of the
    # vocabulary texts, and of the distinct Korean keys with the vocabulary ids of each key.
    grams: tuple[np.ndarray, np.ndarray] | None = None
    ukeys: tuple[str, ...] = ()
    ukey_grams: tuple[np.ndarray, np.ndarray] | None = None
    ukey_vocab: tuple[np.ndarray, np.ndarray] | None = None
    n_korean_keys: int = 0  # ukeys[:n_korean_keys] come from parts that read as Korean
    _positions: dict[str, int] = field(default_factory=dict, compare=False, repr=False)
    _cache: dict[tuple[str, int], tuple[np.ndarray, np.ndarray]] = field(default_factory=dict, compare=False,
                                                            repr=False)
    _lens: list[np.ndarray] = field(default_factory=list, compare=False, repr=False)
    _key_pos: dict[str, int] = field(default_factory=dict, compare=False, repr=False)
    _skeletons: dict[str, list[int]] = field(default_factory=dict, compare=False, repr=False)
    _vowel_forms: dict[str, list[int]] = field(default_factory=dict, compare=False, repr=False)
    _g_forms: dict[str, list[int]] = field(default_factory=dict, compare=False, repr=False)
    _arrays: list[np.ndarray] = field(default_factory=list, compare=False, repr=False)
    _needs: list[dict] = field(default_factory=list, compare=False, repr=False)

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
        keys = tuple(sound_of(v) for v in vocab)
        return cls(vocab, keys, _weights(sizes, n), offsets, postings, n,
                   *_key_tables(vocab, keys))

    def to_blobs(self) -> dict[str, bytes]:
        out = {"vocab": "\n".join(self.vocab).encode(), "keys": "\n".join(self.keys).encode(),
               "weights": self.weights.astype("<f4").tobytes(),
               "offsets": self.offsets.astype("<i8").tobytes(),
               "postings": self.postings.astype("<i4").tobytes(),
               "n_names": str(self.n_names).encode(), "key_version": KEY_VERSION.encode(),
               "ukeys": "\n".join(self.ukeys).encode(),
               "n_korean_keys": str(self.n_korean_keys).encode()}
        for name in ("grams", "ukey_grams", "ukey_vocab"):
            pair = getattr(self, name)
            if pair is not None:
                out[name + "_offsets"] = pair[0].astype("<i8").tobytes()
                out[name + "_items"] = pair[1].astype("<i4").tobytes()
        return out

    @classmethod
    def from_blobs(cls, blobs: dict[str, bytes]) -> NameIndex:
        vocab = tuple(blobs["vocab"].decode().split("\n")) if blobs["vocab"] else ()
        keys = tuple(blobs["keys"].decode().split("\n")) if blobs["keys"] else ()
        base = (np.frombuffer(blobs["weights"], "<f4"), np.frombuffer(blobs["offsets"], "<i8"),
                np.frombuffer(blobs["postings"], "<i4"), int(blobs["n_names"]))
        if blobs.get("key_version", b"1").decode() != KEY_VERSION or "grams_items" not in blobs:
            keys = tuple(sound_of(v) for v in vocab)  # stored by an older matcher: rebuild once
            return cls(vocab, keys, *base, *_key_tables(vocab, keys))

        def pair(name: str) -> tuple[np.ndarray, np.ndarray]:
            return (np.frombuffer(blobs[name + "_offsets"], "<i8"),
                    np.frombuffer(blobs[name + "_items"], "<i4"))

        ukeys = tuple(blobs["ukeys"].decode().split("\n")) if blobs["ukeys"] else ()
        return cls(vocab, keys, *base, pair("grams"), ukeys, pair("ukey_grams"),
                   pair("ukey_vocab"), int(blobs["n_korean_keys"]))

    def lookup(self, parts: Sequence[str], min_similarity: float | None = None
               ) -> list[tuple[np.ndarray, np.ndarray]]:
        """Per query part: (vocabulary ids, similarity 0..1) of the parts like it.

        Each reading of a part is compared (rapidfuzz ratio) by its text with the vocabulary
        texts and by its sound key with the distinct keys (a close key counts only for a part
        that reads as Korean, an equal one for any part); only the entries that share enough
        letters and bigrams to reach the cutoff are compared at all. Results are kept per
        reading, so a batch pays once for a common part. `min_similarity` defaults to the
        prefilter's; query parts joined only count from `joined_min_similarity` on.
        """
        cutoff = int(round(100 * (SCREENING.prefilter_part_similarity if min_similarity is None
                                  else min_similarity)))
        out = []
        for p in parts:
            found = [self._lookup_reading(r, cutoff) for r in readings(p)]
            if len(found) == 1:
                out.append(found[0])
                continue
            ids = np.concatenate([f[0] for f in found])
            sims = np.concatenate([f[1] for f in found])
            order = np.lexsort((-sims, ids))
            ids, sims = ids[order], sims[order]
            first = np.ones(len(ids), dtype=bool)
            first[1:] = ids[1:] != ids[:-1]
            out.append((ids[first], sims[first]))
        return out

    def _with_key_hits(self, ids: np.ndarray, sims: np.ndarray, kids: np.ndarray,
                       ksims: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The vocabulary hits merged with those of the keys hit (best similarity per id)."""
        offs, items = self.ukey_vocab  # type: ignore[misc]
        counts = offs[kids + 1] - offs[kids]
        vids = np.concatenate([items[offs[k]:offs[k + 1]] for k in kids.tolist()])
        ids = np.concatenate([ids, vids.astype(np.int64)])
        sims = np.concatenate([sims, np.repeat(ksims, counts)])
        order = np.lexsort((-sims, ids))
        ids, sims = ids[order], sims[order]
        first = np.ones(len(ids), dtype=bool)
        first[1:] = ids[1:] != ids[:-1]
        keep = first & (sims > 0)
        return ids[keep], sims[keep]

    def _with_skeleton_hits(self, r: str, ids: np.ndarray, sims: np.ndarray
                            ) -> tuple[np.ndarray, np.ndarray]:
        if not self._skeletons:  # derived from the vocabulary once per process
            for i, v in enumerate(self.vocab):
                if v.isascii():
                    self._skeletons.setdefault(skeleton(v), []).append(i)
        sk = skeleton(r)
        hits = self._skeletons.get(sk, []) if len(sk) >= 2 else []
        if not hits:
            return ids, sims
        ids = np.concatenate([ids, np.asarray(hits, np.int64)])
        sims = np.concatenate([sims, np.full(len(hits), SCREENING.arabic_skeleton_similarity,
                                             np.float32)])
        order = np.lexsort((-sims, ids))
        ids, sims = ids[order], sims[order]
        first = np.ones(len(ids), dtype=bool)
        first[1:] = ids[1:] != ids[:-1]
        return ids[first], sims[first]

    def _with_vowel_hits(self, r: str, ids: np.ndarray, sims: np.ndarray
                         ) -> tuple[np.ndarray, np.ndarray]:
        """The hits with the parts spelt like `r` but for e/i and o/u (Refke: Rifki, Rifke)."""
        form = vowel_form(r)
        if not form:
            return ids, sims
        if not self._vowel_forms:  # derived from the vocabulary once per process
            for i, v in enumerate(self.vocab):
                if f := vowel_form(v):
                    self._vowel_forms.setdefault(f, []).append(i)
                    if _egyptian_j(v):
                        self._g_forms.setdefault(vowel_form(v.replace("j", "g")), []).append(i)
        hits = self._vowel_forms.get(form, [])
        for other in other_vowelings(form):  # Youssef: the parts spelt Yusuf too
            hits = hits + self._vowel_forms.get(other, [])
        # Egyptian g for j (Golani ~ Jawlani, Gomaa ~ Jumaa): the parts spelt with the other
        # letter, for the spelling rule to judge (letters.egyptian_g); not gh, not dj
        g_hits = self._g_forms.get(form, []) if "g" in r and "gh" not in r else []
        if _egyptian_j(r):
            g_hits = g_hits + self._vowel_forms.get(vowel_form(r.replace("j", "g")), [])
        for found, sim in ((g_hits, SCREENING.two_way_similarity),
                           (hits, SCREENING.vowel_similarity)):
            if found:
                ids, sims = _merge_best(ids, sims, np.asarray(found, np.int64),
                                        np.full(len(found), sim, np.float32))
        return ids, sims

    def clear_cache(self) -> None:
        """Forget the lookups kept per reading (benchmarks measure a cold query with it)."""
        self._cache.clear()

    def _lookup_reading(self, r: str, cutoff: int) -> tuple[np.ndarray, np.ndarray]:
        hit = self._cache.get((r, cutoff))
        if hit is not None:
            return hit
        if not self.vocab or self.grams is None:
            return np.zeros(0, np.int64), np.zeros(0, np.float32)
        if not self._lens:
            self._lens.append(np.fromiter(map(len, self.vocab), np.int32, len(self.vocab)))
            self._lens.append(np.fromiter(map(len, self.ukeys[:self.n_korean_keys]), np.int32,
                                          self.n_korean_keys))
            self._key_pos.update((k, i) for i, k in enumerate(self.ukeys))
            self._arrays.extend((np.array(self.vocab, dtype=object),
                                 np.array(self.ukeys[:self.n_korean_keys], dtype=object)))
            self._needs.extend(({}, {}))
        ids, sims = similar(r, self._arrays[0], self.grams, self._lens[0], cutoff,
                             self._needs[0])
        key = sound_of(r)
        if key != r and self.ukey_vocab is not None:
            kids, ksims = np.zeros(0, np.int64), np.zeros(0, np.float32)
            if key_of(r) != r and self.ukey_grams is not None:  # Korean: close keys count
                kids, ksims = similar(key, self._arrays[1], self.ukey_grams, self._lens[1],
                                       cutoff, self._needs[1])
            pos = self._key_pos.get(key)
            if pos is not None:  # the same sound counts for any part, for less
                kids = np.concatenate([kids, [pos]]).astype(np.int64)
                ksims = np.concatenate([ksims, [SCREENING.sound_similarity]]).astype(np.float32)
            for form in latin_two_way_forms(r) if r.isascii() else ():
                pos = self._key_pos.get(sound_of(form))
                if pos is not None:  # Othman: the parts that sound like Osman (Usman)
                    kids = np.concatenate([kids, [pos]]).astype(np.int64)
                    ksims = np.concatenate([ksims, [SCREENING.two_way_similarity]]).astype(
                        np.float32)
            if len(kids):
                ids, sims = self._with_key_hits(ids, sims, kids, ksims)
        if is_arabic(r):  # Arabic script: the Latin parts with its consonant skeleton
            ids, sims = self._with_skeleton_hits(r, ids, sims)
        elif r.isascii():
            ids, sims = self._with_vowel_hits(r, ids, sims)
        if len(self._cache) >= _CACHE_SIZE:
            self._cache.clear()
        self._cache[(r, cutoff)] = (ids, sims)
        return ids, sims

    def weight_of(self, ids: np.ndarray, sims: np.ndarray) -> float:
        """The weight of a query part: that of its closest vocabulary part if close, else 1."""
        if len(ids) == 0 or sims.max() < 0.9:
            return 1.0
        return float(self.weights[ids[int(np.argmax(sims))]])

    def candidates(self, looked_up: list[tuple[np.ndarray, np.ndarray]], limit: int,
                   joined: Sequence[tuple[int, tuple[np.ndarray, np.ndarray]]] = ()
                   ) -> np.ndarray:
        """The names most likely to match: summed weight x similarity of their matching parts
        (per query part, the most similar vocabulary part a name has). A joined query unit
        (`joined`: first part index, lookup) stands for its two parts: it adds only what it
        earns beyond them, so a name is not counted twice for one pair of parts."""
        units = [((i,), hit) for i, hit in enumerate(looked_up)]
        units += [((i, i + 1), hit) for i, hit in joined]
        per_unit: list[tuple[tuple[int, ...], np.ndarray, np.ndarray]] = []
        for cover, (ids, sims) in units:
            if len(ids) == 0:
                continue
            # the most similar part first (ties in id order), so a name's first occurrence is
            # its most similar part
            by_sim = np.argsort(-sims, kind="stable")
            ids, sims = ids[by_sim], sims[by_sim]
            starts, sizes = self.offsets[ids], self.offsets[ids + 1] - self.offsets[ids]
            n = int(sizes.sum())
            if n == 0:
                continue
            at = np.repeat(starts - np.concatenate(([0], np.cumsum(sizes)[:-1])), sizes)
            names = self.postings[at + np.arange(n)]
            vals = np.repeat(sims * self.weights[ids], sizes)
            names, first = np.unique(names, return_index=True)
            per_unit.append((cover, names, vals[first]))
        if not per_unit:
            return np.zeros(0, np.int64)
        names, inverse = np.unique(np.concatenate([u[1] for u in per_unit]), return_inverse=True)
        n_parts = len(looked_up)
        singles = np.zeros((len(names), max(n_parts, 1)), dtype=np.float32, order="F")
        at = 0
        pairs = []
        for cover, unit_names, vals in per_unit:
            where = inverse[at:at + len(unit_names)]
            at += len(unit_names)
            if len(cover) == 1:
                singles[where, cover[0]] = vals
            else:
                pairs.append((cover, where, vals))
        if singles.shape[1] < 8:  # what sum(axis=1) gives (in this order below 8 columns), faster
            total = singles[:, 0].copy()
            for col in range(1, singles.shape[1]):
                total += singles[:, col]
        else:
            total = np.ascontiguousarray(singles).sum(axis=1)
        for (i, j), where, vals in pairs:
            extra = np.maximum(0.0, vals - singles[where, i] - singles[where, j])
            total[where] += extra  # each name once per unit
        keep = total > 0
        if SCREENING.prefilter_keep_ratio > 0 and keep.any():
            # names far behind the best cannot score near it: not worth a full alignment
            keep &= total >= SCREENING.prefilter_keep_ratio * float(total.max())
        names, total = names[keep], total[keep]
        if len(names) > limit:
            top = np.argpartition(total, -limit)[-limit:]
            names, total = names[top], total[top]
            order = np.lexsort((names, -total))
        else:
            order = np.argsort(-total, kind="stable")
        return names[order].astype(np.int64)


_CACHE_SIZE = 20000  # readings whose lookups are kept per index


def _egyptian_j(part: str) -> bool:
    """Whether a Latin part has a j Egyptian usage may write g (not dj, not beside a gh)."""
    return "j" in part and "dj" not in part and "gh" not in part and part.isascii()


def _merge_best(ids: np.ndarray, sims: np.ndarray, more_ids: np.ndarray,
                more_sims: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Two hit lists as one, each id once with its best similarity."""
    ids = np.concatenate([ids, more_ids])
    sims = np.concatenate([sims, more_sims])
    order = np.lexsort((-sims, ids))
    ids, sims = ids[order], sims[order]
    first = np.ones(len(ids), dtype=bool)
    first[1:] = ids[1:] != ids[:-1]
    return ids[first], sims[first]

def _csr(lists: Sequence[Sequence[int]], n_rows: int) -> tuple[np.ndarray, np.ndarray]:
    """Row -> items, from (item index, row) given as per-item rows."""
    rows = np.fromiter((r for rs in lists for r in rs), np.int64)
    items = np.fromiter((i for i, rs in enumerate(lists) for _ in rs), np.int32, len(rows))
    order = np.argsort(rows, kind="stable")
    offsets = np.zeros(n_rows + 1, dtype=np.int64)
    np.cumsum(np.bincount(rows, minlength=n_rows), out=offsets[1:])
    return offsets, items[order]


def _key_tables(vocab: Sequence[str], keys: Sequence[str]) -> tuple:
    """Bigram postings of the vocabulary; the distinct sound keys (those of Korean parts first)
    with the vocabulary ids of each; bigram postings of the Korean ones."""
    grams = _csr([gram_codes(v) for v in vocab], GRAM_BUCKETS)
    ukey_ids: dict[str, list[int]] = {}
    korean: set[str] = set()
    for i, (v, k) in enumerate(zip(vocab, keys, strict=True)):
        if k != v and k:
            ukey_ids.setdefault(k, []).append(i)
            if key_of(v) != v:
                korean.add(k)
    ukeys = tuple(sorted(ukey_ids, key=lambda k: k not in korean))
    n_korean = len(korean)
    ukey_grams = _csr([gram_codes(k) for k in ukeys[:n_korean]], GRAM_BUCKETS)
    sizes = np.fromiter((len(ukey_ids[k]) for k in ukeys), np.int64, len(ukeys))
    offsets = np.zeros(len(ukeys) + 1, dtype=np.int64)
    np.cumsum(sizes, out=offsets[1:])
    items = np.fromiter((i for k in ukeys for i in ukey_ids[k]), np.int32, int(offsets[-1]))
    return grams, ukeys, ukey_grams, (offsets, items), n_korean


def _weights(df: np.ndarray, n: int) -> np.ndarray:
    """Inverse-frequency weights: a part in one name weighs 1, a part in every name the minimum."""
    scale = math.log(max(n, 1000) + 1)
    w = 1.0 - np.log(np.maximum(df, 1)) / scale
    return np.clip(w, SCREENING.min_part_weight, 1.0).astype(np.float32)
