"""Portrait compression hint (JPEG files): a photo pasted from another image keeps another
compression history than the page around it (no dip in error at the page's former quality)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from docverify.checks.context import Run, finding
from docverify.checks.image.common import gray, is_jpeg_source
from docverify.checks.image.ela import BlockErrors
from docverify.checks.registry import rule
from docverify.config import CHECKS
from docverify.model import Finding, Region, Severity

_BLOCK = 16  # blocks of two JPEG cells: windows cut at multiples of 16 keep the file's grid
_TEXTURE = 20.0  # blocks flatter than this (variance) carry no compression evidence


@dataclass(frozen=True, slots=True)
class History:
    """The page's and the portrait's JPEG ghost curves compared at the page's former quality.

    ``page_dip`` is how deep the page's error dips there (1 - its median normalised error:
    0 = no trace of a former compression); ``portrait_dip`` the same inside the face; ``gap``
    how much shallower the portrait's dip is (page_dip - portrait_dip).
    """

    quality: int
    page_dip: float
    portrait_dip: float
    page_blocks: int
    portrait_blocks: int

    @property
    def gap(self) -> float:
        return self.page_dip - self.portrait_dip


def _aligned(x0: float, y0: float, x1: float, y1: float,
             shape: tuple[int, ...]) -> tuple[int, int, int, int] | None:
    """The 16-px blocks (x0, y0, x1, y1 in pixels, on the file's grid) lying wholly inside the
    box, clipped to the image; None when that leaves no block."""
    h, w = shape[:2]
    bx0, by0 = int(np.ceil(max(0.0, x0) / _BLOCK)), int(np.ceil(max(0.0, y0) / _BLOCK))
    bx1, by1 = int(np.floor(min(float(w), x1) / _BLOCK)), int(np.floor(min(float(h), y1) / _BLOCK))
    if bx1 <= bx0 or by1 <= by0:
        return None
    return bx0 * _BLOCK, by0 * _BLOCK, bx1 * _BLOCK, by1 * _BLOCK


def _curves(g: np.ndarray, rect: tuple[int, int, int, int] | None,
            shared: BlockErrors | None = None) -> np.ndarray:
    """The JPEG ghost curves (error at each quality over its largest, per quality) of the
    textured blocks of an aligned rectangle: an array (qualities, blocks). Qualities the
    error-level map already encoded over the rectangle (``shared``) are taken from it."""
    import cv2

    n = len(CHECKS.portrait_qualities)
    if rect is None:
        return np.zeros((n, 0), np.float32)
    x0, y0, x1, y1 = rect
    sub = np.ascontiguousarray(g[y0:y1, x0:x1])
    grid = ((x1 - x0) // _BLOCK, (y1 - y0) // _BLOCK)

    def blocks(a: np.ndarray) -> np.ndarray:
        return cv2.resize(a, grid, interpolation=cv2.INTER_AREA)

    detail = cv2.subtract(sub, cv2.blur(sub, (_BLOCK, _BLOCK)), dtype=cv2.CV_16S)  # as ela's
    textured = blocks(cv2.multiply(detail, detail, dtype=cv2.CV_32F)) > _TEXTURE
    if not textured.any():
        return np.zeros((n, 0), np.float32)
    errors = []
    for q in CHECKS.portrait_qualities:
        done = shared.take(q, rect) if shared is not None else None
        if done is not None:
            errors.append(done[textured])
            continue
        ok, buf = cv2.imencode(".jpg", sub, [cv2.IMWRITE_JPEG_QUALITY, q])
        if not ok:
            raise RuntimeError("JPEG encoding failed")
        diff = cv2.absdiff(sub, cv2.imdecode(buf, cv2.IMREAD_GRAYSCALE))
        errors.append(blocks(cv2.multiply(diff, diff, dtype=cv2.CV_32F))[textured])
    err = np.stack(errors)
    return err / (err.max(axis=0) + 1e-6)


def ring(zone: Region, shape: tuple[int, ...]) -> list[tuple[int, int, int, int] | None]:
    """The page around the photo zone (grown by CHECKS.portrait_zone_margin of it), a ring as
    wide as CHECKS.portrait_window_margin of it: its top, bottom and side strips as aligned
    rectangles (None where the image ends)."""
    mx, my = CHECKS.portrait_zone_margin * zone.width, CHECKS.portrait_zone_margin * zone.height
    zx0, zy0 = zone.x - mx, zone.y - my
    zx1, zy1 = zone.x + zone.width + mx, zone.y + zone.height + my
    gx, gy = CHECKS.portrait_window_margin * zone.width, CHECKS.portrait_window_margin * zone.height
    wx0, wy0, wx1, wy1 = zone.x - gx, zone.y - gy, zone.x + zone.width + gx, zone.y + zone.height + gy
    top = _aligned(wx0, wy0, wx1, zy0, shape)
    bottom = _aligned(wx0, zy1, wx1, wy1, shape)
    # The sides span the rows the top and bottom strips leave (no block counted twice).
    sy0 = top[3] if top is not None else wy0
    sy1 = bottom[1] if bottom is not None else wy1
    return [top, bottom, _aligned(wx0, sy0, zx0, sy1, shape), _aligned(zx1, sy0, wx1, sy1, shape)]


def compression_history(g: np.ndarray, face: Region, zone: Region,
                        shared: BlockErrors | None = None) -> History | None:
    """The portrait's (``face``, inset) and the page's ghost curves compared; the page is a
    ring around ``zone`` (grown by its margin), as wide as CHECKS.portrait_window_margin of it.

    ``g`` is the grey image as decoded from the file (its JPEG grid intact); only whole 16-px
    blocks of that grid are re-encoded (the face and the ring's four sides, each on its own:
    a JPEG block's error does not depend on its neighbours), or taken from ``shared`` (the
    error-level map's block errors) where it covers them. None when either side has too few
    textured blocks.
    """
    di, dj = CHECKS.portrait_face_inset * face.width, CHECKS.portrait_face_inset * face.height
    portrait = _curves(g, _aligned(face.x + di, face.y + dj, face.x + face.width - di,
                                   face.y + face.height - dj, g.shape), shared)
    page_curves = np.concatenate([_curves(g, r, shared) for r in ring(zone, g.shape)], axis=1)
    if portrait.shape[1] < CHECKS.portrait_min_blocks or \
            page_curves.shape[1] < CHECKS.portrait_min_blocks:
        return None
    page = np.median(page_curves, axis=1)
    qi = int(np.argmin(page[:-1]))  # the highest quality dips by itself: not a trace
    face_dip = 1.0 - float(np.median(portrait[qi]))
    return History(CHECKS.portrait_qualities[qi], 1.0 - float(page[qi]), face_dip,
                   int(page_curves.shape[1]), int(portrait.shape[1]))


def _card_face(run: Run) -> tuple[Region, Region] | None:
    """A TD1 card's MRZ side usually carries no portrait, but some cards print it there: the
    best-supported portrait-sized face on that side, and a portrait frame around it."""
    from docverify.checks.photo import detect
    from docverify.checks.upright import upright

    up = upright(run)
    if up is None:
        return None
    mx, my, ml, mh = up.mrz
    pitch = ml / 30
    if pitch < CHECKS.photo_min_pitch_px:
        return None
    front = (mx - 4 * pitch, my - 18 * pitch, mx + ml + 4 * pitch, my)
    faces = detect(up.gray, front, pitch * CHECKS.portrait_card_detect_scale)
    if not faces:
        return None
    f = faces[0]
    side, above, below = CHECKS.portrait_frame
    frame = up.to_page(f.x - side * f.w, f.y - above * f.h, f.w * (1 + 2 * side),
                       f.h * (1 + above + below))
    return up.to_page(f.x, f.y, f.w, f.h), frame


def face_and_zone(run: Run) -> tuple[Region, Region] | None:
    """The portrait's face box and its photo zone (computed once per run); None when no face
    is where the layout puts the photo."""
    return run.memo("portrait_face_zone", lambda: _face_and_zone(run))


def _face_and_zone(run: Run) -> tuple[Region, Region] | None:
    from docverify.checks.photo import photo_zone

    doc = run.document
    if doc is None or run.image is None:
        return None
    if doc.format == "TD1":
        return _card_face(run)
    pz = photo_zone(run)
    if pz is None:
        return None
    in_zone = [f for f in pz.faces if pz.in_zone(f)]
    if not in_zone:
        return None
    return pz.face_region(in_zone[0]), pz.region(pz.zone)


def measure(run: Run) -> tuple[History, Region] | None:
    """The portrait's compression history against its page's, and the face's region; None
    when there is no portrait to measure (no face where it belongs, too few textured blocks,
    no trace of a former compression)."""
    found = face_and_zone(run)
    if found is None:
        return None
    face, zone = found
    history = compression_history(gray(run), face, zone, run.peek("ghost_blocks"))
    return None if history is None else (history, face)


@rule({"image.portrait_history": (Severity.WARNING, "Hint (JPEG files): the portrait's "
                                                    "compression history differs from the "
                                                    "page around it (it lacks the page's "
                                                    "JPEG ghost), as a photo pasted in from "
                                                    "another image has.")},
      needs_image=True, needs="mrz+image (JPEG)")
def portrait_history(run: Run) -> Iterator[Finding]:
    if not is_jpeg_source(run):
        return
    measured = measure(run)
    if measured is None:
        return
    h, face = measured
    if h.page_dip < CHECKS.portrait_min_page_dip or h.gap < CHECKS.portrait_min_gap:
        return
    yield finding(
        "image.portrait_history", Severity.WARNING,
        "Hint: the portrait does not share the page's compression history; the photo may "
        "have been pasted in from another image.",
        evidence={"page_quality": h.quality, "page_dip": f"{h.page_dip:.2f}",
                  "portrait_dip": f"{h.portrait_dip:.2f}", "page_blocks": h.page_blocks,
                  "portrait_blocks": h.portrait_blocks},
        region=face,
    )
