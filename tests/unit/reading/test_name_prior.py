"""The name prior: real name spellings choose between letters the recogniser hesitated over."""

import pytest

from docverify.reading.correct import correct
from docverify.reading.name_prior import NamePrior, name_prior
from tests.unit.reading.test_correct import reading

FRA = ["P<FRAULYSSE<<CHRISTOPHE<<<<<<<<<<<<<<<<<<<<<", "08CD503380FRA6004103M1806058<<<<<<<<<<<<<<06"]
COL = FRA[0].index("CHRISTOPHE") + 3  # the I


def test_shipped_table_prefers_real_spellings():
    prior = name_prior()
    for real, misread in (("CHRISTOPHE", "CHRTSTOPHE"), ("ERIKSSON", "ERIKSSDN"),
                          ("MARIA", "MAPIA"), ("ANGELES", "ANGELED")):
        assert prior.log_prob(real) > prior.log_prob(misread), real


def test_unseen_letters_are_unlikely_not_impossible():
    prior = NamePrior({"<<A": 3, "<AB": 3, "AB<": 3})
    assert prior.log_prob("AB") > prior.log_prob("QX") > float("-inf")


def test_hesitant_letter_takes_the_name_spelling():
    # The French specimen's I read as T at 0.71, I at 0.27: the name decides.
    line1 = FRA[0][:COL] + "T" + FRA[0][COL + 1:]
    out = correct([reading(line1, {COL: (0.71, [("I", 0.27), ("1", 0.02)])}), reading(FRA[1])])
    assert out.lines[0] == FRA[0]
    change = next(c for c in out.changes if dict(c.evidence)["by"] == "name spelling")
    assert dict(change.evidence)["read"] == "T"
    assert out.confidences[0][COL] == pytest.approx(0.27)  # still shown as doubtful


def test_confident_letter_is_never_respelt():
    line1 = FRA[0][:COL] + "T" + FRA[0][COL + 1:]
    out = correct([reading(line1, {COL: (0.95, [("I", 0.04)])}), reading(FRA[1])])
    assert out.lines[0] == line1
    assert out.changes == ()


def test_reading_evidence_outweighs_a_mild_preference():
    # KINGDOM and KINGOOM score alike as names: a D read at 0.6 against O at 0.3 stays a D.
    gbr = "P<GBRUNITED<KINGDOM<TWENTY<SIX<<JODIE<PIPPA<"
    col = gbr.index("KINGDOM") + 4
    out = correct([reading(gbr, {col: (0.6, [("O", 0.3)])}),
                   reading("1071859342GBR8501178F1601312<<<<<<<<<<<<<<02")])
    assert out.lines[0] == gbr


def test_fillers_and_separators_are_left_alone():
    # A doubtful '<' between two names may be a letter, but the prior only chooses letters.
    col = FRA[0].index("<<CHRISTOPHE") + 1
    out = correct([reading(FRA[0], {col: (0.6, [("K", 0.35)])}), reading(FRA[1])])
    assert out.lines[0] == FRA[0]


def test_an_even_hesitation_needs_a_clear_preference():
    # At 50/50 the name decides only when one spelling is clearly more name-like.
    gbr = "P<GBRUNITED<KINGDOM<TWENTY<SIX<<JODIE<PIPPA<"
    col = gbr.index("KINGDOM") + 4
    out = correct([reading(gbr, {col: (0.45, [("O", 0.45)])}),
                   reading("1071859342GBR8501178F1601312<<<<<<<<<<<<<<02")])
    assert out.lines[0] == gbr
