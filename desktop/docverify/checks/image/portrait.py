"""Portrait compression hint (JPEG files): a photo pasted from another image keeps another
compression history than the page around it (no dip in error at the page's former quality)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from docverify.checks.context import Run, finding
from docverify.checks.image.common import gray, is_jpeg_source
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


def _window(box: Region, shape: tuple[int, ...]) -> tuple[int, int, int, int]:
    """``box`` clipped to the image, its top-left corner moved back onto the 16-px grid."""
    h, w = shape[:2]
    x0, y0 = (max(0, box.x) // _BLOCK) * _BLOCK, (max(0, box.y) // _BLOCK) * _BLOCK
    x1, y1 = min(w, box.x + box.width), min(h, box.y + box.height)
    return x0, y0, max(x0, x1), max(y0, y1)


def _block_mask(box: Region, origin: tuple[int, int], grid: tuple[int, int],
                inset: float) -> np.ndarray:
    """Blocks (of a window at ``origin``) lying wholly inside ``box`` shrunk by ``inset``."""
    ox, oy = origin
    gh, gw = grid
    dx, dy = inset * box.width, inset * box.height
    bx0 = int(np.ceil((box.x + dx - ox) / _BLOCK))
    by0 = int(np.ceil((box.y + dy - oy) / _BLOCK))
    bx1 = int(np.floor((box.x + box.width - dx - ox) / _BLOCK))
    by1 = int(np.floor((box.y + box.height - dy - oy) / _BLOCK))
    mask = np.zeros(grid, bool)
    mask[max(0, by0):max(0, min(gh, by1)), max(0, bx0):max(0, min(gw, bx1))] = True
    return mask


def compression_history(g: np.ndarray, window: tuple[int, int, int, int], face: Region,
                        zone: Region) -> History | None:
    """The portrait's (``face``) and the page's (the window outside ``zone``) ghost curves.

    ``g`` is the grey image as decoded from the file (its JPEG grid intact); ``window`` the
    area compared (x0, y0 on the 16-px grid). None when either side has too few textured
    blocks or the page keeps no trace of a former compression.
    """
    import cv2

    x0, y0, x1, y1 = window
    sub = np.ascontiguousarray(g[y0:y1, x0:x1])
    gh, gw = sub.shape[0] // _BLOCK, sub.shape[1] // _BLOCK
    if gh < 4 or gw < 4:
        return None
    hh, ww = gh * _BLOCK, gw * _BLOCK

    def blocks(a: np.ndarray) -> np.ndarray:
        return cv2.resize(a[:hh, :ww], (gw, gh), interpolation=cv2.INTER_AREA)

    face_m = _block_mask(face, (x0, y0), (gh, gw), CHECKS.portrait_face_inset)
    page_m = ~_block_mask(zone, (x0, y0), (gh, gw), -CHECKS.portrait_zone_margin)
    sf = sub.astype(np.float32)
    detail = cv2.subtract(sf, cv2.blur(sf, (_BLOCK, _BLOCK)))
    textured = blocks(cv2.multiply(detail, detail)) > _TEXTURE
    face_m &= textured
    page_m &= textured
    if face_m.sum() < CHECKS.portrait_min_blocks or page_m.sum() < CHECKS.portrait_min_blocks:
        return None
    errors = []
    for q in CHECKS.portrait_qualities:
        ok, buf = cv2.imencode(".jpg", sub, [cv2.IMWRITE_JPEG_QUALITY, q])
        if not ok:
            raise RuntimeError("JPEG encoding failed")
        diff = cv2.absdiff(sub, cv2.imdecode(buf, cv2.IMREAD_GRAYSCALE)).astype(np.float32)
        errors.append(blocks(cv2.multiply(diff, diff)))
    err = np.stack(errors)
    norm = err / (err.max(axis=0) + 1e-6)
    page = np.median(norm[:, page_m], axis=1)
    qi = int(np.argmin(page[:-1]))  # the highest quality dips by itself: not a trace
    portrait = float(np.median(norm[qi, face_m]))
    return History(CHECKS.portrait_qualities[qi], 1.0 - float(page[qi]), 1.0 - portrait,
                   int(page_m.sum()), int(face_m.sum()))


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


def measure(run: Run) -> tuple[History, Region] | None:
    """The portrait's compression history against its page's, and the face's region; None
    when there is no portrait to measure (no face where it belongs, too few textured blocks,
    no trace of a former compression)."""
    from docverify.checks.photo import photo_zone

    doc = run.document
    if doc is None or run.image is None:
        return None
    if doc.format == "TD1":
        card = _card_face(run)
        if card is None:
            return None
        face, zone = card
    else:
        pz = photo_zone(run)
        if pz is None:
            return None
        in_zone = [f for f in pz.faces if pz.in_zone(f)]
        if not in_zone:
            return None
        face, zone = pz.face_region(in_zone[0]), pz.region(pz.zone)
    g = gray(run)
    grow = CHECKS.portrait_window_margin
    around = Region(int(zone.x - grow * zone.width), int(zone.y - grow * zone.height),
                    int(zone.width * (1 + 2 * grow)), int(zone.height * (1 + 2 * grow)))
    history = compression_history(g, _window(around, g.shape), face, zone)
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
