"""The school's card on a primary deck's "Who can help" slide when the school or brand file
gives no photo of its safeguarding lead: a name-only card, the people's names set large in
the place the picture would take.

Five- to seven-year-olds find a face before a name, so a photo (``dsl_photo``) is drawn in
a circle (plan/deck/help.with_dsl_photo). Without one, dashed "photo" circles with a camera
in each were projected to the class whenever nobody filled them by hand, and a visiting
trainer never has the staff's photos; a school building said nothing about the two people
the slide is for. The names are what the class is shown instead, at the size of a picture;
the words under them start where the other cards' words start, so the row still reads as
one row. The hidden "Before you teach" slide says how to add the photo through the file
(deck_before.PHOTO_HOW).
"""

from __future__ import annotations

from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.slide import Slide

from lessonpack.content.brand import Brand
from lessonpack.kinds.cards import Card
from lessonpack.kinds.look import Look
from lessonpack.plan.common import NBSP, unnamed_leads
from lessonpack.plan.pictures import HELPLINE_PICTURES
from lessonpack.render.deck_drawings import Box, T, new_label
from lessonpack.render.deck_help_words import heading_height

# The school's own icon: the card that is drawn name-only (a brand's DSL photo replaces it
# before rendering, so a card with the photo keeps its photo).
SCHOOL_ICON = HELPLINE_PICTURES["dsl"]

# How much larger than the other cards' names the names may grow: enough to take the
# picture's place, no larger than a slide title (a name bigger than the title shouts).
MOST_PT = 40

# What the help slide's notes say for the card: children who cannot read yet hear both
# names (the deputy's is said nowhere else on the slide), a cue at a glance.
NAMES_NOTE = "Names: point to {names} on the card as you say them."
NAME_NOTE = "Name: point to {names} on the card as you say it."


def name_only(card: Card, look: Look) -> bool:
    """The school's card on a primary deck without a DSL photo: its names in the picture's
    place. Not for 11-16s, who are told where to find the DSL beside the school's icon, nor
    for a card that names no one (its heading beside the icon, as the other cards')."""
    return (look.name in ("ks1", "ks2") and card.picture is not None
            and card.picture.name == SCHOOL_ICON and card.heading not in unnamed_leads())


def name_size(card: Card, brand: Brand, box: Box, least: int) -> int:
    """The largest size from ``least`` to MOST_PT at which the card's names fit ``box``."""
    _x, _y, width, height = box
    return next((pt for pt in range(MOST_PT, least, -1)
                 if heading_height(card.heading, brand, pt, width) <= height), least)


def draw_names(slide: Slide, box: Box, card: Card, brand: Brand, least: int,
               name: str) -> None:
    """The card's names centred in ``box`` (the picture's place and the name row under it),
    as large as they fit, never smaller than ``least`` (the other cards' names)."""
    new_label(slide.shapes, box, [(card.heading, T.TEXT_2, True)],
              name_size(card, brand, box, least), brand.heading_font, f"{name} heading",
              align=PP_ALIGN.CENTER, anchor=MSO_ANCHOR.MIDDLE)


def names_note(card: Card) -> str:
    """The notes line for a name-only card, naming each person on it."""
    names = [n.strip() for n in card.heading.replace(NBSP, " ").split(" or ") if n.strip()]
    return (NAMES_NOTE if len(names) > 1 else NAME_NOTE).format(names=" and ".join(names))
