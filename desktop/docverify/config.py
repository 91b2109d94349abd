"""Every threshold and tunable in one place, so that none hides as a magic number in the code."""

from __future__ import annotations

from dataclasses import dataclass

# --- Input limits: refuse before decoding what would exhaust memory.
MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_IMAGE_PIXELS = 80_000_000  # about 9000 x 9000
MAX_PDF_PAGES = 20
PDF_RENDER_DPI = 200
MAX_MRZ_TEXT_CHARS = 1000

# --- Dates: ICAO leaves the century implicit.
EXPIRY_YEARS_AHEAD = 20  # an expiry two-digit year up to this far ahead is in this century


@dataclass(frozen=True, slots=True)
class ReadingTunables:
    """Knobs of the MRZ reader."""

    # The longest the reader spends on one image before settling for its best candidate.
    time_budget_s: float = 2.5
    # Working resolution: the image is scaled so its longer side is at most this.
    max_side_px: int = 1600
    # Line images are normalised to this height for the recogniser.
    line_height_px: int = 32
    # Characters read with a confidence below this are marked doubtful.
    doubtful_char_confidence: float = 0.80


READING = ReadingTunables()
