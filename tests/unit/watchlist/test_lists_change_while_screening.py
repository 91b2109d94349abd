"""A list replaced by another process while a store holds its index: screening reads the
lists again instead of failing (a batch crashed with KeyError) or answering no hit."""

from __future__ import annotations

from pathlib import Path

from docverify.watchlist.screening import ScreeningQuery, import_list, open_store, screen

UN = Path(__file__).parents[2] / "fixtures" / "watchlists" / "un_consolidated_dprk.xml"


def test_a_version_replaced_meanwhile_is_read_again(tmp_path):
    db = tmp_path / "lists.sqlite3"
    first = open_store(db)
    import_list(first, UN)
    query = ScreeningQuery("Lee Won Ho", "1964-07-17")
    before = screen(first, query)
    assert before[0].entry_id == "KPi.033"
    # another process imports a newer file of the same list: the old version's rows go
    newer = tmp_path / "un_newer.xml"
    newer.write_text(UN.read_text(encoding="utf-8").replace(
        'dateGenerated="2026-02-27', 'dateGenerated="2026-03-06'), encoding="utf-8")
    other = open_store(db)
    import_list(other, newer)
    other.close()
    after = screen(first, query)  # the index in memory is of the dropped version
    assert after[0].entry_id == "KPi.033"
    assert after[0].list_version != before[0].list_version
    assert after[0].list_version.startswith("2026-03-06")
    first.close()
