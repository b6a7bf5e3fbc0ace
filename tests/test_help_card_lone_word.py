"""A help card's words never end on one word alone ("At home and at school, every / day"):
the last two words are held together where the lines above still take the rest."""

from __future__ import annotations

from lessonpack.check.measure import count_lines
from lessonpack.geometry import EMU_PT
from lessonpack.render.deck_fit import no_lone_word

FONT = "Calibri"
PT = 24
TEXT = "At home and at school, every day"


def _width_leaving_one_word() -> int:
    """A card width (EMU) at which the natural wrap puts "day" alone on the second line."""
    for points in range(150, 600):
        if (count_lines(TEXT, FONT, PT, points) == 2
                and count_lines(TEXT.rsplit(" ", 1)[0], FONT, PT, points) == 1):
            return points * EMU_PT
    raise AssertionError("no width leaves one word alone")


def test_the_last_two_words_are_held_together() -> None:
    width = _width_leaving_one_word()
    kept = no_lone_word(TEXT, FONT, PT, width, False)
    assert kept == "At home and at school, every\u00a0day"
    # The lines it takes, measured with the pair as one word, stay two.
    assert count_lines(kept.replace("\u00a0", "_"), FONT, PT, width / EMU_PT) == 2


def test_words_that_wrap_well_and_addresses_are_left_alone() -> None:
    assert no_lone_word(TEXT, FONT, PT, 2000 * EMU_PT, False) == TEXT  # one line
    address = "Online report form at ceop.police.uk"
    for points in range(100, 400):
        assert no_lone_word(address, FONT, PT, points * EMU_PT, True) == address
