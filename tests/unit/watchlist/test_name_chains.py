"""The chain of names: its head, the chain without its middle, each name read in its natural
order (the screening cases are in test_birth_subset.py)."""

from __future__ import annotations

from docverify.watchlist.chains import chain_part, in_chain_order


def test_the_head_or_the_chain_without_its_middle() -> None:
    assert chain_part({0, 1}, 4)  # MOHAMMAD WALI of MOHAMMAD WALI MOHAMMAD EWAZ
    assert chain_part({0, 3}, 4)  # MOHAMMAD EWAZ: the middle left out
    assert not chain_part({1, 3}, 4)  # WALI EWAZ: the head left out


def test_the_natural_order_and_the_query_order() -> None:
    # Yaya against HAQQANI, Yaya: one part before the comma, read last
    assert not in_chain_order([(0, 1)], 1, 0, 2, 0)
    assert in_chain_order([(0, 1)], 1, 0, 2, 1)
    # Mohammed Saleh and Saleh Mohammad against ABDORABOH, Mohammed Saleh
    assert in_chain_order([(0, 1), (1, 2)], 2, 0, 3, 1)
    assert not in_chain_order([(1, 1), (0, 2)], 2, 0, 3, 1)
    # a query with a comma, read either way: Amin, Muhammad against AMIN MUHAMMAD UL HAQ
    assert in_chain_order([(0, 0), (1, 1)], 2, 1, 4, 0)
