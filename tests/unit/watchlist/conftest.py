"""Watchlist test set-up: real list fixtures imported into real SQLite stores."""

from __future__ import annotations

from pathlib import Path

import pytest

from docverify.watchlist.screening import import_list, open_store
from docverify.watchlist.store import Store

LISTS = Path(__file__).parents[2] / "fixtures" / "watchlists"
UN_DPRK = LISTS / "un_consolidated_dprk.xml"
UN_FULL = LISTS / "un_consolidated_full_2026-02-27.xml.gz"
OFAC_DPRK = LISTS / "ofac_sdn_dprk_2021-07.csv"


@pytest.fixture(scope="session")
def dprk_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store with the DPRK parts of the UN and OFAC lists (built once, copied per test)."""
    path = tmp_path_factory.mktemp("lists") / "dprk.sqlite3"
    store = open_store(path)
    import_list(store, UN_DPRK)
    import_list(store, OFAC_DPRK)
    store.close()
    return path


@pytest.fixture(scope="session")
def dprk(dprk_db: Path) -> Store:
    """The DPRK store, opened read-only in spirit: tests that write use their own copy."""
    return open_store(dprk_db)
