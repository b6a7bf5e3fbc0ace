"""The key messages kind's drawings: its panel and bar in a trainer's plain text layout (the
goal or the messages on a tinted panel with a bar down its left, as our own layout has), and
11-16s' goal icon on a disc of the brand's colour."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from lxml import etree
from pptx.enum.shapes import MSO_SHAPE, MSO_SHAPE_TYPE
from pptx.enum.text import MSO_ANCHOR
from pptx.oxml.ns import qn
from pptx.util import Emu, Inches, Pt

from lessonpack.check.pptx_text import text_frame
from lessonpack.check.pptx_text_rules import overflow
from lessonpack.kinds.base import supply
from lessonpack.kinds.key_messages import GOAL_DISC, GOAL_PT, PANEL
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
from lessonpack.render.deck_drawings import T, new_shape
from lessonpack.render.deck_fit import layout_style, text_height
from lessonpack.render.deck_icon_contrast import fix_icon_contrast
from lessonpack.render.ooxml import paragraph_xml
from lessonpack.render.ooxml.placeholders import placeholder

if TYPE_CHECKING:
    from lessonpack.kinds.base import Filler

# The icon's side as a share of its disc's: a ring of the disc's colour round it.
ICON_SHARE = 0.62


def goal_disc(filler: Filler) -> None:
    """A disc of the brand's primary colour (the theme's tx2) where the goal's picture was
    placed, the picture shrunk into its middle and drawn after it, the line icon then set
    in a colour that shows on the disc (render/deck_icon_contrast: white on a dark brand
    colour; a trainer's template is finished so again, to the same end)."""
    pictures = [sh for sh in filler.slide.shapes if sh.shape_type == MSO_SHAPE_TYPE.PICTURE]
    if len(pictures) != 1:
        return
    pic = pictures[0]
    side = max(pic.width, pic.height)
    cx, cy = pic.left + pic.width // 2, pic.top + pic.height // 2
    disc = new_shape(filler.slide.shapes, MSO_SHAPE.OVAL,
                     (cx - side // 2, cy - side // 2, side, side), T.TEXT_2, "Goal disc")
    disc.line.fill.background()
    pic.element.addprevious(disc.element)  # behind the icon (decorative: no words in it)
    w, h = int(pic.width * ICON_SHARE), int(pic.height * ICON_SHARE)
    pic.width, pic.height = Emu(w), Emu(h)
    pic.left, pic.top = Emu(cx - w // 2), Emu(cy - h // 2)
    # Our own template is not finished as a trainer's is: the icon is recoloured here.
    fix_icon_contrast(filler.slide)


IN = int(Inches(1))


def _i(v: float) -> int:
    return int(v * IN)


def plain_layout_panel(filler: Any, pictures: Sequence[Any], look: Any) -> None:
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


SUPPLIES = (supply(PANEL, plain_layout_panel), supply(GOAL_DISC, goal_disc))
