"""The age's pictures on lessonpack's title and section slides: KS1's characters large
beside a short title said aloud, the other ages' picture on a white disc, and the cover
hiding our title layout's stream window.

The cover's pictures are placed as on our own title layout (13.333 x 7.5 in, its stream
window at the right), then carried onto the area the slide's own layout gives them: its
stream window, or, on a trainer's layout named like ours without one, where ours would be
on a slide of its size. A 4:3 slide 10 in wide keeps them on the slide and clear of the
title (absolute inches put KS1's second character off its right edge).
"""

from __future__ import annotations

from typing import Any

from pptx.enum.shapes import MSO_SHAPE
from pptx.oxml.ns import qn
from pptx.slide import SlideLayout

from lessonpack.check.pptx_layout_rules import opaque
from lessonpack.content.picture_library import Picture
from lessonpack.geometry import EMU_PT
from lessonpack.kinds.base import Filler
from lessonpack.kinds.look import Look
from lessonpack.render.deck_bare_slide import BareSlide
from lessonpack.render.deck_body_text import INCH, box_of
from lessonpack.render.deck_clone import set_box
from lessonpack.render.deck_contrast import view_of
from lessonpack.render.deck_cover import credit_line
from lessonpack.render.deck_drawings import T, decorative_shape, new_shape
from lessonpack.render.deck_fit import TextMisfit, fits_placeholder, insets, no_lone_word
from lessonpack.render.deck_geometry import Box
from lessonpack.render.deck_pictures import add_picture
from lessonpack.render.ooxml.placeholders import placeholder


def section_picture(filler: Filler, picture: Picture, look: Look) -> None:
    """The section's picture on a white disc at the right; its text keeps clear of it."""
    slide = filler.slide
    x, y, side = section_disc(slide)
    text_left_of(filler, x, "picture")
    disc = new_shape(slide.shapes, MSO_SHAPE.OVAL, (x, y, side, side), T.BACKGROUND_1,
                     "Picture disc")
    disc.text_frame.text = ""
    decorative_shape(disc)
    inset = int(side * 0.17)
    add_picture(slide, picture, (x + inset, y + inset, side - 2 * inset, side - 2 * inset))


def text_left_of(filler: Filler, x: int, what: str) -> None:
    """A section's kicker, title and subtitle moved into a column ending a margin left of
    ``x``, where its picture (or scene, ``what``) starts; a misfit where one no longer fits."""
    slide = filler.slide
    width = int(slide.part.package.presentation_part.presentation.slide_width)
    texts = [(role, ph) for role in ("kicker", "title", "subtitle")
             if (ph := placeholder(slide, filler.slots.get(role))) is not None]
    right = x - int(0.4 * INCH)
    leftmost = min((box_of(ph)[0] for _role, ph in texts), default=0)
    for role, ph in texts:
        bx, by, bw, bh = box_of(ph)
        if bx + bw > x - int(0.3 * INCH):
            left = text_column_left(bx, leftmost, right, width)
            # Its words SLIDE_MARGIN in from the slide's edge at least: klee2's section text
            # (no inset, in a box 0.2 in from the edge) started on its pale panel's edge.
            left = max(left, SLIDE_MARGIN - int(ph.text_frame.margin_left))
            set_box(ph.element, (left, by, right - left, bh))
            if not fits_placeholder(ph, filler.brand.heading_font if role == "title"
                                    else filler.brand.body_font, filler.resolved.layout):
                # On a trainer's template the check's own measure of the finished slide
                # (deck_contrast.refit_text) says whether it fits: this estimate, in the
                # brand's font rather than the template's, warned of text that did fit.
                filler.misfits.append(TextMisfit(
                    f"the {role} text does not fit beside the {what}"))


def section_disc(slide: Any) -> tuple[int, int, int]:
    """Where a section slide's picture disc goes (x, y and its side, in EMU): at the right,
    centred down the slide, on the layout's panel where it has one. Decided by the slide's
    size and its layout's shapes alone, so a layout's every section slide has it in one
    place (``drop_section_rule`` reads it off a bare slide of the layout)."""
    presentation = slide.part.package.presentation_part.presentation
    width, height = int(presentation.slide_width), int(presentation.slide_height)
    side = int(min(3.6 * INCH, height * 0.5))
    y = (height - side) // 2
    return _inside_panel(slide, (width - side - int(0.8 * INCH), y, side)), y, side


# A layout's accent rule: a line no taller than this and no wider than RULE_W.
RULE_H, RULE_W = int(0.05 * INCH), int(1.5 * INCH)


