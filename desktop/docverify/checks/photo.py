"""Photo zone: a face where the layout puts the portrait, and only one (OpenCV's Haar cascade)."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from docverify.checks.context import Run, finding
from docverify.checks.registry import rule
from docverify.checks.upright import Upright, upright
from docverify.config import CHECKS
from docverify.model import Finding, Severity

# The frontal-face cascade shipped inside the opencv-python(-headless) 4.x wheel
# (cv2.data.haarcascades); 5.x ships neither the file nor CascadeClassifier (see the ADR).
CASCADE_FILE = "haarcascade_frontalface_default.xml"

# Where the portrait is, in MRZ pitches (the MRZ's length over its character count; 2.54 mm on
# every ICAO document) from the MRZ's top-left corner in the upright page: (left, top, right)
# of the box the face's centre must fall in (the bottom is the MRZ's top), and how far the page
# reaches above the MRZ. Photo left of the printed fields, above the MRZ (Doc 9303 zone V).
# Measured: real specimens' faces are centred 2-8 pitches right of the MRZ's left edge and 8-18
# above its top; the synthetic pages' photos (ICAO proportions) fit in the same boxes.
_ZONE: dict[str, tuple[float, float, float]] = {
    "TD3": (-3.0, -29.0, 18.0),
    "TD2": (-3.0, -24.0, 15.0),
    "MRVB": (-3.0, -24.0, 15.0),
    "MRVA": (-3.0, -26.0, 17.0),
}
_PAGE_ABOVE = {"TD3": 30.0, "TD2": 25.0, "MRVB": 25.0, "MRVA": 27.0, "TD1": 16.0}
_LINE_LENGTH = {"TD3": 44, "TD2": 36, "MRVB": 36, "MRVA": 44, "TD1": 30}


@functools.lru_cache(maxsize=1)
def cascade():  # -> cv2.CascadeClassifier, loaded once, on first use
    import cv2

    path = cv2.data.haarcascades + CASCADE_FILE
    clf = cv2.CascadeClassifier(path)
    if clf.empty():
        raise RuntimeError(f"the face cascade {path} could not be loaded")
    return clf


@dataclass(frozen=True, slots=True)
class Face:
    """A face box in the upright page (pixels) and the cascade's neighbour count (its support)."""

    x: float
    y: float
    w: float
    h: float
    support: int

    @property
    def centre(self) -> tuple[float, float]:
        return self.x + self.w / 2, self.y + self.h / 2

    def contains(self, other: Face) -> bool:
        cx, cy = other.centre
        return self.x <= cx <= self.x + self.w and self.y <= cy <= self.y + self.h


def detect(gray: np.ndarray, box: tuple[float, float, float, float], pitch: float) -> list[Face]:
    """Faces in ``box`` (x0, y0, x1, y1) of an upright grey page whose MRZ pitch is ``pitch``.

    The crop is scaled so that a pitch is ``CHECKS.photo_pitch_px`` pixels (portraits are 6-11
    pitches wide: 40-70 px, well within the cascade's 24-px window), which also bounds the time.
    Overlapping detections of one face are merged (the best supported kept). No histogram
    equalisation: on the real specimens it lowered the portraits' support and lost two.
    """
    import cv2

    h, w = gray.shape[:2]
    x0, y0 = max(0, int(box[0])), max(0, int(box[1]))
    x1, y1 = min(w, int(np.ceil(box[2]))), min(h, int(np.ceil(box[3])))
    if x1 - x0 < 8 or y1 - y0 < 8:
        return []
    scale = CHECKS.photo_pitch_px / pitch
    step = max(1, int(0.5 / scale))  # a camera frame: every k-th pixel first, then the area
    crop = gray[y0:y1:step, x0:x1:step]
    factor = scale * step  # of the strided crop; page pixels map back through ``scale``
    size = (max(1, round(crop.shape[1] * factor)), max(1, round(crop.shape[0] * factor)))
    small = cv2.resize(crop, size,
                       interpolation=cv2.INTER_AREA if factor < 1 else cv2.INTER_LINEAR)
    min_side = max(24, round(CHECKS.photo_min_face_pitches * CHECKS.photo_pitch_px))
    rects, support = cascade().detectMultiScale2(
        small, scaleFactor=1.1, minNeighbors=CHECKS.photo_min_neighbors,
        minSize=(min_side, min_side))
    faces = sorted(
        (Face(x0 + fx / scale, y0 + fy / scale, fw / scale, fh / scale, int(n))
         for (fx, fy, fw, fh), n in zip(rects, np.ravel(support), strict=True)),
        key=lambda f: -f.support)
    kept: list[Face] = []
    for f in faces:
        if not any(k.contains(f) or f.contains(k) for k in kept):
            kept.append(f)
    return kept


@dataclass(frozen=True, slots=True)
class PhotoZone:
    """The portrait's zone and the document's front in the upright page, and the faces found."""

    up: Upright
    pitch: float
    zone: tuple[float, float, float, float]  # x0, y0, x1, y1: where the face's centre belongs
    inside: float  # share of the zone inside the image
    faces: tuple[Face, ...]  # every face on the document's front, best supported first

    def in_zone(self, f: Face) -> bool:
        cx, cy = f.centre
        return self.zone[0] <= cx <= self.zone[2] and self.zone[1] <= cy <= self.zone[3]

    def region(self, box: tuple[float, float, float, float]):
        return self.up.to_page(box[0], box[1], box[2] - box[0], box[3] - box[1])

    def face_region(self, f: Face):
        return self.up.to_page(f.x, f.y, f.w, f.h)


