"""The project's MRZ line recognizer: a small CNN + CTC over OCR-B lines, run with cv2.dnn."""

from __future__ import annotations

import json
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from docverify.resources import resource_path

# The MRZ alphabet in the model's class order; class 0 is the CTC blank.
ALPHABET = "<0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
INPUT_HEIGHT = 32
MODEL_FILE = "mrz_recognizer.onnx"
# Horizontal downsampling of the network: one output frame per this many input columns.
FRAME_STRIDE = 4
# White columns added on each side so that edge characters get context frames.
SIDE_PAD = 8
# A line is never scaled wider than this (a 44-character line is about 600 px at height 32).
MAX_WIDTH = 2400
TOP_K = 5


@dataclass(frozen=True, slots=True)
class LineResult:
    """One recognised line: text, per-character confidences and top-5 alternatives."""

    text: str  # decoded, MRZ alphabet only
    confidences: tuple[float, ...]  # one per character of text, 0..1
    alternatives: tuple[tuple[tuple[str, float], ...], ...]  # per character: top-5, best first


def default_model_path() -> Path:
    """The committed model under resources/models/."""
    return resource_path("models", MODEL_FILE)


def normalise_line(line: np.ndarray, height: int = INPUT_HEIGHT) -> np.ndarray:
    """A line crop as the network's input plane: float32, ``height`` rows, ink 1, paper 0.

    The crop is scaled to ``height`` keeping its aspect, contrast-stretched between its 2nd
    and 98th percentiles, inverted, padded with paper on both sides and to a multiple of the
    network's stride.
    """
    import cv2

    img = np.asarray(line)
    if img.ndim == 3:
        code = cv2.COLOR_BGRA2GRAY if img.shape[2] == 4 else cv2.COLOR_BGR2GRAY
        img = cv2.cvtColor(img, code)
    if img.ndim != 2 or img.shape[0] < 2 or img.shape[1] < 2:
        raise ValueError(f"expected a 2-D grayscale line crop, got shape {img.shape}")
    if img.dtype != np.uint8:
        img = np.clip(img, 0, 255).astype(np.uint8)
    h, w = img.shape
    new_w = int(min(MAX_WIDTH, max(height, round(w * height / h))))
    interp = cv2.INTER_AREA if h > height else cv2.INTER_LINEAR
    img = cv2.resize(img, (new_w, height), interpolation=interp).astype(np.float32)
    lo, hi = np.percentile(img, (2.0, 98.0))
    # A crop with almost no contrast is paper: stretch it against a floor of 24 grey levels
    # below its paper, not above its darkest pixel (which made a blank crop solid ink).
    lo = min(lo, hi - 24.0)
    ink = np.clip((hi - img) / (hi - lo), 0.0, 1.0)
    total = new_w + 2 * SIDE_PAD
    total += (-total) % FRAME_STRIDE
    out = np.zeros((height, total), np.float32)
    out[:, SIDE_PAD : SIDE_PAD + new_w] = ink
    return out


def batch_planes(planes: Sequence[np.ndarray]) -> np.ndarray:
    """Stacks normalised planes into an N x 1 x H x W batch, padding narrow ones with paper."""
    width = max(p.shape[1] for p in planes)
    batch = np.zeros((len(planes), 1, planes[0].shape[0], width), np.float32)
    for i, p in enumerate(planes):
        batch[i, 0, :, : p.shape[1]] = p
    return batch


def decode(probs: np.ndarray) -> LineResult:
    """Greedy CTC decoding of a T x C probability matrix (class 0 blank, then ALPHABET)."""
    best = probs.argmax(axis=1)
    chars: list[str] = []
    confs: list[float] = []
    alts: list[tuple[tuple[str, float], ...]] = []
    t, n = 0, len(best)
    while t < n:
        k = int(best[t])
        end = t + 1
        while end < n and best[end] == k:
            end += 1
        if k != 0:
            seg = probs[t:end]
            peak = t + int(seg[:, k].argmax())
            row = probs[peak, 1:]
            order = np.argsort(-row, kind="stable")[:TOP_K]
            chars.append(ALPHABET[k - 1])
            confs.append(float(row[k - 1]))
            alts.append(tuple((ALPHABET[j], float(row[j])) for j in order))
        t = end
    return LineResult("".join(chars), tuple(confs), tuple(alts))


class LineRecognizer:
    """Reads one MRZ line crop (grayscale, dark text on light) into MRZ-alphabet text."""

    def __init__(self, model_path: Path | None = None) -> None:
        import cv2

        path = Path(model_path) if model_path is not None else default_model_path()
        if not path.is_file():
            raise FileNotFoundError(f"MRZ recognizer model not found: {path}")
        self.model_path = path
        self.info: dict[str, Any] = {}
        meta = path.with_suffix(".json")
        if meta.is_file():
            self.info = json.loads(meta.read_text(encoding="utf-8"))
            if self.info.get("alphabet", ALPHABET) != ALPHABET:
                raise ValueError(f"{meta}: the model's alphabet differs from {ALPHABET!r}")
        self._net = cv2.dnn.readNetFromONNX(str(path))
        self._lock = threading.Lock()

    def _probabilities(self, batch: np.ndarray) -> np.ndarray:
        """N x T x C class probabilities for an N x 1 x H x W batch."""
        with self._lock:
            self._net.setInput(batch)
            out = self._net.forward()
        # N x C x 1 x T -> N x T x C
        return np.ascontiguousarray(out[:, :, 0, :].transpose(0, 2, 1))

    def recognize(self, line: np.ndarray) -> LineResult:
        """Reads one line crop."""
        return self.recognize_batch([line])[0]

    def recognize_batch(self, lines: Sequence[np.ndarray]) -> list[LineResult]:
        """Reads several line crops in one pass of the network."""
        if len(lines) == 0:
            return []
        planes = [normalise_line(x) for x in lines]
        probs = self._probabilities(batch_planes(planes))
        results = []
        for plane, p in zip(planes, probs, strict=True):
            frames = plane.shape[1] // FRAME_STRIDE
            results.append(decode(p[:frames]))
        return results


@cache
def default_recognizer() -> LineRecognizer:
    """The committed model, loaded once per process."""
    return LineRecognizer()
