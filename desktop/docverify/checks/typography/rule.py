"""The MRZ typography check: a character off its line's pitch or baseline, of another size, in
another shape than OCR-B, or run into its neighbour, is flagged at that character."""

from __future__ import annotations

import math
from collections.abc import Iterator

from docverify.checks.context import Run, finding
from docverify.checks.registry import rule
from docverify.checks.typography.cells import Cell, LineFit, Typography, measure
from docverify.checks.typography.glyphs import OCRB, FontMissing, font_available
from docverify.config import CHECKS
from docverify.model import Finding, Severity, Text, make_text, template

W, N = Severity.WARNING, Severity.INFO

# What a flagged character does, a phrase each; several are joined with "and". Each phrase is a
# Text of its own, so the app translates the sentence and its phrases.
_WHAT = {
    "position": template("is off the line's fixed pitch"),
    "baseline": template("sits off the line's baseline"),
    "size": template("is not the size of the other characters"),
    "glyph": template("does not have the shape of the OCR-B character"),
    "touching": template("runs into its neighbour, which fixed-pitch OCR-B never does"),
}


def _phrase(template: str) -> Text:
    return make_text(template)


def _what(kinds: list[str]) -> Text:
    """The phrases of ``kinds`` joined with "and", as nested Texts."""
    what = _phrase(_WHAT[kinds[0]])
    for kind in kinds[1:]:
        what = make_text("{first} and {second}", {"first": what, "second": _phrase(_WHAT[kind])})
    return what


@rule({
    "mrz.typography.position": (W, "An MRZ character is off the line's fixed pitch (pasted or "
                                   "retyped)."),
    "mrz.typography.baseline": (W, "An MRZ character sits above or below the line's baseline "
                                   "(pasted or retyped)."),
    "mrz.typography.size": (W, "An MRZ character is taller, shorter, wider or narrower than the "
                               "others (another font or size)."),
    "mrz.typography.glyph": (W, "An MRZ character's shape is not OCR-B's (stretched onto its "
                                "box, or drawn at the line's size), or not that of the same "
                                "character printed elsewhere in the MRZ (normalised "
                                "cross-correlation far below the rest)."),
    # Information only: blur and low resolution merge genuine neighbours too (9 of 41 real
    # specimens); a character out of its cell shows as position or baseline when measurable.
    "mrz.typography.touching": (N, "Two MRZ characters run into each other, which fixed-pitch "
                                   "OCR-B never does: one of them may be out of its cell."),
    "mrz.typography.unmeasured": (N, "The MRZ typography could not be measured (characters not "
                                     "separable, OCR-B font missing) or was too uneven to judge."),
}, needs_image=True, needs="image+OCR-B font")
def typography(run: Run) -> Iterator[Finding]:
    if not font_available():
        yield finding("mrz.typography.unmeasured", N,
                      "The MRZ typography was not checked: the OCR-B font is not installed.")
        return
    try:
        typo = measure(run)
    except FontMissing as exc:
        yield finding("mrz.typography.unmeasured", N,
                      "The MRZ typography was not checked: {font} is missing: install the "
                      "fonts-ocr-b package." if str(exc).startswith(str(OCRB))
                      else "The MRZ typography was not checked: {error}.",
                      {"font": str(OCRB), "error": str(exc)})
        return
    if typo is None:
        if run.mrz_region is not None:
            yield finding("mrz.typography.unmeasured", N,
                          "The MRZ characters could not be separated; their typography was "
                          "not checked.")
        return
    for line in typo.lines:
        yield from _line(typo, line)


_KIND = {"dx": "position", "dy": "baseline", "dh": "size", "dw": "size", "shape": "glyph",
         "kin": "glyph", "dens": "glyph",
         "sized": "glyph"}


def _scales(line: LineFit, typo: Typography | None = None) -> dict[str, float]:
    """How far each measure strays on this line (robust SD), never below what the measurement
    itself can resolve; the shape's floor grows as the line's glyphs match OCR-B less well (a
    blurred or low-resolution image changes complex glyphs such as B or R). With ``typo``,
    also the scale of the match between prints of one character (``kin``)."""
    floors = dict(CHECKS.glyph_floors)
    floors["shape"] = max(floors["shape"], CHECKS.glyph_shape_blur_floor
                          * (1.0 - line.shape_median))
    out = {k: max(line.spread[k], floors[k]) for k in floors}
    if CHECKS.glyph_sized_floor > 0:
        out["sized"] = max(line.spread.get("sized", 0.0), CHECKS.glyph_sized_floor,
                           CHECKS.glyph_sized_blur_floor * (1.0 - line.sized_median))
    if typo is not None and not math.isnan(typo.kin_median):
        out["kin"] = _kin_scale(typo)
        out["kin_median"] = typo.kin_median
    return out


