"""Locating the MRZ: the lines of one band share their ends."""

from __future__ import annotations

import math

import pytest

from docverify.reading.geometry import Box
from docverify.reading.locate import equal_ends, group_lines


@pytest.mark.parametrize("angle", [0.0, 7.0, -12.0])
def test_lines_of_a_band_take_the_widest_ends(angle):
    t = math.radians(angle)

    def at(u: float, v: float, length: float) -> Box:
        # A box centred u along and v across the band's direction.
        return Box(u * math.cos(t) - v * math.sin(t), u * math.sin(t) + v * math.cos(t),
                   length, 20.0, angle)

    # Line 1 lost its first character (starts at 40, not 0); line 2 lost trailing fillers.
    first, second = at(40 + 460 / 2, 0.0, 460.0), at(400 / 2, 40.0, 400.0)
    a, b = equal_ends((first, second))
    for box, was in ((a, first), (b, second)):
        assert box.length == pytest.approx(500.0, abs=1e-3)
        assert box.height == was.height
        assert box.angle == pytest.approx(angle)
        along = box.cx * math.cos(t) + box.cy * math.sin(t)
        across = -box.cx * math.sin(t) + box.cy * math.cos(t)
        assert along == pytest.approx(250.0, abs=1e-3)  # pixels
        assert across == pytest.approx(-was.cx * math.sin(t) + was.cy * math.cos(t), abs=1e-3)


def test_a_single_line_is_left_as_found():
    box = Box(100.0, 50.0, 300.0, 20.0, 3.0)
    assert equal_ends((box,)) == (box,)


# An MRV-B visa's lines as the detector found them on a shadowed page (dev set seed 2,500,000
# #179): the second line whole, the first in two pieces with six characters lost between them.
WHOLE = Box(763, 561, 716, 22.1, -1.3)
HEAD, TAIL = Box(483, 535, 160, 18.8, -1.2), Box(902, 525, 438, 19.2, -1.4)


def test_pieces_of_a_line_beside_a_whole_mate_are_joined():
    best = group_lines([WHOLE, HEAD, TAIL])[0]
    assert len(best.lines) == 2
    first, second = best.lines
    assert second == WHOLE
    assert first.length == pytest.approx(WHOLE.length, rel=0.05)
    assert first.cx == pytest.approx(WHOLE.cx, abs=10)


def test_far_apart_pieces_without_a_mate_stay_apart():
    candidates = group_lines([HEAD, TAIL])
    assert all(len(c.lines) == 1 for c in candidates)
    assert not any(c.lines[0].length > TAIL.length * 1.05 for c in candidates)


# A Canadian specimen turned 6° (the detector's boxes, work scale): its two MRZ lines, and
# right after the second, on its line, the boxed caption "Machine Readable Zone (MRZ)" three
# lines tall. Joined to the caption, the second line lost its mate and the MRZ was not found.
MRZ_1, MRZ_2 = Box(389, 414, 695, 17.2, 5.9), Box(385, 453, 696, 18.1, 6.1)
CAPTION = Box(983, 501, 343, 55.9, 8.0)


def test_a_tall_caption_on_the_line_is_not_a_piece_of_it():
    best = group_lines([MRZ_1, MRZ_2, CAPTION])[0]
    assert best.lines == (MRZ_1, MRZ_2)


# A TD1 card turned 90° and shrunk (dev seed 3,200,000 #510; the detector's boxes after
# merge_collinear, work scale, in its order): the third line found whole, the first two each in
# two pieces with a run of faint fillers lost between them. The short left pieces' boxes lie
# flat (0°) while the line runs at -1.7°: seen from them, the long pieces are off the line.
ROW_1 = (Box(306.0, 152.5, 274.0, 29.0, 0.0), Box(902.1, 130.8, 370.5, 36.7, -1.7))
ROW_2 = (Box(323.0, 204.0, 304.0, 38.0, 0.0), Box(811.1, 184.7, 554.7, 37.9, -1.5))
ROW_3 = Box(631.9, 243.8, 908.9, 49.7, -2.7)


def test_pieces_are_seen_from_the_longer_one():
    best = group_lines([*ROW_1, *ROW_2, ROW_3])[0]
    assert len(best.lines) == 3
    assert all(b.length == pytest.approx(ROW_3.length, rel=0.05) for b in best.lines)


# A blurred Taiwanese specimen upside down (the detector's boxes, work scale): blur fattened
# both MRZ lines' blobs until they nearly touch (62 and 54 px high, 58 px apart).
BLURRED_1, BLURRED_2 = Box(535, 180, 886, 62.3, 0.4), Box(538, 238, 868, 54.2, 0.6)


def test_blurred_lines_are_still_neighbours():
    best = group_lines([BLURRED_1, BLURRED_2, Box(614, 336, 787, 91.0, 5.3)])[0]
    assert best.lines == (BLURRED_1, BLURRED_2)


def test_a_line_is_cropped_no_taller_than_its_pitch_allows():
    lines = equal_ends((BLURRED_1, BLURRED_2))
    pitch = math.hypot(lines[1].cx - lines[0].cx, lines[1].cy - lines[0].cy)
    assert all(b.height <= 0.8 * pitch + 0.01 for b in lines)
    # Lines of print as tall as usual keep their height.
    clean = equal_ends((Box(500, 100, 800, 20, 0.0), Box(500, 135, 800, 20, 0.0)))
    assert [b.height for b in clean] == [20, 20]
