"""Weak aliases (issue #3): the lists' own low-quality marks, read, stored and screened on."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from docverify.watchlist.importers.detect import detect, reader
from docverify.watchlist.screening import (
    WEAK_ALIAS,
    WEAK_HELD,
    Hit,
    ScreeningQuery,
    import_list,
    open_store,
    screen,
)
from docverify.watchlist.store import STORE_FORMAT, Store
from tests.unit.watchlist.conftest import LISTS, UN_FULL

# Six rows of OFAC's sdn.csv of July 2021 with their alt.csv rows, byte for byte: weak a.k.a.s
# quoted in Remarks ('GUACAMAYO', 'HAMBALI', 'PACHO' twice), strong ones in alt.csv.
OFAC_WEAK = LISTS / "ofac_sdn_weak_2021-07.csv"
OFAC_WEAK_ALT = LISTS / "ofac_alt_weak_2021-07.csv"


def _hit(store: Store, name: str, entry_id: str, birth: str | None = None,
         document: str | None = None) -> Hit | None:
    hits = screen(store, ScreeningQuery(name, birth, document_number=document))
    return next((h for h in hits if h.entry_id == entry_id), None)


@pytest.fixture(scope="module")
def ofac_un(tmp_path_factory: pytest.TempPathFactory) -> Store:
    """The OFAC excerpt and the complete UN list in one real store."""
    d = tmp_path_factory.mktemp("weak")
    store = open_store(d / "weak.sqlite3")
    import_list(store, OFAC_WEAK)
    import_list(store, UN_FULL)
    return store


# --- importers
def test_ofac_csv_remark_akas_are_weak_alt_csv_ones_strong() -> None:
    by_id = {e.entry_id: e for e in reader("ofac-csv")(OFAC_WEAK).entries}
    robayo = by_id["16459"]
    assert robayo.names == ("ROBAYO ESCOBAR, Carlos Jose", "GUACAMAYO")
    assert robayo.weak_names == ("GUACAMAYO",)
    hambali = by_id["7328"]
    assert hambali.names[:3] == ("ISAMUDDIN, Nurjaman Riduan", "ISOMUDDIN, Riduan",
                                 "NURJAMAN, Encep")
    assert hambali.weak_names == ("HAMBALI", "NURJAMAN")
    assert by_id["7843"].weak_names == ("ABU ALI",)
    assert "HUSSEIN, Saddam" not in by_id["7843"].weak_names
    assert by_id["11249"].weak_names == ("EL CURA", "CURA CAMILO", "OLIVO", "HUESITO", "PACHO")
    assert "MEDINA, Oliverio" not in by_id["11249"].weak_names  # alt.csv


def test_un_low_quality_aliases_are_weak_good_ones_not() -> None:
    by_id = {e.entry_id: e for e in reader("un")(UN_FULL).entries}
    hassan = by_id["CDi.040"]
    assert "AHMED MAHAMUD HASSAN ALIYANI" in hassan.names  # QUALITY Good
    assert "AHMED MAHAMUD HASSAN ALIYANI" not in hassan.weak_names
    assert {"ABU WAQAS", "JUNDI", "LEBLANC"} <= set(hassan.weak_names)
    assert set(hassan.weak_names) <= set(hassan.names)
    entries = reader("un")(UN_FULL).entries
    # 615 aliases of QUALITY Low, a few holding two names split at ";"
    assert 615 <= sum(len(e.weak_names) for e in entries) <= 625
    assert not any(e.weak_names for e in entries if e.kind == "entity")  # a.k.a. / f.k.a.


EU_XML = """<?xml version="1.0" encoding="UTF-8"?>
<export xmlns="http://eu.europa.ec/fpi/fsd/export" generationDate="2026-03-01T10:00:00.000+01:00">
 <sanctionEntity logicalId="13" euReferenceNumber="EU.27.28">
  <subjectType code="person" classificationCode="P"/>
  <nameAlias wholeName="Saddam Hussein Al-Tikriti" strong="true"/>
  <nameAlias wholeName="Abu Ali" strong="false"/>
  <nameAlias wholeName="Abou Ali"><remark>Low quality alias</remark></nameAlias>
 </sanctionEntity>
