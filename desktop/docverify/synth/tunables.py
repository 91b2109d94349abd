"""Knobs of the synthetic document generator (a test tool, kept apart from the app's config)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SynthTunables:
    """Defaults of ``generate`` and ``degrade``."""

    dpi: int = 300
    # "Expired" is judged against this fixed date, not the clock: a seed always gives one document.
    reference_date: dt.date = dt.date(2026, 3, 1)
    expired_rate: float = 0.08
    # Degradation ranges (each drawn uniformly unless stated).
    max_skew_deg: float = 15.0
    max_perspective: float = 0.06  # corner jitter as a share of the document's shorter side
    out_dpi_range: tuple[float, float] = (150.0, 300.0)
    canvas_margin_range: tuple[float, float] = (1.1, 1.5)  # canvas / rotated document extent
    max_gaussian_sigma_px: float = 1.6
    max_motion_px: int = 9
    jpeg_quality_range: tuple[int, int] = (30, 95)
    max_noise_sigma: float = 8.0
    lighting_range: tuple[float, float] = (0.55, 1.1)  # multiplicative light field
    shadow_strength_range: tuple[float, float] = (0.55, 0.85)


SYNTH = SynthTunables()
