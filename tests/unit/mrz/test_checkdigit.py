"""The ICAO check digit: the worked examples and every character's value."""

import pytest

from docverify.mrz.checkdigit import char_value, check_digit, is_valid


@pytest.mark.parametrize(
    ("data", "digit"),
    [
        ("L898902C3", "6"),  # ICAO Doc 9303 part 3 example, TD3 document number
        ("740812", "2"),
        ("120415", "9"),
        ("ZE184226B<<<<<", "1"),
        ("D23145890", "7"),
        ("520727", "3"),
        ("<<<<<<<<<", "0"),
    ],
)
def test_icao_examples(data, digit):
    assert check_digit(data) == digit
    assert is_valid(data, digit)


def test_values():
    assert [char_value(c) for c in "09AZ<"] == [0, 9, 10, 35, 0]


@pytest.mark.parametrize("bad", ["a", " ", "É", "-"])
def test_outside_alphabet(bad):
    with pytest.raises(ValueError, match="not an MRZ character"):
        char_value(bad)
    assert not is_valid(bad, "0")


def test_any_single_substitution_changes_digit():
    # The 7-3-1 weights catch every single-character substitution between digits.
    base = "123456789"
    for i in range(len(base)):
        for c in "0123456789":
            if c != base[i]:
                changed = base[:i] + c + base[i + 1 :]
                assert check_digit(changed) != check_digit(base)
