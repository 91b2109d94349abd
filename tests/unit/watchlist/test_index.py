"""The persisted name index: the vocabulary prefilter loses nothing, older stores still screen."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz, process

from docverify.watchlist.index import NameIndex
from docverify.watchlist.screening import ScreeningQuery, open_store, screen
from docverify.watchlist.similar import similar
from docverify.watchlist.store import Store


def _largest(store: Store) -> NameIndex:
    return max((lo.index for lo in store.loaded()), key=lambda i: len(i.vocab))


def test_count_filters_keep_every_part_brute_force_finds(dprk: Store) -> None:
    index = _largest(dprk)
    lens = np.fromiter(map(len, index.vocab), np.int32, len(index.vocab))
    rng = random.Random(3)
    readings = rng.sample(index.vocab, 150) + ["muhammad", "kim", "o", "wonho", "abdulrahman"]
    # respelled and misspelled readings too: a letter changed, dropped or doubled
    readings += [r[:1] + "x" + r[2:] for r in readings[:50] if len(r) > 2]
    readings += [r[:-1] for r in readings[50:100] if len(r) > 3]
    readings += [r + r[-1] for r in readings[100:150]]
    readings += ["محمد", "ааа", "aaaaaaaaaaa"]  # other scripts; a letter more than 8 times
    kept: dict = {}  # letter counts and needs kept across readings, as an index keeps them
    choices = np.array(index.vocab, dtype=object)
    for cutoff in (70, 85):
        for r in readings:
            brute = process.cdist([r], index.vocab, scorer=fuzz.ratio, dtype=np.uint8,
                                  score_cutoff=cutoff)[0]
            for cache, vocab in ((None, index.vocab), (kept, choices)):
                ids, sims = similar(r, vocab, index.grams, lens, cutoff, cache)
                assert sorted(ids.tolist()) == np.flatnonzero(brute).tolist(), r
                assert np.allclose(np.sort(sims), np.sort(brute[brute > 0] / 100.0))
    assert ("letter", "a") in kept


def test_lookups_are_cached_per_reading(dprk: Store) -> None:
    index = _largest(dprk)
    first = index.lookup(["kim", "chol|cholx"])
    assert ("kim", 70) in index._cache
    assert ("cholx", 70) in index._cache
    again = index.lookup(["kim", "chol|cholx"])
    assert again[0][0] is first[0][0]  # the same arrays: not looked up twice
    assert np.array_equal(again[1][0], first[1][0])


def test_a_store_written_by_an_older_matcher_still_screens(dprk_db: Path, tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    shutil.copy(dprk_db, path)
    old = open_store(path)
    # as an older docverify wrote it: version-1 keys, no bigram tables
    old.db.execute("DELETE FROM index_blobs WHERE name LIKE '%grams%' OR name LIKE 'ukey%'"
                   " OR name = 'key_version'")
    old.db.execute("UPDATE index_blobs SET data = CAST('' AS BLOB) WHERE name = 'keys'")
    old.close()
    store = open_store(path)
    hits = screen(store, ScreeningQuery("LEE WONHO", birth_date="1964-07-17"))
    assert {h.entry_id for h in hits if h.band == "alert"} >= {"KPi.033", "19609"}


def test_an_arabic_script_part_finds_latin_parts_by_their_consonants() -> None:
    from docverify.watchlist.match import part_similarity
    from docverify.watchlist.names import skeleton

    assert skeleton("محمد") == skeleton("Mohammed".lower()) == skeleton("muhammad") == "mhmd"
    assert skeleton("السعادي") == skeleton("saadi")  # the article ال is not part of the name
    assert part_similarity("منصور", "mansur") == (0.84, "same consonants as Arabic writes them")
    assert part_similarity("منصور", "nasir")[0] < 0.72
    index = NameIndex.build([["mansur", "saadi"], ["kim", "yong"], ["mansour", "ali"]])
    (ids, sims), = index.lookup(["منصور"])
    assert sorted(index.vocab[i] for i in ids) == ["mansour", "mansur"]
    assert np.allclose(sims, 0.84)


def test_a_joined_query_unit_does_not_count_a_name_twice() -> None:
    # RYONG GANG (a ship) holds ryong, gang and the joined ryonggang; KANG RYONG the two parts.
    # Query `ryong kang`: the joined ryongkang must not add to what ryong and kang already gave.
    index = NameIndex.build([["kang", "ryong"], ["ryong", "gang"], ["kim", "chol"]])
    looked = index.lookup(["ryong", "kang"])
    (joined,) = index.lookup(["ryongkang"], 0.92)
    assert len(joined[0])  # ryonggang is found by its Korean reading
    cand = index.candidates(looked, 10, [(0, joined)]).tolist()
    assert cand[:2] == [0, 1]  # equal totals: the person's own name first, by index


def test_a_batch_warms_the_lookups_its_workers_inherit(dprk: Store) -> None:
    from docverify.watchlist.screening import warm

    warm(dprk, ["Ri Won Ho", "Kim Yong Chol"])
    for lo in dprk.loaded():
        assert ("won", 70) in lo.index._cache
        assert ("wonho", 92) in lo.index._cache  # the joined short parts too
    other = dprk.reopen()  # a worker's own connection, the same indexes
    try:
        assert other.loaded() is dprk.loaded()
        assert other.db is not dprk.db
        assert screen(other, ScreeningQuery("Ri Won Ho"))[0].entry_id in ("KPi.033", "19609")
    finally:
        other.close()
