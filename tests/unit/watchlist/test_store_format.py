"""The store format number moves whenever the name parts a store derives from its lists change:
otherwise a store an older docverify wrote keeps stale parts and is never rebuilt."""

from __future__ import annotations

import hashlib

from docverify.watchlist.importers import ofac_csv, un
from docverify.watchlist.names import key_of, split_parts
from docverify.watchlist.store import STORE_FORMAT
from tests.unit.watchlist.conftest import LISTS, UN_FULL

# The fingerprint of the parts of every name in the real list fixtures, per store format. A
# change to split_parts or key_of that moves it needs STORE_FORMAT raised (store.py says
# what each format changed) and the new fingerprint recorded here.
FINGERPRINTS = {14: "e11a9824c0b234a6"}


def parts_fingerprint() -> str:
    names = {n for e in un.read(UN_FULL).entries for n in e.names}
    for sdn in ("ofac_sdn_fixture_2025.csv", "ofac_sdn_dprk_2021-07.csv",
                "ofac_sdn_weak_2021-07.csv"):
        names |= {n for e in ofac_csv.read(LISTS / sdn).entries for n in e.names}
    h = hashlib.sha256()
    for name in sorted(names):
        parts = split_parts(name)
        h.update(f"{name}\t{' '.join(parts)}\t{' '.join(key_of(p) for p in parts)}\n".encode())
    return h.hexdigest()[:16]


def test_the_store_format_moves_with_the_name_parts():
    got = parts_fingerprint()
    assert FINGERPRINTS.get(STORE_FORMAT) == got, (
        f"the name parts of the list fixtures changed (fingerprint {got}): raise STORE_FORMAT "
        f"in watchlist/store.py, say there what changed, and record {{{STORE_FORMAT + 1}: "
        f"{got!r}}} here")
