"""A card grown to hold its words at 18 pt on a trainer's template moves what is under it
in its column only as far as it must: a KS4 timeline stage of two steps had spare room
above its help card, yet the help card was pushed down by the whole growth, over the
template's footer (Apache POI "45541_Header", 4:3)."""

from __future__ import annotations

from dataclasses import dataclass

from lessonpack.render.deck_contrast import GAP_KEPT, _shifts_below

IN = 914400


@dataclass
class _Item:
    box: tuple[int, int, int, int]


def test_spare_room_above_a_card_is_taken_before_it_moves() -> None:
    foot = 3 * IN
    step = _Item((0, foot + GAP_KEPT, IN, IN // 2))  # right under the grown card
    help_card = _Item((0, 5 * IN, IN, IN // 2))  # well clear below
    shifts = _shifts_below([step, help_card], foot, IN // 2)
    assert shifts[id(step)] == IN // 2  # touching: moves the whole growth
    # Between the step's old foot (3.58 in) and the help card (5 in) 1.42 in is free,
    # less the kept gap: more than the growth, so the help card stays.
    assert shifts[id(help_card)] == 0


def test_a_card_without_room_above_moves_by_what_is_missing() -> None:
    foot = 3 * IN
    near = _Item((0, foot + GAP_KEPT + IN // 10, IN, IN // 2))  # 0.1 in spare
    shifts = _shifts_below([near], foot, IN // 2)
    assert shifts[id(near)] == IN // 2 - IN // 10
