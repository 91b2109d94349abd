"""The portrait's perceptual signature: a dHash and a coarse colour map of the photo zone."""

from __future__ import annotations

import numpy as np

from docverify.config import RECORDS
from docverify.model import Region

# The photo zone relative to the MRZ band, in units of the band's width W, per format:
# (left of the band's left edge, from the band's top up to the zone's top, width, height).
# Measured on the ICAO-proportioned synthetic documents (IoU with the drawn photo >= 0.95);
# a TD1 card carries its portrait on the other side, so it has no zone.
_ZONES: dict[str, tuple[float, float, float, float]] = {
    "TD3": (-0.02, 0.58, 0.31, 0.39),
    "TD2": (-0.03, 0.58, 0.31, 0.40),
    "MRVA": (0.0, 0.52, 0.30, 0.38),
    "MRVB": (0.0, 0.52, 0.30, 0.38),
}
_BITS_HEX = 16  # 64 dHash bits
_SIGNATURE_HEX = _BITS_HEX + 64  # + 4x4 cells x (a, b) bytes


def photo_zone(image_shape: tuple[int, ...], mrz: Region, fmt: str) -> Region | None:
    """The box where the portrait should be, or None when the layout does not say.

    Works on upright pages and on pages turned 180 degrees (the MRZ band in the upper half);
    a band taller than wide (a page turned 90 degrees) gives None.
    """
    zone = _ZONES.get(fmt)
    if zone is None or fmt not in RECORDS.portrait_formats or mrz.width < 2 * mrz.height:
        return None
    height, width = int(image_shape[0]), int(image_shape[1])
    dx, up, zw, zh = (round(v * mrz.width) for v in zone)
    if mrz.y + mrz.height / 2 >= height / 2:  # upright: the photo is above the band, at left
        x, y = mrz.x + dx, mrz.y - up
    else:  # upside down: below the band, at right
        x = mrz.x + mrz.width - dx - zw
        y = mrz.y + mrz.height + up - zh
    x0, y0 = max(0, x), max(0, y)
    x1, y1 = min(width, x + zw), min(height, y + zh)
    if x1 - x0 < zw * 0.8 or y1 - y0 < zh * 0.8:
        return None  # mostly outside the image: the page is cropped
    return Region(x0, y0, x1 - x0, y1 - y0)


def signature(crop: np.ndarray) -> str | None:
    """The signature of a BGR crop as hex; None when the crop is too flat to hold a portrait."""
    import cv2

    if crop.ndim != 3 or crop.shape[0] < 16 or crop.shape[1] < 16:
        return None
    if float(cv2.cvtColor(crop, cv2.COLOR_BGR2GRAY).std()) < RECORDS.portrait_min_std:
        return None
    if crop.shape[0] != 180:  # toward 180 rows first: cheap blur, same result at any scale
        scale = 180 / crop.shape[0]
        crop = cv2.resize(crop, (max(16, round(crop.shape[1] * scale)), 180),
                          interpolation=cv2.INTER_AREA)
    crop = cv2.GaussianBlur(crop, (0, 0), crop.shape[1] / 40)
    grey = cv2.cvtColor(crop, cv2.COLOR_BGR2GRAY)
    small = cv2.resize(grey, (9, 8), interpolation=cv2.INTER_AREA).astype(np.int16)
    bits = int("".join("1" if b else "0" for b in (small[:, 1:] > small[:, :-1]).ravel()), 2)
    lab = cv2.cvtColor(cv2.resize(crop, (4, 4), interpolation=cv2.INTER_AREA), cv2.COLOR_BGR2LAB)
    return f"{bits:016x}" + lab[..., 1:].astype(np.uint8).tobytes().hex()


def portrait_hash(image: np.ndarray | None, mrz: Region | None, fmt: str,
                  zone: Region | None = None) -> str | None:
    """The portrait signature from a given zone or the one the MRZ implies; None if none."""
    if image is None or image.ndim != 3:
        return None
    if zone is None:
        if mrz is None:
            return None
        zone = photo_zone(image.shape, mrz, fmt)
        if zone is None:
            return None
    return signature(image[zone.y:zone.y + zone.height, zone.x:zone.x + zone.width])


def distance(a: str, b: str) -> tuple[int, float]:
    """(differing dHash bits, mean colour difference) between two signatures."""
    if len(a) != _SIGNATURE_HEX or len(b) != _SIGNATURE_HEX:
        return 64, 255.0
    bits = (int(a[:_BITS_HEX], 16) ^ int(b[:_BITS_HEX], 16)).bit_count()
    ca = np.frombuffer(bytes.fromhex(a[_BITS_HEX:]), np.uint8).astype(np.int16)
    cb = np.frombuffer(bytes.fromhex(b[_BITS_HEX:]), np.uint8).astype(np.int16)
    return bits, float(np.abs(ca - cb).mean())


def same_photo(a: str, b: str) -> bool:
    bits, colour = distance(a, b)
    return bits <= RECORDS.portrait_max_bits and colour <= RECORDS.portrait_max_colour
