"""Draws a synthetic document: guilloche background, title, photo, visual zone and OCR-B MRZ."""

from __future__ import annotations

import functools
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from docverify.synth.identity import LINE_COUNTS, LINE_LENGTHS, Holder
from docverify.synth.names import STATES

OCRB_FONT = Path("/usr/share/fonts/opentype/ocr-b/OCRB.otf")
_SANS_CANDIDATES = (
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/TTF/DejaVuSans.ttf"),
    Path("/usr/share/fonts/dejavu/DejaVuSans.ttf"),
)
_SANS_BOLD_CANDIDATES = tuple(p.with_name("DejaVuSans-Bold.ttf") for p in _SANS_CANDIDATES)

# Nominal ICAO sizes in mm (width, height), landscape as read.
DOC_SIZE_MM = {
    "TD1": (85.6, 53.98),
    "TD2": (105.0, 74.0),
    "TD3": (125.0, 88.0),
    "MRVA": (120.0, 80.0),
    "MRVB": (105.0, 74.0),
}
MRZ_PITCH_MM = 25.4 / 10  # 10 characters per inch
MRZ_LINE_SPACING_MM = 4.23  # 6 lines per inch
# Nominal distance from the bottom edge to the centre line of the *last* MRZ line.
_LAST_LINE_CENTRE_MM = {"TD1": 6.12, "TD2": 6.92, "TD3": 6.92, "MRVA": 6.92, "MRVB": 6.92}
_TITLES = {
    "TD1": "IDENTITY CARD / CARTE D'IDENTITÉ",
    "TD2": "IDENTITY CARD / CARTE D'IDENTITÉ",
    "TD3": "PASSPORT / PASSEPORT",
    "MRVA": "VISA",
    "MRVB": "VISA",
}
_MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
# (label, region name) in visual-zone order; the first two span the full width.
VIZ_FIELDS = (
    ("Surname / Nom", "viz_surname"),
    ("Given names / Prénoms", "viz_given_names"),
    ("Document No.", "viz_document_number"),
    ("Nationality", "viz_nationality"),
    ("Date of birth", "viz_birth_date"),
    ("Sex", "viz_sex"),
    ("Date of issue", "viz_issue_date"),
    ("Date of expiry", "viz_expiry_date"),
)


def _first_existing(paths: tuple[Path, ...]) -> Path:
    for p in paths:
        if p.exists():
            return p
    raise FileNotFoundError(f"none of these fonts is installed: {[str(p) for p in paths]}")


@functools.lru_cache(maxsize=64)
def _font(kind: str, size_px: int) -> ImageFont.FreeTypeFont:
    if kind == "ocrb":
        if not OCRB_FONT.exists():
            raise FileNotFoundError(f"{OCRB_FONT} missing: install the fonts-ocr-b package")
        path = OCRB_FONT
    elif kind == "bold":
        path = _first_existing(_SANS_BOLD_CANDIDATES)
    else:
        path = _first_existing(_SANS_CANDIDATES)
    return ImageFont.truetype(str(path), size_px)


@functools.lru_cache(maxsize=8)
def _ocrb_size_for_pitch(pitch_px: float) -> int:
    probe = _font("ocrb", 100)
    return max(4, round(100 * pitch_px / probe.getlength("A")))


def fonts_available() -> bool:
    """True when the OCR-B and sans fonts the renderer needs are installed."""
    try:
        _font("ocrb", 10)
        _font("sans", 10)
    except (FileNotFoundError, OSError):
        return False
    return True


def format_viz_date(d, style: int) -> str:
    if style == 0:
        return f"{d.day:02d} {_MONTHS[d.month - 1]} {d.year}"
    if style == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    return f"{d.day:02d} {_MONTHS[d.month - 1]} / {_MONTHS[d.month - 1]} {d.year % 100:02d}"


