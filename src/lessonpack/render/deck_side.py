"""Points beside a drawing on a trainer's slide, set as lessonpack's own layout sets them.

lessonpack's "LP Chart" layout gives the points beside research figures a tinted panel and
bullets. A trainer's layout has no such placeholder, so the points go into a stand-in text
box (render/pptx.py, role "side"), styled for the one bold question a stream slide asks
beside it. Several points set that way read as one bold block run to the margin (a
trainer's parents' slides). Here the box with more than one paragraph becomes a panel: the
theme's light background (its text colour is then chosen by deck_contrast), bullets, regular
20 pt. The text is fitted afterwards by deck_contrast.refit_text, as any other text box.
"""

from __future__ import annotations

from typing import Any

from pptx.enum.dml import MSO_THEME_COLOR
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR
from pptx.oxml.ns import qn
from pptx.util import Emu, Inches, Pt

from lessonpack.check.measure import count_lines
from lessonpack.check.pptx_text import text_frame
from lessonpack.geometry import EMU_PT
from lessonpack.render.deck_bullet import set_round_bullet
from lessonpack.render.deck_contrast import view_of
from lessonpack.render.deck_even_lines import break_at
from lessonpack.render.deck_geometry import INSET_W_PT
from lessonpack.render.deck_theme import read_theme
from lessonpack.render.ooxml import mark_decorative, paragraph_xml, run_xml

SIDE_NAME = "Side"  # the text box render/pptx.py adds for the "side" role
# Inside the panel: at 0.15 in its longest lines ran to 4 px from the panel's edge in a
# render (a trainer's parents' figures).
INSET = int(Inches(0.2))
BULLET_INDENT = int(Inches(0.25))
POINTS_PT = 20


def points_panel(slide: Any) -> None:
    """Restyle a stand-in "Side" text box holding several points as a tinted bulleted panel."""
    for shape in slide.shapes:
        if shape.name != SIDE_NAME or shape.is_placeholder or not shape.has_text_frame:
            continue
        frame = shape.text_frame
        paragraphs = [p for p in frame.paragraphs if p.text.strip()]
        if len(paragraphs) < 2:
            continue  # one question: bold, as it is
        shape.fill.solid()
        shape.fill.fore_color.theme_color = MSO_THEME_COLOR.BACKGROUND_2
        frame.margin_left = frame.margin_right = Emu(INSET)
        frame.margin_top = frame.margin_bottom = Emu(INSET)
        frame.vertical_anchor = MSO_ANCHOR.TOP
        for para in paragraphs:
            p_pr = paragraph_xml(para).get_or_add_pPr()
            p_pr.set("marL", str(BULLET_INDENT))
            p_pr.set("indent", str(-BULLET_INDENT))
            set_round_bullet(p_pr)
            para.space_before = Pt(8)
            for run in para.runs:
                run.font.bold = False
                run.font.size = Pt(POINTS_PT)


PANEL_PAD = int(Inches(0.3))
ACCENT_W = int(Inches(0.18))
PICTURE_SHARE = 0.7  # a picture beside the messages, this share of the size decks gave it