</export>
"""
UK_XML = """<?xml version="1.0" encoding="utf-8"?>
<Designations><Designation><UniqueID>AFG0006</UniqueID>
 <IndividualEntityShip>Individual</IndividualEntityShip>
 <Names>
  <Name><Name1>MOHAMMAD</Name1><Name2>HASSAN</Name2><Name6>AKHUND</Name6>
   <NameType>Primary Name</NameType></Name>
  <Name><Name6>Haji Mohammad Hassan</Name6><NameType>Alias</NameType>
   <AliasStrength>Good quality a.k.a</AliasStrength></Name>
  <Name><Name1>MULLAH</Name1><Name6>MOHAMMAD</Name6><NameType>Alias</NameType>
   <AliasStrength>Low quality a.k.a</AliasStrength></Name>
 </Names></Designation></Designations>
"""
UK_CSV = (
    "Report Date: 02-Mar-2026\n"
    "Last Updated,Unique ID,OFSI Group ID,UN Reference Number,Name 6,Name 1,Name 2,Name 3,"
    'Name 4,Name 5,Name type,Alias strength,Name non-latin script,"Entity, Individual or Ship"\n'
    "01/03/2026,AFG0006,7172,TAi.002,AKHUND,MOHAMMAD,HASSAN,,,,Primary Name,,,Individual\n"
    "01/03/2026,AFG0006,7172,TAi.002,Haji Mohammad Hassan,,,,,,Alias,Good quality a.k.a,,"
    "Individual\n"
    "01/03/2026,AFG0006,7172,TAi.002,MOHAMMAD,MULLAH,,,,,Alias,Low quality a.k.a,,Individual\n"
)
OFAC_XML = """<?xml version="1.0" standalone="yes"?>
<sdnList xmlns="http://tempuri.org/sdnList.xsd">
 <sdnEntry><uid>16459</uid><lastName>ROBAYO ESCOBAR</lastName><firstName>Carlos Jose</firstName>
  <sdnType>Individual</sdnType>
  <akaList><aka><uid>1</uid><type>a.k.a.</type><category>weak</category>
   <lastName>GUACAMAYO</lastName></aka>
   <aka><uid>2</uid><type>a.k.a.</type><category>strong</category><lastName>ROBAYO</lastName>
   <firstName>Carlos</firstName></aka></akaList>
 </sdnEntry>
</sdnList>
"""
OFAC_ENHANCED = """<?xml version="1.0" encoding="utf-8"?>
<sanctionsData xmlns="https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ENHANCED_XML">
 <entities><entity id="16459">
  <generalInfo><identityId>1</identityId><entityType>Individual</entityType></generalInfo>
  <names>
   <name><isPrimary>true</isPrimary><isLowQuality>false</isLowQuality><translations><translation>
    <formattedFullName>ROBAYO ESCOBAR, Carlos Jose</formattedFullName></translation></translations>
   </name>
   <name><isPrimary>false</isPrimary><aliasType>A.K.A.</aliasType><isLowQuality>true</isLowQuality>
    <translations><translation><formattedFullName>GUACAMAYO</formattedFullName></translation>
    </translations></name>
  </names>
 </entity></entities>
