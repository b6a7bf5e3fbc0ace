"""The section kind's drawing: its picture on a disc at the right (an older class's: its
story's scene), its title as written; and its layout's edit: the accent rule under the
picture's side taken off."""

from __future__ import annotations

from collections.abc import Sequence

from pptx.slide import SlideLayout

from lessonpack.kinds.base import edits, supply
from lessonpack.kinds.section import AS_WRITTEN, PICTURE, RULE_UNDER_PICTURE, SCENE, SectionSlide
from lessonpack.kinds.section.scene import section_scene
from lessonpack.plan.model import Slide
from lessonpack.render.deck_cover_art import drop_section_rule, section_picture
from lessonpack.render.deck_section_case import section_title_as_written

SUPPLIES = (supply(PICTURE, section_picture), supply(SCENE, section_scene),
            supply(AS_WRITTEN, section_title_as_written))


def rule_under_picture(layout: SlideLayout, slides: Sequence[Slide]) -> None:
    """A section layout whose slides carry a picture loses the short accent rule the
    picture's side would leave standing alone (deck_cover_art.drop_section_rule); a
    scene takes that side too."""
    if any(slide.pictures or (isinstance(slide.payload, SectionSlide)
                              and slide.payload.scene is not None) for slide in slides):
        drop_section_rule(layout)


LAYOUT_EDITS = (edits(RULE_UNDER_PICTURE, rule_under_picture),)
