"""A body font whose lower case is small for its size (Calibri, a trainer's template's and
Oakfield's) is set larger than Arial would be: at the same point sizes a Brightpath deck
read a size or two smaller than the default's from the back of the room."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation

from lessonpack.check.measure import x_height
from lessonpack.kinds.look import LOOKS, SIZED_FOR, for_body_font
from lessonpack.render.pptx import _sized_look


def test_a_small_x_height_raises_the_largest_sizes_not_the_floor() -> None:
    ks2 = LOOKS["ks2"]
    raised = for_body_font(ks2, 1.1)
    assert (raised.body_pt, raised.card_pt) == (31, 26)
    # The floor decides between layouts (words beside a picture or under it): kept.
    assert raised.floor_pt == ks2.floor_pt
    assert for_body_font(ks2, 1.0) == ks2
    assert for_body_font(ks2, 0.9) == ks2  # a font larger than Arial keeps the sizes


def test_calibri_is_sized_up_and_arial_is_not() -> None:
    assert x_height("Calibri") < 0.95 * x_height(SIZED_FOR)
    for look in LOOKS.values():
        assert _sized_look(look, "Arial") == look
        calibri = _sized_look(look, "Calibri")
        assert calibri.body_pt > look.body_pt and calibri.card_pt > look.card_pt


def _card_sizes(deck: Path, title: str) -> set[float]:
    slide = next(s for s in Presentation(str(deck)).slides
                 if s.shapes.title is not None and s.shapes.title.text_frame.text == title)
    return {r.font.size.pt for shape in slide.shapes if shape.name.startswith("Card ")
            and shape.has_text_frame for p in shape.text_frame.paragraphs for r in p.runs
            if r.font.size is not None and r.text.strip()}


def test_brightpath_ground_rules_read_as_large_as_the_default(
        built_packs: Path, brightpath_at_ashgrove: Path) -> None:
    """KS1's ground rules have the room: in the template's Calibri they are set as much
    larger as its lower case is smaller (28 pt in Arial, 31 pt in Calibri)."""
    name = "live-streaming-ks1/live-streaming-ks1-slides.pptx"
    ours = _card_sizes(built_packs / name, "Our ground rules")
    theirs = _card_sizes(brightpath_at_ashgrove / name, "Our ground rules")
    ratio = x_height(SIZED_FOR) / x_height("Calibri")
    assert ours and theirs
    assert min(theirs) >= round(max(ours) * ratio), (ours, theirs)