def drop_section_rule(layout: SlideLayout) -> None:
    """A short accent rule the section layout draws at the foot of the side the picture
    disc takes, taken off the layout: the template sets it under that side's text, and
    under a picture it stood alone in the empty half, a stray mark (Google Slides' "Modern
    Writer" dashes under the emoji; set over the rule, the disc left it beside the
    picture). An edit of the layout, so made once per deck before any slide is drawn or
    reused (deck_layout_edits), never while a slide is drawn: a slide kept from an earlier
    build is not drawn again, and its deck kept the mark."""
    x, y, side = section_disc(BareSlide(layout))
    rules = [sh for sh in layout.shapes if not sh.is_placeholder
             and sh.width is not None and 0 < int(sh.width) <= RULE_W
             and int(sh.height or 0) <= RULE_H and int(sh.top or 0) > y + side
             and int(sh.left or 0) >= x - side // 2]
    if len(rules) == 1:
        rules[0].element.getparent().remove(rules[0].element)


# A template's panel: a filled shape under the disc covering this share of the slide or more.
PANEL_SHARE = 0.25


def _inside_panel(slide: Any, disc: tuple[int, int, int]) -> int:
    """The disc's left edge (``disc``: x, y, side), moved left where the template draws a
    panel under it that ends before the disc does, so the disc stays on the panel, a margin
    in: klee2's section layout sets a pale panel inside a mosaic border, and the disc ran
    0.35 in over the border."""
    x, y, side = disc
    view = view_of(slide)
    presentation = slide.part.package.presentation_part.presentation
    width, height = int(presentation.slide_width), int(presentation.slide_height)
    centre = (x + side // 2, y + side // 2)
    for item in reversed(view.beneath):
        bx, by, bw, bh = item.box
        if bw * bh < PANEL_SHARE * width * height or not opaque(item, view) or not (
                bx <= centre[0] <= bx + bw and by <= centre[1] <= by + bh):
            continue
        if x + side > bx + bw - SLIDE_MARGIN:
            return max(bx + SLIDE_MARGIN, bx + bw - SLIDE_MARGIN - side)
        return x
    return x


# The least a section's text column keeps beside its picture, of the slide's width: a
# template whose title starts near the slide's middle (a LibreOffice master with its title
# at the foot's right) was narrowed to a 1 in column that ran under the disc.
LEAST_COLUMN = 0.4
SLIDE_MARGIN = int(0.4 * INCH)


def text_column_left(left: int, leftmost: int, right: int, width: int) -> int:
    """Where a section's text starts in the column ending at ``right``, left of its
    picture: where the layout puts it if that leaves LEAST_COLUMN of the slide's width,
    else as far left as the layout's leftmost text (``leftmost``) or as that share needs,
    whichever is further left, never inside the slide's margin."""
    least = int(width * LEAST_COLUMN)
    if right - left >= least:
        return left
    return max(SLIDE_MARGIN, min(leftmost, right - least))


def title_art(filler: Filler, pictures: tuple[Picture, ...], look: Look) -> None:
    """The age's pictures on the title slide, in front of a calm cover: KS1's characters
    large and side by side, else one picture on a white disc.

    Our title layout draws a stream window ("LIVE", "1,204 watching", hearts). A cover in
    the background's own colour hides it on the slide: a child's stream with an audience on
    a KS1 cover, hearts on a sextortion lesson, a phone emoji inside a phone frame and a
    picture pasted over its comment bars all said the wrong thing.
    """
    # A visiting team named at the cover's foot, as on a trainer's own cover: the kicker
    # says who the session is for and how long it is.
    credit_line(filler)
    slide = filler.slide
    window = next((sh for sh in slide.slide_layout.shapes if sh.name == "Stream window"), None)
    if window is not None:  # our layout's (a trainer's layout named like ours may lack it)
        pad = int(0.15 * INCH)
        cover = new_shape(slide.shapes, MSO_SHAPE.RECTANGLE,
                          (window.left - pad, window.top - pad, window.width + 2 * pad,
                           window.height + 2 * pad), T.TEXT_2, "Cover")
        decorative_shape(cover)
    area = art_area(filler)
    if look.name == "ks1" and len(pictures) >= 2:
        # A short title for children who cannot yet read, said aloud and pointed at: set
        # larger, the words under it too, and the characters as large as the other ages'
        # picture discs (at the body's sizes the words and two small characters sat in a
        # band across the middle, the slide's foot empty).
        first, second = (on_cover(box, area) for box in KS1_CHARACTERS)
        _ks1_cover_words(filler, first[0] - round(KS1_WORDS_GAP * scale_of(area)))
        add_picture(slide, pictures[0], first)
        add_picture(slide, pictures[1], second)
        return
    x, y, side, _side = on_cover(DISC, area)
    disc = new_shape(slide.shapes, MSO_SHAPE.OVAL, (x, y, side, side), T.BACKGROUND_1,
                     "Picture disc")
    disc.text_frame.text = ""  # as section_picture's disc: the same shape XML
    decorative_shape(disc)
    inset = int(side * 0.2)
    add_picture(slide, pictures[0], (x + inset, y + inset, side - 2 * inset, side - 2 * inset))


# Our title layout (tools/build_pptx_template.py, "LP Title"): its slide and its stream
# window, which the cover's pictures are placed against (tests/test_cover_geometry.py
# holds these to templates/deck.pptx).
OUR_SLIDE = (12192000, 6858000)
OUR_WINDOW: Box = (7818120, 1005840, 3749039, 4754880)


def _square(left: int, centre_y: float, side: float) -> Box:
    """A square ``side`` inches across, ``left`` EMU from the slide's edge, centred
    ``centre_y`` inches down."""
    width = int(side * INCH)
    return (left, int(centre_y * INCH) - width // 2, width, width)


# On our layout: KS1's two characters 2.5 in square side by side (a tenth of an inch
# overlapping), the other ages' disc 3.4 in across centred 10.6 in from the left, all
# centred 3.6 in down.
KS1_CHARACTERS: tuple[Box, Box] = (_square(int(7.9 * INCH), 3.6, 2.5),
                                   _square(int(10.3 * INCH), 3.6, 2.5))
DISC: Box = _square(int(10.6 * INCH) - int(3.4 * INCH) // 2, 3.6, 3.4)
KS1_WORDS_GAP = int(0.2 * INCH)  # between KS1's words and the first character


def art_area(filler: Filler) -> Box:
    """Where the cover's pictures go: the layout's stream window (which the cover hides),
    else where ours would be on a slide of this size."""
    slide = filler.slide
    window = next((sh for sh in slide.slide_layout.shapes if sh.name == "Stream window"), None)
    if window is not None:
        return (int(window.left), int(window.top), int(window.width), int(window.height))
    presentation = slide.part.package.presentation_part.presentation
    kx = int(presentation.slide_width) / OUR_SLIDE[0]
    ky = int(presentation.slide_height) / OUR_SLIDE[1]
    x, y, w, h = OUR_WINDOW
    return (round(x * kx), round(y * ky), round(w * kx), round(h * ky))


def scale_of(area: Box) -> float:
    """How much smaller (or larger) the pictures are in ``area`` than on our layout: by the
    narrower of its two proportions, so a picture stays square and inside it."""
    return min(area[2] / OUR_WINDOW[2], area[3] / OUR_WINDOW[3])


def on_cover(box: Box, area: Box) -> Box:
    """``box``, placed on our layout, carried onto ``area``: its centre where it is in
    proportion to our window, its size scaled by ``scale_of`` (on our layout, itself)."""
    x, y, w, h = box
    ox, oy, ow, oh = OUR_WINDOW
    ax, ay, aw, ah = area
    scale = scale_of(area)
    centre_x = ax + (x + w / 2 - ox) * aw / ow
    centre_y = ay + (y + h / 2 - oy) * ah / oh
    width, height = round(w * scale), round(h * scale)
    return (round(centre_x - width / 2), round(centre_y - height / 2), width, height)


KS1_COVER_TITLE_PT = 60
KS1_COVER_SUBTITLE_PT = 28


def _ks1_cover_words(filler: Filler, right: int) -> None:
    """KS1's cover title and the line under it at their own, larger sizes, in a column
    ending at ``right``, clear of the characters (compose_cover then stacks them by their
    measured height)."""
    for role, size in (("title", KS1_COVER_TITLE_PT), ("subtitle", KS1_COVER_SUBTITLE_PT)):
        ph = placeholder(filler.slide, filler.slots.get(role))
        if ph is None:
            continue
        x, y, _w, h = box_of(ph)
        width = max(INCH, right - x)
        set_box(ph.element, (x, y, width, h))
        for r_pr in ph.element.iter(qn("a:rPr")):
            r_pr.set("sz", str(size * 100))
        if role == "subtitle":
            # Never one word alone under the rest ("…a grown-up you / trust" in Calibri).
            inner = width - int(sum(insets(ph, filler.resolved.layout)[0::2]) * EMU_PT)
            for para in ph.text_frame.paragraphs:
                if len(para.runs) == 1:
                    run = para.runs[0]
                    run.text = no_lone_word(run.text, filler.brand.body_font, size, inner,
                                            False)
