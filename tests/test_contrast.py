"""WCAG contrast maths (lessonpack.contrast), against values from the WCAG definition."""

from __future__ import annotations

import pytest

from lessonpack.contrast import (
    contrast_ratio,
    format_ratio,
    hex_colour,
    is_large_text,
    luminance,
    meets_aa,
    parse_colour,
    ratio,
    relative_luminance,
    required_ratio,
)


def test_extremes_and_symmetry() -> None:
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#FFFFFF", "#FFFFFF") == pytest.approx(1.0)
    assert contrast_ratio("#2456A6", "#FFFFFF") == contrast_ratio("#FFFFFF", "#2456A6")
    assert relative_luminance("#FFFFFF") == pytest.approx(1.0)


def test_aa_threshold_either_side() -> None:
    # #767676 is the palest grey that passes AA on white; #777777 just fails.
    assert contrast_ratio("#767676", "#FFFFFF") == pytest.approx(4.54, abs=0.01)
    assert meets_aa("#767676", "#FFFFFF")
    assert not meets_aa("#777777", "#FFFFFF")
    assert meets_aa("#949494", "#FFFFFF", large=True)  # 3.03:1 is enough for large text


def test_format_never_rounds_a_failure_up_to_the_threshold() -> None:
    ratio = contrast_ratio("#777777", "#FFFFFF")  # 4.48
    assert format_ratio(ratio) == "4.4:1"
    assert format_ratio(21.0) == "21.0:1"


def test_parsing() -> None:
    assert parse_colour("#abc") == (0xAA, 0xBB, 0xCC)
    assert parse_colour("1b2a4a") == (0x1B, 0x2A, 0x4A)
    assert hex_colour((27, 42, 74)) == "#1B2A4A"
    with pytest.raises(ValueError):
        parse_colour("navy")


def test_large_text_is_18_pt_or_14_pt_bold() -> None:
    # WCAG 2.x 1.4.3 in points, as Office sizes text (24 px and 18.66 px are the CSS sizes).
    assert is_large_text(18) and is_large_text(14, bold=True)
    assert not is_large_text(17.9) and not is_large_text(14) and not is_large_text(13.9, True)
    assert required_ratio(18) == 3.0 and required_ratio(14, True) == 3.0
    assert required_ratio(12) == 4.5 and required_ratio(16) == 4.5


def test_one_luminance_for_hex_and_channels() -> None:
    # The checker works in 0..1 channels, brands in hex: the same maths either way.
    grey = (0x76 / 255, 0x76 / 255, 0x76 / 255)
    assert luminance(grey) == relative_luminance("#767676")
    assert ratio(grey, (1.0, 1.0, 1.0)) == contrast_ratio("#767676", "#FFFFFF")