def _kin_scale(typo: Typography) -> float:
    """How far the matches between prints of one character stray over this MRZ, never below
    the floor, which grows as those matches fall (blur and noise)."""
    return max(typo.kin_spread, CHECKS.glyph_kin_floor,
               CHECKS.glyph_kin_blur_floor * (1.0 - typo.kin_median))


def _deadzones() -> dict[str, float]:
    """What CHECKS.glyph_deadzone_px working pixels are in each residual's unit: a residual
    that small is the rounding of the measurement itself, not a sign."""
    from docverify.checks.typography.cells import PITCH
    from docverify.checks.typography.glyphs import glyphs

    px = CHECKS.glyph_deadzone_px
    cap = float(glyphs(PITCH)["H"].height)
    return {"dx": px / PITCH, "dw": px / PITCH, "dy": px / cap, "dh": px / cap}


def _z(cell: Cell, line: LineFit, scales: dict[str, float]) -> dict[str, float]:
    dead = _deadzones()
    # Position and baseline: the move both edges agree on (a side widened by the paper's
    # pattern is a width or height residual, not a move).
    z = {k: max(0.0, abs(getattr(cell, attr)) - dead[k]) / scales[k]
         for k, attr in (("dx", "shift_x"), ("dy", "shift_y"), ("dh", "dh"), ("dw", "dw"))}
    z["dens"] = abs(cell.dens) / scales["dens"]
    z["shape"] = max(0.0, line.shape_median - cell.shape) / scales["shape"]
    if "sized" in scales:
        z["sized"] = max(0.0, line.sized_median - cell.sized) / scales["sized"]
    if "kin" in scales and not math.isnan(cell.kin):
        z["kin"] = max(0.0, scales["kin_median"] - cell.kin) / scales["kin"]
    # A character on a patterned paper (guilloche, tint) carries more of the paper's ink than
    # its line's typical one: its measures are that much less sure. Its geometry residuals
    # are divided by the ratio of its clutter to the line's, its glyph matches (whose deficit
    # grows with the square of the noise over the signal) by the ratio's square.
    ratio = max(1.0, cell.clutter / max(line.clutter_median, CHECKS.glyph_clutter_floor))
    for k in z:
        z[k] /= ratio if k in ("dx", "dy", "dh", "dw") else ratio * ratio
    if cell.char == "<":
        # Fillers carry no data, and OCR-B's small '<' is the glyph blur and low resolution
        # change most (height, baseline, shape): only its place on the pitch is judged.
        z = {k: (v if k == "dx" else 0.0) for k, v in z.items()}
    return z


def _geometry(cell: Cell, line: LineFit, scales: dict[str, float]) -> tuple[float, float]:
    """A touching character's position and baseline residuals, in scales (its shape and
    size are not measurable: the blob is cut into equal parts)."""
    z = _z(cell, line, scales)
    return z["dx"], z["dy"]


def _score(z: dict[str, float]) -> float:
    return float(sum(v * v for v in z.values()) ** 0.5)


def _threshold(line: LineFit, scales: dict[str, float]) -> float:
    """The score a character needs to stand out: the configured one, or more on a line whose
    characters all stray (a noisy scan: its 90th-percentile score times a factor)."""
    scores = sorted(_score(_z(c, line, scales)) for c in line.cells if c.touching < 0)
    p90 = scores[int(0.9 * (len(scores) - 1))] if scores else 0.0
    return max(CHECKS.glyph_outlier_score, CHECKS.glyph_outlier_p90_factor * p90)


