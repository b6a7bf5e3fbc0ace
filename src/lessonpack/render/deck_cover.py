"""A trainer's title slide: the lesson's pictures inside the template's own circle, and the
visiting team named on it.

Brightpath's title layout draws two circles and a band; lessonpack kept them and left the
pictures out, so the KS1 cover lost Pip and Olly, the puppets' cue,
and a council team's deck carried only the school's crest. The pictures go
in the layout's largest circle when it is clear of the title's text; without one the cover
stays the trainer's own.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pptx.enum.dml import MSO_THEME_COLOR
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE
from pptx.oxml.ns import qn
from pptx.util import Emu, Pt

from lessonpack.check.measure import LINE, count_lines
from lessonpack.render.deck_body_text import own_defaults
from lessonpack.render.deck_cover_disc import clear_disc
from lessonpack.render.deck_drawings import T, decorative_shape, new_shape
from lessonpack.render.deck_fit import box_size, insets
from lessonpack.render.deck_geometry import INCH, Box, box_of, overlaps, shows_master_shapes
from lessonpack.render.deck_pictures import add_picture
from lessonpack.render.ooxml.placeholders import placeholder
from lessonpack.render.shape_names import LOGO_NAMES, TRAINER_LOGO

# A circle this share of the slide's height or more is a picture's place, not an ornament.
LEAST_CIRCLE = 0.3
CREDIT_PT = 18  # the least a slide's text may be (LPC202): read from the back rows


def _ellipse(shape: Any) -> bool:
    geom = shape.element.find(f".//{qn('a:prstGeom')}")
    return geom is not None and geom.get("prst") == "ellipse"


def _text_boxes(filler: Any) -> list[Box]:
    boxes = []
    for role in ("kicker", "title", "subtitle"):
        idx = filler.slots.get(role)
        ph = next((p for p in filler.slide.placeholders
                   if p.placeholder_format.idx == idx), None)
        if ph is not None and (box := box_of(ph)) is not None:
            boxes.append(box)
    return boxes


def cover_circle(filler: Any) -> Box | None:
    """The layout's largest circle, if it is big enough and clear of the title's text."""
    height = int(filler.slide.part.package.presentation_part.presentation.slide_height)
    circles = [b for sh in filler.slide.slide_layout.shapes
               if not sh.is_placeholder and _ellipse(sh) and (b := box_of(sh)) is not None
               and min(b[2], b[3]) >= LEAST_CIRCLE * height]
    if not circles:
        return None
    best = max(circles, key=lambda b: b[2] * b[3])
    return None if any(overlaps(best, t) for t in _text_boxes(filler)) else best


def _ornaments(filler: Any, circle: Box) -> list[tuple[Box, bool]]:
    """The layout's shapes drawn after ``circle`` and over it (not a panel the size of the
    slide): each shape's box and whether it is round. Shapes before it are under it."""
    prs = filler.slide.part.package.presentation_part.presentation
    slide_area = int(prs.slide_width) * int(prs.slide_height)
    shapes = list(filler.slide.slide_layout.shapes)
    at = next((i for i, sh in enumerate(shapes) if box_of(sh) == circle and _ellipse(sh)), -1)
    found = []
    for sh in shapes[at + 1:]:
        box = box_of(sh)
        if sh.is_placeholder or box is None or not overlaps(box, circle):
            continue
        if box[2] * box[3] >= slide_area // 2:
            continue  # a background panel: the circle is drawn on it
        found.append((box, _ellipse(sh)))
    return found


