"""The chain of names (given, father's, grandfather's: MOHAMMAD WALI MOHAMMAD EWAZ): which parts
of a name are its head, or the chain without its middle, read in the name's natural order."""

from __future__ import annotations


def in_chain_order(aligned: list[tuple[int, int]], nq: int, kq: int, nc: int, kc: int) -> bool:
    """Whether the listed parts matched are the head of its chain, or the chain without its
    middle (chain_part), and the query's parts follow them in the same order (Saleh Mohammad,
    Saleh son of Mohammad, is no Mohammed Saleh); the listed name read in its natural order, the
    surname written first before a comma put last (HAQQANI, Yaya is Yaya Haqqani), the query so
    or as written (a comma in a query may mean either: Amin, Muhammad).

    Args:
        aligned: (query part index, listed part index) of each match, as written.
        nq: the query's number of parts; kq: how many come before its comma
            (names.surname_parts).
        nc: the listed name's number of parts; kc: how many come before its comma.
    """
    nat = sorted(((c - kc) % nc if 0 < kc < nc else c, q) for q, c in aligned)
    if not chain_part({c for c, _ in nat}, nc):
        return False
    for k in {0, kq if 0 < kq < nq else 0}:
        order = [(q - k) % nq for _, q in nat]
        if all(a < b for a, b in zip(order, order[1:], strict=False)):
            return True
    return False


def chain_part(used: set[int], n: int) -> bool:
    """Whether the parts `used` of a name of `n` parts are its chain's head (the others all
    after them) or its chain without the middle (the others all between them)."""
    rest = [i for i in range(n) if i not in used]
    return min(rest) > max(used) or (min(rest) > min(used) and max(rest) < max(used))
