"""``generate``: one synthetic ICAO document with its MRZ, fields and regions."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from docverify.synth.identity import FORMATS, compose_mrz, make_holder, mrz_fields
from docverify.synth.render import render
from docverify.synth.tunables import SYNTH

Box = tuple[int, int, int, int]
_ALIASES = {"MRV-A": "MRVA", "MRV-B": "MRVB"}


@dataclass(frozen=True, eq=False)
class SynthDocument:
    """A rendered document: ``image`` is BGR uint8; ``regions`` are (x, y, w, h) in it."""

    fmt: str
    seed: int
    image: np.ndarray
    mrz: tuple[str, ...]
    fields: dict[str, str]
    regions: dict[str, Box]
    dpi: int
    viz: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": self.fmt,
            "seed": self.seed,
            "mrz": list(self.mrz),
            "fields": dict(self.fields),
            "regions": {k: list(v) for k, v in self.regions.items()},
            "dpi": self.dpi,
            "size": [int(self.image.shape[1]), int(self.image.shape[0])],
        }


def normalise_format(fmt: str) -> str:
    """'MRV-A' -> 'MRVA' etc.; raises ValueError for an unknown format."""
    f = _ALIASES.get(fmt.upper(), fmt.upper())
    if f not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; expected one of {FORMATS}")
    return f


def generate(fmt: str, seed: int, *, dpi: int = SYNTH.dpi, today: dt.date | None = None,
             expired_rate: float = SYNTH.expired_rate) -> SynthDocument:
    """A valid synthetic document of format ``fmt``, fully determined by ``seed``.

    ``today`` fixes what "expired" means (default: ``SYNTH.reference_date``, not the clock,
    so a seed always gives the same document); ``expired_rate`` is the share already expired.
    """
    f = normalise_format(fmt)
    rng = np.random.default_rng([int(seed), FORMATS.index(f)])
    holder = make_holder(f, rng, today or SYNTH.reference_date, expired_rate)
    lines = compose_mrz(holder)
    image, regions = render(holder, lines, rng, dpi=dpi)
    viz = {"surname": holder.viz_surname, "given_names": holder.viz_given_names}
    return SynthDocument(f, int(seed), image, lines, mrz_fields(holder, lines), regions, dpi, viz)
