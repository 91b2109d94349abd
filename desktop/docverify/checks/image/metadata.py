"""Editing-software fact: the file's metadata names an image editor.

Information only: many genuine scans are cropped or exported with an editor. It corroborates a
JPEG error-level patch (docverify.checks.image.ela), which it raises to a review."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from docverify.checks.context import Run, finding
from docverify.checks.registry import rule
from docverify.model import Finding, Severity

EDITORS = ("photoshop", "gimp", "paint.net", "affinity", "pixelmator", "lightroom", "canva",
           "snapseed", "picsart", "photopea", "corel", "krita", "fotor", "inpixio")


def software_traces(path: Path) -> list[str]:
    """Editor names found in the EXIF Software tag, XMP or comments of an image file."""
    from PIL import Image

    found: list[str] = []
    with Image.open(path) as im:
        texts = [str(v) for v in im.info.values() if isinstance(v, str | bytes)]
        exif = im.getexif()
        for tag in (0x0131, 0x013B, 0x010E):  # Software, Artist, ImageDescription
            if tag in exif:
                texts.append(str(exif[tag]))
        xmp = im.info.get("xmp")
        if xmp:
            texts.append(xmp.decode("utf-8", "replace") if isinstance(xmp, bytes) else str(xmp))
    blob = " ".join(texts).lower()
    for name in EDITORS:
        if name in blob:
            found.append(name)
    return found


def editors(run: Run) -> list[str]:
    """The editors the source file's metadata names (computed once per run; [] without a file)."""

    def make() -> list[str]:
        path = run.ctx.source_path
        if path is None or not path.is_file() or path.suffix.lower() == ".pdf":
            return []
        try:
            return software_traces(path)
        except (OSError, ValueError, SyntaxError):  # PIL raises these on broken files
            return []

    return run.memo("editors", make)


@rule({"image.editing_software": (Severity.INFO, "Information: the file's metadata names an "
                                                "image editor (Photoshop, GIMP, ...); it "
                                                "corroborates a JPEG error-level patch.")},
      needs_image=True, needs_document=False, needs="image file")
def editing_software(run: Run) -> Iterator[Finding]:
    found = editors(run)
    path = run.ctx.source_path
    if found and path is not None:
        yield finding(
            "image.editing_software", Severity.INFO,
            "The file was saved by image-editing software ({software}).",
            {"software": ", ".join(found)},
            evidence={"software": ", ".join(found), "file": path.name},
        )
