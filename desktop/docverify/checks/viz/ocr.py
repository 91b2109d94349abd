"""Reads the visual zone above the MRZ with tesseract `eng`: words, their lines and boxes.

One tesseract process per document, on the zone above the MRZ scaled so that text is about
``CHECKS.viz_char_px`` high and binarised (background, photo and seals dropped), started early
(`start_viz`) so that it runs while the other checks do."""

from __future__ import annotations

import logging
import os
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from docverify.checks.context import Run
from docverify.checks.upright import Upright, upright
from docverify.config import CHECKS
from docverify.model import Region
from docverify.reading.viz_names import tesseract_ready

log = logging.getLogger(__name__)

# The visual zone of a TD3 data page reaches about 0.65 MRZ widths above the MRZ (88 mm page,
# 112 mm MRZ); TD1/TD2 less. The crop takes a little more and is clipped to the image.
_ABOVE = {"TD3": 0.70, "MRVA": 0.70, "TD2": 0.62, "MRVB": 0.62, "TD1": 0.55}


@dataclass(frozen=True, slots=True)
class Word:
    text: str
    conf: float
    x: float  # upright-frame box, in the page's scale
    y: float
    w: float
    h: float


@dataclass(frozen=True, slots=True)
class Line:
    """A line of words as tesseract grouped them, left to right."""

    words: tuple[Word, ...]

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def conf(self) -> float:
        return float(np.mean([w.conf for w in self.words])) if self.words else 0.0

    @property
    def box(self) -> tuple[float, float, float, float]:
        x0 = min(w.x for w in self.words)
        y0 = min(w.y for w in self.words)
        x1 = max(w.x + w.w for w in self.words)
        y1 = max(w.y + w.h for w in self.words)
        return x0, y0, x1 - x0, y1 - y0


@dataclass(frozen=True, slots=True)
class VizText:
    lines: tuple[Line, ...]
    frame: Upright

    def region(self, line: Line) -> Region:
        return self.frame.to_page(*line.box)


class TesseractMissing(RuntimeError):
    """tesseract is not installed or has no `eng` model."""


def tesseract_available() -> bool:
    """Whether tesseract with the `eng` model can be run (asked once per process)."""
    return tesseract_ready()


@dataclass(frozen=True, slots=True)
class _Job:
    """A tesseract process reading the binarised visual zone, started ahead of the rule."""

    proc: subprocess.Popen[bytes]
    png: Path
    origin: tuple[int, int]  # top-left of the crop in the upright frame
    scale: float
    char_px: float
    frame: Upright


def start_viz(run: Run) -> None:
    """Start the visual-zone OCR in the background (once per run), so that tesseract's start-up
    and recognition overlap with the other checks; `read_viz` collects it."""
    run.memo("viz_job", lambda: _start(run))


def read_viz(run: Run) -> VizText | None:
    """The visual-zone text (computed once per run); None when there is nothing to read."""
    return run.memo("viz_text", lambda: _collect(run, run.memo("viz_job", lambda: _start(run))))


def _flatten(gray: np.ndarray, char_px: float) -> np.ndarray:
    """The page divided by its own background (ink removed by a grey dilation wider than a
    stroke), so that shadows, light gradients and tinted paper all become white."""
    import cv2

    k = max(3, int(round(CHECKS.viz_background_chars * char_px)) | 1)
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (k, k))
    bg = cv2.dilate(gray, kernel)
    bg = cv2.blur(bg, (k, k)).astype(np.float32)
    out = gray.astype(np.float32) * 255.0 / np.maximum(bg, 1.0)
    return np.clip(out, 0, 255).astype(np.uint8)


