"""Tampering generator: labelled forgeries of genuine synthetic documents, for tests and the
benchmark. Each function returns a new image (and MRZ lines) and never touches its input."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from docverify.mrz.checkdigit import check_digit
from docverify.mrz.layout import LAYOUTS
from docverify.mrz.parser import _guess_layout

KINDS = ("mrz_edit", "mrz_edit_fixed", "viz_field", "glyph_font", "glyph_shift", "photo_swap",
         "recapture", "jpeg_region")


@dataclass(frozen=True, slots=True)
class Tampered:
    kind: str
    image: np.ndarray
    mrz: tuple[str, ...]
    detail: str


def _fonts():
    from docverify.synth.render import OCRB_FONT, _font

    return OCRB_FONT, _font


def _fill_background(img: np.ndarray, box: tuple[int, int, int, int], pad: int = 2) -> None:
    """Paint a box with the median colour of its border (a forger's white-out)."""
    x, y, w, h = box
    x0, y0 = max(0, x - pad), max(0, y - pad)
    x1, y1 = min(img.shape[1], x + w + pad), min(img.shape[0], y + h + pad)
    ring = np.concatenate([img[y0, x0:x1], img[y1 - 1, x0:x1], img[y0:y1, x0], img[y0:y1, x1 - 1]])
    img[y0:y1, x0:x1] = np.median(ring, axis=0).astype(np.uint8)


def _draw_text(img: np.ndarray, xy: tuple[float, float], text: str, font,
               fill: tuple[int, int, int] = (35, 25, 25)) -> np.ndarray:
    from PIL import Image, ImageDraw

    pil = Image.fromarray(img[:, :, ::-1].copy())
    ImageDraw.Draw(pil).text(xy, text, font=font, fill=fill)
    return np.asarray(pil)[:, :, ::-1].copy()


def _ink_of(img: np.ndarray, box: tuple[int, int, int, int]) -> tuple[int, int, int]:
    """The ink colour printed in ``box`` (RGB, the median of its darkest 2% of pixels): a
    careful forger matches the ink of the line being edited."""
    x, y, w, h = box
    px = img[max(0, y):y + h, max(0, x):x + w].reshape(-1, 3).astype(np.int32)
    dark = px[np.argsort(px.sum(axis=1))[:max(1, len(px) // 50)]]
    b, g, r = (int(v) for v in np.median(dark, axis=0))
    return r, g, b


def _mrz_geometry(doc) -> tuple[float, float, float]:
    """(x0, pitch, line height) of the synthetic document's MRZ."""
    x, _, w, _ = doc.regions["mrz_line_0"]
    n = len(doc.mrz[0])
    return float(x), w / n, float(doc.regions["mrz_line_0"][3])


def _redraw_mrz_char(doc, img: np.ndarray, line: int, col: int, ch: str, font=None,
                     dx: float = 0.0, dy: float = 0.0) -> np.ndarray:
    from docverify.synth.render import _font, _ocrb_size_for_pitch

    x0, pitch, _ = _mrz_geometry(doc)
    lx, ly, lw, lh = doc.regions[f"mrz_line_{line}"]
    ink = _ink_of(doc.image, (lx, ly, lw, lh))
    cell = (int(x0 + col * pitch), ly - 2, int(np.ceil(pitch)), lh + 4)
    _fill_background(img, cell, pad=0)
    ocrb = font or _font("ocrb", _ocrb_size_for_pitch(pitch))
    _, cap_top, _, _ = ocrb.getbbox("A")
    return _draw_text(img, (x0 + col * pitch + dx, ly - cap_top + dy), ch, ocrb, fill=ink)


def _replace(lines: tuple[str, ...], line: int, col: int, ch: str) -> tuple[str, ...]:
    out = list(lines)
    out[line] = out[line][:col] + ch + out[line][col + 1:]
    return tuple(out)


def _fix_digits(lines: tuple[str, ...]) -> tuple[str, ...]:
    """Recompute every check digit, as a forger who knows Doc 9303 would."""
    layout = _guess_layout(lines)
    assert layout is not None
    out = lines
    for data, digit in ((layout.number, layout.number_check), (layout.birth, layout.birth_check),
                        (layout.expiry, layout.expiry_check)):
        if digit.take(out) != "<":
            out = _replace(out, digit.line, digit.start, check_digit(data.take(out)))
    if layout.composite is not None:
        data = "".join(s.take(out) for s in layout.composite_over)
        out = _replace(out, layout.composite.line, layout.composite.start, check_digit(data))
    return out


def mrz_edit(doc, rng: np.random.Generator, fix_digits: bool) -> Tampered:
    """One digit of the birth or expiry date changed in the MRZ (optionally with every check
    digit recomputed and redrawn), the visual zone left as it was."""
    layout = LAYOUTS[_guess_layout(doc.mrz).fmt]
    span = layout.birth if rng.random() < 0.5 else layout.expiry
    day = doc.mrz[span.line][span.start + 4: span.start + 6]

    def options(col: int) -> list[str]:
        out = []
        for d in "0123456789":
            trial = day[:col - span.start - 4] + d + day[col - span.start - 3:]
            if d != doc.mrz[span.line][col] and trial.isdigit() and 1 <= int(trial) <= 28:
                out.append(d)
        return out

    col = span.start + 5 - int(rng.integers(2))  # a day digit: still a valid date mostly
    choices = options(col)
    if not choices:  # the 29th-31st: the units digit alone cannot stay within 1-28
        col = span.start + 4 if col == span.start + 5 else span.start + 5
        choices = options(col)
    old = doc.mrz[span.line][col]
    new = choices[int(rng.integers(len(choices)))]
    lines = _replace(doc.mrz, span.line, col, new)
    img = _redraw_mrz_char(doc, doc.image.copy(), span.line, col, new)
    if fix_digits:
        fixed = _fix_digits(lines)
        for i, (a, b) in enumerate(zip(lines, fixed, strict=True)):
            for j, (ca, cb) in enumerate(zip(a, b, strict=True)):
                if ca != cb:
                    img = _redraw_mrz_char(doc, img, i, j, cb)
        lines = fixed
    kind = "mrz_edit_fixed" if fix_digits else "mrz_edit"
    return Tampered(kind, img, lines, f"line {span.line + 1} col {col + 1}: {old}->{new}")


def viz_field(doc, rng: np.random.Generator) -> Tampered:
    """A printed field replaced (surname, document number or birth date), MRZ untouched."""
    from docverify.synth.render import _font

    key = ("viz_surname", "viz_document_number", "viz_birth_date")[int(rng.integers(3))]
    box = doc.regions[key]
    img = doc.image.copy()
    _fill_background(img, box, pad=3)
    # A replacement equal to the value it overwrites would be no forgery: the next name, or a
    # digit or day one higher, is taken instead (no further random draws, so the kinds made
    # after this one keep their randomness).
    if key == "viz_surname":
        names = ("MARTIN", "SILVA", "NOVAK", "HANSEN", "KOWALSKI")
        i = int(rng.integers(5))
        if names[i] == doc.fields.get("surname"):
            i = (i + 1) % len(names)
        new = names[i]
    elif key == "viz_document_number":
        new = "".join(str(int(d)) for d in rng.integers(0, 10, 9))
        if new == doc.fields.get("document_number"):
            new = new[:-1] + str((int(new[-1]) + 1) % 10)
    else:
        day, month, year = (int(rng.integers(1, 28)), int(rng.integers(1, 13)),
                            1900 + int(rng.integers(40, 99)))
        if f"{year}-{month:02d}-{day:02d}" == doc.fields.get("birth_date"):
            day = day % 27 + 1
        new = f"{day:02d}.{month:02d}.{year}"
    font = _font("bold", max(8, box[3] + 6))
    x, y = box[0], box[1]
    left, top, _, _ = font.getbbox(new)
    img = _draw_text(img, (x - left, y - top), new, font)
    return Tampered("viz_field", img, doc.mrz, f"{key} -> {new}")


def glyph(doc, rng: np.random.Generator, shift: bool) -> Tampered:
    """An MRZ character redrawn in another font, or the same glyph shifted a third of a pitch:
    the text read is unchanged, only its typography betrays it."""
    from docverify.synth.render import _font

    line = int(rng.integers(len(doc.mrz)))
    cols = [j for j, c in enumerate(doc.mrz[line]) if c.isalnum()]
    col = cols[int(rng.integers(len(cols)))]
    ch = doc.mrz[line][col]
    _, pitch, lh = _mrz_geometry(doc)
    if shift:
        img = _redraw_mrz_char(doc, doc.image.copy(), line, col, ch,
                               dx=pitch * 0.35, dy=lh * 0.25)
        return Tampered("glyph_shift", img, doc.mrz, f"line {line + 1} col {col + 1} shifted")
    img = _redraw_mrz_char(doc, doc.image.copy(), line, col, ch, font=_font("sans", int(lh * 1.3)))
    return Tampered("glyph_font", img, doc.mrz, f"line {line + 1} col {col + 1} in DejaVu Sans")


def photo_swap(doc, other, quality: int | None = None, png_page: bool = False) -> Tampered:
    """The photo replaced by another document's, pasted from a different JPEG generation.

    ``quality``: the careful variant, everything at the page's own JPEG quality: the page saved
    at ``quality``, the face cut from a photo saved at ``quality`` too (its own 8x8 grid, from
    its corner), pasted, and the page saved again at ``quality`` (no ghost tells the face
    from the page). None: page at 75, face at 97, the whole re-saved at 92. ``png_page``: the
    page never compressed (kept as PNG), the face from a JPEG at ``quality`` (75 if None)."""
    import cv2

    x, y, w, h = doc.regions["photo"]
    ox, oy, ow, oh = other.regions["photo"]
    face = cv2.resize(other.image[oy:oy + oh, ox:ox + ow], (w, h), interpolation=cv2.INTER_AREA)
    if png_page:
        img = doc.image.copy()
        img[y:y + h, x:x + w] = _jpeg(face, quality or 75)
        return Tampered("photo_swap", img, doc.mrz,
                        f"photo from another document's JPEG (quality {quality or 75}), PNG page")
    ok, buf = cv2.imencode(".jpg", face, [cv2.IMWRITE_JPEG_QUALITY, quality or 97])
    assert ok
    img = _jpeg(doc.image, quality or 75)
    img[y:y + h, x:x + w] = cv2.imdecode(buf, cv2.IMREAD_COLOR)
    detail = "photo from another document"
    if quality is not None:
        return Tampered("photo_swap", _jpeg(img, quality), doc.mrz,
                        f"{detail}, all at quality {quality}")
    return Tampered("photo_swap", _jpeg(img, 92), doc.mrz, detail)


def recapture(doc, rng: np.random.Generator) -> Tampered:
    """A photo of the document shown on a screen: the pixel grid beats with the camera's
    sampling (moiré), then the camera blurs and compresses."""
    import cv2

    h, w = doc.image.shape[:2]
    period = 2.5 + float(rng.random()) * 1.5  # screen pixel pitch in image pixels
    angle = float(rng.uniform(-0.2, 0.2))
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    u = xx * np.cos(angle) + yy * np.sin(angle)
    v = -xx * np.sin(angle) + yy * np.cos(angle)
    grid = 0.78 + 0.22 * (0.5 + 0.5 * np.cos(2 * np.pi * u / period)) \
        * (0.5 + 0.5 * np.cos(2 * np.pi * v / period))
    img = np.clip(doc.image.astype(np.float32) * grid[:, :, None] * 1.05, 0, 255).astype(np.uint8)
    img = cv2.GaussianBlur(img, (3, 3), 0.6)
    return Tampered("recapture", _jpeg(img, 88), doc.mrz, f"screen pitch {period:.2f}px")


def jpeg_region(doc, rng: np.random.Generator) -> Tampered:
    """A JPEG saved at low quality, one printed field edited, the whole re-saved at high
    quality: the edited block keeps no trace of the first compression (error-level)."""
    base = viz_field(type(doc)(**{**doc.__dict__, "image": _jpeg(doc.image, 60)}), rng)
    return Tampered("jpeg_region", _jpeg(base.image, 95), doc.mrz, base.detail)


def _jpeg(img: np.ndarray, quality: int) -> np.ndarray:
    import cv2

    ok, buf = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, quality])
    assert ok
    return cv2.imdecode(buf, cv2.IMREAD_COLOR)


def make(kind: str, doc, rng: np.random.Generator, other=None) -> Tampered:
    """One tampering of ``kind`` (see KINDS) applied to a genuine synthetic document."""
    if kind == "mrz_edit":
        return mrz_edit(doc, rng, fix_digits=False)
    if kind == "mrz_edit_fixed":
        return mrz_edit(doc, rng, fix_digits=True)
    if kind == "viz_field":
        return viz_field(doc, rng)
    if kind in ("glyph_font", "glyph_shift"):
        return glyph(doc, rng, shift=kind == "glyph_shift")
    if kind == "photo_swap":
        assert other is not None
        return photo_swap(doc, other)
    if kind == "recapture":
        return recapture(doc, rng)
    if kind == "jpeg_region":
        return jpeg_region(doc, rng)
    raise ValueError(kind)
