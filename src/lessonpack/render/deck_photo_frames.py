"""Frames for the safeguarding lead's and the deputy's photos on a primary deck's school
help card: two dashed circles, a camera in each, where the school's icon would be.

Five- to seven-year-olds find a face before a name, and the lesson plan asks the teacher
to show the DSL's photo. A brand that gives a photo (``dsl_photo``) has it drawn in a
circle instead (plan/deck/help.with_dsl_photo); without one, every look shows the same
designed slot: the frames, with the people's names and what they do on the card under
them. A school's deck with the names filled in drew a school-building icon instead, and
the slot the presenter was meant to fill was gone. The hidden fill-in slide lists the
frames and says how to put the photos in (deck_before.PHOTOS, PHOTOS_HOW).
"""

from __future__ import annotations

import re

from pptx.enum.dml import MSO_LINE, MSO_THEME_COLOR
from pptx.enum.shapes import MSO_SHAPE
from pptx.slide import Slide
from pptx.util import Inches, Pt

from lessonpack.content.picture_library import builtin_library
from lessonpack.kinds.cards import Card
from lessonpack.kinds.look import Look
from lessonpack.plan.common import FILL_IN_DEPUTY, FILL_IN_DSL, NBSP
from lessonpack.plan.pictures import HELPLINE_PICTURES
from lessonpack.render.deck_drawings import Box, T, new_shape
from lessonpack.render.deck_pictures import add_picture
from lessonpack.render.ooxml import set_alt_text

GAP = int(Inches(0.15))  # between the two frames

# The school's own icon: the card that gets the frames (a brand's DSL photo replaces it
# before rendering, so a card with the photo keeps its photo).
SCHOOL_ICON = HELPLINE_PICTURES["dsl"]

# What the help slide's notes say: the cue at the moment, nothing more (a presenter reads
# notes at a glance). How to put the photos in is said before the lesson, on the hidden
# fill-in slide that lists them (deck_before.PHOTOS_HOW).
FRAMES_NOTE = "Photos: point to {dsl} and {deputy} as you say their names."


def photo_frames(card: Card, look: Look) -> bool:
    """Frames in place of the school's icon on a primary deck's school card, names filled
    in or not. Not for 11-16s, who are told where to find the DSL."""
    return (look.name in ("ks1", "ks2") and card.picture is not None
            and card.picture.name == SCHOOL_ICON)


def whose_photos(card: Card) -> tuple[str, str]:
    """(the DSL, the deputy) as the card names them: its names where the school gave them
    ("Mrs Okafor or Mr Price", or "Mrs Shah" with "Or ask Mr Adeyemi" in its words), else
    the fields to fill in."""
    if card.heading == FILL_IN_DSL:
        return FILL_IN_DSL, FILL_IN_DEPUTY
    dsl, _, deputy = card.heading.replace(NBSP, " ").partition(" or ")
    if not deputy:
        found = re.search(r"\bOr (?:ask )?([^.]+)\.", card.text.replace(NBSP, " "))
        deputy = found.group(1).strip() if found else "the deputy"
    return dsl.strip(), deputy.strip()


def frames_note(card: Card) -> str:
    """The notes line for the photo frames, naming whose photos go in them."""
    dsl, deputy = whose_photos(card)
    return FRAMES_NOTE.format(dsl=dsl, deputy=deputy)


# The frames' shape names, the DSL's first: how the hidden fill-in slide finds them
# (deck_before).
FRAMES = ("DSL photo frame", "Deputy DSL photo frame")
_ALT = "A frame for a photo of "


def _alt(name: str, role: str) -> str:
    """A frame's alt text: whose photo it holds. A field to fill in says the role only
    ("the DSL"); a name says both ("Mrs Shah, the DSL")."""
    return f"{_ALT}{role}" if name.startswith("[") else f"{_ALT}{name}, {role}"


def whose(alt: str) -> str:
    """The name a frame's alt text gives ("" where it gives only the role)."""
    name, comma, _role = alt.removeprefix(_ALT).partition(", ")
    return name if comma else ""


def draw_photo_frames(slide: Slide, box: Box, card: Card) -> None:
    """Two dashed circles side by side in ``box``, a camera in each: where the DSL's and
    the deputy's photos go, each a field to fill in like a bracketed name."""
    x, y, w, h = box
    side = min(h, (w - GAP) // 2)
    left = x + (w - 2 * side - GAP) // 2
    camera = builtin_library().get("camera")
    people = zip(whose_photos(card), ("the DSL", "the deputy DSL"), FRAMES, strict=True)
    for i, (person, role, shape_name) in enumerate(people):
        frame = (left + i * (side + GAP), y + (h - side) // 2, side, side)
        # Named for whose photo it holds, not as a part of the card ("Help card 1 …"): a
        # frame holds no words.
        circle = new_shape(slide.shapes, MSO_SHAPE.OVAL, frame, T.BACKGROUND_1,
                           shape_name)
        circle.line.color.theme_color = MSO_THEME_COLOR.ACCENT_1
        circle.line.dash_style = MSO_LINE.DASH
        circle.line.width = Pt(2.25)
        set_alt_text(circle.element.nvSpPr.cNvPr, _alt(person, role))
        if camera is not None:
            icon = int(side * 0.45)
            add_picture(slide, camera, (frame[0] + (side - icon) // 2,
                                        frame[1] + (side - icon) // 2, icon, icon),
                        f"{shape_name} camera")
