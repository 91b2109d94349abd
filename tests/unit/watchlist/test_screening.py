"""Screening the real DPRK entries of the UN and OFAC lists: Korean spellings, dates, documents."""

from __future__ import annotations

import pytest

from docverify.errors import InputError
from docverify.watchlist.screening import Hit, ScreeningQuery, screen
from docverify.watchlist.store import Store


def _hit(store: Store, name: str, entry_id: str, **kw: str) -> Hit:
    hits = screen(store, ScreeningQuery(name, **kw))
    found = [h for h in hits if h.entry_id == entry_id]
    assert found, f"{name}: {entry_id} not among {[(h.entry_id, h.name) for h in hits]}"
    return found[0]


@pytest.mark.parametrize("name", ["리원호", "RI WON HO", "LEE WONHO", "YI WON-HO", "Ли Вон Хо",
                                  "Wonho Lee", "HO WON RI"])
def test_ri_won_ho_is_found_in_every_spelling(dprk: Store, name: str) -> None:
    hit = _hit(dprk, name, "KPi.033", birth_date="1964-07-17")
    assert hit.band == "alert"
    assert hit.list == "un"
    assert hit.name == "RI WON HO"
    assert any("exactly" in r for r in hit.reasons)
    assert hit.reasons[0].startswith("name 'RI WON HO'")


def test_reasons_say_which_parts_matched_and_how(dprk: Store) -> None:
    hit = _hit(dprk, "LEE WONHO", "KPi.033")
    assert "'lee' ~ 'ri' (same Korean reading" in hit.reasons[0]
    assert "'wonho' ~ 'wonho' (joined/split given names" in hit.reasons[0]


@pytest.mark.parametrize(("name", "listed"), [("Park Chul Nam", "PAK"), ("Choi Chun Yong", "CHOE"),
                                              ("Bak Young Sik", "PAK")])
def test_popular_surname_spellings_meet_the_listed_ones(dprk: Store, name: str, listed: str) -> None:
    hits = screen(dprk, ScreeningQuery(name))
    assert hits
    assert hits[0].name.upper().startswith(listed), hits[:2]
    assert "same Korean reading" in hits[0].reasons[0]


def test_a_conflicting_birth_date_demotes_to_namesake_and_never_hides(dprk: Store) -> None:
    hit = _hit(dprk, "RI WON HO", "KPi.033", birth_date="1990-01-01")
    assert hit.band == "namesake"
    assert any("conflicts" in r and "possible namesake" in r for r in hit.reasons)


@pytest.mark.parametrize(("birth", "word"), [("1964", "birth year 1964 matches"),
                                             ("1964-07-17", "exactly")])
def test_birth_year_and_exact_date(dprk: Store, birth: str, word: str) -> None:
    hit = _hit(dprk, "Ri Won Ho", "KPi.033", birth_date=birth)
    assert hit.band == "alert"
    assert any(word in r for r in hit.reasons)


def test_approximate_birth_year_allows_slack(dprk: Store) -> None:
    # OFAC 12211 KIM, Yong Chol: DOB circa 1947; alt. DOB circa 1946
    hit = _hit(dprk, "Kim Young-chul", "12211", birth_date="1948")
    assert hit.band != "namesake"
    assert any("within the listed about 1947" in r for r in hit.reasons)
    far = _hit(dprk, "Kim Young-chul", "12211", birth_date="1980")
    assert far.band == "namesake"


def test_range_of_birth_years(dprk: Store) -> None:
    from docverify.watchlist.entry import BirthDate
    from docverify.watchlist.gates import compare_birth

    listed = (BirthDate(1967, 1969),)
    assert compare_birth("1968", listed)[0] == "consistent"
    assert compare_birth("1968-05-01", listed)[0] == "consistent"
    assert compare_birth("1970", listed)[0] == "conflict"


def test_document_number_alerts_whatever_the_name(dprk: Store) -> None:
    hits = screen(dprk, ScreeningQuery("Somebody Else", document_number="PS 381310014 "))
    assert hits[0].band == "alert"
    assert hits[0].entry_id in ("KPi.033", "19609")
    assert "document number" in hits[0].reasons[0]
    # UN KPi.009 lists `PS381420397`; the number without its prefix matches too
    assert screen(dprk, ScreeningQuery("", document_number="381420397"))[0].entry_id == "KPi.009"


def test_nationality_counts(dprk: Store) -> None:
    same = _hit(dprk, "Ryu Jin", "17616", nationality="PRK")
    other = _hit(dprk, "Ryu Jin", "17616", nationality="KOR")
    assert same.score > other.score
    assert any("nationality PRK matches" in r for r in same.reasons)
    assert any("differs" in r for r in other.reasons)


def test_companies_are_screened(dprk: Store) -> None:
    hit = _hit(dprk, "Korea Mining Development Trading Corp.", "KPe.001")
    assert hit.band == "alert"
    assert _hit(dprk, "KOMID", "KPe.001").band == "alert"


