"""Correction of raw line readings: classes, lengths, check-digit-guided choices, never a check digit."""

from docverify.mrz.parser import parse
from docverify.reading.correct import correct
from docverify.reading.recognizer import LineResult

TD3 = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"]


def reading(text, doubtful=None):
    """A LineResult for ``text``; ``doubtful`` maps position -> (confidence, [(alt, p), ...])."""
    doubtful = doubtful or {}
    confs, alts = [], []
    for i, ch in enumerate(text):
        conf, extra = doubtful.get(i, (0.99, []))
        confs.append(conf)
        alts.append(((ch, conf), *extra))
    return LineResult(text, tuple(confs), tuple(alts))


def test_clean_reading_unchanged():
    out = correct([reading(t) for t in TD3])
    assert out.lines == tuple(TD3)
    assert out.changes == ()


def test_letter_in_date_becomes_digit():
    line2 = TD3[1][:13] + "74O8l2" + TD3[1][19:]  # O for 0 in the birth date
    out = correct([reading(TD3[0]), reading(line2.replace("l", "1"))])
    assert out.lines[1] == TD3[1]
    assert any(dict(c.evidence)["read"] == "O" for c in out.changes)


def test_digit_in_name_becomes_letter():
    line1 = TD3[0].replace("ERIKSSON", "ER1KSS0N")
    out = correct([reading(line1), reading(TD3[1])])
    assert out.lines[0] == TD3[0]


def test_check_digit_chooses_among_alternatives():
    # Position 3 of the number read as '9' (doubtful, alternative '8'): the check digit picks '8'.
    line2 = TD3[1][:3] + "9" + TD3[1][4:]
    r = reading(line2, {3: (0.55, [("8", 0.40)])})
    out = correct([reading(TD3[0]), r])
    assert out.lines[1] == TD3[1]
    assert parse(out.lines).valid


def test_confident_wrong_character_is_not_rewritten():
    # A confidently read edit (a forgery) must stay: the mismatch is the evidence.
    line2 = TD3[1][:3] + "9" + TD3[1][4:]
    out = correct([reading(TD3[0]), reading(line2, {3: (0.99, [("8", 0.01)])})])
    assert out.lines[1] == line2
    assert not parse(out.lines).valid


def test_check_digit_itself_never_changed():
    line2 = TD3[1][:9] + "5" + TD3[1][10:]  # wrong number check digit, read doubtfully
    out = correct([reading(TD3[0]), reading(line2, {9: (0.30, [("6", 0.69)])})])
    assert out.lines[1][9] == "5"


def test_length_fixed_in_filler_runs():
    long = TD3[0] + "<"
    short = TD3[1][:37] + TD3[1][38:]  # one '<' lost from the optional-data fillers
    out = correct([reading(long), reading(short)])
    assert [len(x) for x in out.lines] == [44, 44]
    assert out.lines == tuple(TD3)


def test_check_digit_weighs_each_change_against_what_it_replaces():
    # The number read L8989O2F3 with C (0.47 F, 0.022 C) misread: changing the confident '8'
    # (0.88) to its faint alternative '5' (0.038) also satisfies the check digit. The likelier
    # reading loses least: 0.022 / 0.47 beats 0.038 / 0.88, though 0.038 > 0.022 alone.
    line2 = TD3[1][:7] + "F" + TD3[1][8:]
    r = reading(line2, {1: (0.88, [("5", 0.038)]), 7: (0.47, [("C", 0.022)])})
    out = correct([reading(TD3[0]), r])
    assert out.lines[1] == TD3[1]


def test_unknown_issuing_state_takes_the_nationality_the_read_allows():
    # UTO read VTO (V 0.99, U a faint 0.004): no likely single substitution makes VTO a code,
    # but the nationality reads UTO and the recogniser saw a U there.
    line1 = "P<VTO" + TD3[0][5:]
    out = correct([reading(line1, {2: (0.99, [("U", 0.004)])}), reading(TD3[1])])
    assert out.lines == tuple(TD3)
    assert out.confidences[0][2] < 0.8  # the changed letter stays doubtful
    assert any(dict(c.evidence)["by"] == "known state code" for c in out.changes)


def test_unknown_issuing_state_without_the_letter_seen_is_kept():
    line1 = "P<VTO" + TD3[0][5:]
    out = correct([reading(line1, {2: (0.99, [("Y", 0.004)])}), reading(TD3[1])])
    assert out.lines[0] == line1


MRVA = ["V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L8988901C4XXX4009078F96121096ZE184226B<<<<<<"]


def test_visa_code_read_as_a_letter_no_document_begins_with():
    # A visa's V read as L (a letter no 2x44 document code begins with), V its second choice:
    # the visa layout, whose check digits pass, wins over the passport one, whose do not.
    line1 = "L" + MRVA[0][1:]
    out = correct([reading(line1, {0: (0.60, [("V", 0.30), ("P", 0.05)])}), reading(MRVA[1])])
    assert out.lines == tuple(MRVA)
    assert str(out.layout.fmt) == "MRVA"
    assert out.confidences[0][0] < 0.8
    assert [dict(c.evidence)["by"] for c in out.changes] == ["document code"]
    assert parse(out.lines).valid


def test_code_letter_without_an_allowed_alternative_is_kept():
    line1 = "L" + MRVA[0][1:]
    out = correct([reading(line1, {0: (0.60, [("I", 0.30)])}), reading(MRVA[1])])
    assert out.lines[0][0] == "L"
    assert not any(dict(c.evidence)["by"] == "document code" for c in out.changes)


