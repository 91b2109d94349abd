"""The labelled real and rendered line crops of shared/fixtures, split by source document."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
LINES_DIR = ROOT.parent / "shared" / "fixtures" / "mrz_lines"
HELDOUT_PERCENT = 20
DEV_PERCENT = 20  # of the training documents: set aside by --dev-out to choose between recipes
ALPHABET = set("<0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")
CORRECTIONS = Path(__file__).resolve().parent / "label_corrections.json"


@dataclass(frozen=True, slots=True)
class Crop:
    file: str
    text: str
    kind: str  # real | synthetic
    document: str


def document_of(source_path: str) -> str:
    """The source document of a line crop: its source_path without the ``-N.tif`` suffix."""
    return re.sub(r"-\d+\.tif$", "", source_path)


def is_heldout(document: str) -> bool:
    """Deterministic ~20% of documents, by a hash of the document name."""
    h = int(hashlib.sha256(document.encode("utf-8")).hexdigest()[:8], 16)
    return h % 100 < HELDOUT_PERCENT


def is_dev(document: str) -> bool:
    """A deterministic ~20% of the training documents (a second hash, independent of the first)
    that a recipe experiment leaves out and scores on, so that held-out documents stay unread."""
    h = int(hashlib.sha256(("dev:" + document).encode("utf-8")).hexdigest()[:8], 16)
    return not is_heldout(document) and h % 100 < DEV_PERCENT


def load_crops(lines_dir: Path = LINES_DIR, corrected: bool = True) -> list[Crop]:
    """The labelled crops; with ``corrected`` the reviewed fixes of label_corrections.json apply
    (only where the stored label is still the one the fix was made against)."""
    labels = json.loads((lines_dir / "labels.json").read_text(encoding="utf-8"))
    fixes = json.loads(CORRECTIONS.read_text(encoding="utf-8")) if corrected else {}
    out = []
    for x in labels:
        text = x["text"]
        fix = fixes.get(x["file"])
        if fix is not None and fix[0] == text:
            text = fix[1]
        if not text or not set(text) <= ALPHABET:
            continue
        crop = Crop(x["file"], text, x["kind"], document_of(x["source_path"]))
        if fix is not None and is_heldout(crop.document):
            raise ValueError(f"{x['file']}: a label correction on a held-out document")
        out.append(crop)
    return out


def split(crops: list[Crop], kind: str) -> tuple[list[Crop], list[Crop]]:
    """(train, held-out) crops of one kind; no document has lines on both sides."""
    sel = [c for c in crops if c.kind == kind]
    return [c for c in sel if not is_heldout(c.document)], [c for c in sel if is_heldout(c.document)]


def read_gray(path: Path) -> np.ndarray:
    im = Image.open(path)
    if im.mode in ("RGBA", "LA", "P"):
        bg = Image.new("RGBA", im.size, (255, 255, 255, 255))
        im = Image.alpha_composite(bg, im.convert("RGBA"))
    return np.asarray(im.convert("L"), dtype=np.uint8)
