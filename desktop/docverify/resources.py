"""Finds the shipped resources folder, in a source checkout and inside a PyInstaller bundle."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_root() -> Path:
    """The `resources/` folder: beside `desktop/` in a checkout, or in the bundle's root."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    """The path of a shipped resource, e.g. ``resource_path("data", "codes.json")``."""
    return resources_root().joinpath(*parts)
