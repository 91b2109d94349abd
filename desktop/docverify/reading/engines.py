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

    def second_opinions(self, lines: Sequence[np.ndarray]) -> list[list[LineResult]]:
        """The same crops read by the engine's other models, if it has any (else [])."""
        ...


class ModelEngine:
    """The project's own OCR-B recogniser (see training/), with its second model if shipped.
    ``model`` and ``second`` name other files (training's evaluations); ``second=False``: none."""

    name = "docverify"

    def __init__(self, model: Path | None = None, second: Path | bool | None = None) -> None:
        from docverify.reading.recognizer import (
            LineRecognizer,
            default_recognizer,
            second_recognizer,
        )

        self._rec = default_recognizer() if model is None else LineRecognizer(model)
        if second is None:
            self._second = second_recognizer()
        else:
            self._second = LineRecognizer(second) if isinstance(second, Path) else None

    def recognize_batch(self, lines: Sequence[np.ndarray]) -> list[LineResult]:
        return self._rec.recognize_batch(lines)

    def second_opinions(self, lines: Sequence[np.ndarray]) -> list[list[LineResult]]:
        return [self._second.recognize_batch(lines)] if self._second is not None else []


class TesseractEngine:
    """Stock tesseract with the MRZ alphabet whitelisted; one confidence per word."""

    name = "tesseract"

    def __init__(self, lang: str = "eng") -> None:
        self.lang = lang

    def recognize_batch(self, lines: Sequence[np.ndarray]) -> list[LineResult]:
        return [self._one(line) for line in lines]

    def second_opinions(self, lines: Sequence[np.ndarray]) -> list[list[LineResult]]:
        return []

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