def pictures_in_circle(filler: Any, pictures: Sequence[Any], look: Any) -> bool:
    """The age's pictures on a light disc centred in the circle and clear of the layout's
    shapes drawn over it (deck_cover_disc): KS1's two characters side by side, else one
    picture at 70% of the disc's width.

    Straight on the template's circle a picture sank into it (Fluent's dark camera body on a
    purple or navy circle) and its own margins put it off the middle; the section slides'
    white disc read well, so the cover takes the same.
    """
    circle = cover_circle(filler)
    if circle is None or not pictures:
        return False
    two = look.name == "ks1" and len(pictures) >= 2
    # Every deck's disc the same: centred in the circle, clear of what is drawn over it.
    place = clear_disc(circle, _ornaments(filler, circle))
    disc_d = place[2]
    cx, cy = place[0] + disc_d // 2, place[1] + disc_d // 2
    disc = new_shape(filler.slide.shapes, MSO_SHAPE.OVAL, place, T.BACKGROUND_1,
                     "Picture disc")
    disc.text_frame.text = ""  # as the section slides' disc: the same shape XML
    decorative_shape(disc)
    if two:
        # Two squares side by side fit a disc of diameter d up to d / sqrt 5 each (0.447 d):
        # the pictures' own margins keep the rabbit's and owl's ink clear of the rim.
        each = int(disc_d * 0.44)
        add_picture(filler.slide, pictures[0], (cx - each, cy - each // 2, each, each))
        add_picture(filler.slide, pictures[1], (cx, cy - each // 2, each, each))
    else:
        side = int(disc_d * 0.7)
        add_picture(filler.slide, pictures[0], (cx - side // 2, cy - side // 2, side, side))
    return True


def _credit(filler: Any, owners: list[Any]) -> str:
    """The cover's credit words (credit_line), or "" for none: no visiting team, a team
    logo and no trainer named, or the words on the cover already."""
    team = filler.brand.delivered_by.strip()
    trainer = filler.brand.trainer_name.strip()
    logo = any(sh.name == TRAINER_LOGO for owner in owners for sh in owner.shapes)
    if not team or (logo and not trainer):
        return ""  # the team's logo says who delivers
    credit = (f"Presented by {trainer}" if logo else f"Presented by {trainer}, {team}") \
        if trainer else f"Delivered by {team}"
    said = " ".join(sh.text_frame.text for sh in filler.slide.shapes if sh.has_text_frame)
    return "" if credit.lower() in said.lower() else credit


# The cover's credit line's shape name, for whoever looks for it (tests, a later edit).
CREDIT_NAME = "Cover credit"


def credit_line(filler: Any) -> None:
    """'Presented by Sam Carter, Northshire Online Safety Team' at the cover's foot, clear
    of the school's crest: the cover names who stands in front of the room (staff and
    families meet a visitor, and the notes alone scripted the name). A team whose logo is on
    the cover is not named again beside it: 'Presented by Sam Carter'; nor, with no trainer
    named, credited at all. No trainer named and no logo: 'Delivered by' the team."""
    layout = filler.slide.slide_layout
    owners = [layout, layout.slide_master] if shows_master_shapes(layout) else [layout]
    credit = _credit(filler, owners)
    if not credit:
        return
    prs = filler.slide.part.package.presentation_part.presentation
    width, height = int(prs.slide_width), int(prs.slide_height)
    title = next(iter(_text_boxes(filler)), None)
    left = title[0] if title is not None else int(0.6 * INCH)
    # The leftmost logo in the lower half, which the credit runs up to.
    plate = min((b for sh in layout.shapes if sh.name in LOGO_NAMES
                 and (b := box_of(sh)) is not None and b[1] > height // 2),
                key=lambda b: b[0], default=None)
    line_h = int(0.4 * INCH)
    logo_left = plate is not None and plate[0] + plate[2] // 2 < width // 2
    if plate is not None and logo_left:
        # A logo in the left corner (a free corner of an Office cover): the words follow it.
        top, right = plate[1] + (plate[3] - line_h) // 2, width - int(0.6 * INCH)
        left = plate[0] + plate[2] + int(0.25 * INCH)
    elif plate is not None:
        top, right = plate[1] + (plate[3] - line_h) // 2, plate[0] - int(0.25 * INCH)
    else:
        top, right = height - int(0.6 * INCH) - line_h // 2, width - int(0.6 * INCH)
    # Clear of every logo on that row, the master's too where the cover shows it (a school's
    # crest at the foot of an Office template's title slide ran under the words).
    gap = int(0.25 * INCH)
    for b in (b for owner in owners for sh in owner.shapes if sh.name in LOGO_NAMES
              and (b := box_of(sh)) is not None):
        if b[1] >= top + line_h or b[1] + b[3] <= top or b[0] >= right:
            continue
        if b[0] + b[2] // 2 < (left + right) // 2:
            left = max(left, b[0] + b[2] + gap)
        else:
            right = min(right, b[0] - gap)
    if right - left < int(2 * INCH):
        return  # no room on the cover's foot: the slides' footers credit the team
    box = filler.slide.shapes.add_textbox(Emu(left), Emu(top), Emu(right - left), Emu(line_h))
    box.name = CREDIT_NAME
    frame = box.text_frame
    frame.word_wrap = True
    frame.auto_size = MSO_AUTO_SIZE.NONE
    frame.vertical_anchor = MSO_ANCHOR.MIDDLE
    frame.margin_left = frame.margin_right = frame.margin_top = frame.margin_bottom = 0
    run = frame.paragraphs[0].add_run()
    run.text = credit
    run.font.size = Pt(CREDIT_PT)
    run.font.name = "+mn-lt"
    # The subtitle's colour: the template's own text colour on its cover.
    run.font.color.theme_color = MSO_THEME_COLOR.BACKGROUND_1


def cover_art(filler: Any, pictures: tuple[Any, ...], look: Any) -> None:
    """A trainer's own title layout: the age's pictures in its circle, if it has one, and the
    visiting team credited (the title kind's COVER_ART, kinds/title/drawing.py)."""
    if pictures_in_circle(filler, pictures, look):
        grow_cover_title(filler)
    credit_line(filler)


# A cover title beside the template's circle grows to the largest of these whose lines fit
# the layout's title box: at the cover's 48 pt floor Brightpath's one-line KS1 title took a
# thin strip of a large empty field. Our own KS1 cover sets its title at 60 pt.
COVER_GROWN_PT = (60, 56, 52)


def grow_cover_title(filler: Any) -> None:
    """The cover's title as large as its box holds, up to COVER_GROWN_PT's first; a title
    already larger (the template's own choice) stays."""
    ph = placeholder(filler.slide, filler.slots.get("title"))
    if ph is None or not ph.text_frame.text.strip():
        return
    layout = filler.resolved.layout
    defaults = own_defaults(ph)
    now = int(defaults.get("sz", "0")) / 100
    if any(r.font.size is not None for p in ph.text_frame.paragraphs for r in p.runs):
        return  # sized run by run elsewhere: left as set
    left, top, right, bottom = insets(ph, layout)
    width, height = box_size(ph, layout)
    width_pt = width / 12700 - left - right
    height_pt = height / 12700 - top - bottom
    for size in COVER_GROWN_PT:
        if size <= now:
            return
        lines = sum(count_lines(p.text, filler.brand.heading_font, size, width_pt, True)
                    for p in ph.text_frame.paragraphs if p.text.strip())
        if lines * size * LINE <= height_pt:
            defaults.set("sz", str(size * 100))
            return