def photo_zone(run: Run) -> PhotoZone | None:
    """Where the layout puts the photo, and the faces on the front (None without MRZ box);
    computed once per run (the photo rule and the portrait's compression hint share it)."""
    return run.memo("photo_zone", lambda: _photo_zone(run))


def _photo_zone(run: Run) -> PhotoZone | None:
    doc, up = run.document, upright(run)
    if doc is None or up is None or doc.format not in _ZONE:
        return None
    mx, my, ml, mh = up.mrz
    pitch = ml / _LINE_LENGTH[doc.format]
    left, top, right = _ZONE[doc.format]
    zone = (mx + left * pitch, my + top * pitch, mx + right * pitch, my)
    h, w = up.gray.shape[:2]
    ix = max(0.0, min(w, zone[2]) - max(0.0, zone[0]))
    iy = max(0.0, min(h, zone[3]) - max(0.0, zone[1]))
    inside = ix * iy / max((zone[2] - zone[0]) * (zone[3] - zone[1]), 1.0)
    if pitch < CHECKS.photo_min_pitch_px:
        return PhotoZone(up, pitch, zone, inside, ())
    front = (mx - 4 * pitch, my - (_PAGE_ABOVE[doc.format] + 2) * pitch,
             mx + ml + 4 * pitch, my + mh + 2 * pitch)
    return PhotoZone(up, pitch, zone, inside, tuple(detect(up.gray, front, pitch)))


def page_region(run: Run, margin: float = 1.0):
    """The document's page (the MRZ side) in the image, from the MRZ's box and format, with
    ``margin`` pitches around it; None without an MRZ box."""
    doc, up = run.document, upright(run)
    if doc is None or up is None or doc.format not in _PAGE_ABOVE:
        return None
    mx, my, ml, mh = up.mrz
    pitch = ml / _LINE_LENGTH[doc.format]
    top = my - (_PAGE_ABOVE[doc.format] + margin) * pitch
    side = (3.0 + margin) * pitch
    return up.to_page(mx - side, top, ml + 2 * side, my + mh + (3.0 + margin) * pitch - top)


def second_faces(pz: PhotoZone, main: Face) -> list[Face]:
    """Other faces on the front as large and as well supported as a portrait: a ghost image
    (the small or faint second portrait many passports print) is smaller or barely supported."""
    return [f for f in pz.faces if f is not main
            and f.w >= CHECKS.photo_second_size * main.w
            and f.support >= max(CHECKS.photo_min_neighbors + 1,
                                 CHECKS.photo_second_support * main.support)]


@rule({
    "photo.missing": (Severity.WARNING, "No face is found where the layout puts the portrait "
                                        "(left of the printed fields, above the MRZ): the photo "
                                        "may have been removed or covered (Haar face cascade)."),
    "photo.multiple": (Severity.WARNING, "More than one portrait-sized face on the document's "
                                         "front where one belongs, as a pasted photo leaves; "
                                         "small or faint ghost portraits are not counted."),
    "photo.unmeasured": (Severity.INFO, "Information: the photo zone could not be judged (the "
                                        "image is too small, or the zone lies outside it)."),
    "photo.mrz_side": (Severity.INFO, "Information: the MRZ side of an ID card (TD1) usually "
                                      "carries no photo; its photo zone is not checked."),
}, needs_image=True, needs="mrz+image")
def photo(run: Run) -> Iterator[Finding]:
    doc = run.doc
    if doc.format == "TD1":
        yield finding("photo.mrz_side", Severity.INFO,
                      "An ID card's MRZ side usually carries no photo: the photo zone was not "
                      "checked (check the portrait on the card's other side).")
        return
    pz = photo_zone(run)
    if pz is None:
        yield finding("photo.unmeasured", Severity.INFO,
                      "The photo zone could not be located (no MRZ position).")
        return
    zone_region = pz.region(pz.zone)
    if pz.pitch < CHECKS.photo_min_pitch_px or pz.inside < CHECKS.photo_min_zone_inside:
        yield finding("photo.unmeasured", Severity.INFO,
                      "The photo zone was not checked: the image is too small to find a face."
                      if pz.pitch < CHECKS.photo_min_pitch_px
                      else "The photo zone was not checked: the photo zone lies mostly outside "
                      "the image.",
                      evidence={"mrz_pitch_px": f"{pz.pitch:.1f}",
                                "zone_inside": f"{pz.inside:.2f}"}, region=zone_region)
        return
    in_zone = [f for f in pz.faces if pz.in_zone(f)]
    if not in_zone:
        yield finding("photo.missing", Severity.WARNING,
                      "No face was found in the photo zone: the portrait may have been removed "
                      "or covered.",
                      evidence={"faces_on_page": len(pz.faces), "mrz_pitch_px": f"{pz.pitch:.1f}"},
                      region=zone_region)
        return
    main = in_zone[0]
    others = second_faces(pz, main)
    if others:
        other = others[0]
        yield finding("photo.multiple", Severity.WARNING,
                      "{faces} portrait-sized faces on the document where one belongs: a "
                      "photo may have been pasted on.",
                      {"faces": len(others) + 1},
                      evidence={"faces": len(others) + 1, "portrait_support": main.support,
                                "other_support": other.support,
                                "size_ratio": f"{other.w / main.w:.2f}",
                                "other_region": pz.face_region(other).to_json()},
                      region=pz.face_region(other))