def message_panel(slide: Any, bar: MSO_THEME_COLOR = MSO_THEME_COLOR.ACCENT_1) -> None:
    """The goal and the key messages on a trainer's layout as on lessonpack's own: a tinted
    panel with an accent bar down its left, the messages centred in its height, the picture
    beside them smaller and centred (Brightpath "Today's goal" was top-aligned text opposite
    a star that filled the slide's height). For kinds that ask for it
    (``SlideKind.message_panel``). ``bar``: the call-out colour (deck_accent)."""
    if any(sh.name == "Outcome panel" for sh in slide.shapes):
        return  # deck_scale.outcome_panel drew it already, picture sized to the panel
    body = next((sh for sh in slide.placeholders if sh.placeholder_format.idx != 0
                 and sh.has_text_frame and sh.text_frame.text.strip()), None)
    layout_body = None if body is None else next(
        (ph for ph in slide.slide_layout.placeholders
         if ph.placeholder_format.idx == body.placeholder_format.idx), None)
    if body is None or layout_body is None or None in (layout_body.left, layout_body.top):
        return
    x, y, w, h = (int(v) for v in (layout_body.left, layout_body.top, layout_body.width,
                                    layout_body.height))
    bx, by, bw, bh = (int(v) for v in (body.left, body.top, body.width, body.height))
    slack = int(Inches(0.05))
    # A short area (Google Slides' 10 x 5.625 in) keeps its room for the text: no panel.
    if (h < int(Inches(4)) or w < int(Inches(6)) or bx < x - slack or by < y - slack
            or bx + bw > x + w + slack or by + bh > y + h + slack):
        return  # the text is not in its layout's area (a master's copy, a moved box): as is
    panel = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, Emu(x), Emu(y), Emu(w), Emu(h))
    panel.name = "Message panel"
    accent = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, Emu(x), Emu(y), Emu(ACCENT_W), Emu(h))
    accent.name = "Message accent"
    for shape, colour in ((panel, MSO_THEME_COLOR.BACKGROUND_2),
                          (accent, bar)):
        shape.fill.solid()
        shape.fill.fore_color.theme_color = colour
        shape.line.fill.background()
        style = shape.element.find(qn("p:style"))
        if style is not None:  # no theme line, shadow or text colour from the shape style
            shape.element.remove(style)
        shape.text_frame.text = ""
        _decorative(shape)
        body.element.addprevious(shape.element)  # behind the text, read after nothing
    # The picture decks put beside the messages: at their right (KS2 up) or left (KS1).
    beside = [sh for sh in slide.shapes if sh.shape_type == 13
              and (sh.left >= bx + bw or sh.left + sh.width <= bx)]
    # With a picture to its left the text stays where it is, right of the picture.
    left = bx if any(pic.left + pic.width <= bx for pic in beside) else x + ACCENT_W + PANEL_PAD
    body.left, body.top = Emu(left), Emu(y + PANEL_PAD)
    body.width, body.height = Emu(max(int(Inches(1)), bx + bw - left)), Emu(h - 2 * PANEL_PAD)
    body.text_frame.vertical_anchor = MSO_ANCHOR.MIDDLE
    for pic in beside:
        side = int(min(pic.width, pic.height) * PICTURE_SHARE)
        cx, cy = pic.left + pic.width // 2, y + h // 2
        if pic.left + pic.width <= bx:  # clear of the accent bar
            cx = max(cx, x + ACCENT_W + PANEL_PAD + side // 2)
        pic.left, pic.top, pic.width, pic.height = (Emu(cx - side // 2), Emu(cy - side // 2),
                                                     Emu(side), Emu(side))


def _decorative(shape: Any) -> None:
    mark_decorative(shape.element.find(f"{qn('p:nvSpPr')}/{qn('p:cNvPr')}"))


PICTURE_TO_TEXT = 1.5  # a picture beside points: this many times the text block's height
LEAST_PICTURE = int(Inches(2.8))  # and never smaller: read from the back of a hall
SENTENCE_PT = 36  # one sentence beside a picture (deck_body_text's grow_text for our layouts)


def _text_height(shape: Any, slide: Any) -> int | None:
    """EMU the placeholder's text takes, measured as the check measures it."""
    view = view_of(slide)
    item = next((it for it in view.items if it.el is shape.element), None)
    frame = None if item is None else text_frame(item, view)
    if frame is None:
        return None
    left, top, right, bottom = frame.insets
    width = int(shape.width) / EMU_PT - left - right
    points = top + bottom
    for para in frame.paras:
        if not para.runs:
            points += para.empty_size * 1.2 + para.space_before
            continue
        run = max(para.runs, key=lambda r: r.size)
        lines = count_lines(para.text, run.font, run.size, width - para.indent, run.bold)
        pitch = para.line_points or run.size * 1.2 * para.line_factor
        points += lines * pitch + para.space_before + para.space_after
    return int(points * EMU_PT)


def points_beside_picture(slide: Any) -> None:
    """Points in a body placeholder with one picture beside it (KS1 "Big ideas": the LIVE
    badge, the stop sign) share one centre line: the text is centred in its box's height and
    the picture, sized to the text block, is centred on the same line. The template's body
    is top-aligned, so three short points sat at the top opposite a picture as tall as the
    whole area, centred."""
    # A section's picture stays centred on its disc (deck_cover_art.section_picture).
    if any(sh.name in ("Message panel", "Outcome panel", "Picture disc")
           for sh in slide.shapes):
        return
    bodies = [sh for sh in slide.placeholders if sh.placeholder_format.idx != 0
              and sh.has_text_frame and sh.text_frame.text.strip()
              and sh.placeholder_format.type not in (13, 15, 16)]  # not number, footer, date
    pictures = [sh for sh in slide.shapes if sh.shape_type == 13]
    if len(bodies) != 1 or len(pictures) != 1 or None in (bodies[0].top, bodies[0].height):
        return
    body, pic = bodies[0], pictures[0]
    beside = pic.left + pic.width <= body.left or pic.left >= body.left + body.width
    if not beside or pic.top >= body.top + body.height or pic.top + pic.height <= body.top:
        return
    paragraphs = [p for p in body.text_frame.paragraphs if p.text.strip()]
    if len(paragraphs) == 1:
        # One sentence to finish ("If a message in a chat worried me, I would..."): large,
        # as on lessonpack's own layouts, not a 28 pt line in the top corner.
        for run in paragraphs[0].runs:
            if run.font.size is None or run.font.size.pt < SENTENCE_PT:
                run.font.size = Pt(SENTENCE_PT)

        _break_at_comma(paragraphs[0], int(body.width),
                        read_theme(slide.slide_layout.slide_master)[2])
    needed = _text_height(body, slide)
    if needed is None or needed >= int(body.height):
        return
    needed = _part_points(body, slide, paragraphs, needed)
    side = min(int(pic.width), int(pic.height),
               max(LEAST_PICTURE, int(needed * PICTURE_TO_TEXT)))
    centre_x = int(pic.left) + int(pic.width) // 2
    centre_y = int(body.top) + int(body.height) // 2
    pic.left, pic.top = Emu(centre_x - side // 2), Emu(centre_y - side // 2)
    pic.width = pic.height = Emu(side)
    body.text_frame.vertical_anchor = MSO_ANCHOR.MIDDLE


POINTS_GAPS_PT = (30, 24, 18, 12)  # between points beside a picture, the largest that fits
POINTS_FILL = 0.85  # of the area's height, the most the points and their gaps take


def _part_points(body: Any, slide: Any, paragraphs: list[Any], needed: int) -> int:
    """A gap between points set solid, the largest of POINTS_GAPS_PT that keeps the block
    within POINTS_FILL of its area; returns the block's height. Three short points solid
    took half the area, centred, with a band of nothing between the title's rule and them
    (Brightpath KS1 "What is live?")."""
    if len(paragraphs) < 2 or any(p.space_before is not None for p in paragraphs[1:]):
        return needed
    room = int(int(body.height) * POINTS_FILL)
    for gap in POINTS_GAPS_PT:
        if needed + int(Pt(gap)) * (len(paragraphs) - 1) <= room:
            for paragraph in paragraphs[1:]:
                paragraph.space_before = Pt(gap)
            return _text_height(body, slide) or needed
    return needed


def _break_at_comma(para: Any, width: int, family: str) -> None:
    """A sentence that wraps onto two lines breaks after its last comma when both halves then
    fit a line each ("If a message in a chat worried me, / I would..."), not before its
    last word or two ("..., I / would..."): a soft line break, as Shift+Enter, made as every
    hand-made break is (deck_even_lines.break_at: the run's size and font, not its colour).
    Only the last comma is tried, not the evenest break (deck_even_lines.evenest_cut): the
    sentence is one to finish, and its unfinished clause ("I would...") is kept whole on
    the line the pupils finish it on, however short."""
    runs = para.runs
    if len(runs) != 1 or runs[0].font.size is None:
        return
    text, size = runs[0].text, runs[0].font.size.pt
    family = runs[0].font.name or family
    width_pt = width / EMU_PT - INSET_W_PT
    cut = text.rfind(", ")
    if cut < 0 or count_lines(text, family, size, width_pt) != 2:
        return
    head, tail = text[:cut + 1], text[cut + 2:]
    if count_lines(head, family, size, width_pt) != 1 or \
            count_lines(tail, family, size, width_pt) != 1:
        return
    break_at(run_xml(runs[0]), len(head.split()))