def _binarise(gray: np.ndarray, char_px: float) -> np.ndarray:
    """Ink on white; background patterns lighter than ``CHECKS.viz_ink_fraction`` of the
    way from paper to ink are dropped, and so are blobs much taller than text (the photo,
    seals) and long sparse curves (guilloche)."""
    import cv2

    flat = _flatten(gray, char_px)
    ink = float(np.percentile(flat, 0.5))
    ink_mask = (flat < 255 - CHECKS.viz_ink_fraction * (255 - ink)).astype(np.uint8)
    n, labels, stats, _ = cv2.connectedComponentsWithStats(ink_mask, connectivity=8)
    w, h = stats[:, cv2.CC_STAT_WIDTH], stats[:, cv2.CC_STAT_HEIGHT]
    fill = stats[:, cv2.CC_STAT_AREA] / np.maximum(w * h, 1)
    # Guilloche curves and rules: long, sparse components no glyph or word makes.
    lines = (w > 4.0 * char_px) & (fill < CHECKS.viz_line_fill)
    big = np.flatnonzero((h > 3.5 * char_px) | lines)
    big = big[big != 0]
    if big.size:
        ink_mask[np.isin(labels, big)] = 0
    # Ink keeps its flattened grey (the anti-aliased edges of small or blurred print), on white.
    return np.where(ink_mask > 0, flat, 255).astype(np.uint8)


def _brightest_channel(run: Run, frame: Upright, box: tuple[int, int, int, int],
                       ) -> np.ndarray | None:
    """The zone as its brightest colour channel, in the upright frame: printed data is dark in
    every channel, while guilloche and tints are light in at least one, so they fade against
    the paper and the text stays (None for a grey image)."""
    import cv2

    image = run.image
    if image is None or image.ndim != 3 or image.shape[2] < 3:
        return None
    x0, top, x1, y1 = box
    # Only the zone's pixels are touched: a whole 12-Mpx camera frame would cost ~0.25 s.
    if np.allclose(frame.back, np.array([[1, 0, 0], [0, 1, 0]])):
        return _max_channel(image[top:y1, x0:x1])
    # Upright (crop) coordinates to page coordinates: the frame's map after the crop offset.
    m = frame.back.copy()
    m[:, 2] += m[:, 0] * x0 + m[:, 1] * top
    zone = cv2.warpAffine(np.ascontiguousarray(image[:, :, :3]), m, (x1 - x0, y1 - top),
                          flags=cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP,
                          borderMode=cv2.BORDER_REPLICATE)
    return _max_channel(zone)


def _max_channel(bgr: np.ndarray) -> np.ndarray:
    """The brightest of the first three channels (cv2: ~20x numpy's max over the last axis)."""
    import cv2

    b, g, r = cv2.split(bgr)[:3]
    return cv2.max(cv2.max(b, g), r)


def _start(run: Run) -> _Job | VizText | None:
    """Crop, scale and binarise the zone above the MRZ and start tesseract on it."""
    import cv2

    frame = upright(run)
    doc = run.document
    if frame is None or doc is None:
        return None
    if not tesseract_available():
        raise TesseractMissing("tesseract with the eng model is not installed")
    mx, my, mw, mh = frame.mrz
    gray = frame.gray
    top = int(max(0, my - _ABOVE.get(str(doc.format), 0.6) * mw))
    x0 = int(max(0, mx - 0.08 * mw))
    x1 = int(min(gray.shape[1], mx + 1.08 * mw))
    y1 = int(max(0, my - 0.02 * mh))
    if y1 - top < 20 or x1 - x0 < 20:
        return VizText((), frame)
    crop = _brightest_channel(run, frame, (x0, top, x1, y1)) if CHECKS.viz_colour_ink else None
    crop = gray[top:y1, x0:x1] if crop is None else crop
    char_px = mh / (len(doc.mrz) * 1.6)  # MRZ lines sit at 6 lines per inch, caps ~60% of it
    # Printed labels are smaller than the MRZ (on a TD1 card about half its height): small
    # images are enlarged, within a pixel budget that bounds tesseract's time.
    scale = min(CHECKS.viz_char_px / max(char_px, 1.0), CHECKS.viz_max_upscale)
    scale = min(scale, (CHECKS.viz_max_pixels / max(crop.size, 1)) ** 0.5)
    if abs(scale - 1.0) > 0.05:
        crop = cv2.resize(crop, None, fx=scale, fy=scale,
                          interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC)
    else:
        scale = 1.0
    binary = _binarise(crop, char_px * scale)
    ok, buf = cv2.imencode(".png", binary)
    if not ok:
        raise RuntimeError("PNG encoding failed")
    fd, name = tempfile.mkstemp(prefix="docverify_viz_", suffix=".png")
    png = Path(name)
    with os.fdopen(fd, "wb") as fh:
        fh.write(buf.tobytes())
    import pytesseract

    cmd = [pytesseract.pytesseract.tesseract_cmd, str(png), "stdout", "--oem", "1",
           "--psm", str(CHECKS.viz_psm), "-l", "eng", "-c", "tessedit_do_invert=0", "tsv"]
    # One thread: tesseract's OpenMP threads only contend with the other checks (and on a busy
    # machine spin-wait, several times slower).
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    try:
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    except OSError as exc:
        png.unlink(missing_ok=True)
        raise TesseractMissing(f"tesseract could not be started ({exc})") from exc
    job = _Job(proc, png, (x0, top), scale, char_px, frame)
    run.on_close(lambda: _abandon(job))
    return job


