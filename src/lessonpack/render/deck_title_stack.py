"""A trainer's title or section slide stacked as lessonpack's own: kicker, then title,
then the line under it, together and centred on the slide's height, clear of the layout's
footer, the kicker in a colour that reads on the layout's own background."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from lxml import etree
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.oxml.ns import qn
from pptx.shapes.placeholder import SlidePlaceholder
from pptx.slide import Slide as PptxSlide
from pptx.util import Pt

from lessonpack.check.colour import (
    DEFAULT_CLR_MAP,
    background_ref_fill,
    clr_map_of,
    fill_of,
    parse_theme,
)
from lessonpack.check.measure import LINE, drawn_family
from lessonpack.check.pptx_layout_rules import opaque
from lessonpack.contrast import TEXT_DARK, WHITE, ratio, unit_rgb
from lessonpack.geometry import EMU_PT
from lessonpack.kinds.base import Filler
from lessonpack.plan.model import Slide
from lessonpack.render.deck_body_text import INCH, box_of
from lessonpack.render.deck_clone import set_box
from lessonpack.render.deck_contrast import view_of
from lessonpack.render.deck_fit import (
    MIN_PT,
    box_size,
    inherited_attr,
    insets,
    layout_style,
    needed_height,
    title_face,
)
from lessonpack.render.deck_geometry import FOOTER_TYPES, INSET_W_PT
from lessonpack.render.deck_title_band import band_behind
from lessonpack.render.deck_title_breaks import even_lines
from lessonpack.render.ooxml.placeholders import layout_placeholder, placeholder
from lessonpack.render.shape_names import KICKER_NAME


def _text_height(ph: SlidePlaceholder, family: str, layout: Any) -> int:
    """EMU of height the placeholder's text takes at its size, insets aside."""
    size, bold, space, _bulleted = layout_style(ph, layout)
    for r_pr in ph.element.iter(qn("a:rPr")):
        if r_pr.get("sz"):
            size = int(r_pr.get("sz")) / 100
            break
    caps = inherited_attr(ph, "cap") in ("all", "small")
    paragraphs = [(p.text.upper() if caps else p.text, False) for p in ph.text_frame.paragraphs]
    # Less the default insets (0.1 in each side), which a trainer's placeholder may keep.
    width = box_size(ph, layout)[0] / EMU_PT - INSET_W_PT
    return int(needed_height(paragraphs, family, size, width, bold, space) * EMU_PT)


def _title_family(title: SlidePlaceholder, filler: Filler) -> str:
    """The face a slide title's lines are counted in, as its balancing and refitting count
    them (its run's or its template's face, as drawn here): measured in the brand's heading
    face instead, a section title in a template's face this machine draws wider was given a
    box one line tall, was broken onto two lines, and shrank to fit under the line below
    it. A cover's title (ctrTitle) is grown and fitted by the estimate in the brand's face
    (deck_cover), and measured in it here too."""
    run = title.element.find(f".//{qn('a:r')}")
    if run is None or title.placeholder_format.type != PP_PLACEHOLDER.TITLE:
        return filler.brand.heading_font
    return drawn_family(title_face(title, run, filler.brand))


def restack_title(filler: Filler, spec: Slide, subtitle: tuple[str, ...]) -> None:
    """A trainer's title or section slide in reading order: the title kept in its band
    where the layout sets it in one (``_under_band``), else the three centred."""
    if not _under_band(filler, spec, subtitle):
        _restack_centred(filler, spec, subtitle)


