"""Importers on real files (UN, OFAC CSV, FtM) and on documentation-built files (EU, UK, OFAC XML)."""

from __future__ import annotations

import dataclasses
import gzip
from pathlib import Path

import pytest

from docverify.errors import InputError
from docverify.watchlist.importers import base
from docverify.watchlist.importers.detect import detect, reader
from tests.unit.watchlist.conftest import LISTS, OFAC_DPRK, UN_DPRK, UN_FULL


def _read(path: Path, fmt: str | None = None):  # noqa: ANN202
    return reader(fmt or detect(path))(path)


def test_full_un_list_gzipped() -> None:
    parsed = _read(UN_FULL)
    assert parsed.list_id == "un"
    assert parsed.list_date == "2026-02-27"
    assert len(parsed.entries) == 1003
    assert sum(e.kind == "person" for e in parsed.entries) == 730


def test_un_dprk_traps() -> None:
    by_id = {e.entry_id: e for e in _read(UN_DPRK).entries}
    assert len(by_id) == 155
    assert by_id["KPi.033"].names[0] == "RI WON HO"  # FIRST_NAME holds the surname
    assert by_id["KPi.033"].documents == ("381310014",)  # leading space dropped
    assert by_id["KPi.009"].documents == ("PS381420397",)
    assert by_id["KPi.033"].nationalities == ("PRK",)
    assert by_id["KPi.033"].birth_dates[0].date == "1964-07-17"


def test_ofac_csv_trio_reads_aliases_and_remarks() -> None:
    parsed = _read(OFAC_DPRK)
    assert parsed.fmt == "ofac-csv"
    assert len(parsed.entries) == 414
    ryu = next(e for e in parsed.entries if e.entry_id == "17616")
    assert ryu.documents == ("563410081",)
    assert ryu.nationalities == ("PRK",)
    assert ryu.birth_dates[0].date == "1965-08-07"
    kim = next(e for e in parsed.entries if e.entry_id == "12211")
    assert "KIM, Young-Cheol" in kim.names  # from alt.csv
    assert kim.birth_dates[0].approximate
    assert kim.birth_dates[0].year_from == 1947
    komid = next(e for e in parsed.entries if e.entry_id == "9345")
    assert "KOMID" in komid.names  # a.k.a. in Remarks


def test_ofac_2025_rows() -> None:
    parsed = _read(LISTS / "ofac_sdn_fixture_2025.csv")
    belize = next(e for e in parsed.entries if e.entry_id == "10278")
    assert belize.documents == ("P0017003",)
    assert belize.kind == "person"


def test_ftm_lines() -> None:
    parsed = _read(LISTS / "opensanctions_ftm_eu_fsf_sample.jsonl")
    kuz = next(e for e in parsed.entries if "Vitalij Kuzmenko" in e.names)
    assert kuz.nationalities == ("RUS",)
    assert kuz.birth_dates[0].date == "1971-01-22"
    assert "Виталий Юрьевич КУЗЬМЕНКО" in kuz.names


