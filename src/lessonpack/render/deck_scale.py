"""Drawings under and behind a slide's statements. An agree-disagree line under them (a
starter's "confidence line", the plenary's look back): pupils stand or point along it. Its
ends and middle are labelled "Disagree", "Not sure", "Agree", with the vote pictures at the
stops where the slide has them (KS2); the statements sit above it, numbered, so no picture
lines up with a statement and reads as its answer. KS1's one statement a slide has a row of
thumbs under it instead, labelled "No", "Not sure", "Yes". And a goal's panel behind its
text in a trainer's layout. Theme colours only."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from lxml import etree
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.util import Inches, Pt

from lessonpack.check.measure import LINE, count_lines
from lessonpack.check.pptx_text import text_frame
from lessonpack.check.pptx_text_rules import overflow
from lessonpack.geometry import EMU_PT
from lessonpack.kinds.key_messages import GOAL_PT
from lessonpack.render.deck_accent import callout_colour
from lessonpack.render.deck_body_text import (
    box_of,
    grow_text,
    own_defaults,
    picture_beside,
)
from lessonpack.render.deck_bullet import set_round_bullet
from lessonpack.render.deck_clone import set_box
from lessonpack.render.deck_contrast import view_of
from lessonpack.render.deck_drawings import T, new_label, new_shape
from lessonpack.render.deck_fit import insets, layout_style, text_height
from lessonpack.render.deck_pictures import add_picture
from lessonpack.render.deck_title_room import settle_body
from lessonpack.render.ooxml import paragraph_xml
from lessonpack.render.ooxml.placeholders import placeholder

IN = int(Inches(1))
STOPS = ("Disagree", "Not sure", "Agree")
# The thumbs row is only for children who cannot read yet: the teacher says "thumbs down for
# no, thumbs up for yes", so the words under the thumbs are theirs. The
# shapes keep the stops' names, which say what each is for.
THUMB_WORDS = {"Disagree": "No", "Not sure": "Not sure", "Agree": "Yes"}
STATEMENT_PT = 40  # KS1's one statement a slide


def _i(v: float) -> int:
    return int(v * IN)


def scale_under(filler: Any, role: str, look: Any, pictures: Sequence[Any] = ()) -> None:
    """The role's placeholder keeps the top of its area for the statements (text grown to
    what it has); the line is drawn across the foot. ``pictures``: agree, disagree and not
    sure (the plan's order), drawn at their stops."""
    settle_body(filler)  # the area starts under the title's last line
    ph = placeholder(filler.slide, filler.slots.get(role))
    if ph is None:
        return
    x, y, w, h = box_of(ph)
    if len(ph.text_frame.paragraphs) == 1 and len(pictures) == 3:
        # One statement (KS1): the sentence large and centred, and under it a row of the
        # three thumbs to copy, each with its word: the response row, no line to explain.
        # The statement and its row together in the middle of the area (the
        # statement high, the thumbs low, an empty band between them).

        gap = _i(0.35)
        least_row = _i(2.3)
        left, top_in, right, bottom_in = insets(ph, filler.resolved.layout)
        # The largest size whose lines fit above the thumbs (a longer KS2-KS4 statement
        # steps down towards the look's body size rather than overflowing its box).
        for size in (STATEMENT_PT, 36, 32, min(32, look.body_pt)):
            lines = count_lines(ph.text_frame.text, filler.brand.body_font, size,
                                w / EMU_PT - left - right)
            text_h = int((lines * size * LINE + top_in + bottom_in) * EMU_PT) + _i(0.1)
            if text_h <= h - least_row - gap:
                break
        row_h = min(_i(2.9), max(least_row, h - gap - text_h))
        text_h = min(text_h, h - row_h - gap)
        top = y + max(0, (h - text_h - gap - row_h) // 2)
        set_box(ph.element, (x, top, w, text_h))
        ph.text_frame.vertical_anchor = MSO_ANCHOR.BOTTOM
        for para in ph.text_frame.paragraphs:
            para.alignment = PP_ALIGN.CENTER
            for run in para.runs:
                run.font.size = Pt(size)
        draw_row(filler.slide, (x, top + text_h + gap, w, row_h), filler.brand.heading_font,
                 pictures)
        return
    side = _i(0.8) if pictures else 0
    scale_h = _i(1.35) + side
    gap = _i(0.2)
    set_box(ph.element, (x, y, w, h - scale_h - gap))
    grow_text(filler, role, look)
    # The statements and the line under them together, in the middle of the area, when the
    # statements leave room (KS3's plenary: the line at the foot, a band of nothing above).

    text_h = min(h - scale_h - gap, text_height(ph, filler.brand.body_font,
                                                filler.resolved.layout) + _i(0.1))
    # A clear gap over the line (renderers set lines a little taller than measured).
    gap = min(_i(0.4), h - scale_h - text_h)
    top = y + (h - text_h - gap - scale_h) // 2
    set_box(ph.element, (x, top, w, text_h))
    ph.text_frame.vertical_anchor = MSO_ANCHOR.TOP
    draw_scale(filler.slide, (x, top + text_h + gap, w, scale_h), filler.brand.heading_font,
               pictures)


def draw_row(slide: Any, box: tuple[int, int, int, int], font: str,
             pictures: Sequence[Any]) -> None:
    """Three thumbs side by side (no, not sure, yes), each large with its word."""
    x, y, w, h = box
    agree, disagree, unsure = pictures
    side = h - _i(0.6)
    step = w // 3
    for n, (word, picture) in enumerate(zip(STOPS, (disagree, unsure, agree), strict=True)):
        left = x + n * step
        add_picture(slide, picture, (left + (step - side) // 2, y, side, side),
                    f"Line: {word} picture")
        new_label(slide.shapes, (left, y + side + _i(0.05), step, _i(0.5)),
                  [(THUMB_WORDS[word], T.TEXT_2, True)], 24, font, f"Line: {word}",
                  align=PP_ALIGN.CENTER)


def draw_scale(slide: Any, box: tuple[int, int, int, int], font: str,
               pictures: Sequence[Any] = ()) -> None:
    """The line: a double-headed arrow with a stop at each end and in the middle, each stop
    labelled under it (and its picture above it)."""
    x, y, w, _h = box
    by_stop = {}
    if len(pictures) == 3:  # agree, disagree, not sure -> along the line
        agree, disagree, unsure = pictures
        by_stop = {"Disagree": disagree, "Not sure": unsure, "Agree": agree}
    side = _i(0.8) if by_stop else 0
    line_y = y + side + _i(0.25)
    thick = _i(0.34)
    arrow = new_shape(slide.shapes, MSO_SHAPE.LEFT_RIGHT_ARROW, (x, line_y, w, thick), T.TEXT_2,
                      "Agree-disagree line")
    arrow.text_frame.text = ""
    label_w = _i(2.2)
    stop = _i(0.3)
    for n, word in enumerate(STOPS):
        centre = x + _i(0.55) + (w - _i(1.1)) * n // 2
        dot = new_shape(slide.shapes, MSO_SHAPE.OVAL, (centre - stop // 2, line_y + (thick - stop)
                                                       // 2, stop, stop), T.BACKGROUND_1,
                        f"Line stop {n + 1}")
        dot.line.fill.solid()
        dot.line.fill.fore_color.theme_color = T.ACCENT_1
        dot.line.width = _i(0.04)
        dot.text_frame.text = ""
        left = min(max(x, centre - label_w // 2), x + w - label_w)
        align = PP_ALIGN.LEFT if n == 0 else PP_ALIGN.RIGHT if n == 2 else PP_ALIGN.CENTER
        new_label(slide.shapes, (left, line_y + thick + _i(0.12), label_w, _i(0.5)),
                  [(word, T.TEXT_2, True)], 24, font, f"Line: {word}", align=align)
        picture = by_stop.get(word)
        if picture is not None:
            add_picture(slide, picture, (centre - side // 2, y, side, side),
                        f"Line: {word} picture")


def outcome_panel(filler: Any, pictures: Sequence[Any], look: Any) -> None:
    """The goal or key messages in a trainer's text layout: a tinted panel with a bar down
    its left behind the text (as our own layout has), one sentence centred in it, several
    points from its top (centred, they left an empty band over them that read as a gap
    where something was missing), the picture beside it smaller."""
    ph = placeholder(filler.slide, filler.slots.get("body"))
    if ph is None:
        return
    x, y, w, h = box_of(ph)
    panel = new_shape(filler.slide.shapes, MSO_SHAPE.RECTANGLE, (x, y, w, h), T.BACKGROUND_2,
                      "Outcome panel")
    panel.text_frame.text = ""
    bar = new_shape(filler.slide.shapes, MSO_SHAPE.RECTANGLE, (x, y, _i(0.14), h),
                    callout_colour(filler.slide), "Outcome panel bar")  # deck_accent
    # Behind the text, in the shape tree (read after it: no words in either).
    ph.element.addprevious(panel.element)
    ph.element.addprevious(bar.element)
    pad = _i(0.35)
    set_box(ph.element, (x + pad, y + pad // 2, w - 2 * pad, h - pad))
    points = [p for p in ph.text_frame.paragraphs if p.text.strip()]
    ph.text_frame.vertical_anchor = MSO_ANCHOR.MIDDLE if len(points) < 2 else MSO_ANCHOR.TOP
    # Bold, as in our own layout: the goal and the key messages are the lesson's point,
    # whatever weight the trainer's body text has (set as the placeholder's own default,
    # so the text is fitted in bold); words set regular after a bold lead stay regular.
    own_defaults(ph).set("b", "1")
    for r_pr in ph.element.iter(qn("a:rPr")):
        if r_pr.get("b") != "0":
            r_pr.attrib.pop("b", None)
    if pictures:
        _picture_in_panel(filler, ph, (x, y, w, h), pictures, look)
    else:
        _own_bullets(ph, filler.resolved.layout)
        # As large as fits, to PANEL_POINTS_PT: the points are the slide, read from the back
        # of a hall (18-20 pt bold in a full-height panel). One sentence (the goal) to the size
        # our own layout gives it: at 28 pt it read smaller than the goal in every other look.
        said = [p for p in ph.text_frame.paragraphs if p.text.strip()]
        grow_text(filler, "body", look, GOAL_PT if len(said) == 1 else PANEL_POINTS_PT)
        # Points set solid read as one block in a big panel (Brightpath's parents' deck): a
        # gap between them where the panel has the room.
        _space_points(ph, (x, y, w, h), filler.brand.body_font, filler.resolved.layout)


def _picture_in_panel(filler: Any, ph: Any, panel: tuple[int, int, int, int],
                      pictures: Sequence[Any], look: Any) -> None:
    """The picture beside the text in the outcome panel (``panel``), and several points
    beside it parted."""
    x, y, w, h = panel
    pad = _i(0.35)
    # The picture sized to the panel, as our own layout's (nearly its full height): a
    # small icon in a large tinted panel reads as an afterthought.
    inner_w = w - 2 * pad
    sized = replace(look, picture_share=min(look.picture_share,
                                            OUTCOME_PICTURE_SHARE * h / inner_w))
    picture_beside(filler, "body", pictures[0], sized, pictures[1:])
    # Centred down the panel, on the line the words are centred on: at the panel's top
    # corner the picture (KS1's star) read as pinned there, apart from its sentence.
    if len(pictures) == 1:
        for pic in (sh for sh in filler.slide.shapes if sh.shape_type == 13
                    and y <= sh.top and sh.top + sh.height <= y + h):
            pic.top = y + (h - pic.height) // 2
    # Points beside the picture (KS1 "Big ideas", "Remember") parted as without it:
    # set solid, three 28 pt points took half the panel's height.
    if sum(1 for p in ph.text_frame.paragraphs if p.text.strip()) > 1:
        _space_points(ph, (x, y, w, h), filler.brand.body_font, filler.resolved.layout)


# The picture beside a goal, as a share of the panel's height: our own layout draws KS1's
# star as tall as the goal's area; at half the panel it read as a small icon adrift.
OUTCOME_PICTURE_SHARE = 0.85
BULLET_INDENT = int(Inches(0.3))  # a point's words after its bullet


def _own_bullets(ph: Any, layout: Any) -> None:
    """Several points in a layout that bullets its text get their bullets on the slide, in
    each point's own paragraph properties. A Google Slides export bullets its body in the
    layout's list style, 0.5 in deep, its master's bullet colour black: on the export's
    dark panel four points read as one block of bold text, their bullets unseen."""
    paragraphs = [p for p in ph.text_frame.paragraphs if p.text.strip()]
    if len(paragraphs) < 2 or not layout_style(ph, layout)[3]:
        return
    for para in paragraphs:
        p_pr = paragraph_xml(para).get_or_add_pPr()
        if any(child.tag.startswith(qn("a:bu")) for child in p_pr):
            continue  # the point has its own bullet (or none) already
        p_pr.set("marL", str(BULLET_INDENT))
        p_pr.set("indent", str(-BULLET_INDENT))
        # In the text's colour: the export's master bullets in black, unseen on its dark
        # panel. Schema order: the colour before the bullet's font and character.
        colour = etree.Element(qn("a:buClrTx"))
        later = next((child for child in p_pr if child.tag in (
            qn("a:tabLst"), qn("a:defRPr"), qn("a:extLst"))), None)
        if later is not None:
            later.addprevious(colour)
        else:
            p_pr.append(colour)
        set_round_bullet(p_pr)


POINT_GAP_PT = 12  # between the points in an outcome panel, room allowing
POINT_GAPS_PT = (12, 8, 6)  # where the text must come down a size for them: the largest fitting
POINTS_EDGE = 0.1  # inches between the points and the panel's top and foot, where they need it
# The largest for points alone in an outcome panel: our own key-messages layout's size, so
# a trainer's panel is filled as ours is (at 28 pt three points took its top half).
PANEL_POINTS_PT = 34
# The least a gap between the points may cost them: the smallest slide text (deck_fit), to
# which the deck's final fit took the solid points anyway.
POINTS_LEAST_PT = 18


def _space_points(ph: Any, panel: tuple[int, int, int, int], family: str, layout: Any) -> None:
    """A gap before each point after the first, when the text with the gaps fits: at the
    size the text was grown to; else, in the panel's full height (less POINTS_EDGE), the
    largest size down to POINTS_LEAST_PT with a gap of POINT_GAPS_PT, at the template's
    line spacing or else single. Points set solid read as one block: four 22 pt points
    filled Google Slides' 10 x 5.625 in panel with no gap, and were then fitted down to
    18 pt, still solid. Where the size must come down, the text is measured as `check` and
    the deck's last fit (deck_contrast.refit_text) measure it, which would otherwise take
    it lower still."""
    paragraphs = ph.text_frame.paragraphs
    if len(paragraphs) < 2 or any(p.space_before is not None for p in paragraphs[1:]):
        return
    gaps = len(paragraphs) - 1
    box = box_of(ph)
    if text_height(ph, family, layout) + int(Pt(POINT_GAP_PT)) * gaps <= box[3]:
        for paragraph in paragraphs[1:]:
            paragraph.space_before = Pt(POINT_GAP_PT)
        return
    runs = [r for p in paragraphs for r in p.runs]
    grown = [r.font.size for r in runs]
    sizes = [size.pt for size in grown if size is not None]
    if not sizes:
        # Grown as the placeholder's own default (deck_body_text._set_size), not run by run.
        default = own_defaults(ph).get("sz")
        sizes = [int(default) / 100] if default else []
    if not sizes:
        return
    edge = int(Inches(POINTS_EDGE))
    set_box(ph.element, (box[0], panel[1] + edge, box[2], panel[3] - 2 * edge))
    # The template's line spacing first; then single (Google's 115 %): the gaps, not air
    # under every line, then part the points.
    for spacing in (None, 1.0):
        for paragraph in paragraphs:
            paragraph.line_spacing = spacing
        for size in range(int(max(sizes)), POINTS_LEAST_PT - 1, -1):
            for run in runs:
                run.font.size = Pt(size)
            for gap in POINT_GAPS_PT:
                for paragraph in paragraphs[1:]:
                    paragraph.space_before = Pt(gap)
                if _fits_as_checked(ph):
                    return
    # No size gives the room: as it was, solid.
    set_box(ph.element, box)
    for run, was in zip(runs, grown, strict=True):
        run.font.size = was
    for paragraph in paragraphs:
        paragraph.space_before = paragraph.line_spacing = None


def _fits_as_checked(ph: Any) -> bool:
    """The placeholder's text fits its box as `check` measures it (check.pptx_text_rules)."""
    view = view_of(ph.part.slide)
    item = next((i for i in view.items if i.el is ph.element), None)
    if item is None:
        return False
    frame = text_frame(item, view)
    return frame is not None and overflow(item, frame) is None
