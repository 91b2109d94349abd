"""The name prior: real name spellings choose between letters the recogniser hesitated over."""

import pytest

from docverify.reading.correct import correct
from docverify.reading.name_prior import NamePrior, name_prior
from tests.unit.reading.test_correct import reading

FRA = ["P<FRAULYSSE<<CHRISTOPHE<<<<<<<<<<<<<<<<<<<<<", "08CD503380FRA6004103M1806058<<<<<<<<<<<<<<06"]
COL = FRA[0].index("CHRISTOPHE") + 3  # the I
UTO = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"]


def misread(line: str, col: int, wrong: str, conf: float, alts: list[tuple[str, float]]):
    """A reading of ``line`` with ``wrong`` read at ``col`` (``conf``), ``alts`` seen there."""
    return reading(line[:col] + wrong + line[col + 1:], {col: (conf, alts)})


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
    # I barely seen (0.01): neither the letters' prior nor the known word CHRISTOPHE moves T.
    line1 = FRA[0][:COL] + "T" + FRA[0][COL + 1:]
    out = correct([reading(line1, {COL: (0.98, [("I", 0.01)])}), reading(FRA[1])])
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


def test_a_digit_read_in_a_name_takes_the_faint_letter_real_names_spell():
    # The camera-blurred Utopian specimen's A of ANNA read 4 (0.86), Q 0.049, A 0.022: the
    # column's class alone would take Q; real names spell ANNA, not QNNA.
    col = UTO[0].index("ANNA")
    out = correct([misread(UTO[0], col, "4", 0.86, [("Q", 0.049), ("A", 0.022)]),
                   reading(UTO[1])])
    assert out.lines[0] == UTO[0]
    assert out.confidences[0][col] < 0.8


def test_a_digit_read_in_a_name_keeps_the_class_letter_when_names_do_not_decide():
    # MARIA's I read 1, with I and L faint: the class takes I, its likeliest letter, and
    # MARLA is no likelier a name, so I stays.
    col = UTO[0].index("MARIA") + 3
    out = correct([misread(UTO[0], col, "1", 0.9, [("I", 0.08), ("L", 0.012)]),
                   reading(UTO[1])])
    assert out.lines[0] == UTO[0]


def test_a_known_name_word_outweighs_a_likelier_letter():
    # The blurred Dutch specimen's ALBERTINE read with D (0.77) for B (0.20): ALDERTINE spells
    # like a name but is none; ALBERTINE is one of the lists' words.
    nld = "P<NLDMEULENDIJK<<LOES<ALBERTINE<<<<<<<<<<<<<"
    col = nld.index("ALBERTINE") + 2
    assert name_prior().is_known("ALBERTINE")
    assert not name_prior().is_known("ALDERTINE")
    out = correct([misread(nld, col, "D", 0.77, [("B", 0.20)]),
                   reading("XA00000148NLD7110195F0604121123456782<<<<<02")])
    assert out.lines[0] == nld
    assert out.confidences[0][col] < 0.8


def test_a_lone_initial_is_not_respelt():
    # A one-letter given name (an initial) has no spelling for the prior to judge.
    fra = "P<FRAULYSSE<<Q<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<"
    col = fra.index("<<Q") + 2
    out = correct([reading(fra, {col: (0.6, [("A", 0.35)])}), reading(FRA[1])])
    assert out.lines[0] == fra


def test_an_unknown_word_takes_the_one_letter_that_makes_it_a_known_name():
    # JOHV read with V at 0.96 and N at 0.03: too sure for the prior's doubt, but JOHV is no
    # name and JOHN is one; the change stays marked doubtful.
    uto = "P<UTOERIKSSON<<JOHN<<<<<<<<<<<<<<<<<<<<<<<<<"
    col = uto.index("JOHN") + 3
    out = correct([misread(uto, col, "V", 0.96, [("N", 0.03)]), reading(UTO[1])])
    assert out.lines[0] == uto
    assert out.confidences[0][col] < 0.8
    assert dict(out.changes[-1].evidence)["by"] == "name spelling"


def test_an_unknown_word_is_kept_when_the_letter_was_barely_seen_or_two_names_fit():
    uto = "P<UTOERIKSSON<<JOHN<<<<<<<<<<<<<<<<<<<<<<<<<"
    col = uto.index("JOHN") + 3
    # N seen at 0.005 only: not evidence enough.
    out = correct([misread(uto, col, "V", 0.99, [("N", 0.005)]), reading(UTO[1])])
    assert out.lines[0][col] == "V"
    # SHIW could be SHIN or SHIH, seen alike: no choice is made (with only H seen, SHIH).
    shi = "P<UTOERIKSSON<<SHIH<<<<<<<<<<<<<<<<<<<<<<<<<"
    col = shi.index("SHIH") + 3
    assert name_prior().is_known("SHIN")
    assert name_prior().is_known("SHIH")
    out = correct([misread(shi, col, "W", 0.93, [("N", 0.03), ("H", 0.03)]), reading(UTO[1])])
    assert out.lines[0][col] == "W"
    out = correct([misread(shi, col, "W", 0.93, [("H", 0.03)]), reading(UTO[1])])
    assert out.lines[0] == shi


def test_an_unknown_word_spelt_as_names_are_is_kept():
    # ZIHAN (a Chinese given name no list has) with M seen at 0.05: ZIMAN is a listed surname,
    # but ZIHAN spells like a name, so it is taken as read.
    line = "V<IDNWANG<<ZIHAN<<<<<<<<<<<<<<<<<<<<<<<<<<<<"
    col = line.index("ZIHAN") + 2
    assert not name_prior().is_known("ZIHAN")
    assert name_prior().is_known("ZIMAN")
    out = correct([misread(line, col, "H", 0.93, [("M", 0.05)]),
                   reading("NV23945782IDN8404187F2706100<<<<<<<<<<<<<<<<")])
    assert out.lines[0] == line


def test_remembered_log_probabilities_are_the_computed_ones_and_bounded(monkeypatch):
    import docverify.reading.name_prior as module

    monkeypatch.setattr(module, "_LOG_PROB_CACHE", 3)
    prior = NamePrior(name_prior()._tri)
    fresh = {w: NamePrior(name_prior()._tri).log_prob(w) for w in ("ANNA", "MARIA", "ZQX", "JOHN")}
    for _ in range(2):  # the second round is answered from memory
        for word, value in fresh.items():
            assert prior.log_prob(word) == value
    assert len(prior._log_probs) <= 3
