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
