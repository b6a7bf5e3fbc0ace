"""The age's pictures on lessonpack's title and section slides: KS1's characters large
beside a short title said aloud, the other ages' picture on a white disc, and the cover
hiding our title layout's stream window."""

from __future__ import annotations

from typing import Any

from pptx.oxml.ns import qn

from lessonpack.content.picture_library import Picture
from lessonpack.geometry import EMU_PT
from lessonpack.kinds.base import Filler
from lessonpack.kinds.look import Look
from lessonpack.render.deck_body_text import INCH, box_of
from lessonpack.render.deck_clone import set_box
from lessonpack.render.deck_fit import TextMisfit, fits_placeholder, insets
from lessonpack.render.deck_help import no_lone_word
from lessonpack.render.deck_pictures import add_picture
from lessonpack.render.ooxml.placeholders import placeholder


def section_picture(filler: Filler, picture: Picture, look: Look) -> None:
    """The section's picture on a white disc at the right; its text keeps clear of it."""
    from pptx.enum.shapes import MSO_SHAPE

    from lessonpack.render.deck_drawings import T, new_shape

    slide = filler.slide
    width = int(slide.part.package.presentation_part.presentation.slide_width)
    height = int(slide.part.package.presentation_part.presentation.slide_height)
    side = int(min(3.6 * INCH, height * 0.5))
    x = width - side - int(0.8 * INCH)
    y = (height - side) // 2
    for role in ("kicker", "title", "subtitle"):
        ph = placeholder(slide, filler.slots.get(role))
        if ph is None:
            continue
        bx, by, bw, bh = box_of(ph)
        if bx + bw > x - int(0.3 * INCH):
            set_box(ph.element, (bx, by, max(INCH, x - int(0.4 * INCH) - bx), bh))
            if not fits_placeholder(ph, filler.brand.heading_font if role == "title"
                                    else filler.brand.body_font, filler.resolved.layout):
                # On a trainer's template the check's own measure of the finished slide
                # (deck_contrast.refit_text) says whether it fits: this estimate, in the
                # brand's font rather than the template's, warned of text that did fit.
                filler.misfits.append(TextMisfit(
                    f"the {role} text does not fit beside the picture"))
    disc = new_shape(slide.shapes, MSO_SHAPE.OVAL, (x, y, side, side), T.BACKGROUND_1,
                     "Picture disc")
    disc.text_frame.text = ""
    decorative_shape(disc)
    inset = int(side * 0.17)
    add_picture(slide, picture, (x + inset, y + inset, side - 2 * inset, side - 2 * inset))


def title_art(filler: Filler, pictures: tuple[Picture, ...], look: Look) -> None:
    """The age's pictures on the title slide, in front of a calm cover: KS1's characters
    large and side by side, else one picture on a white disc.

    Our title layout draws a stream window ("LIVE", "1,204 watching", hearts). A cover in
    the background's own colour hides it on the slide: a child's stream with an audience on
    a KS1 cover, hearts on a sextortion lesson, a phone emoji inside a phone frame and a
    picture pasted over its comment bars all said the wrong thing.
    """
    from pptx.enum.shapes import MSO_SHAPE

    from lessonpack.render.deck_cover import credit_line
    from lessonpack.render.deck_drawings import T, new_shape

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
    if look.name == "ks1" and len(pictures) >= 2:
        # A short title for children who cannot yet read, said aloud and pointed at: set
        # larger, the words under it too, and the characters as large as the other ages'
        # picture discs (at the body's sizes the words and two small characters sat in a
        # band across the middle, the slide's foot empty).
        _ks1_cover_words(filler)
        side = int(2.5 * INCH)
        top = int(3.6 * INCH) - side // 2
        add_picture(slide, pictures[0], (int(7.9 * INCH), top, side, side))
        add_picture(slide, pictures[1], (int(10.3 * INCH), top, side, side))
        return
    side = int(3.4 * INCH)
    x, y = int(10.6 * INCH) - side // 2, int(3.6 * INCH) - side // 2
    disc = new_shape(slide.shapes, MSO_SHAPE.OVAL, (x, y, side, side), T.BACKGROUND_1,
                     "Picture disc")
    disc.text_frame.text = ""  # as section_picture's disc: the same shape XML
    decorative_shape(disc)
    inset = int(side * 0.2)
    add_picture(slide, pictures[0], (x + inset, y + inset, side - 2 * inset, side - 2 * inset))


KS1_COVER_TITLE_PT = 60
KS1_COVER_SUBTITLE_PT = 28
KS1_COVER_WORDS_W = int(6.9 * INCH)  # clear of the characters beside them


def _ks1_cover_words(filler: Filler) -> None:
    """KS1's cover title and the line under it at their own, larger sizes, in a column
    clear of the characters (compose_cover then stacks them by their measured height)."""
    for role, size in (("title", KS1_COVER_TITLE_PT), ("subtitle", KS1_COVER_SUBTITLE_PT)):
        ph = placeholder(filler.slide, filler.slots.get(role))
        if ph is None:
            continue
        x, y, _w, h = box_of(ph)
        set_box(ph.element, (x, y, KS1_COVER_WORDS_W, h))
        for r_pr in ph.element.iter(qn("a:rPr")):
            r_pr.set("sz", str(size * 100))
        if role == "subtitle":
            # Never one word alone under the rest ("…a grown-up you / trust" in Calibri).
            inner = KS1_COVER_WORDS_W - int(sum(insets(ph, filler.resolved.layout)[0::2]) * EMU_PT)
            for para in ph.text_frame.paragraphs:
                if len(para.runs) == 1:
                    run = para.runs[0]
                    run.text = no_lone_word(run.text, filler.brand.body_font, size, inner,
                                            False)


def decorative_shape(shape: Any) -> None:
    from lessonpack.render.ooxml import mark_decorative

    mark_decorative(shape.element.find(f"{qn('p:nvSpPr')}/{qn('p:cNvPr')}"))

