"""The tick beside 11-16s' "Today's goal": white on a disc of the brand's colour.

The goal slide is what pupils check themselves against at the end; primary decks show a
yellow star there. The secondary decks' thin navy tick in a ring, alone in a large pale
panel, was the weakest slide in them (a designer's review, twice): a filled disc in the
brand's accent (the colour of the answer slides' lettered discs) with the tick in white
reads from the back of the room and is the brand's own.
"""

from __future__ import annotations

from pptx.enum.shapes import MSO_SHAPE
from pptx.shapes.picture import Picture as PptxPicture
from pptx.slide import Slide

from lessonpack.content.picture_library import Picture
from lessonpack.render.deck_drawings import T, decorative_shape, new_shape
from lessonpack.render.deck_geometry import Box
from lessonpack.render.deck_icon_contrast import recolour_picture
from lessonpack.render.deck_pictures import add_picture

# The goal's picture in the plain-icon looks (plan/deck/art.goal_picture).
GOAL_TICK = "plain-check"
# The tick's ring inside the disc, this share of the disc's side in from its rim.
INSET = 0.2
WHITE = "FFFFFF"  # as the lettered discs' letters (the theme's background 1)


def goal_on_disc(slide: Slide, picture: Picture, box: Box) -> PptxPicture | None:
    """``picture`` in white on a brand-colour disc filling ``box`` where it is the goal's
    tick; None (nothing drawn) for any other picture."""
    if picture.name != GOAL_TICK:
        return None
    x, y, side, _h = box
    disc = new_shape(slide.shapes, MSO_SHAPE.OVAL, box, T.ACCENT_1, "Goal disc")
    disc.text_frame.text = ""
    decorative_shape(disc)
    inset = int(side * INSET)
    shape = add_picture(slide, picture, (x + inset, y + inset, side - 2 * inset,
                                         side - 2 * inset))
    recolour_picture(slide, shape, WHITE)
    return shape