def test_a_common_surname_alone_earns_little(dprk: Store) -> None:
    hits = screen(dprk, ScreeningQuery("Kim"))
    assert all(h.band != "alert" for h in hits)
    assert not [h for h in screen(dprk, ScreeningQuery("Kim Min-seo", birth_date="1999"))
                if h.band == "alert"]


def test_missing_middle_part_costs_little(dprk: Store) -> None:
    hit = _hit(dprk, "Kim Yong", "12211")
    assert hit.band in ("review", "alert")


def test_hits_are_sorted_and_serialise(dprk: Store) -> None:
    hits = screen(dprk, ScreeningQuery("Kim Yong Chol"))
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    d = hits[0].to_json()
    assert set(d) == {"list", "list_version", "entry_id", "name", "score", "band", "reasons"}
    assert 0 <= d["score"] <= 1


@pytest.mark.parametrize("bad", [ScreeningQuery("x", birth_date="17/07/1964"),
                                 ScreeningQuery("x", nationality="Narnia"), ScreeningQuery(" ")])
def test_bad_queries_are_input_errors(dprk: Store, bad: ScreeningQuery) -> None:
    with pytest.raises(InputError):
        screen(dprk, bad)


@pytest.mark.parametrize(("name", "entry_id"), [("Ким Чен Ын", "20157"),
                                                ("Чжан Бом Су", "KPi.016")])
def test_korean_names_in_cyrillic(dprk: Store, name: str, entry_id: str) -> None:
    births = {"20157": "1984-01-08", "KPi.016": "1957-04-15"}
    hit = _hit(dprk, name, entry_id, birth_date=births[entry_id])
    assert hit.band == "alert"
    assert "read as" not in hit.reasons[0]  # the reading chosen is shown, not the alternatives
    assert "|" not in hit.reasons[0]


def test_a_close_korean_key_of_a_non_korean_part_does_not_alert(dprk: Store) -> None:
    # Zhou does not read as Korean: its key is not compared with Chol's (CO ~ COL was 0.80)
    hits = screen(dprk, ScreeningQuery("Zhou Yong", birth_date="1948-02-16"))
    assert not [h for h in hits if h.band == "alert"], hits[:2]


def test_two_short_parts_alert_only_with_a_birth_date_that_agrees(dprk: Store) -> None:
    bare = _hit(dprk, "Ryu Jin", "17616")
    assert bare.band == "review"
    assert any("no birth date agrees" in r for r in bare.reasons)
    assert _hit(dprk, "Ryu Jin", "17616", birth_date="1965").band == "alert"
    # a company has no birth date: its whole short name still alerts
    assert _hit(dprk, "KOMID", "KPe.001").band == "alert"


def test_arabic_particles_and_titles_do_not_stand_in_the_way(dprk: Store) -> None:
    # UN KPi.033 is RI WON HO: particles and a title around it change nothing
    hit = _hit(dprk, "Dr. Ri Won Ho", "KPi.033", birth_date="1964-07-17")
    assert hit.band == "alert"
    assert "dr" not in hit.reasons[0].split("'")


def test_a_company_name_missing_words_costs_in_full_but_not_its_legal_form(dprk: Store) -> None:
    whole = _hit(dprk, "Korea Mining Development Trading", "KPe.001")
    assert whole.band == "alert"  # only "Corporation" missing
    part = _hit(dprk, "Korea Mining Development", "KPe.001")
    assert part.band == "review"  # "Trading" missing counts in full for a company
    assert any("a company's words count in full" in r for r in part.reasons)


def test_a_loose_short_match_on_a_company_is_a_review(dprk: Store) -> None:
    # OFAC 23159 JANG GYONG has no birth date; Zhang ~ Jang by sound, Yong ~ Gyong by spelling
    hits = [h for h in screen(dprk, ScreeningQuery("Zhang Yong", birth_date="1999-04-12"))
            if h.entry_id == "23159"]
    assert all(h.band != "alert" for h in hits)


def test_an_extra_query_part_costs_half_once_two_parts_match() -> None:
    from docverify.watchlist.match import score_name

    def one(_: object) -> float:
        return 1.0

    extra = score_name(("gupta", "atul", "kumar"), ("gupta", "atul"), one, one)
    assert extra.score == pytest.approx(2 / 2.5)  # kumar weighs half
    lone = score_name(("gupta", "kumar"), ("gupta", "atul"), one, one)
    assert lone.score < 0.5  # one match: the unmatched query part weighs in full


def test_latin_spellings_with_the_same_consonants() -> None:
    from docverify.watchlist.match import part_similarity

    assert part_similarity("sultan", "soltane") == (0.8, "same consonants")
    assert part_similarity("omar", "umar")[1] != "same consonants"  # too few consonants
