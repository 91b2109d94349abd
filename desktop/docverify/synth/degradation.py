"""Camera-like degradations: desk background, rotation, skew, perspective, blur, light, JPEG."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

import cv2
import numpy as np

from docverify.synth.tunables import SYNTH

Box = tuple[int, int, int, int]
_DESKS = ((60, 95, 140), (40, 60, 90), (150, 150, 150), (215, 215, 210), (35, 35, 40),
          (90, 120, 160), (120, 100, 80))  # BGR: woods, greys, white, black, blue-ish


@dataclass(frozen=True, slots=True)
class DegradationPlan:
    """Every parameter of one degradation; ``homography`` maps document to output pixels."""

    seed: int
    src_size: tuple[int, int]  # (width, height) of the clean document
    out_size: tuple[int, int]  # (width, height) of the output canvas
    rotation: int  # 0, 90, 180 or 270: the document appears turned this far clockwise
    skew_deg: float  # further clockwise rotation
    scale: float  # output dpi / document dpi
    out_dpi: float
    perspective: float  # corner jitter used, as a share of the shorter side
    homography: tuple[tuple[float, float, float], ...]
    background: int  # index of the desk colour, -1 for none (white)
    blur: str  # "none", "gaussian" or "motion"
    blur_amount: float  # sigma (gaussian) or kernel length (motion), px
    motion_angle: float
    jpeg_quality: int  # 0: no JPEG round trip
    noise_sigma: float
    lighting: tuple[float, float, float, float]  # base, x gradient, y gradient, spot gain
    shadow: float  # multiplicative darkness inside the shadow, 1.0: none

    @property
    def matrix(self) -> np.ndarray:
        return np.array(self.homography, dtype=np.float64)

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["homography"] = [list(r) for r in self.homography]
        return d


def _pick(value, default):
    """Option convention: None draws at random, False/0 turns off, anything else is used."""
    return default() if value is None else value


def plan_degradation(src_size: tuple[int, int], seed: int, *, src_dpi: float = SYNTH.dpi,
                     rotation: int | None = None, skew: float | None = None,
                     perspective: float | None = None, out_dpi: float | None = None,
                     background: bool = True, blur: str | None = None,
                     blur_amount: float | None = None, jpeg_quality: int | None = None,
                     noise: float | None = None, lighting: bool = True,
                     shadow: bool | None = None, margin: float | None = None,
                     ) -> DegradationPlan:
    """Draw a degradation for a document of ``src_size`` (w, h); options fix any parameter."""
    rng = np.random.default_rng([int(seed), 0xDE6])
    t = SYNTH
    rot = int(_pick(rotation, lambda: int(rng.choice([0, 0, 90, 180, 270]))))
    if rot % 90:
        raise ValueError("rotation must be a multiple of 90")
    rot %= 360
    skew_deg = float(_pick(skew, lambda: float(rng.uniform(-1, 1) ** 3 * t.max_skew_deg)))
    persp = float(_pick(perspective, lambda: float(rng.uniform(0, t.max_perspective))))
    dpi_out = float(_pick(out_dpi, lambda: float(rng.uniform(*t.out_dpi_range))))
    scale = dpi_out / src_dpi
    m = float(_pick(margin, lambda: float(rng.uniform(*t.canvas_margin_range))))

    w, h = src_size
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float64)
    theta = np.deg2rad(rot + skew_deg)
    c, s = np.cos(theta), np.sin(theta)
    dst = (src - [w / 2, h / 2]) @ np.array([[c, s], [-s, c]]) * scale
    dst += rng.uniform(-1, 1, size=(4, 2)) * persp * min(w, h) * scale
    lo, hi = dst.min(0), dst.max(0)
    ext = hi - lo
    out_w, out_h = (int(np.ceil(v * m)) + 2 for v in ext)
    off = rng.uniform(0, 1, size=2) * ([out_w, out_h] - ext) - lo
    dst += off
    hom = cv2.getPerspectiveTransform(src.astype(np.float32), dst.astype(np.float32))

    blur_kind = str(_pick(blur, lambda: str(rng.choice(["none", "gaussian", "motion"]))))
    if blur_kind == "gaussian":
        amount = float(_pick(blur_amount, lambda: float(rng.uniform(0.4, t.max_gaussian_sigma_px))))
    elif blur_kind == "motion":
        amount = float(_pick(blur_amount, lambda: float(rng.integers(3, t.max_motion_px + 1))))
    elif blur_kind in ("none", "False"):
        blur_kind, amount = "none", 0.0
    else:
        raise ValueError(f"blur must be none, gaussian or motion, not {blur!r}")
    quality = int(_pick(jpeg_quality, lambda: int(rng.integers(t.jpeg_quality_range[0],
                                                               t.jpeg_quality_range[1] + 1))))
    sigma = float(_pick(noise, lambda: float(rng.uniform(0, t.max_noise_sigma))))
    lo_l, hi_l = t.lighting_range
    light = ((float(rng.uniform(0.8, 1.0)), float(rng.uniform(-0.25, 0.25)),
              float(rng.uniform(-0.25, 0.25)), float(rng.uniform(0, 0.3)))
             if lighting else (1.0, 0.0, 0.0, 0.0))
    light = (min(max(light[0], lo_l), hi_l),) + light[1:]
    shade = 1.0
    if _pick(shadow, lambda: bool(rng.random() < 0.4)):
        shade = float(rng.uniform(*t.shadow_strength_range))
    return DegradationPlan(
        seed=int(seed), src_size=(int(w), int(h)), out_size=(out_w, out_h), rotation=rot,
        skew_deg=skew_deg, scale=scale, out_dpi=dpi_out, perspective=persp,
        homography=tuple(tuple(float(v) for v in row) for row in hom),
        background=int(rng.integers(len(_DESKS))) if background else -1,
        blur=blur_kind, blur_amount=amount, motion_angle=float(rng.uniform(0, 180)),
        jpeg_quality=quality, noise_sigma=sigma, lighting=light, shadow=shade,
    )


def _desk(out_w: int, out_h: int, index: int, rng: np.random.Generator) -> np.ndarray:
    if index < 0:
        return np.full((out_h, out_w, 3), 255, np.uint8)
    sw, sh = max(8, out_w // 8), max(8, out_h // 8)
    n = cv2.GaussianBlur(rng.standard_normal((sh, sw), dtype=np.float32), (0, 0), 2.0)
    yy = np.arange(sh, dtype=np.float32)[:, None]
    grain = np.sin(yy * rng.uniform(0.3, 1.2) + 6 * n) * rng.uniform(0, 12)
    tex = (n * 10 + grain).astype(np.float32)
    base = np.array(_DESKS[index], np.float32)
    small = np.clip(base[None, None, :] + tex[:, :, None], 0, 255).astype(np.uint8)
    return cv2.resize(small, (out_w, out_h), interpolation=cv2.INTER_LINEAR)


def _light_field(plan: DegradationPlan, rng: np.random.Generator) -> np.ndarray:
    out_w, out_h = plan.out_size
    sw, sh = max(4, out_w // 16), max(4, out_h // 16)
    xs = np.linspace(-1, 1, sw, dtype=np.float32)[None, :]
    ys = np.linspace(-1, 1, sh, dtype=np.float32)[:, None]
    base, gx, gy, spot = plan.lighting
    cx, cy = rng.uniform(-1, 1, size=2)
    field = base + gx * xs + gy * ys + spot * np.exp(-((xs - cx) ** 2 + (ys - cy) ** 2) / 0.3)
    if plan.shadow < 1.0:
        mask = np.zeros((sh, sw), np.float32)
        pts = (rng.uniform(0, 1, size=(4, 2)) * [sw, sh]).astype(np.int32)
        pts[0] = [0, int(rng.integers(sh))]
        cv2.fillConvexPoly(mask, cv2.convexHull(pts), 1.0)
        mask = cv2.GaussianBlur(mask, (0, 0), 1.5)
        field = field * (1 - (1 - plan.shadow) * mask)
    field = np.clip(field, 0.25, 1.25)
    return cv2.resize(field, (out_w, out_h), interpolation=cv2.INTER_LINEAR)


def render_plan(image: np.ndarray, plan: DegradationPlan) -> np.ndarray:
    """Everything but the JPEG round trip (so a writer can encode once at the plan's quality)."""
    rng = np.random.default_rng([plan.seed, 0xBAC])
    out_w, out_h = plan.out_size
    canvas = _desk(out_w, out_h, plan.background, rng)
    hom = plan.matrix
    src = image
    if plan.scale < 0.95:  # area-average first: a straight warp would alias the text
        src = cv2.resize(image, None, fx=plan.scale, fy=plan.scale, interpolation=cv2.INTER_AREA)
        sx, sy = src.shape[1] / image.shape[1], src.shape[0] / image.shape[0]
        hom = hom @ np.diag([1 / sx, 1 / sy, 1.0])
    cv2.warpPerspective(src, hom, (out_w, out_h), dst=canvas, flags=cv2.INTER_LINEAR,
                        borderMode=cv2.BORDER_TRANSPARENT)
    field = _light_field(plan, rng)
    field8 = np.clip(field * 200, 0, 255).astype(np.uint8)
    canvas = cv2.multiply(canvas, cv2.merge([field8, field8, field8]), scale=1 / 200)
    if plan.blur == "gaussian":
        canvas = cv2.GaussianBlur(canvas, (0, 0), plan.blur_amount)
    elif plan.blur == "motion":
        k = int(plan.blur_amount)
        kernel = np.zeros((k, k), np.float32)
        kernel[k // 2, :] = 1.0
        rot = cv2.getRotationMatrix2D(((k - 1) / 2, (k - 1) / 2), plan.motion_angle, 1.0)
        kernel = cv2.warpAffine(kernel, rot, (k, k))
        canvas = cv2.filter2D(canvas, -1, kernel / max(kernel.sum(), 1e-6))
    if plan.noise_sigma > 0:
        noise = np.empty((out_h, out_w), np.int16)
        cv2.setRNGSeed(plan.seed)
        cv2.randn(noise, 0, plan.noise_sigma)
        canvas = cv2.add(canvas, cv2.merge([noise, noise, noise]), dtype=cv2.CV_8U)
    return canvas


def apply_plan(image: np.ndarray, plan: DegradationPlan) -> np.ndarray:
    """The degraded image for ``plan`` (BGR uint8)."""
    out = render_plan(image, plan)
    if plan.jpeg_quality:
        ok, buf = cv2.imencode(".jpg", out, [cv2.IMWRITE_JPEG_QUALITY, plan.jpeg_quality])
        if not ok:
            raise RuntimeError("JPEG encoding failed")
        out = cv2.imdecode(buf, cv2.IMREAD_COLOR)
    return out


def degrade(image: np.ndarray, seed: int, **options) -> tuple[np.ndarray, np.ndarray]:
    """A degraded copy of ``image`` and the 3x3 homography from ``image`` to it.

    Options (see ``plan_degradation``): rotation, skew, perspective, out_dpi, src_dpi,
    background, blur, blur_amount, jpeg_quality, noise, lighting, shadow, margin.
    """
    plan = plan_degradation((image.shape[1], image.shape[0]), seed, **options)
    return apply_plan(image, plan), plan.matrix


def map_points(points, homography) -> np.ndarray:
    """Points (N, 2) mapped through ``homography``."""
    pts = np.asarray(points, np.float64).reshape(-1, 1, 2)
    return cv2.perspectiveTransform(pts, np.asarray(homography, np.float64)).reshape(-1, 2)


def map_quad(box: Box, homography) -> list[list[float]]:
    """The four corners of ``box`` (clockwise from its top-left) in the degraded image."""
    x, y, w, h = box
    pts = map_points([[x, y], [x + w, y], [x + w, y + h], [x, y + h]], homography)
    return [[round(float(px), 1), round(float(py), 1)] for px, py in pts]


def map_box(box: Box, homography, size: tuple[int, int] | None = None) -> Box:
    """The axis-aligned box around ``box`` mapped through ``homography``, clipped to ``size``."""
    pts = np.array(map_quad(box, homography))
    x0, y0 = np.floor(pts.min(0)).astype(int)
    x1, y1 = np.ceil(pts.max(0)).astype(int)
    if size is not None:
        x0, y0 = max(0, x0), max(0, y0)
        x1, y1 = min(size[0], x1), min(size[1], y1)
    return int(x0), int(y0), int(x1 - x0), int(y1 - y0)