EU_XML = """<?xml version="1.0" encoding="UTF-8"?>
<export xmlns="http://eu.europa.ec/fpi/fsd/export" generationDate="2026-03-01T10:00:00.000+01:00">
 <sanctionEntity designationDate="2016-03-04" logicalId="5001" euReferenceNumber="EU.3918.77">
  <subjectType code="person" classificationCode="P"/>
  <nameAlias firstName="Won Ho" middleName="" lastName="RI" wholeName="RI Won Ho" strong="true"/>
  <nameAlias wholeName="Ri Won-ho" strong="true"/>
  <citizenship countryIso2Code="KP" countryDescription="NORTH KOREA"/>
  <birthdate circa="false" birthdate="1964-07-17" dayOfMonth="17" monthOfYear="7" year="1964"/>
  <identification number="381310014" identificationTypeCode="passport"/>
 </sanctionEntity>
 <sanctionEntity logicalId="5002" euReferenceNumber="EU.1.2">
  <subjectType code="enterprise" classificationCode="E"/>
  <nameAlias wholeName="Korea Ryonbong General Corporation"/>
 </sanctionEntity>
</export>
"""
UK_XML = """<?xml version="1.0" encoding="utf-8"?>
<Designations DateGenerated="2026-03-02T00:00:00">
 <Designation>
  <UniqueID>DPR0001</UniqueID><UNReferenceNumber>KPi.033</UNReferenceNumber>
  <IndividualEntityShip>Individual</IndividualEntityShip>
  <Names><Name><Name1>Won Ho</Name1><Name6>RI</Name6><NameType>Primary Name</NameType></Name>
  </Names>
  <NonLatinNames><NonLatinName><NameNonLatinScript>리원호</NameNonLatinScript></NonLatinName>
  </NonLatinNames>
  <IndividualDetails><Individual><DOBs><DOB>17/07/1964</DOB></DOBs>
   <Nationalities><Nationality>North Korea</Nationality></Nationalities>
   <PassportDetails><PassportDetail><PassportNumber>381310014</PassportNumber></PassportDetail>
   </PassportDetails></Individual></IndividualDetails>
 </Designation>
</Designations>
"""
UK_CSV = (
    "Report Date: 02-Mar-2026\n"
    "Last Updated,Unique ID,OFSI Group ID,UN Reference Number,Name 6,Name 1,Name 2,Name 3,"
    'Name 4,Name 5,Name type,Name non-latin script,"Entity, Individual or Ship",D.O.B,'
    "Nationality(/ies),Passport number\n"
    '01/03/2026,DPR0001,1234,KPi.033,RI,Won Ho,,,,,Primary Name,리원호,Individual,17/07/1964,'
    "North Korea,381310014\n"
    "01/03/2026,DPR0001,1234,KPi.033,LI,Won-ho,,,,,Alias,,Individual,17/07/1964,North Korea,\n"
)
OFAC_XML = """<?xml version="1.0" standalone="yes"?>
<sdnList xmlns="http://tempuri.org/sdnList.xsd">
 <publshInformation><Publish_Date>07/15/2021</Publish_Date></publshInformation>
 <sdnEntry><uid>19609</uid><lastName>RI</lastName><firstName>Won Ho</firstName>
  <sdnType>Individual</sdnType>
  <idList><id><uid>1</uid><idType>Passport</idType><idNumber>381310014</idNumber></id></idList>
  <akaList><aka><uid>2</uid><type>a.k.a.</type><lastName>RI</lastName><firstName>Won-ho</firstName>
  </aka></akaList>
  <nationalityList><nationality><uid>3</uid><country>Korea, North</country></nationality>
  </nationalityList>
  <dateOfBirthList><dateOfBirthItem><uid>4</uid><dateOfBirth>17 Jul 1964</dateOfBirth>
  </dateOfBirthItem></dateOfBirthList>
 </sdnEntry>
</sdnList>
"""
OFAC_ENHANCED = """<?xml version="1.0" encoding="utf-8"?>
<sanctionsData xmlns="https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ENHANCED_XML">
 <publicationInfo><dataAsOf>2026-03-03T00:00:00</dataAsOf></publicationInfo>
 <entities><entity id="19609">
  <generalInfo><identityId>1</identityId><entityType refId="600">Individual</entityType></generalInfo>
  <names><name><isPrimary>true</isPrimary><translations><translation>
   <formattedFullName>RI, Won Ho</formattedFullName></translation></translations></name></names>
  <features><feature><type featureTypeId="8">Birthdate</type><value>1964-07-17</value></feature>
   <feature><type featureTypeId="10">Nationality Country</type><value>Korea, North</value></feature>
  </features>
  <identityDocuments><identityDocument><type>Passport</type>
   <documentNumber>381310014</documentNumber></identityDocument></identityDocuments>
 </entity></entities>
</sanctionsData>
"""
# OpenSanctions targets.simple.csv: the header as OpenSanctions documents it; several values of
# a column joined by ";", countries as lower-case ISO 3166-1 alpha-2 codes.
OPENSANCTIONS_CSV = (
    "id,schema,name,aliases,birth_date,countries,addresses,identifiers,sanctions,phones,"
    "emails,program_ids,dataset,first_seen,last_seen,last_change\n"
    "NK-2Ri9kWonHo,Person,RI Won Ho,Ri Won-ho;리원호,1964-07-17,kp,,381310014,"
    "\"UN Security Council - KPi.033\",,,,UN Security Council Sanctions,2016-03-03,2026-03-01,"
    "2016-03-03\n"
    "NK-KomidCo,Company,Korea Mining Development Trading Corporation,"
    "\"KOMID;Changgwang Sinyong Corporation\",,kp;ir,\"Central District, Pyongyang\",,"
    "\"OFAC SDN; UN\",,,,\"US OFAC, UN\",2009-04-24,2026-03-01,2021-07-15\n"
    "NK-Twice,Person,Kim Chol,,1961;1962-05-01,kp;ru,,,,,,,EU FSF,2020-01-01,2026-03-01,"
    "2020-01-01\n"
)
OWN_CSV = ("name,aliases,birth_date,nationality,document_number,note\n"
           "Hong Gil-dong,Hong Kil Tong;홍길동,1970-01-02,KOR,M12345678,former supplier\n"
           "Acme Shell Trading Ltd,,,,,payee\n")