def _guilloche(h: int, w: int, rng: np.random.Generator) -> np.ndarray:
    """A pastel background with a few families of sine curves (RGB)."""
    hue = rng.uniform(0, 180)
    base = np.array([[[hue, rng.uniform(18, 45), rng.uniform(235, 250)]]], np.uint8)
    base_rgb = cv2.cvtColor(base, cv2.COLOR_HSV2RGB)[0, 0].astype(np.int32)
    img = np.empty((h, w, 3), np.uint8)
    img[:] = base_rgb
    line_hsv = np.array([[[(hue + rng.uniform(-25, 25)) % 180, 90, 200]]], np.uint8)
    line = tuple(int(v) for v in cv2.cvtColor(line_hsv, cv2.COLOR_HSV2RGB)[0, 0])
    xs = np.linspace(0, w, max(64, w // 6))
    amp, period = rng.uniform(0.04, 0.1) * h, rng.uniform(0.25, 0.6) * w
    phase0 = rng.uniform(0, 2 * np.pi)
    curves = []
    for k in range(int(rng.integers(14, 26))):
        y0 = h * (k + 0.5) / 20
        ys = y0 + amp * np.sin(2 * np.pi * xs / period + phase0 + k * 0.45)
        ys += 0.3 * amp * np.sin(6 * np.pi * xs / period + k)
        curves.append(np.stack([xs, ys], 1).astype(np.int32))
    cv2.polylines(img, curves, False, line, 1, cv2.LINE_AA)
    cx, cy, r0 = w * rng.uniform(0.55, 0.8), h * rng.uniform(0.3, 0.6), 0.18 * min(h, w)
    t = np.linspace(0, 2 * np.pi, 720)
    rosette = []
    for k in range(10):
        r = r0 * (1 + 0.25 * np.sin(9 * t + k * 0.6)) * (0.5 + 0.05 * k)
        rosette.append(np.stack([cx + r * np.cos(t), cy + r * np.sin(t)], 1).astype(np.int32))
    cv2.polylines(img, rosette, True, line, 1, cv2.LINE_AA)
    return img


def _shade(colour: tuple[int, ...], by: int) -> tuple[int, ...]:
    return tuple(max(0, int(v) - by) for v in colour)


def _draw_photo(img: np.ndarray, box: tuple[int, int, int, int], rng: np.random.Generator):
    """A drawn portrait with the light and shade of a real one (eye sockets and brows darker
    than the cheeks, a lit nose bridge), so that face detectors find it as they find a photo."""
    x, y, w, h = box
    bg = tuple(int(v) for v in rng.integers(170, 235, size=3))
    cv2.rectangle(img, (x, y), (x + w - 1, y + h - 1), bg, -1)
    skin = tuple(int(v) for v in (rng.integers(120, 240), rng.integers(90, 200),
                                  rng.integers(70, 170)))
    skin = (max(skin), sorted(skin)[1], min(skin))  # warm: R >= G >= B
    hair = tuple(int(v) for v in rng.integers(10, 110, size=3))
    cloth = tuple(int(v) for v in rng.integers(20, 160, size=3))
    cx, cy = x + w // 2, y + int(h * 0.42)
    hw, hh = int(w * 0.24), int(h * 0.25)
    aa = cv2.LINE_AA
    cv2.ellipse(img, (cx, y + h), (int(w * 0.45), int(h * 0.28)), 0, 180, 360, cloth, -1, aa)
    cv2.rectangle(img, (cx - hw // 3, cy + hh - 4), (cx + hw // 3, y + int(h * 0.8)),
                  _shade(skin, 25), -1)
    cv2.ellipse(img, (cx, cy - hh // 4), (int(hw * 1.1), int(hh * 0.95)), 0, 180, 360, hair, -1, aa)
    cv2.ellipse(img, (cx, cy), (hw, hh), 0, 0, 360, _shade(skin, 35), -1, aa)
    cv2.ellipse(img, (cx, cy + hh // 10), (int(hw * 0.8), int(hh * 0.85)), 0, 0, 360, skin, -1, aa)
    ey, ex = cy - hh // 6, hw // 2
    for sx in (-1, 1):
        ex_c = (cx + sx * ex, ey)
        cv2.ellipse(img, ex_c, (max(3, hw // 4), max(2, hh // 8)), 0, 0, 360, _shade(skin, 70),
                    -1, aa)
        cv2.ellipse(img, (cx + sx * ex, ey - hh // 6), (max(3, hw // 4), max(1, hh // 24)), 0,
                    180, 360, hair, max(2, w // 40), aa)
        cv2.ellipse(img, ex_c, (max(2, hw // 6), max(1, hh // 14)), 0, 0, 360, (235, 235, 235),
                    -1, aa)
        cv2.circle(img, ex_c, max(1, hh // 14), (40, 30, 20), -1, aa)
    cv2.line(img, (cx - hw // 8, ey + hh // 8), (cx - hw // 6, cy + hh // 4), _shade(skin, 45),
             max(1, w // 60), aa)
    cv2.ellipse(img, (cx, cy + hh // 4), (hw // 6, max(1, hh // 16)), 0, 0, 180, _shade(skin, 60),
                max(1, w // 80), aa)
    cv2.ellipse(img, (cx, cy + hh // 2), (hw // 3, max(2, hh // 8)), 0, 20, 160, (150, 60, 60),
                max(2, w // 60), aa)
    roi = img[y:y + h, x:x + w]
    img[y:y + h, x:x + w] = cv2.GaussianBlur(roi, (0, 0), max(1.0, w / 150))
    cv2.rectangle(img, (x, y), (x + w - 1, y + h - 1), (90, 90, 90), 1)


def _text(draw: ImageDraw.ImageDraw, xy: tuple[float, float], text: str, font, fill):
    """Draws ``text`` with its top-left ink at ``xy``; returns the ink box (x, y, w, h)."""
    draw.text(xy, text, font=font, fill=fill)
    x0, y0, x1, y1 = draw.textbbox(xy, text, font=font)
    return int(x0), int(y0), int(x1 - x0), int(y1 - y0)


def render(h: Holder, lines: tuple[str, ...], rng: np.random.Generator, dpi: int = 300,
           ) -> tuple[np.ndarray, dict[str, tuple[int, int, int, int]]]:
    """The document image (BGR) and the boxes of its MRZ, photo and visual-zone fields."""
    fmt = h.fmt
    mm = dpi / 25.4
    w_mm, h_mm = DOC_SIZE_MM[fmt]
    W, H = round(w_mm * mm), round(h_mm * mm)
    img = _guilloche(H, W, rng)
    regions: dict[str, tuple[int, int, int, int]] = {}

    n_lines = LINE_COUNTS[fmt]
    first_centre_mm = _LAST_LINE_CENTRE_MM[fmt] + (n_lines - 1) * MRZ_LINE_SPACING_MM
    mrz_top_mm = h_mm - first_centre_mm - 3.5
    title_mm = 0.11 * h_mm
    gap = 2.0
    photo_w_mm = 0.27 * w_mm if fmt != "TD1" else 0.25 * w_mm
    photo_h_mm = min(photo_w_mm * 1.29, mrz_top_mm - title_mm - gap)
    photo_w_mm = min(photo_w_mm, photo_h_mm / 1.2)
    px0, py0 = 0.04 * w_mm, title_mm + 0.5 * gap
    photo = (round(px0 * mm), round(py0 * mm), round(photo_w_mm * mm), round(photo_h_mm * mm))
    _draw_photo(img, photo, rng)
    regions["photo"] = photo

    # A faint band behind the MRZ, as on many documents.
    band_top = round((mrz_top_mm + 0.8) * mm)
    img[band_top:] = (img[band_top:].astype(np.uint16) * 3 // 4 + 255 // 4).astype(np.uint8)

    pil = Image.fromarray(img)
    draw = ImageDraw.Draw(pil)
    ink = (25, 25, 35)
    label_ink = tuple(int(v) for v in rng.integers(40, 110, size=3))
    title_font = _font("bold", max(8, round(0.42 * title_mm * mm)))
    state_name = STATES.get(h.issuing_state, h.issuing_state)
    _text(draw, (round(px0 * mm), round(0.18 * title_mm * mm)), state_name, title_font, label_ink)
    sub_font = _font("sans", max(6, round(0.3 * title_mm * mm)))
    tw = draw.textlength(_TITLES[fmt], font=sub_font)
    _text(draw, (W - round(0.04 * w_mm * mm) - tw, round(0.6 * title_mm * mm)), _TITLES[fmt],
          sub_font, label_ink)

    # Visual zone: 5 rows right of the photo; rows 3-5 hold two fields each.
    fx0 = px0 + photo_w_mm + 3.0
    fx1 = w_mm - 3.0
    fy0, fy1 = title_mm + 0.3 * gap, mrz_top_mm - 0.5
    row_h = (fy1 - fy0) / 5
    label_font = _font("sans", max(6, round(min(0.26 * row_h, 2.0) * mm)))
    value_font = _font("bold", max(8, round(min(0.40 * row_h, 3.2) * mm)))
    date_style = int(rng.integers(3))
    values = {
        "viz_surname": h.viz_surname.upper(),
        "viz_given_names": h.viz_given_names.upper(),
        "viz_document_number": h.document_number,
        "viz_nationality": h.nationality,
        "viz_birth_date": format_viz_date(h.birth_date, date_style),
        "viz_sex": "X" if h.sex == "<" else h.sex,
        "viz_issue_date": format_viz_date(h.issue_date, date_style),
        "viz_expiry_date": format_viz_date(h.expiry_date, date_style),
    }
    half = (fx1 - fx0) / 2
    for i, (label, key) in enumerate(VIZ_FIELDS):
        row = i if i < 2 else 2 + (i - 2) // 2
        col = 0 if i < 2 else (i - 2) % 2
        x = (fx0 + col * half) * mm
        y = (fy0 + row * row_h) * mm
        _text(draw, (x, y), label, label_font, label_ink)
        vy = y + 0.34 * row_h * mm
        value = values[key]
        max_w = ((fx1 - fx0) if col == 0 and i < 2 else half - 1.0) * mm
        font = value_font
        while draw.textlength(value, font=font) > max_w and font.size > 8:
            font = _font("bold", font.size - 2)
        regions[key] = _text(draw, (x, vy), value, font, ink)

    # MRZ: OCR-B at 10 characters per inch, lines at the ICAO positions from the bottom edge.
    pitch = MRZ_PITCH_MM * mm
    ocrb = _font("ocrb", _ocrb_size_for_pitch(pitch))
    width = LINE_LENGTHS[fmt]
    x0 = (W - width * pitch) / 2
    _, cap_top, _, cap_bottom = ocrb.getbbox("A")
    boxes = []
    for i, line in enumerate(lines):
        centre = H - (_LAST_LINE_CENTRE_MM[fmt] + (n_lines - 1 - i) * MRZ_LINE_SPACING_MM) * mm
        top = centre - (cap_top + cap_bottom) / 2
        for j, ch in enumerate(line):
            draw.text((x0 + j * pitch, top), ch, font=ocrb, fill=(10, 10, 10))
        box = (int(x0), int(round(top + cap_top)), int(round(width * pitch)),
               int(round(cap_bottom - cap_top)))
        regions[f"mrz_line_{i}"] = box
        boxes.append(box)
    mx0 = min(b[0] for b in boxes)
    my0 = min(b[1] for b in boxes)
    mx1 = max(b[0] + b[2] for b in boxes)
    my1 = max(b[1] + b[3] for b in boxes)
    regions["mrz"] = (mx0, my0, mx1 - mx0, my1 - my0)
    out = np.asarray(pil)[:, :, ::-1].copy()
    return out, regions
