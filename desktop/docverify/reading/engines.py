"""Line recognition engines behind one interface: the project's model, or stock tesseract."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Protocol

import numpy as np

from docverify.reading.recognizer import LineResult

MRZ_WHITELIST = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ<"
ENGINES = ("docverify", "tesseract")


class LineEngine(Protocol):
    """Reads grayscale crops of single MRZ lines."""

    name: str

    def recognize_batch(self, lines: Sequence[np.ndarray]) -> list[LineResult]: ...


class ModelEngine:
    """The project's own OCR-B recogniser (see training/); ``model`` names another model file
    (training's evaluations)."""

    name = "docverify"

    def __init__(self, model: Path | None = None) -> None:
        from docverify.reading.recognizer import LineRecognizer, default_recognizer

        self._rec = default_recognizer() if model is None else LineRecognizer(model)

    def recognize_batch(self, lines: Sequence[np.ndarray]) -> list[LineResult]:
        return self._rec.recognize_batch(lines)


class TesseractEngine:
    """Stock tesseract with the MRZ alphabet whitelisted; one confidence per word."""

    name = "tesseract"

    def __init__(self, lang: str = "eng") -> None:
        self.lang = lang

    def recognize_batch(self, lines: Sequence[np.ndarray]) -> list[LineResult]:
        return [self._one(line) for line in lines]

    def _one(self, line: np.ndarray) -> LineResult:
        import pytesseract

        config = f"--psm 7 -c tessedit_char_whitelist={MRZ_WHITELIST}"
        data = pytesseract.image_to_data(
            line, lang=self.lang, config=config, output_type=pytesseract.Output.DICT
        )
        text, confs = "", []
        for word, conf in zip(data["text"], data["conf"], strict=True):
            word = "".join(c for c in word.upper() if c in MRZ_WHITELIST)
            if not word:
                continue
            p = max(0.0, min(1.0, float(conf) / 100.0))
            text += word
            confs.extend([p] * len(word))
        return LineResult(
            text, tuple(confs), tuple(((c, p),) for c, p in zip(text, confs, strict=True))
        )


@cache
def get_engine(name: str = "docverify") -> LineEngine:
    """The engine called ``name`` (one of ENGINES), created once per process."""
    if name == "docverify":
        return ModelEngine()
    if name == "tesseract":
        return TesseractEngine()
    raise ValueError(f"unknown OCR engine {name!r}; choose one of {', '.join(ENGINES)}")
