"""Renders MRZ line crops in OCR-B and degrades them like camera and scanner images."""

from __future__ import annotations

import random
from functools import cache

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

FONT_DIR = "/usr/share/fonts/opentype/ocr-b/"
FONTS = (("OCRB.otf", 0.85), ("OCRBS.otf", 0.15))
CAP_RATIO = 0.72  # cap height / font size for OCR-B
ADVANCE_RATIO = 0.723  # advance / font size


@cache
def _font(name: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(FONT_DIR + name, size)


def _ink_layer(text: str, font: ImageFont.FreeTypeFont, pitch: float, w: int, h: int,
               x0: float, baseline: float, stroke: int) -> np.ndarray:
    """Ink coverage (0..255) of ``text`` drawn character by character at a fixed pitch."""
    im = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(im)
    for i, c in enumerate(text):
        d.text((x0 + i * pitch, baseline), c, font=font, fill=255, anchor="ls", stroke_width=stroke,
               stroke_fill=255)
    return np.asarray(im, dtype=np.uint8)


def _background(rng: random.Random, h: int, w: int, paper: float, clean: bool) -> np.ndarray:
    bg = np.full((h, w), paper, np.float32)
    if clean:
        return bg
    nr = np.random.default_rng(rng.getrandbits(32))
    if rng.random() < 0.6:  # uneven illumination: a linear ramp plus a soft blob
        gx, gy = np.meshgrid(np.linspace(-1, 1, w, dtype=np.float32),
                             np.linspace(-1, 1, h, dtype=np.float32))
        bg += rng.uniform(-40, 40) * gx + rng.uniform(-25, 25) * gy
        cx, cy, r = rng.uniform(-1, 1), rng.uniform(-1, 1), rng.uniform(0.3, 1.5)
        bg += rng.uniform(-50, 30) * np.exp(-((gx - cx) ** 2 + (gy - cy) ** 2) / r)
    if rng.random() < 0.5:  # paper / print texture
        small = nr.normal(0, 1, (max(2, h // 8), max(2, w // 8))).astype(np.float32)
        bg += cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC) * rng.uniform(3, 18)
    if rng.random() < 0.5:  # guilloche-like security lines
        xs = np.arange(0, w, 2, dtype=np.float32)
        for _ in range(rng.randint(2, 12)):
            amp, per = rng.uniform(2, h / 2), rng.uniform(20, 300)
            ph, y0 = rng.uniform(0, 6.3), rng.uniform(0, h)
            ys = y0 + amp * np.sin(xs / per * 6.283 + ph)
            pts = np.stack([xs, ys], 1).astype(np.int32)
            cv2.polylines(bg, [pts], False, float(paper - rng.uniform(15, 70)),
                          thickness=rng.choice((1, 1, 2)), lineType=cv2.LINE_AA)
    return bg


def render_line(rng: random.Random, text: str, neighbours: tuple[str, str] | None = None,
                clean: bool = False, low_res: bool = False) -> np.ndarray:
    """A grayscale uint8 crop of one MRZ line (dark on light), degraded unless ``clean``.

    ``low_res``: drawn as usual, then brought down to a character height of 5-12 px and
    blurred / JPEG-compressed at that size (small or distant documents); the network's input
    normalisation scales it back up to 32 px as it does the reader's crops.
    """
    name = rng.choices([f for f, _ in FONTS], [p for _, p in FONTS])[0]
    cap = rng.uniform(20, 40) if clean else rng.uniform(14, 40)
    size = max(8, round(cap / CAP_RATIO))
    font = _font(name, size)
    adv = size * ADVANCE_RATIO
    r = rng.random()
    pitch = adv * (rng.uniform(0.97, 1.15) if r < 0.6 else rng.uniform(1.1, 1.6))
    line_pitch = cap * rng.uniform(1.45, 2.1)
    n = len(text)
    pad_x = int(4 * pitch + 10)
    w = int(n * pitch + 2 * pad_x)
    h = int(3 * line_pitch + 2 * cap)
    base = h / 2 + cap / 2
    stroke = 1 if (not clean and cap > 24 and rng.random() < 0.2) else 0
    ink = _ink_layer(text, font, pitch, w, h, pad_x, base, stroke)
    ys, xs = np.nonzero(ink > 64)
    if len(xs) == 0:
        raise ValueError("nothing drawn")
    box = (xs.min(), ys.min(), xs.max() + 1, ys.max() + 1)
    if neighbours is not None and not clean:
        above, below = neighbours
        if above and rng.random() < 0.5:
            ink = np.maximum(ink, _ink_layer(above, font, pitch, w, h, pad_x, base - line_pitch,
                                             stroke))
        if below and rng.random() < 0.5:
            ink = np.maximum(ink, _ink_layer(below, font, pitch, w, h, pad_x, base + line_pitch,
                                             stroke))
    a = ink.astype(np.float32) / 255.0
    if not clean and rng.random() < 0.4:  # stroke weight
        k = max(1, round(cap / 14))
        kernel = np.ones((k + 1, k + 1), np.uint8)
        a = cv2.erode(a, kernel) if rng.random() < 0.5 else cv2.dilate(a, kernel)
        if rng.random() < 0.5:
            a = 0.5 * a + 0.5 * (ink.astype(np.float32) / 255.0)
    if clean:
        paper, ink_level = rng.uniform(215, 255), rng.uniform(0, 50)
    else:
        paper = rng.uniform(130, 255)
        ink_level = rng.uniform(0, max(5.0, paper - rng.uniform(45, 200)))
    bg = _background(rng, h, w, paper, clean)
    img = bg * (1 - a) + ink_level * a

    # Geometry: rotation, shear and slight perspective, all about the line's centre.
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    corners = np.float32([[box[0], box[1]], [box[2], box[1]], [box[2], box[3]], [box[0], box[3]]])
    if clean:
        m = np.eye(3, dtype=np.float32)
    else:
        ang = np.deg2rad(rng.uniform(-3, 3) if rng.random() < 0.7 else rng.uniform(-1, 1))
        shear = rng.uniform(-0.25, 0.25) if rng.random() < 0.5 else 0.0
        t1 = np.array([[1, 0, -cx], [0, 1, -cy], [0, 0, 1]], np.float32)
        sh = np.array([[1, shear, 0], [0, 1, 0], [0, 0, 1]], np.float32)
        ro = np.array([[np.cos(ang), -np.sin(ang), 0], [np.sin(ang), np.cos(ang), 0], [0, 0, 1]],
                      np.float32)
        pe = np.eye(3, dtype=np.float32)
        if rng.random() < 0.4:
            pe[2, 0] = rng.uniform(-0.3, 0.3) / max(1.0, box[2] - box[0])
            pe[2, 1] = rng.uniform(-0.3, 0.3) / max(1.0, box[2] - box[0])
        t2 = np.array([[1, 0, cx], [0, 1, cy], [0, 0, 1]], np.float32)
        m = t2 @ pe @ ro @ sh @ t1
        img = cv2.warpPerspective(img, m, (w, h), flags=cv2.INTER_LINEAR,
                                  borderMode=cv2.BORDER_REPLICATE)
    pts = cv2.perspectiveTransform(corners[None], m)[0]
    x0, y0 = pts.min(0)
    x1, y1 = pts.max(0)
    ch = box[3] - box[1]
    if clean:
        mt, mb = rng.uniform(0.1, 0.35) * ch, rng.uniform(0.1, 0.35) * ch
        ml, mr = rng.uniform(0.2, 1.0) * pitch, rng.uniform(0.2, 1.0) * pitch
    else:
        mt, mb = rng.uniform(-0.03, 0.5) * ch, rng.uniform(-0.03, 0.5) * ch
        if rng.random() < 0.1:
            mt, mb = mt + rng.uniform(0, 0.4) * ch, mb + rng.uniform(0, 0.4) * ch
        # Never so much margin that a neighbouring line shows more than a third of its height.
        limit = (line_pitch - cap) + 0.33 * cap
        mt, mb = min(mt, limit), min(mb, limit)
        ml, mr = rng.uniform(0, 3) * pitch, rng.uniform(0, 3) * pitch
    X0, Y0 = max(0, int(x0 - ml)), max(0, int(y0 - mt))
    X1, Y1 = min(w, int(np.ceil(x1 + mr))), min(h, int(np.ceil(y1 + mb)))
    img = img[Y0:Y1, X0:X1]
    if clean:
        return np.clip(img, 0, 255).astype(np.uint8)
    if low_res:
        small_cap = rng.uniform(5, 12)
        f = small_cap / cap
        size = (max(8, round(img.shape[1] * f)), max(4, round(img.shape[0] * f)))
        img = cv2.resize(img, size, interpolation=cv2.INTER_AREA)
        return degrade(rng, img, small_cap)
    return degrade(rng, img, cap)


def degrade(rng: random.Random, img: np.ndarray, cap: float) -> np.ndarray:
    """Blur, motion blur, noise, JPEG and sometimes binarisation of a float or uint8 image."""
    img = img.astype(np.float32)
    nr = np.random.default_rng(rng.getrandbits(32))
    r = rng.random()
    if r < 0.5:
        s = rng.uniform(0.3, max(0.5, cap / 16))
        img = cv2.GaussianBlur(img, (0, 0), s)
    elif r < 0.65:
        k = rng.randint(3, max(3, int(cap / 5)))
        kernel = np.zeros((k, k), np.float32)
        kernel[k // 2, :] = 1.0
        rot = cv2.getRotationMatrix2D(((k - 1) / 2, (k - 1) / 2), rng.uniform(0, 180), 1.0)
        kernel = cv2.warpAffine(kernel, rot, (k, k))
        img = cv2.filter2D(img, -1, kernel / max(kernel.sum(), 1e-6))
    if rng.random() < 0.3:  # lower resolution than the nominal size, then back
        f = rng.uniform(0.5, 0.9)
        small = cv2.resize(img, None, fx=f, fy=f, interpolation=cv2.INTER_AREA)
        img = cv2.resize(small, (img.shape[1], img.shape[0]), interpolation=cv2.INTER_LINEAR)
    if rng.random() < 0.6:
        img += nr.normal(0, rng.uniform(2, 14), img.shape).astype(np.float32)
    out = np.clip(img, 0, 255).astype(np.uint8)
    if rng.random() < 0.5:
        q = rng.randint(20, 90)
        ok, buf = cv2.imencode(".jpg", out, [cv2.IMWRITE_JPEG_QUALITY, q])
        if ok:
            out = cv2.imdecode(buf, cv2.IMREAD_GRAYSCALE)
    if rng.random() < 0.3:
        if rng.random() < 0.4:  # blobby print: blur, then a biased threshold (bold or thin)
            blurred = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.8, max(1.0, cap / 10)))
            lo, hi = np.percentile(blurred, (2, 98))
            level = lo + (hi - lo) * rng.uniform(0.35, 0.8)
            out = np.where(blurred > level, 255, 0).astype(np.uint8)
        elif rng.random() < 0.5:
            _, out = cv2.threshold(out, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
        else:
            block = int(cap) | 1
            out = cv2.adaptiveThreshold(out, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY,
                                        max(3, 2 * block + 1), rng.uniform(5, 20))
    return out


def augment_real(rng: random.Random, img: np.ndarray, strong: bool = False) -> np.ndarray:
    """A light variation of a real (mostly binarised, tightly cropped) line crop; ``strong``
    also varies the character pitch and the stroke weight, which differ from printer to printer."""
    img = img.astype(np.float32)
    h = img.shape[0]
    if strong and rng.random() < 0.5:  # pitch: wider or narrower characters
        img = cv2.resize(img, None, fx=rng.uniform(0.8, 1.25), fy=1.0,
                         interpolation=cv2.INTER_LINEAR)
    if strong and rng.random() < 0.3:  # stroke weight: thin or bold print, at twice the size
        big = cv2.resize(img, None, fx=2.0, fy=2.0, interpolation=cv2.INTER_LINEAR)
        k = np.ones((rng.choice((2, 3)),) * 2, np.uint8)
        # Ink is dark: eroding the image thickens strokes, dilating thins them.
        big = cv2.erode(big, k) if rng.random() < 0.5 else cv2.dilate(big, k)
        img = cv2.resize(big, (img.shape[1], img.shape[0]), interpolation=cv2.INTER_AREA)
    if rng.random() < 0.6:  # contrast: map black/white to ink/paper levels
        paper = rng.uniform(150, 255)
        ink = rng.uniform(0, max(5.0, paper - rng.uniform(60, 200)))
        img = ink + (paper - ink) * img / 255.0
    if rng.random() < 0.5:  # margins
        t, b = int(rng.uniform(0, 0.35) * h), int(rng.uniform(0, 0.35) * h)
        lr = int(rng.uniform(0, 1.5) * h)
        img = cv2.copyMakeBorder(img, t, b, lr, int(rng.uniform(0, 1.5) * h),
                                 cv2.BORDER_REPLICATE)
    if rng.random() < 0.4:  # slight rotation
        hh, ww = img.shape
        rot = cv2.getRotationMatrix2D((ww / 2, hh / 2), rng.uniform(-1.5, 1.5), 1.0)
        img = cv2.warpAffine(img, rot, (ww, hh), borderMode=cv2.BORDER_REPLICATE)
    if rng.random() < 0.5:  # lower resolution
        f = rng.uniform(0.35, 0.9)
        img = cv2.resize(img, None, fx=f, fy=f, interpolation=cv2.INTER_AREA)
    if rng.random() < 0.5:
        return degrade(rng, img, cap=img.shape[0] * 0.6)
    return np.clip(img, 0, 255).astype(np.uint8)
