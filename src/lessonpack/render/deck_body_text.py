"""Text in a layout's placeholders grown to the room it has, and pictures beside it.

Works on any template: the boxes are the placeholders' own (a trainer's layout keeps its
geometry), and a placeholder keeps its styles; only lessonpack's own layouts (found by
name) keep their text clear of the footer band.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pptx.enum.text import PP_ALIGN
from pptx.oxml.ns import qn
from pptx.shapes.placeholder import SlidePlaceholder
from pptx.util import Emu, Inches

from lessonpack.content.picture_library import Picture
from lessonpack.kinds.base import Filler
from lessonpack.kinds.look import Look
from lessonpack.render.deck_clone import set_box
from lessonpack.render.deck_drawings import T, new_label
from lessonpack.render.deck_fit import (
    TextMisfit,
    box_size,
    fits_placeholder,
    inherited_style,
    layout_style,
)
from lessonpack.render.deck_geometry import Box
from lessonpack.render.deck_goal_disc import goal_on_disc
from lessonpack.render.deck_pictures import add_picture
from lessonpack.render.deck_title_room import settle_body
from lessonpack.render.ooxml.placeholders import level1_run_defaults, placeholder, text_anchor

INCH = int(Inches(1))
FOOT_GAP = int(0.2 * INCH)  # left clear above the footer under drawn panels
FOOT_BAND = int(0.7 * INCH)  # our master's footer band (tools/build_pptx_template.py)


def box_of(ph: SlidePlaceholder) -> Box:
    return (int(ph.left or 0), int(ph.top or 0), *box_size(ph))


def own_defaults(ph: SlidePlaceholder) -> Any:
    """The placeholder's own level-1 run defaults (a:lstStyle/a:lvl1pPr/a:defRPr), made if
    missing: what is set there is what deck_fit measures the text with."""
    return level1_run_defaults(ph.element.find(qn("p:txBody")))


def _set_size(ph: SlidePlaceholder, size: int) -> None:
    """The placeholder's own level-1 size: text is fitted from there down (deck_fit)."""
    own_defaults(ph).set("sz", str(size * 100))
    for run_pr in ph.element.find(qn("p:txBody")).iter(qn("a:rPr")):
        run_pr.attrib.pop("sz", None)


def _on_footer(filler: Filler, ph: SlidePlaceholder) -> bool:
    """Whether the placeholder ends within FOOT_GAP of our master's footer band (a body
    running to the foot, not a one-line intro above cards nor a panel already clear)."""
    _x, y, _w, h = box_of(ph)
    band = int(filler.slide.part.package.presentation_part.presentation.slide_height) \
        - FOOT_BAND
    return y + h > band - FOOT_GAP


def grow_text(filler: Filler, role: str, look: Look, largest: int = 0) -> int:
    """Body text as large as the look allows (or ``largest``) and its box holds (the
    template's size at least): the text takes the room, not a corner of it. Returns the
    size it got."""
    settle_body(filler)
    ph = placeholder(filler.slide, filler.slots.get(role))
    if ph is None:
        return 0
    if role == "body" and filler.resolved.how == "name" and _on_footer(filler, ph):
        # Text grown to fill our own layout's body stops 0.2 in above the footer: grown
        # objectives ended on the footer band and read as overfilled (KS3/KS4
        # slide 4; KS1 big ideas, KS2 steps). Our layouts only: a trainer's
        # placeholder keeps the template's box.
        x, y, w, h = box_of(ph)
        ph.left, ph.top, ph.width, ph.height = x, y, w, h - FOOT_GAP
    inherited = inherited_style(ph, filler.resolved.layout)[1][0] or 0
    if inherited < max(look.body_pt, largest):
        _set_size(ph, max(look.body_pt, largest))
    for r_pr in ph.element.iter(qn("a:rPr")):
        r_pr.attrib.pop("sz", None)  # sizes from an earlier fitting, in another box
    fits = fits_placeholder(ph, filler.brand.body_font, filler.resolved.layout)
    if not fits:
        filler.misfits.append(TextMisfit(f"the {role} text does not fit its placeholder at 18 pt"))
    for r_pr in ph.element.iter(qn("a:rPr")):
        if r_pr.get("sz"):
            return int(r_pr.get("sz")) // 100
    return int(layout_style(ph, filler.resolved.layout)[0])


