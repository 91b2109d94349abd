"""The bundled sample documents, so a new user sees a complete verification at once."""

from __future__ import annotations

import json
from pathlib import Path

from docverify.resources import resource_path

SAMPLE_SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".pdf")


def sample_files() -> list[Path]:
    """The sample documents in ``resources/samples``, in the order samples.json lists them."""
    folder = resource_path("samples")
    if not folder.is_dir():
        return []
    files = sorted(p for p in folder.iterdir() if p.suffix.lower() in SAMPLE_SUFFIXES)
    try:
        listed = list(json.loads((folder / "samples.json").read_text(encoding="utf-8")))
    except (OSError, ValueError):
        listed = []
    rank = {name: i for i, name in enumerate(listed)}
    return sorted(files, key=lambda p: (rank.get(p.name, len(rank)), p.name))


def first_sample(data_dir: Path) -> Path:
    """A sample to show at start-up; renders a synthetic passport if none is bundled.

    Runs on a worker thread (it may import cv2 and render).
    """
    files = sample_files()
    if files:
        return files[0]
    out = data_dir / "samples" / "synthetic-td3.png"
    if not out.exists():
        import cv2

        from docverify.synth import generate

        out.parent.mkdir(parents=True, exist_ok=True)
        cv2.imwrite(str(out), generate("TD3", 1).image)
    return out
