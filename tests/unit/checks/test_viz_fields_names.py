"""Names compared across the printed zone and the MRZ after ICAO transliteration."""

import pytest

from docverify.checks.viz.fields import name_key


@pytest.mark.parametrize(
    ("printed", "mrz"),
    [("MÜLLER", "MUELLER"), ("MULLER", "MUELLER"), ("ØSTERGAARD", "OESTERGAARD"),
     ("Straße", "STRASSE"), ("PEÑA", "PENXXA"), ("PEÑA", "PENA"), ("ÅSA", "AASA")],
)
def test_transliterations_meet(printed, mrz):
    assert name_key(printed) == name_key(mrz)


@pytest.mark.parametrize(("printed", "mrz"), [("MILLER", "MUELLER"), ("PENA", "PINA")])
def test_other_names_still_differ(printed, mrz):
    assert name_key(printed) != name_key(mrz)


@pytest.mark.parametrize(
    ("printed", "nationality", "other"),
    [("UTOPIAN", "UTO", None), ("CESKA REPUBLIKA CZECH REPUBLIC", "CZE", None),
     ("BRITISH CITIZEN", "GBR", None), ("FRANCAISE", "FRA", None),
     ("CANADA", "USA", "CAN"), ("GERMANY", "FRA", "DEU"), ("KOR", "PRK", "KOR")],
)
def test_printed_nationality_disagrees_only_when_it_names_another_state(printed, nationality, other):
    from docverify.checks.viz.compare import _other_state

    assert _other_state(printed, nationality) == other
