"""Second looks at a doubtful line reading: the same crops rendered otherwise, and the looks
fused per character by summed probability."""

from __future__ import annotations

import numpy as np

from docverify.reading.recognizer import LineResult


def _darker(crop: np.ndarray) -> np.ndarray:
    """Mid-tones pushed darker: thin or washed-out strokes thicken."""
    lut = np.clip(255.0 * (np.arange(256) / 255.0) ** 1.6, 0, 255).astype(np.uint8)
    return lut[crop]


def _local_contrast(crop: np.ndarray) -> np.ndarray:
    """Contrast equalised locally: uneven light and shadows across the line even out."""
    import cv2

    return cv2.createCLAHE(clipLimit=2.0, tileGridSize=(4, 4)).apply(crop)


# Second looks at a doubtful reading: the same crops, rendered differently.
SECOND_LOOKS = (_darker, _local_contrast)


def fuse(looks: list[LineResult], length: int | None = None) -> LineResult:
    """One line read several ways: per position, the character with the most probability summed
    over the looks that read the format's ``length`` (a look that dropped or doubled a character cannot vote
    per position), else among those agreeing most on a length (the first look's on a tie)."""
    by_length: dict[int, list[LineResult]] = {}
    for look in looks:
        by_length.setdefault(len(look.text), []).append(look)
    group = by_length.get(length) if length is not None else None
    group = group or max(by_length.values(), key=len)
    if len(group) == 1:
        return group[0]
    # Per position, the character with the most probability summed over the looks: one look's
    # overconfident slip is outvoted by the others.
    chars, confs, alts = [], [], []
    for i in range(len(group[0].text)):
        votes: dict[str, float] = {}
        for look in group:
            for ch, p in look.alternatives[i]:
                votes[ch] = votes.get(ch, 0.0) + p / len(group)
        ranked = sorted(votes.items(), key=lambda kv: -kv[1])[: len(group[0].alternatives[i])]
        chars.append(ranked[0][0])
        confs.append(ranked[0][1])
        alts.append(tuple(ranked))
    return LineResult("".join(chars), tuple(confs), tuple(alts))