def _abandon(job: _Job) -> None:
    if job.proc.poll() is None:
        job.proc.kill()
        job.proc.wait()
    job.png.unlink(missing_ok=True)


def _collect(run: Run, job: _Job | VizText | None) -> VizText | None:
    if job is None or isinstance(job, VizText):
        return job
    try:
        out, _ = job.proc.communicate(timeout=CHECKS.viz_timeout_s)
    except subprocess.TimeoutExpired as exc:
        raise TesseractMissing(f"tesseract took longer than {CHECKS.viz_timeout_s:.0f} s") from exc
    finally:
        _abandon(job)
    if job.proc.returncode != 0:
        raise TesseractMissing(f"tesseract failed (exit status {job.proc.returncode})")
    x0, top = job.origin
    scale = job.scale
    groups: dict[tuple[str, str, str], list[Word]] = {}
    for row in out.decode("utf-8", "replace").splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5":
            continue
        text, conf = cols[11].strip(), float(cols[10])
        if not text or conf < CHECKS.viz_min_word_conf:
            continue
        left, wtop, width, height = (int(v) for v in cols[6:10])
        groups.setdefault((cols[2], cols[3], cols[4]), []).append(Word(
            text, conf, x0 + left / scale, top + wtop / scale, width / scale, height / scale,
        ))
    lines: list[Line] = []
    for ws in groups.values():
        lines.extend(_split_columns(sorted(ws, key=lambda w: w.x)))
    lines = _merge_rows(lines)
    lines.sort(key=lambda ln: (round(ln.box[1] / max(job.char_px, 1)), ln.box[0]))
    return VizText(tuple(lines), job.frame)


def _split_columns(words: list[Word]) -> list[Line]:
    """A row tesseract read across two columns (label of one field, label of the next), cut
    where the gap between words is wider than three word heights."""
    out: list[list[Word]] = [[]]
    for w in words:
        if out[-1]:
            prev = out[-1][-1]
            if w.x - (prev.x + prev.w) > 3.0 * max(prev.h, w.h):
                out.append([])
        out[-1].append(w)
    return [Line(tuple(ws)) for ws in out if ws]


def _merge_rows(lines: list[Line]) -> list[Line]:
    """Fragments of one row (psm 11 splits rows) closer than 1.2 word heights are one line."""
    out: list[Line] = []
    for line in sorted(lines, key=lambda ln: (ln.box[1], ln.box[0])):
        for i, prev in enumerate(out):
            px, py, pw, ph = prev.box
            x, y, w, h = line.box
            same_row = abs((py + ph / 2) - (y + h / 2)) < 0.5 * max(ph, h)
            near = 0 <= x - (px + pw) < 1.2 * max(ph, h)
            if same_row and near:
                out[i] = Line(prev.words + line.words)
                break
        else:
            out.append(line)
    return out
