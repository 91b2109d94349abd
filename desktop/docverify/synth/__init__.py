"""Synthetic ICAO documents (TD1, TD2, TD3, MRV-A, MRV-B) and camera-like degradations."""

from __future__ import annotations

from docverify.synth.degradation import (
    DegradationPlan,
    apply_plan,
    degrade,
    map_box,
    plan_degradation,
)
from docverify.synth.document import SynthDocument, generate

__all__ = [
    "DegradationPlan",
    "SynthDocument",
    "apply_plan",
    "degrade",
    "generate",
    "map_box",
    "plan_degradation",
]
