"""The visual zone's second opinion on doubtful name letters: real recogniser, real tesseract."""

from dataclasses import replace

import docverify.reading.name_spelling as name_spelling_module
import docverify.reading.viz_names as viz_names_module
from docverify.mrz.layout import Span
from docverify.reading.engines import ModelEngine
from docverify.reading.reader import read_image
from docverify.reading.recognizer import LineResult
from docverify.reading.viz_names import doubtful_words, settle, tesseract_ready, word_letters
from docverify.synth import generate


class Hesitant:
    """The real recogniser, made to hesitate over one letter of a line: it reads ``wrong``
    for ``right`` at 0.6 and sees ``right`` as possible at 0.35 (as under blur)."""

    name = "hesitant"

    def __init__(self, needle: str, at: int, wrong: str) -> None:
        self.real, self.needle, self.at, self.wrong = ModelEngine(), needle, at, wrong

    def recognize_batch(self, lines):
        out = []
        for r in self.real.recognize_batch(lines):
            i = r.text.find(self.needle)
            if i >= 0:
                k = i + self.at
                right = r.text[k]
                text = r.text[:k] + self.wrong + r.text[k + 1:]
                confs = list(r.confidences)
                alts = list(r.alternatives)
                confs[k] = 0.6
                alts[k] = ((self.wrong, 0.6), (right, 0.35))
                r = LineResult(text, tuple(confs), tuple(alts))
            out.append(r)
        return out


def test_the_printed_name_settles_a_doubtful_letter(monkeypatch):
    assert tesseract_ready()  # make test installs it; without it there is no second opinion
    doc = generate("TD3", 3)  # VOLKOV ALEKSANDR, printed as Volkov / ALEKSANDR above the MRZ
    engine = Hesitant("ALEKSANDR", 7, "O")  # ALEKSANOR: as name-like as the truth
    # ALEKSANDR is a known name word, which alone would settle it before the visual zone
    # is asked; this is the case of a name the lists lack.
    monkeypatch.setattr(name_spelling_module, "READING",
                        replace(name_spelling_module.READING, name_prior_known_bonus=0.0))
    reading = read_image(doc.image, engine=engine)
    assert list(reading.lines) == list(doc.mrz)
    column = reading.lines[0].index("ALEKSANDR") + 7
    assert reading.confidences[0][column] < 0.8  # settled, still marked doubtful
    assert any(dict(f.evidence)["by"] == "visual zone" for f in reading.corrections)

    monkeypatch.setattr(viz_names_module, "READING", replace(viz_names_module.READING, viz_names=False))
    alone = read_image(doc.image, engine=engine)
    assert "ALEKSANOR" in alone.lines[0]


def test_settle_changes_only_doubtful_letters_the_recogniser_saw():
    row, word = "P<UTOKINGOOM<<", list(range(5, 12))
    conf = [0.99] * len(row)
    alts = [((c, 0.99),) for c in row]
    conf[9] = 0.5
    alts[9] = (("O", 0.5), ("0", 0.3), ("D", 0.1))
    assert settle(row, conf, alts, word, {"KINGDOM", "UNITED"}) == {9: "D"}
    # A printed word that differs at a confident letter is another word.
    assert settle(row, conf, alts, word, {"KINODOM"}) == {}
    # A letter the recogniser never saw there is not taken from the print.
    assert settle(row, conf, alts, word, {"KINGUOM"}) == {}
    # The print also shows the word as read (a title above, the name field blurred): no change.
    assert settle(row, conf, alts, word, {"KINGDOM", "KINGOOM"}) == {}
    # Two printed words that would settle it differently: no opinion.
    alts[9] = (("O", 0.5), ("D", 0.2), ("Q", 0.1))
    assert settle(row, conf, alts, word, {"KINGDOM", "KINGQOM"}) == {}


def test_no_second_opinion_once_the_time_budget_is_spent(monkeypatch):
    doc = generate("TD3", 3)
    monkeypatch.setattr(name_spelling_module, "READING",
                        replace(name_spelling_module.READING, name_prior_known_bonus=0.0))
    engine = Hesitant("ALEKSANDR", 7, "O")
    reading = read_image(doc.image, engine=engine, budget_s=0.0)
    assert "ALEKSANOR" in reading.lines[0]
    assert not any(dict(f.evidence)["by"] == "visual zone" for f in reading.corrections)


def test_a_faint_last_letter_read_as_a_filler_is_settled_by_a_longer_printed_word():
    # SOO<A< with the filler after A doubtful (H nearly as likely): the print's AH settles it.
    row = "I<IDNRYU<<SOO<A<<<<<<<<<<<<<<<<<<<<<"
    names = Span(0, 5, 36)
    conf = [0.99] * len(row)
    alts = [((c, 0.99),) for c in row]
    conf[15] = 0.45
    alts[15] = (("<", 0.45), ("H", 0.42), ("W", 0.02))
    assert doubtful_words(row, conf, names) == [[14]]
    assert settle(row, conf, alts, [14], {"SOO", "AH"}, lost=15) == {15: "H"}
    # Without the column after the word, no longer word is considered.
    assert settle(row, conf, alts, [14], {"SOO", "AH"}) == {}
    # A confident filler is a filler: the word is not doubtful, and a longer word is no match.
    conf[15] = 0.95
    assert doubtful_words(row, conf, names) == []
    assert settle(row, conf, alts, [14], {"AH"}, lost=15) == {}


def test_a_filler_before_another_word_is_never_a_lost_letter():
    # RYU<SOO: a letter in the filler would join two words into one.
    row = "P<KORRYU<SOO<<<<"
    names = Span(0, 5, 16)
    conf = [0.99] * len(row)
    conf[8] = 0.4
    assert doubtful_words(row, conf, names) == []


def test_printed_words_read_look_alike_digits_in_a_word_as_letters():
    assert word_letters("S00") == "SOO"  # tesseract's reading of a blurred SOO
    assert word_letters("Müller") == "MUELLER"
    assert word_letters("1991") == ""  # a date is no word