@pytest.mark.parametrize(("name", "text", "fmt", "list_id"), [
    ("eu.xml", EU_XML, "eu", "eu"), ("uk.xml", UK_XML, "uk", "uk"), ("uk.csv", UK_CSV, "uk", "uk"),
    ("sdn.xml", OFAC_XML, "ofac-xml", "ofac"), ("SDN_ENHANCED.xml", OFAC_ENHANCED, "ofac-xml", "ofac"),
    ("targets.simple.csv", OPENSANCTIONS_CSV, "opensanctions-csv", "opensanctions"),
])
def test_documented_formats(tmp_path: Path, name: str, text: str, fmt: str, list_id: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    assert detect(path) == fmt
    parsed = _read(path)
    assert parsed.list_id == list_id
    ri = parsed.entries[0]
    assert ri.kind == "person"
    assert ri.nationalities == ("PRK",)
    assert ri.birth_dates[0].date == "1964-07-17"
    assert ri.documents == ("381310014",)
    assert any("RI" in n.upper() for n in ri.names)


def test_opensanctions_csv_kinds_dates_and_countries(tmp_path: Path) -> None:
    path = tmp_path / "targets.simple.csv"
    path.write_text(OPENSANCTIONS_CSV, encoding="utf-8")
    by_id = {e.entry_id: e for e in _read(path).entries}
    assert by_id["NK-2Ri9kWonHo"].names == ("RI Won Ho", "Ri Won-ho", "리원호")
    komid = by_id["NK-KomidCo"]
    assert komid.kind == "entity"
    assert komid.names == ("Korea Mining Development Trading Corporation", "KOMID",
                           "Changgwang Sinyong Corporation")
    assert komid.nationalities == ("PRK", "IRN")
    twice = by_id["NK-Twice"]
    assert [(b.date, b.year_from) for b in twice.birth_dates] == [(None, 1961),
                                                                   ("1962-05-01", 1962)]
    assert twice.nationalities == ("PRK", "RUS")


def test_line_breaks_inside_values_are_kept(tmp_path: Path) -> None:
    """A quoted CSV value over two lines, and Unicode's own line separators (U+2028, U+0085)
    inside a name, in CSV and in FollowTheMoney lines: the name's words stay apart and whole."""
    own = tmp_path / "own.csv"
    own.write_text('name,aliases,birth_date,nationality,document_number,note\n'
                   '"Ivan\nPetrov",Ivan\u2028Petroff,1970,RUS,,"two\nlines"\n'
                   'Olga\u0085Orlova,,1971,RUS,,\n', encoding="utf-8")
    entries = _read(own).entries
    assert [e.names for e in entries] == [("Ivan Petrov", "Ivan Petroff"), ("Olga Orlova",)]
    ftm = tmp_path / "entities.ftm.json"
    ftm.write_text('{"id": "x1", "schema": "Person", "properties": {"name": ["Anna\u2028Lind"],'
                   ' "birthDate": ["1970"]}}\n'.replace("\\u2028", "\u2028"), encoding="utf-8")
    assert "\u2028" in ftm.read_text(encoding="utf-8")  # the separator raw, not escaped
    assert _read(ftm).entries[0].names == ("Anna Lind",)


def test_eu_birth_years_and_ranges(tmp_path: Path) -> None:
    """The EU file's other birth dates: a year only, circa; a range of years. (Its weak aliases
    are tested in test_weak_aliases.py.)"""
    path = tmp_path / "eu.xml"
    path.write_text(EU_XML.replace(
        '<birthdate circa="false" birthdate="1964-07-17" dayOfMonth="17" monthOfYear="7" year="1964"/>',
        '<birthdate circa="true" year="1961"/><birthdate yearRangeFrom="1958" yearRangeTo="1960"/>'),
        encoding="utf-8")
    ri = _read(path).entries[0]
    assert [(b.year_from, b.year_to, b.date, b.approximate) for b in ri.birth_dates] == [
        (1961, 1961, None, True), (1958, 1960, None, False)]


def test_eu_root_without_entities_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "eu.xml"
    path.write_text('<export xmlns="http://eu.europa.ec/fpi/fsd/export" generationDate="x"/>')
    with pytest.raises(InputError, match="no sanctionEntity"):
        _read(path)


def test_own_csv(tmp_path: Path) -> None:
    path = tmp_path / "suppliers.csv"
    path.write_text(OWN_CSV, encoding="utf-8")
    parsed = _read(path)
    assert parsed.list_id == "own-suppliers"
    assert len(parsed.entries) == 2
    assert parsed.entries[0].names == ("Hong Gil-dong", "Hong Kil Tong", "홍길동")
    assert parsed.entries[0].documents == ("M12345678",)


@pytest.mark.parametrize(("name", "text"), [
    # continental Excel saves "CSV" with semicolons, and quotes a field holding one
    ("suppliers.csv", 'name;aliases;birth_date;nationality;document_number;note\r\n'
                      'Hong Gil-dong;"Hong Kil Tong;홍길동";02.01.1970;KOR;M12345678;x\r\n'),
    # a tab-separated export, its headers as a person types them
    ("suppliers.tsv", "Full Name\tAKA\tDate of Birth\tCitizenship\tPassport No.\tNotes\n"
                      "Hong Gil-dong\tHong Kil Tong;홍길동\t02/01/1970\tSouth Korea\tM12345678\tx\n"),
])
def test_own_list_as_spreadsheets_save_it(tmp_path: Path, name: str, text: str) -> None:
    """Semicolons, tabs and spreadsheet headers (Date of Birth, Passport No.): every column is
    read, none silently left out (a birth date left out would take the gate off its hits)."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    assert detect(path) == "csv"
    (hong,) = _read(path).entries
    assert hong.names == ("Hong Gil-dong", "Hong Kil Tong", "홍길동")
    assert hong.birth_dates[0].date == "1970-01-02"
    assert hong.nationalities == ("KOR",)
    assert hong.documents == ("M12345678",)
    assert hong.note == "x"


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><FIRST_NAME>&lol3;</FIRST_NAME>
<REFERENCE_NUMBER>X</REFERENCE_NUMBER></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>"""
XXE = """<?xml version="1.0"?>
<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><FIRST_NAME>&xxe;</FIRST_NAME>
<REFERENCE_NUMBER>X</REFERENCE_NUMBER></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>"""


@pytest.mark.parametrize("text", [BILLION_LAUGHS, XXE])
def test_hostile_xml_is_refused(tmp_path: Path, text: str) -> None:
    path = tmp_path / "evil.xml"
    path.write_text(text)
    with pytest.raises(InputError, match="refused"):
        reader("un")(path)


def test_truncated_xml_and_gzip(tmp_path: Path) -> None:
    data = UN_DPRK.read_bytes()
    cut = tmp_path / "cut.xml"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(InputError, match="truncated"):
        reader("un")(cut)
    gz = tmp_path / "cut.xml.gz"
    gz.write_bytes(gzip.compress(data)[:5000])
    with pytest.raises(InputError, match="truncated|corrupt"):
        reader("un")(gz)


def test_csv_of_the_wrong_shape(tmp_path: Path) -> None:
    path = tmp_path / "sdn.csv"
    path.write_text('1,"A","individual"\n')
    with pytest.raises(InputError, match="expected 12 columns"):
        reader("ofac-csv")(path)
    own = tmp_path / "own.csv"
    own.write_text("fullname,dob\nX,1970\n")
    with pytest.raises(InputError, match="missing column name"):
        reader("csv")(own)
    trunc = tmp_path / "sdn2.csv"
    trunc.write_bytes(OFAC_DPRK.read_bytes()[:1000])
    with pytest.raises(InputError):
        reader("ofac-csv")(trunc)


def test_size_cap_refuses_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(base, "SCREENING", dataclasses.replace(base.SCREENING, max_list_bytes=1000))
    with pytest.raises(InputError, match="limit"):
        reader("un")(UN_DPRK)
    gz = tmp_path / "bomb.xml.gz"
    gz.write_bytes(gzip.compress(b"<CONSOLIDATED_LIST>" + b" " * 10_000 + b"</CONSOLIDATED_LIST>"))
    with pytest.raises(InputError, match="larger than"):
        reader("un")(gz)


def test_unknown_file_asks_for_format(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_text("hello\n")
    with pytest.raises(InputError, match="--format"):
        detect(path)


@pytest.mark.parametrize("encoding", ["UTF-1", "utf-32", "euc-jp", "shift_jis"])
def test_unknown_or_multibyte_xml_encoding_is_an_input_error(tmp_path: Path,
                                                              encoding: str) -> None:
    path = tmp_path / "enc.xml"
    path.write_bytes(f'<?xml version="1.0" encoding="{encoding}"?>'
                     "<CONSOLIDATED_LIST></CONSOLIDATED_LIST>".encode())
    with pytest.raises(InputError, match="encoding"):
        reader("un")(path)


def test_gzip_bomb_is_refused_while_inflating(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    # 8 MiB of one text node compresses to ~8 KB: with a 1 MiB floor and 40x ratio the
    # stream is refused after 1 MiB inflated, though the file is far under max_list_bytes
    monkeypatch.setattr(base, "SCREENING", dataclasses.replace(
        base.SCREENING, max_inflated_floor=1 << 20, max_gzip_ratio=40))
    gz = tmp_path / "bomb.xml.gz"
    gz.write_bytes(gzip.compress(b"<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><FIRST_NAME>"
                                 + b"A" * (8 << 20) + b"</FIRST_NAME></INDIVIDUAL></INDIVIDUALS>"
                                 b"</CONSOLIDATED_LIST>"))
    assert gz.stat().st_size * 40 < 1 << 20
    counted: list[int] = []
    real = base._Counting.readinto

    def spy(self: base._Counting, b: bytearray) -> int:
        try:
            return real(self, b)
        finally:
            counted.append(self.count)

    monkeypatch.setattr(base._Counting, "readinto", spy)
    with pytest.raises(InputError, match="inflated, refused"):
        reader("un")(gz)
    assert max(counted) <= (1 << 20) + 1
    # a real gzipped list (10x) is well within its inflated limit
    assert base.inflated_limit(UN_FULL.stat().st_size) >= 10 * UN_FULL.stat().st_size


@pytest.mark.parametrize("name", ["un_consolidated_full_2026-02-27.xml.gz",
                                  "ofac_sdn_dprk_2021-07.csv"])
def test_reading_a_list_leaves_no_file_open(name: str) -> None:
    import gc
    import warnings

    from docverify.watchlist.importers.base import read_text

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert read_text(LISTS / name)
        gc.collect()
    assert not [w for w in caught if issubclass(w.category, ResourceWarning)]
