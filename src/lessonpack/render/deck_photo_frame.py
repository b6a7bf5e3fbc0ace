"""The school's safeguarding lead's picture on a primary help card: the DSL's photo where the
brand or school file gives one, else an empty photo frame that says whose photo goes in it.

The drawn stand-in (a smiling figure with a staff lanyard, the same for every school, the
lead and the deputy differing only by shirt colour) read as a template nobody finished, and
at 0.4 in on a crowded KS2 card as clip art; a face that is not the DSL's tells a child
nothing about whom to look for (designer and DSL reviews, s21). A frame with "Photo of Mrs
Shah" in it says what is missing, to the teacher as well as the class, until the photo is
in: the hidden "Before you teach" slide says how.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence

from pptx.enum.dml import MSO_LINE
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.slide import Slide
from pptx.util import Inches, Pt

from lessonpack.check.measure import MIN_SLIDE_PT, text_width
from lessonpack.content.brand import Brand
from lessonpack.content.picture_library import Picture
from lessonpack.geometry import EMU_PT
from lessonpack.kinds.cards import Card
from lessonpack.render.deck_drawings import Box, T, new_label, new_shape
from lessonpack.render.deck_pictures import add_picture

# The stand-in figures a card without a photo was planned with (plan/deck/help: the lead's
# and the deputy's): drawn as a frame instead.
STAND_INS = frozenset({"safety-lead", "safety-deputy"})

# The frame's words: "Photo of" over the name, the largest size that fits, 18 pt at least.
FRAME_PT = (28, 24, 22, 20, MIN_SLIDE_PT)
INSET = int(Inches(0.08))
PHOTO_OF = "Photo of "


def place_help_picture(slide: Slide, picture: Picture, box: Box, name: str,
                       brand: Brand, most: int = FRAME_PT[0]) -> None:
    """``picture`` in ``box``, or the empty photo frame where it is a stand-in figure, its
    words no larger than ``most`` (``frames_pt``: one size for a slide's frames)."""
    if picture.name not in STAND_INS:
        # By what is drawn: the icons of a row read at one size, however much canvas each has.
        add_picture(slide, picture, box, name, by_ink=True)
        return
    x, y, w, h = box
    side = min(w, h)
    frame_box = (x + (w - side) // 2, y + (h - side) // 2, side, side)
    frame = new_shape(slide.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, frame_box, T.BACKGROUND_1,
                      f"{name} photo frame", radius=0.12)
    frame.line.color.theme_color = T.ACCENT_1
    frame.line.width = Pt(2.25)
    frame.line.dash_style = MSO_LINE.DASH
    words = frame_words(picture.alt, side - 2 * INSET, brand.body_font, most)
    if words is None:
        return
    lines, pt = words
    fx, fy, fw, fh = frame_box
    label = new_label(slide.shapes, (fx + INSET, fy + INSET, fw - 2 * INSET, fh - 2 * INSET),
                      [(lines[0], T.TEXT_1, True)], pt, brand.body_font,
                      f"{name} photo frame words", align=PP_ALIGN.CENTER,
                      anchor=MSO_ANCHOR.MIDDLE)
    for line in lines[1:]:  # the name a paragraph of its own, as the first is set
        first = label.text_frame._txBody.find(qn("a:p"))  # noqa: SLF001
        para = copy.deepcopy(first)
        para.findall(qn("a:r"))[0].find(qn("a:t")).text = line
        first.addnext(para)


def frames_pt(cards: Sequence[Card], side: int, font: str) -> int:
    """One size for the words of a slide's frames of ``side``: the largest at which each
    fits ("Mrs Shah" at 24 pt beside "Mr Adeyemi" at 20 pt read as two designs)."""
    pictures = [card.picture for card in cards]
    sizes = [found[1] for p in pictures if p is not None and p.name in STAND_INS
             and (found := frame_words(p.alt, side - 2 * INSET, font)) is not None]
    return min(sizes, default=FRAME_PT[0])


def frame_words(alt: str, width: int, font: str, most: int = FRAME_PT[0]
                ) -> tuple[list[str], int] | None:
    """The frame's lines and size: "Photo of" / "Mrs Shah" (from the plan's alt text,
    "Photo of Mrs Shah"), each line whole, the largest size that fits ``width``; "Photo"
    alone where the name does not fit at 18 pt (the card's name is under the frame);
    None where not even that fits."""
    who = alt[len(PHOTO_OF):].strip() if alt.startswith(PHOTO_OF) else ""
    room = width / EMU_PT
    for lines in ([PHOTO_OF.strip(), who] if who else [], ["Photo"]):
        if not lines:
            continue
        for pt in (size for size in FRAME_PT if size <= most):
            tall = len(lines) * pt * 1.2
            if tall <= room and all(text_width(line, font, pt, True) <= room
                                    for line in lines):
                return lines, pt
    return None
