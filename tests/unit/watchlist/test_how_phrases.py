"""Every way two name parts are said to match is made of the phrases the app translates."""

from __future__ import annotations

import re
from itertools import product

from docverify.watchlist.match import HOW_PHRASES, part_similarity, score_name

# Parts that meet each rule of part_similarity (a pair per rule and more), spelt as the lists do
PARTS = """
ebrahimi ibrahimi ahmed ahmad abdurezak abdulrazak alhusseini husseini sweid suwayd hemaida
humaydah yusuf youssef yusif youcef baabud abud abdelkader kader cabdi abdi xasan hasan
zubkou zubkin mykhailo mikhail sergey serhiy dykyy dikiy jongho yongho minchul minchol
lee ri rhee park pak choe choi jong jung kim gim j john o ok obaid ubayd omar umar salamah
salama sebai subai suhayl shail sultan soltane suwaid saeed abuqurayn abugrein matouk matuq
thabit sabit dhakir zakir sony soni jesus jesse mohammad muhammad mohammed wonho won ho
""".split()


def _whole(how: str) -> bool:
    phrase = "|".join(map(re.escape, sorted(HOW_PHRASES, key=len, reverse=True)))
    return re.fullmatch(f"(?:{phrase})(?:, (?:{phrase}))*", how) is not None


def test_every_how_of_part_similarity_is_made_of_known_phrases() -> None:
    seen = set()
    for a, b in product(PARTS, repeat=2):
        sim, how = part_similarity(a, b)
        if sim > 0 and how:
            assert _whole(how), (a, b, how)
            seen.add(how)
    # the pairs reach most rules, so a new phrase is likely met here
    used = {p for p in HOW_PHRASES if any(p in h for h in seen)}
    assert len(used) >= 18, sorted(set(HOW_PHRASES) - used)


def test_joined_given_names_are_said_so_in_known_phrases() -> None:
    ns = score_name(("wonho", "ri"), ("ri", "won", "ho"), lambda i: 1.0, lambda p: 1.0)
    hows = [m.how for m in ns.matches]
    assert any(h.startswith("joined/split given names, ") for h in hows), hows
    assert all(_whole(h) for h in hows), hows