def _reasons(cell: Cell, line: LineFit, typo: Typography, scales: dict[str, float],
             threshold: float) -> list[tuple[str, str]]:
    """(kind, evidence) for each way this character stands out of its line; [] if it does not."""
    if cell.touching >= 0:
        return [("touching", "")]
    z = _z(cell, line, scales)
    if _score(z) < threshold:
        return []
    # The same character elsewhere in the MRZ, printed the same way, is the font's own variant
    # (a wide 1, a tall filler), not a forgery.
    siblings = [c for ln in typo.lines for c in ln.cells
                if c.char == cell.char and c is not cell and c.touching < 0]
    if siblings:
        ref = {k: float(sorted(getattr(c, k) for c in siblings)[len(siblings) // 2])
               for k in ("dx", "dy", "dh", "dw", "shape", "dens")}
        rel = {k: abs(getattr(cell, k) - ref[k]) / scales[k]
               for k in ("dx", "dy", "dh", "dw", "dens")}
        rel["shape"] = max(0.0, ref["shape"] - cell.shape) / scales["shape"]
        if "sized" in z:
            ref_sized = float(sorted(c.sized for c in siblings)[len(siblings) // 2])
            rel["sized"] = max(0.0, ref_sized - cell.sized) / scales["sized"]
        if "kin" in z:  # already measured against those same prints
            rel["kin"] = z["kin"]
        if _score(rel) < threshold:
            return []
    other, other_score = cell.best_other
    # A glyph that is a clean OCR-B character other than the one read is a misreading, not a
    # forgery (the check digits speak to that): it matches that character at the line's size
    # as well as the line's characters match theirs, and sits on the line's grid, size and ink
    # like them (a sans-serif 0 pasted in is an OCR-B O, but off the pitch).
    glyph = z["shape"] ** 2 + z.get("sized", 0.0) ** 2  # both compare with the read character
    geometry = _score({k: z[k] for k in ("dx", "dy", "dh", "dw")})  # ink weight: glyph-bound
    if glyph > 0.5 * sum(v * v for v in z.values()) and \
            other_score >= line.shape_median - 2 * scales["shape"] and \
            ("sized" not in scales
             or cell.other_sized >= line.sized_median - 3 * scales["sized"]) and \
            geometry < CHECKS.glyph_misread_geometry * threshold:
        return []
    ranked = sorted(z.items(), key=lambda kv: -kv[1])
    text = {
        "dx": f"{cell.dx:+.2f} pitch",
        "dy": f"{cell.dy:+.2f} cap height",
        "dh": f"height {cell.dh:+.0%}",
        "dw": f"width {cell.dw:+.2f} pitch",
        "shape": f"glyph match {cell.shape:.2f} against the line's {line.shape_median:.2f}",
        "dens": f"ink weight {cell.dens:+.0%} of the line's",
        "kin": f"match with its other prints {cell.kin:.2f} against the MRZ's "
               f"{scales.get('kin_median', 0.0):.2f}",
        "sized": f"match at the line's size {cell.sized:.3f} against the line's "
                 f"{line.sized_median:.3f}",
    }
    out: list[tuple[str, str]] = []
    for key, value in ranked:
        if value >= 0.5 * ranked[0][1] and _KIND[key] not in [k for k, _ in out]:
            out.append((_KIND[key], text[key]))
    return out


def _line(typo: Typography, line: LineFit) -> Iterator[Finding]:
    scales = _scales(line, typo)
    threshold = _threshold(line, scales)
    flagged: list[tuple[Cell, list[tuple[str, str]]]] = []
    groups: dict[int, list[Cell]] = {}
    for cell in line.cells:
        if cell.touching >= 0:
            groups.setdefault(cell.touching, []).append(cell)
            continue
        reasons = _reasons(cell, line, typo, scales, threshold)
        if reasons:
            flagged.append((cell, reasons))
    for cells in groups.values():
        # Fillers touching fillers is how OCR-B's wide '<' prints at low resolution.
        if all(c.char == "<" for c in cells):
            continue
        which = "characters " + ", ".join(str(c.col + 1) for c in cells)
        # Blur merges genuine neighbours (information); a character moved into its neighbour
        # also leaves its part of the blob off the pitch or the baseline (a warning).
        moved = max(cells, key=lambda c: math.hypot(*_geometry(c, line, scales)))
        dx, dy = _geometry(moved, line, scales)
        if math.hypot(dx, dy) >= threshold:
            kind, text = (("position", f"{moved.dx:+.2f} pitch") if dx >= dy
                          else ("baseline", f"{moved.dy:+.2f} cap height"))
            flagged.append((moved, [(kind, text), ("touching", which)]))
        else:
            flagged.append((cells[0], [("touching", which)]))
    flagged.sort(key=lambda t: t[0].col)
    if len(flagged) > CHECKS.glyph_max_flagged_share * len(line.cells):
        yield finding(
            "mrz.typography.unmeasured", N,
            "MRZ line {line} is too uneven to judge its characters one by one ({flagged} of "
            "{count} stand out).",
            {"line": line.index + 1, "flagged": len(flagged), "count": len(line.cells)},
            evidence={"line": line.index + 1, "flagged": len(flagged)},
        )
        return
    for cell, reasons in flagged:
        yield _flag(typo, cell, reasons)


def _flag(typo: Typography, cell: Cell, reasons: list[tuple[str, str]]) -> Finding:
    """The finding for a character that stands out for ``reasons`` (the first is its kind)."""
    kind, _ = reasons[0]
    evidence = {"character": cell.char, "line": cell.line + 1, "column": cell.col + 1,
                **{k: v for k, v in reasons if v}}
    return finding(
        f"mrz.typography.{kind}", N if kind == "touching" else W,  # as catalogued
        "The MRZ character {character!r} at line {line}, position {column} {what}: it may have"
        " been pasted in or retyped.",
        {"character": cell.char, "line": cell.line + 1, "column": cell.col + 1,
         "what": _what([k for k, _ in reasons])},
        evidence=evidence, region=typo.region(cell), position=(cell.line, cell.col),
    )