def _under_band(filler: Filler, spec: Slide, subtitle: tuple[str, ...]) -> bool:
    """Where the layout sets its title in a band (a filled strip along the slide, as
    deck_title_band finds it: klee2's navy title bar), the title stays in it, at the
    layout's box, and the kicker and the line under the title stack below the band, centred
    in the room above the footer, in the column they were given (beside a section's
    picture). Centred on the slide instead, klee2's section title sat mid-slide at the size
    of the line under it and left the bar empty. True when it stacked them."""
    slide, layout = filler.slide, filler.resolved.layout
    title = placeholder(slide, filler.slots.get("title"))
    sub = placeholder(slide, filler.slots.get("subtitle"))
    base = layout_placeholder(title) if title is not None else None
    if sub is None or base is None or base.top is None or not subtitle \
            or filler.slots.get("kicker") is not None:
        return False
    own = (int(base.left or 0), int(base.top), int(base.width or 0), int(base.height or 0))
    view = view_of(slide)
    height = int(slide.part.package.presentation_part.presentation.slide_height)
    band = band_behind(own, view.beneath, view, height)
    if band is None:
        return False
    x, _y, w, _h = box_of(title)
    set_box(title.element, own)
    # The kicker leads the line under the title in bold (fill_subtitle), read after the
    # title as it is seen; flush left, not on the body's hanging bullet indent.
    for p_el in sub.element.iter(qn("a:p")):
        p_pr = p_el.get_or_add_pPr()
        p_pr.set("marL", "0")
        p_pr.set("indent", "0")
        _no_bullet(p_pr)
    set_box(sub.element, (x, own[1], w, own[3]))  # measured at the column's width
    sub_h = _text_height(sub, filler.brand.body_font, layout) + int(0.15 * INCH)
    below = band[1] + band[3] + int(0.3 * INCH)
    foot = _stack_foot(layout, below, height)
    top = max(below, (below + foot - sub_h) // 2)
    if top + sub_h > foot:
        sub_h = _shrink_to(sub, filler.brand.body_font, layout, foot - top)
    set_box(sub.element, (x, top, w, sub_h))
    _anchor(sub, "t")
    return True


_BULLETS = tuple(qn(f"a:{t}") for t in ("buNone", "buAutoNum", "buChar", "buBlip"))
_AFTER_BULLET = tuple(qn(f"a:{t}") for t in ("tabLst", "defRPr", "extLst"))


def _no_bullet(p_pr: etree._Element) -> None:
    """``a:buNone`` in its schema place in a paragraph's properties, replacing any bullet."""
    for old in [c for c in p_pr if c.tag in _BULLETS]:
        p_pr.remove(old)
    later = next((c for c in p_pr if c.tag in _AFTER_BULLET), None)
    mark = etree.Element(qn("a:buNone"))
    if later is not None:
        later.addprevious(mark)
    else:
        p_pr.append(mark)


def _restack_centred(filler: Filler, spec: Slide, subtitle: tuple[str, ...]) -> None:
    """On a trainer's title or section layout, always kicker, then title, then the line
    under it: a subtitle placeholder above the title (PowerPoint's "Section Header") moves
    below it, the kicker gets a line of its own above the title, and the three sit together,
    centred on the slide's height, in the title's own alignment. ``subtitle``: the slide's
    own lines under the title, as its kind holds them."""
    slide, layout = filler.slide, filler.resolved.layout
    title = placeholder(slide, filler.slots.get("title"))
    sub = placeholder(slide, filler.slots.get("subtitle"))
    if title is None or sub is None or filler.slots.get("kicker") is not None:
        return
    tx, ty, tw, th = box_of(title)
    _sx, sy, _sw, sh = box_of(sub)
    if not spec.kicker and sy >= ty:
        return  # already title, then subtitle
    height = int(slide.part.package.presentation_part.presentation.slide_height)
    if spec.kicker:
        # The kind's own lines (title and section slides), not read back from the slide.
        filler.put("subtitle", list(subtitle) if subtitle else [" "])
    heading, body = _title_family(title, filler), filler.brand.body_font
    # Measured at the width it is given under the title, not the one it had (beside a
    # section's picture a 1 in column made one sentence 4.6 in tall).
    set_box(sub.element, (tx, sy, tw, sh))
    two_title = min(th + sh, _reserved(title, layout))
    _title_to_room(title, heading, layout, two_title)
    title_h = min(th + sh, _text_height(title, heading, layout) + int(0.15 * INCH))
    sub_h = _text_height(sub, body, layout) + int(0.15 * INCH) if subtitle else 0
    kicker_h = int(0.45 * INCH) if spec.kicker else 0
    gap = int(0.12 * INCH)
    # Centred as if the title and the line under it took two lines each, then placed from the
    # top down: the title's first line is at one place on every section slide, and a title
    # or a line that wraps grows down (a one-line title centred on its own climbed 0.3 in).
    # The same room is kept for a line under the title on a slide without one (a parents'
    # part opening on its statement alone), and a longer title never climbs: either moved
    # the heading off the place the deck's other dividers give it.
    # Both at the layout's sizes: a title or line shrunk to fit (or no line) keeps the room.
    two_sub = _reserved(sub, layout)
    block = kicker_h + gap + two_title + gap + two_sub
    # Clear of the layout's footer, date and slide number: a long line under the title, in
    # a column narrowed for a section's picture, ran over them and off the slide's foot.
    foot = _stack_foot(layout, ty, height)
    top = max(int(0.4 * INCH), min((height - block) // 2,
                                   foot - (kicker_h + gap + title_h + gap + sub_h)))
    # Where that puts the line under the title across the edge of the template's band (a
    # title slide's colour block ending above the layout's subtitle: google-slides-export),
    # the layout's own split is kept: the line in its own box, kicker and title above it.
    sub_top = top + (kicker_h + gap if spec.kicker else 0) + title_h + gap
    if subtitle and _band_split(slide, (tx, tw), (sub_top, sub_h), (sy, sh)):
        top, sub_top = _above_own(ty, th, sy, kicker_h + gap + title_h), sy
    top = _put_kicker(filler, spec.kicker, (title, sub), (tx, top, tw, kicker_h), gap)
    set_box(title.element, (tx, top, tw, title_h))
    _anchor(title, "t")
    if not subtitle:
        sub.element.getparent().remove(sub.element)
        return
    if sub_top + sub_h > foot:
        sub_h = _shrink_to(sub, body, layout, foot - sub_top)
    set_box(sub.element, (tx, sub_top, tw, sub_h))
    _anchor(sub, "t")
    # Made smaller in the box it was stacked in: the stack keeps its place, and a template's
    # own text under that box (klee2's sample date) is still found covered and left out.
    _headline(title, sub, layout)
    _even_subtitle(sub, body, layout)


def _title_to_room(title: SlidePlaceholder, family: str, layout: Any, room: int) -> None:
    """A title made smaller to fit the layout's box it was filled in, set back at its
    layout's size (or as near it as fits) where the stack keeps ``room`` for it: klee2's
    cover title was fitted to its master's 0.89 in box at 26 pt, then stacked in a navy band
    with room for two lines at 36 pt, and read as barely larger than the 20 pt line under
    it. Its runs' own size, the one the fitting set, is what changes."""
    now, most = _size(title, layout), layout_style(title, layout)[0]
    runs = [r for p in title.text_frame.paragraphs for r in p.runs]
    if not most or not runs or now >= most:
        return
    pad = int(0.15 * INCH)
    for size in range(int(most), int(now), -1):
        for run in runs:
            run.font.size = Pt(size)
        if _text_height(title, family, layout) + pad <= room:
            return
    for run in runs:
        run.font.size = Pt(now)


# A title at least this many times the size of the line under it. lessonpack's own section
# sets 44 over 24 pt and Brightpath's 40 over 20; at 1.3, hexagons' section titles (a 44 pt
# sample fitted to 40) stood over 31 pt objectives and did not read as the heading.
HEADLINE = 1.6


def _size(ph: SlidePlaceholder, layout: Any) -> float:
    """The placeholder's text size in points: its first run's, else its layout's."""
    for r_pr in ph.element.iter(qn("a:rPr")):
        if r_pr.get("sz"):
            return int(r_pr.get("sz")) / 100
    return float(layout_style(ph, layout)[0] or 0)


def _headline(title: SlidePlaceholder, sub: SlidePlaceholder, layout: Any) -> None:
    """The line under a title made smaller (never under 18 pt) where it is nearly the
    title's size: a template whose title and subtitle share one size (LibreOffice's
    FireRed) gave the cover no headline."""
    title_pt, sub_pt = _size(title, layout), _size(sub, layout)
    if not title_pt or not sub_pt or title_pt >= HEADLINE * sub_pt:
        return
    smaller = max(MIN_PT, int(title_pt / HEADLINE))
    if smaller >= sub_pt:
        return
    for paragraph in sub.text_frame.paragraphs:
        for run in paragraph.runs:
            run.font.size = Pt(smaller)


def _even_subtitle(sub: SlidePlaceholder, family: str, layout: Any) -> None:
    """The line under the title broken where its lines come out even, a clause's end
    preferred, where its natural wrap leaves a word alone ("…the facts and what to / do"
    on ONLYOFFICE's parents' cover): the rule drawn labels follow (``even_lines``)."""
    size, bold, _space, _bulleted = layout_style(sub, layout)
    even_lines(SimpleNamespace(element=sub.element), family, _size(sub, layout) or size,
               bool(bold))


def _put_kicker(filler: Filler, kicker: str, title_sub: tuple[SlidePlaceholder, SlidePlaceholder],
                box: tuple[int, int, int, int], gap: int) -> int:
    """The kicker's text box at ``box``, in line with the title's text; where the title
    then starts (``box``'s top where there is no kicker)."""
    x, top, w, h = box
    if not kicker:
        return top
    title, sub = title_sub
    inset = int(insets(title)[0] * EMU_PT)  # in line with the title's text
    filler.text_box("kicker", (x + inset, top, w - inset, h), [kicker], filler.brand.body_font)
    _colour_like(filler.slide, sub)
    return top + h + gap


def _above_own(title_top: int, title_h: int, sub_top: int, stack: int) -> int:
    """The top of a kicker and title ``stack`` tall centred on the layout's title box and
    ending a gap above the layout's own subtitle box."""
    gap = int(0.12 * INCH)
    return max(int(0.4 * INCH), min(title_top + (title_h - stack) // 2, sub_top - gap - stack))


def _band_edges(slide: PptxSlide, column: tuple[int, int]) -> list[int]:
    """The top and bottom edges of the layout's and master's filled shapes and pictures that
    run across at least half of ``column`` (x, width): a band's edge, where text cut in two
    reads half on the band's colour and half on the slide's."""
    view = view_of(slide)
    x, w = column
    edges = []
    for item in view.beneath:
        across = min(x + w, item.box[0] + item.box[2]) - max(x, item.box[0])
        if across >= w // 2 and opaque(item, view):
            edges += [item.box[1], item.box[1] + item.box[3]]
    return edges


def _band_split(slide: PptxSlide, column: tuple[int, int], placed: tuple[int, int],
                own: tuple[int, int]) -> bool:
    """Whether the stacked line under the title (``placed``: top, height) crosses a band's
    edge that the layout's own box for it (``own``) keeps clear of."""
    edges = _band_edges(slide, column)
    margin = int(0.05 * INCH)

    def crosses(top: int, height: int) -> bool:
        return any(top + margin < edge < top + height - margin for edge in edges)

    return crosses(*placed) and not crosses(*own)


def _reserved(ph: SlidePlaceholder, layout: Any) -> int:
    """EMU of two lines of the placeholder at its layout's size, with its padding."""
    return int(2 * layout_style(ph, layout)[0] * LINE * EMU_PT) + int(0.15 * INCH)


def _stack_foot(layout: Any, title_top: int, height: int) -> int:
    """Where a title slide's stack must end: above the layout's footer, date and slide
    number below the title (0.1 in clear), else 0.3 in above the slide's foot."""
    tops = [int(ph.top) for ph in layout.placeholders
            if ph.placeholder_format.type in FOOTER_TYPES and ph.top is not None
            and int(ph.top) > title_top]
    return min(tops) - int(0.1 * INCH) if tops else height - int(0.3 * INCH)


def _shrink_to(ph: SlidePlaceholder, family: str, layout: Any, room: int) -> int:
    """The placeholder's text a point smaller at a time, never under 18 pt, until it and its
    padding fit ``room``; the height it then needs (more than ``room`` if 18 pt does not fit)."""
    pad = int(0.15 * INCH)
    size = int(layout_style(ph, layout)[0] or MIN_PT)
    for r_pr in ph.element.iter(qn("a:rPr")):
        if r_pr.get("sz"):
            size = int(r_pr.get("sz")) // 100
            break
    need = _text_height(ph, family, layout) + pad
    while need > room and size > MIN_PT:
        size -= 1
        for paragraph in ph.text_frame.paragraphs:
            for run in paragraph.runs:
                run.font.size = Pt(size)
        need = _text_height(ph, family, layout) + pad
    return need


def _anchor(ph: SlidePlaceholder, anchor: str) -> None:
    body_pr = ph.element.find(f"{qn('p:txBody')}/{qn('a:bodyPr')}")
    if body_pr is not None:
        body_pr.set("anchor", anchor)


def _colour_like(slide: PptxSlide, ph: SlidePlaceholder) -> None:
    """The kicker text box on a trainer's title or section slide in white or near-black,
    whichever reads better on the layout's own background (a section layout is often dark,
    where our accent colour would not read). ``ph`` is unused: the background decides."""
    del ph
    backgrounds = layout_backgrounds(slide)
    if not backgrounds:
        return

    # On a gradient, the colour whose worst stop reads better (grey to black: white).
    lighter = (min(ratio(unit_rgb(WHITE), b) for b in backgrounds)
               >= min(ratio(unit_rgb(TEXT_DARK), b) for b in backgrounds))
    colour = (WHITE if lighter else TEXT_DARK).lstrip("#")
    for shape in slide.shapes:
        if shape.name == KICKER_NAME and not shape.is_placeholder:
            for r_pr in shape.element.iter(qn("a:rPr")):
                for old in r_pr.findall(qn("a:solidFill")):
                    r_pr.remove(old)
                fill = etree.SubElement(r_pr, qn("a:solidFill"))
                etree.SubElement(fill, qn("a:srgbClr"), val=colour)
                r_pr.insert(0, fill)


def layout_background(slide: PptxSlide) -> tuple[float, float, float] | None:
    """The solid colour behind a slide (a gradient's first stop): ``layout_backgrounds``."""
    colours = layout_backgrounds(slide)
    return colours[0] if colours else None


def layout_backgrounds(slide: PptxSlide) -> tuple[tuple[float, float, float], ...]:
    """The colours behind a slide: its layout's background, else its master's, each stop of
    a gradient (one set in the theme's background styles too); empty when unknown."""
    layout = slide.slide_layout
    master = layout.slide_master
    theme = parse_theme(master.part.part_related_by(RT.THEME).blob)
    clr_map = clr_map_of(master.element.find(qn("p:clrMap")), DEFAULT_CLR_MAP)
    presentation = slide.part.package.presentation_part.presentation
    area = int(presentation.slide_width) * int(presentation.slide_height)
    for owner in (layout, master):
        # A filled shape drawn over most of the slide is its background (the top one wins).
        for shape in reversed(list(owner.shapes)):
            sp_pr = shape.element.find(qn("p:spPr"))
            if (shape.is_placeholder or sp_pr is None
                    or (shape.width or 0) * (shape.height or 0) < 0.8 * area):
                continue
            paint = fill_of(sp_pr, theme, clr_map)
            if paint is not None and paint.colours and not paint.unknown:
                return paint.colours
        paint = _own_background(owner, theme, clr_map)
        if paint is not None and paint.colours and not paint.unknown:
            return paint.colours
    return ()


def _own_background(owner: Any, theme: Any, clr_map: dict[str, str]) -> Any:
    """The paint of a layout's or master's own p:bg (its fill, or the theme's background
    style it names); None when it sets none."""
    bg = owner.element.find(f"{qn('p:cSld')}/{qn('p:bg')}")
    if bg is None:
        return None
    bg_pr = bg.find(qn("p:bgPr"))
    if bg_pr is not None:
        return fill_of(bg_pr, theme, clr_map)
    return background_ref_fill(bg.find(qn("p:bgRef")), theme, clr_map)

