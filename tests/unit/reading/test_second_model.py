"""The second model's look at doubtful lines: real recogniser, real reader."""

from dataclasses import replace

import docverify.reading.name_spelling as name_spelling_module
import docverify.reading.viz_names as viz_names_module
from docverify.reading.engines import ModelEngine, TesseractEngine
from docverify.reading.reader import read_image
from docverify.reading.recognizer import default_model_path
from docverify.synth import generate
from tests.unit.reading.test_viz_names import Hesitant


class HesitantWithSecond(Hesitant):
    """Hesitates over one letter as Hesitant does; its second model reads the crops plainly."""

    def second_opinions(self, lines):
        return [self.real.recognize_batch(lines)]


def test_a_second_model_settles_a_letter_the_first_hesitates_over(monkeypatch):
    doc = generate("TD3", 3)  # VOLKOV ALEKSANDR
    # Neither the name prior nor the visual zone may settle it: only the second model.
    monkeypatch.setattr(name_spelling_module, "READING",
                        replace(name_spelling_module.READING, name_prior_known_bonus=0.0))
    monkeypatch.setattr(viz_names_module, "READING",
                        replace(viz_names_module.READING, viz_names=False))
    alone = read_image(doc.image, engine=Hesitant("ALEKSANDR", 7, "O"))
    assert "ALEKSANOR" in alone.lines[0]
    both = read_image(doc.image, engine=HesitantWithSecond("ALEKSANDR", 7, "O"))
    assert list(both.lines) == list(doc.mrz)


def test_second_opinions_read_each_crop_once_per_second_model():
    crops = [generate("TD3", 3).image[:40, :400]] * 2
    with_second = ModelEngine(second=default_model_path())
    opinions = with_second.second_opinions(crops)
    assert len(opinions) == 1
    assert len(opinions[0]) == 2
    assert ModelEngine(second=False).second_opinions(crops) == []
    assert TesseractEngine().second_opinions(crops) == []
