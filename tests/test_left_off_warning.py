"""Words a layout has no place for are reported, never dropped without a word.

A trainer's layout can lack the placeholder (and lessonpack the stand-in box) for a role a
slide fills: the help slide's line above its cards was left off one template's slides and
nothing was said. The filler now warns, naming the words.
"""

from __future__ import annotations

from pptx import Presentation

from lessonpack.content.brand import DEFAULT_BRAND
from lessonpack.render.deck_resolved import ResolvedLayout
from lessonpack.render.pptx import _SlideFiller

LINE = "Day or night: Samaritans 116 123 · Shout: text SHOUT to 85258"


def _filler() -> _SlideFiller:
    prs = Presentation()
    layout = prs.slide_layouts[5]  # python-pptx's default "Title Only": no body placeholder
    slide = prs.slides.add_slide(layout)
    resolved = ResolvedLayout("signposting", layout, "placeholders", {"title": 0})
    return _SlideFiller(slide, resolved, DEFAULT_BRAND)


def test_a_line_with_no_place_is_reported_by_its_words() -> None:
    filler = _filler()
    assert filler.put("body", [LINE]) is False
    assert len(filler.misfits) == 1
    assert LINE in filler.misfits[0] and "left off the slide" in filler.misfits[0]
    assert not any(LINE in sh.text_frame.text for sh in filler.slide.shapes
                   if sh.has_text_frame)


def test_nothing_to_say_and_the_kicker_are_not_reported() -> None:
    filler = _filler()
    assert filler.put("body", []) is False
    assert filler.put("body", ["  "]) is False
    assert filler.put("kicker", ["Learning cycle 1"]) is False
    assert filler.misfits == []


def test_a_line_with_a_box_is_drawn_and_not_reported() -> None:
    prs = Presentation()
    layout = prs.slide_layouts[5]
    slide = prs.slides.add_slide(layout)
    resolved = ResolvedLayout("signposting", layout, "placeholders", {"title": 0},
                              boxes={"body": (457200, 1600200, 8229600, 566928)})
    filler = _SlideFiller(slide, resolved, DEFAULT_BRAND)
    assert filler.put("body", [LINE]) is True
    assert filler.misfits == []
    assert any(sh.text_frame.text == LINE for sh in slide.shapes if sh.has_text_frame)