# Shares of the text area's width a picture beside the text may take, largest first: it
# gives way (down to a small one) before the text would drop below the look's smallest size.
PICTURE_SHARES = (1.0, 0.75, 0.55, 0.4)


def picture_beside(filler: Filler, role: str, picture: Picture, look: Look,
                   more: Sequence[Picture] = ()) -> None:
    """The role's placeholder narrowed and the picture beside it, as tall as the text area
    (left of the text for the youngest, who read the picture first); the picture is made
    smaller where the text needs the room, and the text grown to what it then has. With
    ``more`` pictures (agree, disagree, not sure), all of them one above the other, equal."""
    settle_body(filler)
    ph = placeholder(filler.slide, filler.slots.get(role))
    if ph is None:
        return
    x, y, w, h = box_of(ph)
    if role == "body" and filler.resolved.how == "name" and _on_footer(filler, ph):
        h -= FOOT_GAP  # picture and text clear of the footer, as grow_text leaves text
    gap = int(0.35 * INCH)
    misfits = list(filler.misfits)
    for share in PICTURE_SHARES:
        filler.misfits[:] = misfits
        side = int(min(h, w * look.picture_share) * share)
        if look.picture_first:
            set_box(ph.element, (x + side + gap, y, w - side - gap, h))
            pic_box = (x, y, side, side)
        else:
            set_box(ph.element, (x, y, w - side - gap, h))
            pic_box = (x + w - side, y, side, side)
        if grow_text(filler, role, look) >= look.floor_pt:
            break
    if more:
        # A key (agree, disagree, not sure): each picture with its word beside it, so no
        # picture lines up with a statement and reads as its answer.
        every = [picture, *more]
        gap = int(0.15 * INCH)
        each = min(side, (h - gap * (len(every) - 1)) // len(every), int(1.2 * INCH))
        top = y + max(0, (h - each * len(every) - gap * (len(every) - 1)) // 2)
        for n, one in enumerate(every):
            add_picture(filler.slide, one, (pic_box[0], top + n * (each + gap), each, each))
            _key_word(filler, one, (pic_box[0] + each, top + n * (each + gap),
                                    side - each, each))
        return
    # At the area's top, level with the text's first line: the content of every slide
    # starts on one line under the title. A wide picture (the LIVE badge) too, not centred
    # down its square. Text centred down its box (the goal's, the key messages') has the
    # picture centred on the same line: at the top it read as pinned there, apart from
    # the sentence.
    top = y + (h - side) // 2 if text_anchor(ph) == "ctr" else y
    # 11-16s' goal: its tick white on a disc of the brand's colour (deck_goal_disc).
    if goal_on_disc(filler.slide, picture, (pic_box[0], top, side, side)) is None:
        add_picture(filler.slide, picture, (pic_box[0], top, side, side)).top = Emu(top)


def _key_word(filler: Filler, picture: Picture, box: Box) -> None:
    """The word a key's picture stands for, from its alt text ("A thumbs up: agree")."""
    word = picture.alt.rsplit(":", 1)[-1].strip().capitalize()
    if word and box[2] > INCH // 2:
        new_label(filler.slide.shapes, (box[0] + int(0.1 * INCH), box[1], box[2] - int(0.1 * INCH),
                                        box[3]),
                  [(word, T.TEXT_2, True)], 20, filler.brand.heading_font, f"Key: {word}",
                  align=PP_ALIGN.LEFT)


def centred(filler: Filler, role: str) -> None:
    """The role's text centred down its placeholder."""
    ph = placeholder(filler.slide, filler.slots.get(role))
    body_pr = None if ph is None else ph.element.find(f"{qn('p:txBody')}/{qn('a:bodyPr')}")
    if body_pr is not None:
        body_pr.set("anchor", "ctr")


def question_large(filler: Filler, look: Look) -> None:
    """The think-pair-share question beside a stream as large as the look's body text and
    its panel allow, centred down the panel (it filled the panel's top third
    and left the rest empty)."""
    ph = placeholder(filler.slide, filler.slots.get("side"))
    if ph is None:
        return
    grow_text(filler, "side", look)
    centred(filler, "side")