</sanctionsData>
"""
FTM = json.dumps({"id": "eu-fsf-13", "schema": "Person", "properties": {
    "name": ["Saddam Hussein Al-Tikriti"], "alias": ["Saddam Hussein"],
    "weakAlias": ["Abu Ali", "Saddam Hussein"]}}) + "\n"


@pytest.mark.parametrize(("name", "text", "strong", "weak"), [
    ("eu.xml", EU_XML, "Saddam Hussein Al-Tikriti", ("Abu Ali", "Abou Ali")),
    ("uk.xml", UK_XML, "Haji Mohammad Hassan", ("MULLAH MOHAMMAD",)),
    ("uk.csv", UK_CSV, "Haji Mohammad Hassan", ("MULLAH MOHAMMAD",)),
    ("sdn.xml", OFAC_XML, "ROBAYO, Carlos", ("GUACAMAYO",)),
    ("SDN_ENHANCED.xml", OFAC_ENHANCED, "ROBAYO ESCOBAR, Carlos Jose", ("GUACAMAYO",)),
    # a name both strong and weak stays strong
    ("targets.ftm.json", FTM, "Saddam Hussein", ("Abu Ali",)),
])
def test_other_formats_mark_weak_aliases(tmp_path: Path, name: str, text: str, strong: str,
                                         weak: tuple[str, ...]) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    entry = reader(detect(path))(path).entries[0]
    assert strong in entry.names
    assert entry.weak_names == weak
    assert set(weak) <= set(entry.names)


# --- screening
def test_a_weak_alias_alone_is_a_review_saying_why(ofac_un: Store) -> None:
    hit = _hit(ofac_un, "Guacamayo", "16459")
    assert hit is not None
    assert hit.band == "review"
    assert hit.score < 0.85
    assert WEAK_ALIAS in hit.reasons
    assert WEAK_HELD in hit.reasons
    un = _hit(ofac_un, "Abu Waqas", "CDi.040")
    assert un is not None
    assert un.band == "review"
    assert WEAK_ALIAS in un.reasons


def test_an_exact_birth_date_or_the_document_confirms_a_weak_alias(ofac_un: Store) -> None:
    hit = _hit(ofac_un, "Guacamayo", "16459", "1969-01-01")
    assert hit is not None
    assert hit.band == "alert"
    assert WEAK_ALIAS in hit.reasons
    assert WEAK_HELD not in hit.reasons
    # a year alone does not confirm it (HAMBALI, born 4 Apr 1964)
    year = _hit(ofac_un, "Hambali", "7328", "1964")
    assert year is not None
    assert year.band == "review"
    day = _hit(ofac_un, "Hambali", "7328", "1964-04-04")
    assert day is not None
    assert day.band == "alert"
    # the UN lists passport AB850901 for CDi.040
    doc = _hit(ofac_un, "Abu Waqas", "CDi.040", document="AB850901")
    assert doc is not None
    assert doc.band == "alert"
    assert WEAK_HELD not in doc.reasons
    assert any("AB850901" in r for r in doc.reasons)


def test_a_strong_alias_alerts_on_its_own(ofac_un: Store) -> None:
    hit = _hit(ofac_un, "Encep Nurjaman", "7328")  # alt.csv: NURJAMAN, Encep
    assert hit is not None
    assert hit.band == "alert"
    assert WEAK_ALIAS not in hit.reasons
    un = _hit(ofac_un, "Ahmed Mahamud Hassan Aliyani", "CDi.040")  # QUALITY Good
    assert un is not None
    assert un.band == "alert"
    assert WEAK_ALIAS not in un.reasons


def test_a_conflicting_birth_date_still_says_the_alias_is_weak(ofac_un: Store) -> None:
    hit = _hit(ofac_un, "Guacamayo", "16459", "1990-05-05")
    assert hit is None or (hit.band == "namesake" and WEAK_ALIAS in hit.reasons)


# --- the store
def _trio(tmp_path: Path) -> Path:
    d = tmp_path / "ofac"
    d.mkdir()
    shutil.copy(OFAC_WEAK, d / "sdn.csv")
    shutil.copy(OFAC_WEAK_ALT, d / "alt.csv")
    return d / "sdn.csv"


def test_the_store_persists_the_weak_marks(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    store = open_store(path)
    import_list(store, _trio(tmp_path))
    store.close()
    db = sqlite3.connect(path)
    weak = {r[0] for r in db.execute("SELECT text FROM names WHERE weak = 1")}
    strong = {r[0] for r in db.execute("SELECT text FROM names WHERE weak = 0")}
    db.close()
    assert {"GUACAMAYO", "HAMBALI", "PACHO", "ABU ALI"} <= weak
    assert {"NURJAMAN, Encep", "HUSSEIN, Saddam", "ROBAYO ESCOBAR, Carlos Jose"} <= strong
    again = open_store(path)
    vid = again.loaded()[0].version_id
    entries = {e.entry_id: e for e in again.entries(vid, range(6)).values()}
    assert entries["16459"].weak_names == ("GUACAMAYO",)
    again.close()


def _made_format_2(path: Path) -> None:
    """The store as docverify wrote it before weak marks: no names.weak column, no weak_names
    in the entries, format 2."""
    db = sqlite3.connect(path)
    db.executescript("""
        CREATE TABLE names_old (version_id INTEGER, idx INTEGER, entry_idx INTEGER, text TEXT,
            parts TEXT, PRIMARY KEY (version_id, idx)) WITHOUT ROWID;
        INSERT INTO names_old SELECT version_id, idx, entry_idx, text, parts FROM names;
        DROP TABLE names;
        ALTER TABLE names_old RENAME TO names;
        PRAGMA user_version = 2;
    """)
    for vid, idx, data in db.execute("SELECT version_id, idx, data FROM entries").fetchall():
        d = json.loads(data)
        d.pop("weak_names")
        db.execute("UPDATE entries SET data = ? WHERE version_id = ? AND idx = ?",
                   (json.dumps(d), vid, idx))
    db.commit()
    db.close()


def _older_store(tmp_path: Path) -> tuple[Path, Path]:
    """A store of the six OFAC rows, turned back into what an older docverify wrote."""
    path = tmp_path / "old.sqlite3"
    sdn = _trio(tmp_path)
    store = open_store(path)
    import_list(store, sdn)
    store.close()
    _made_format_2(path)
    return path, sdn


@pytest.mark.parametrize("file_kept", [True, False])
def test_an_older_store_opens_and_upgrades(tmp_path: Path, file_kept: bool) -> None:
    path, sdn = _older_store(tmp_path)
    if not file_kept:
        sdn.unlink()

    as_is = open_store(path, upgrade=False)  # the UI's short reads
    assert as_is.outdated
    assert [i.list_id for i in as_is.lists()] == ["ofac"]
    as_is.close()

    seen: list[tuple[int, int]] = []
    store = open_store(path, progress=lambda d, t: seen.append((d, t)))
    assert not store.outdated
    assert seen[0] == (0, 6)
    assert seen[-1] == (6, 6)
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == STORE_FORMAT
    weak = store.db.execute("SELECT count(*) FROM names WHERE weak = 1").fetchone()[0]
    hit = _hit(store, "Guacamayo", "16459")
    assert hit is not None
    if file_kept:  # read again from the very file: the marks come back
        assert weak == 12  # 1 + 2 + 1 + 5 + 2 + 1 quoted in the six rows' Remarks
        assert hit.band == "review"
        assert WEAK_ALIAS in hit.reasons
    else:  # the file is gone: screened as before, without marks
        assert weak == 0
        assert hit.band == "alert"
        assert WEAK_ALIAS not in hit.reasons
    store.close()


def test_a_changed_file_is_not_read_again(tmp_path: Path) -> None:
    path, sdn = _older_store(tmp_path)
    with open(sdn, "ab") as f:  # not the file imported any more
        f.write(b'99999,"NEW, Person","individual","SDNT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,'
                b"\"a.k.a. 'NEWBIE'.\"\r\n")
    store = open_store(path)
    assert not store.outdated
    assert store.db.execute("SELECT count(*) FROM entries").fetchone()[0] == 6
    assert store.db.execute("SELECT count(*) FROM names WHERE weak = 1").fetchone()[0] == 0
    store.close()


def test_a_cancel_while_the_file_is_read_again_leaves_the_older_store(tmp_path: Path) -> None:
    from docverify.watchlist.importers.base import ImportCancelled

    path = tmp_path / "old.sqlite3"
    store = open_store(path)
    import_list(store, _trio(tmp_path))
    store.close()
    _made_format_2(path)
    asked: list[int] = []

    def cancel_once() -> bool:  # the first ask comes from reading the file again
        asked.append(1)
        return len(asked) == 1

    with pytest.raises(ImportCancelled):
        open_store(path, cancel=cancel_once)
    again = open_store(path, upgrade=False)
    assert again.outdated
    assert again.db.execute("SELECT count(*) FROM names WHERE weak = 1").fetchone()[0] == 0
    again.close()