def test_allowed_code_letter_is_not_second_guessed():
    out = correct([reading(TD3[0], {0: (0.60, [("V", 0.39)])}), reading(TD3[1])])
    assert out.lines == tuple(TD3)
    assert out.changes == ()


POL = ["P<POLKOWALSKA<<ANNA<<<<<<<<<<<<<<<<<<<<<<<<<", "ZS00001774POL7203305F1607130<<<<<<<<<<<<<<08"]


def test_a_name_without_its_separator_takes_it_from_a_letter_seen_as_a_filler():
    # A<< read as AK< under blur (a camera-degraded Polish specimen): K at 0.49, < at 0.47.
    line1 = POL[0][:13] + "K" + POL[0][14:]
    out = correct([reading(line1, {13: (0.49, [("<", 0.47)])}), reading(POL[1])])
    assert out.lines == tuple(POL)
    assert out.confidences[0][13] < 0.8
    assert [dict(c.evidence)["by"] for c in out.changes] == ["name separator"]


def test_a_name_with_its_separator_or_a_confident_letter_keeps_its_letters():
    # The separator is there: a K beside a filler is a K (NOWAK<<JAN K<ANNA is not touched).
    line1 = "P<POLNOWAK<<JAN<K<ANNA" + "<" * 22
    out = correct([reading(line1, {15: (0.49, [("<", 0.47)])}), reading(POL[1])])
    assert out.lines[0] == line1
    # No separator, but the filler far less likely than the letter.
    line1 = POL[0][:13] + "K" + POL[0][14:]
    out = correct([reading(line1, {13: (0.80, [("<", 0.15)])}), reading(POL[1])])
    assert out.lines[0] == line1


def test_a_document_code_read_with_a_chevron_like_letter_takes_the_filler_seen_there():
    # P< read PK under blur (K at 0.59, < at 0.37): the filler most passports print there.
    line1 = "PK" + TD3[0][2:]
    out = correct([reading(line1, {1: (0.59, [("<", 0.37)])}), reading(TD3[1])])
    assert out.lines == tuple(TD3)
    assert [dict(c.evidence)["by"] for c in out.changes] == ["document code"]
    # A letter that is no chevron look-alike (PO) or a filler far less likely stays.
    for line1, doubt in (("PO" + TD3[0][2:], (0.59, [("<", 0.37)])),
                         ("PK" + TD3[0][2:], (0.90, [("<", 0.09)]))):
        assert correct([reading(line1, {1: doubt}), reading(TD3[1])]).lines[0] == line1


ISL = ["P<ISLAEVARSDOTTIR<<THURIDUR<OESP<<<<<<<<<<<<", "A0000000<0ISL6612315F0905264311266<9539<<<32"]


def test_unknown_nationality_prefers_the_issuing_state_to_a_likelier_letter():
    # ISL read INL on an Icelandic passport: R (0.098, Ireland) is likelier than S (0.034),
    # but holders mostly carry their own state's passport, so ISL wins.
    col = 11
    line2 = ISL[1][:col] + "N" + ISL[1][col + 1:]
    r = reading(line2, {col: (0.324, [("B", 0.276), ("R", 0.098), ("8", 0.074), ("S", 0.034)])})
    out = correct([reading(ISL[0]), r])
    assert out.lines == tuple(ISL)
    assert out.confidences[1][col] < 0.8


def test_unknown_nationality_takes_another_code_far_likelier_than_the_partner():
    # R seen at 0.6 and S only at 0.01: the read outweighs the partner's prior (10x).
    col = 11
    line2 = ISL[1][:col] + "N" + ISL[1][col + 1:]
    r = reading(line2, {col: (0.35, [("R", 0.6), ("S", 0.01)])})
    out = correct([reading(ISL[0]), r])
    assert out.lines[1][10:13] == "IRL"


def test_a_faint_alternative_does_not_repair_a_field_by_chance():
    # '9' read at 0.85, '8' seen at 0.01: the swap would pass the check digit, but one swap in
    # ten passes it by chance. A failing field is seen by the officer; a wrong repair is not.
    line2 = TD3[1][:3] + "9" + TD3[1][4:]
    out = correct([reading(TD3[0]), reading(line2, {3: (0.85, [("8", 0.01)])})])
    assert out.lines[1] == line2
    assert not parse(out.lines).valid


def test_two_changes_need_more_evidence_than_one():
    # Number L898902C3 read L8S89O2C3 at two doubtful places: 'S' (0.5, '9' 0.2) and 'O'
    # (0.6, '0' 0.15): each swap is plausible, but together (0.4 x 0.25 = 0.1) they only just
    # reach the bar two changes must clear; fainter ('0' at 0.1) they do not.
    line2 = TD3[1][:2] + "S" + TD3[1][3:5] + "O" + TD3[1][6:]
    plausible = {2: (0.5, [("9", 0.21)]), 5: (0.6, [("0", 0.15)])}
    out = correct([reading(TD3[0]), reading(line2, plausible)])
    assert out.lines[1] == TD3[1]
    faint = {2: (0.5, [("9", 0.21)]), 5: (0.6, [("0", 0.1)])}
    out = correct([reading(TD3[0]), reading(line2, faint)])
    assert out.lines[1][:9] != TD3[1][:9]
