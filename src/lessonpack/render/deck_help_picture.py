"""The school's safeguarding lead's picture on a primary help card: the DSL's photo where the
brand or school file gives one, else the drawn staff figure (a grown-up with a staff badge on
a lanyard), as large as a photo would be, the person's name under it on the card.

Both have been tried and found wanting: at 0.4 in on a crowded KS2 card the figure read as
clip art; an empty dashed frame reading "Photo of Mrs Shah" read as a slide
nobody finished, the one slide a teacher could not show. The figure at a
photo's size, with the name under it, is finished as it stands; the hidden "Before you
teach" slide and the Fill in first box still ask for the photo.
"""

from __future__ import annotations

from pptx.slide import Slide

from lessonpack.content.picture_library import Picture
from lessonpack.render.deck_drawings import Box
from lessonpack.render.deck_pictures import add_picture

# The drawn figures a card without a photo was planned with (plan/deck/help: the lead's
# and the deputy's): the card gives them a photo's room (render/deck_cards.FIGURE_LEAST).
STAND_INS = frozenset({"safety-lead", "safety-deputy"})


def place_help_picture(slide: Slide, picture: Picture, box: Box, name: str) -> None:
    """``picture`` in ``box``, sized by what is drawn: the icons of a row read at one size,
    however much canvas each has, and a figure fills the photo's room it was given."""
    add_picture(slide, picture, box, name, by_ink=True)
