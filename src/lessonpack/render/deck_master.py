"""Puts the brand's footer text and logo on the slide masters (and on layouts that hide the
master's shapes, such as the title slide), so every slide carries them and a slide a teacher
adds later does too. Templates without our footer band get the logo in a free corner and their
own footer placeholders filled on each slide."""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import cast

from lxml import etree
from PIL import Image
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.oxml import parse_xml
from pptx.oxml.ns import qn
from pptx.parts.slide import BaseSlidePart
from pptx.presentation import Presentation
from pptx.shapes.autoshape import Shape
from pptx.shapes.base import BaseShape
from pptx.shapes.shapetree import LayoutShapes, MasterShapes
from pptx.slide import Slide, SlideLayout, SlideMaster
from pptx.util import Emu, Inches, Pt

from lessonpack.check.measure import LINE, count_lines, text_width
from lessonpack.content.brand import Brand
from lessonpack.geometry import EMU_PT
from lessonpack.io.safety import logo_file  # big logos downscaled
from lessonpack.render.deck_footer_room import room_for_footers
from lessonpack.render.deck_footer_row import beside_drawn_number, footer_row_logo
from lessonpack.render.deck_geometry import (
    INSET_H_PT,
    INSET_W_PT,
    Box,
    box_of,
    free_corner,
    layout_obstacles,
    master_obstacles,
    overlaps,
    shows_master_shapes,
)
from lessonpack.render.deck_logo_slot import add_logo_slot
from lessonpack.render.deck_plate import add_plate
from lessonpack.render.ooxml import A, next_shape_id, set_lang, text_body
from lessonpack.render.ooxml.placeholders import each_placeholder
from lessonpack.render.shape_names import KICKER_NAME, LOGO, LOGO_PANEL, TRAINER_LOGO, TRAINER_PANEL

FOOTER_NAME, NUMBER_NAME, BAND_NAME = "LP Footer Text", "LP Slide Number", "Footer band"
# 0.6 in tall in the 0.7 in footer band: a school logo's second line ('Primary School')
# stays readable (0.44 in was not).
FOOTER_LOGO_H = int(Inches(0.6))
FOOTER_LOGO_MAX_W = int(Inches(1.8))
PLATE_LOGO_H = int(Inches(0.68))
PLATE_LOGO_MAX_W = int(Inches(3.2))
PLATE_PAD = int(Inches(0.1))
CORNER_LOGO_H = int(Inches(0.45))
GAP = int(Inches(0.2))
NUMBER_W = int(Inches(0.5))  # a slide number beside the footer's logo: "100" at 18 pt bold
# Between the logo and the slide number's box after it: the digits end on the margin, so a
# two-digit number stands about 0.5 in clear of the logo, a three-digit one 0.35 in.
NUMBER_GAP = int(Inches(0.2))
# Where the logo plate goes on our own layouts that hide the master (top left, above the
# kicker); other layouts get the first free corner.
PLATE_AT = {"LP Title": (Inches(0.8), Inches(0.4)), "LP Section": (Inches(1.0), Inches(0.5))}


def logo_alt(brand: Brand) -> str:
    return brand.logo_alt


def _aspect(path: Path) -> float:
    with Image.open(path) as image:
        return image.width / max(1, image.height)


# A logo is read by its width: a square or tall one (a school crest) is drawn taller, up to
# this cap, to be at least READABLE_W wide where its place allows.
READABLE_W = int(Inches(0.9))
PLATE_LOGO_MAX_H = int(Inches(1.0))
CORNER_LOGO_MAX_H = int(Inches(0.8))


def _readable(aspect: float, height: int, cap: int) -> int:
    """The logo's height: ``height``, or taller (to ``cap``) until it is READABLE_W wide."""
    return max(height, min(cap, int(READABLE_W / max(aspect, 0.01))))


def _fit(aspect: float, height: int, max_width: int) -> tuple[int, int]:
    width = int(height * aspect)
    if width > max_width:
        width, height = max_width, int(max_width / aspect)
    return width, height


def _named(master: SlideMaster, name: str) -> BaseShape | None:
    for shape in master.shapes:
        if shape.name == name:
            return shape
    return None


def _add_logo(owner: SlideMaster | SlideLayout, brand: Brand, box: Box, *,
              trainer: bool = False) -> None:
    """The brand's logo (``trainer``: the visiting trainer's, delivered_by_logo) in ``box``."""
    path = brand.delivered_by_logo if trainer else brand.logo
    assert path is not None
    alt = f"{brand.delivered_by} logo" if trainer else logo_alt(brand)
    shapes: MasterShapes | LayoutShapes = owner.shapes
    # A master's or layout's part is a slide part (python-pptx types .part as any XML part).
    _part, rid = cast(BaseSlidePart, owner.part).get_or_add_image_part(logo_file(path))
    pic = shapes.element.add_pic(next_shape_id(shapes), TRAINER_LOGO if trainer else LOGO,
                                 alt, rid, *box)
    pic.nvPicPr.cNvPr.set("descr", alt)


def _trainer_on_plate(layout: SlideLayout, brand: Brand, logo: Path, crest: Box,
                      obstacles: list[Box], size: tuple[int, int]) -> bool:
    """A visiting trainer's logo (``logo``, the brand's delivered_by_logo) on a cover or
    section layout, on its own plate in line with the school's crest (left of it, else right
    of it), as tall as the crest's plate allows and at least READABLE_W wide. The school
    hosts, the team delivers: the cover's "Delivered by" credit ends at this logo
    (deck_cover.credit_line). False when no room."""
    aspect = _aspect(logo)
    w, h = _trainer_size(logo, min(crest[3] - 2 * PLATE_PAD,
                                   _readable(aspect, PLATE_LOGO_H, PLATE_LOGO_MAX_H)))
    plate_w, plate_h = w + 2 * PLATE_PAD, h + 2 * PLATE_PAD
    top = crest[1] + (crest[3] - plate_h) // 2
    for left in (crest[0] - GAP - plate_w, crest[0] + crest[2] + GAP):
        plate = (left, top, plate_w, plate_h)
        inside = left >= 0 and top >= 0 and left + plate_w <= size[0] and \
            top + plate_h <= size[1]
        if inside and not any(overlaps(plate, b) for b in obstacles):
            add_plate(layout.shapes.element, plate, TRAINER_PANEL)
            _add_logo(layout, brand, (left + PLATE_PAD, top + PLATE_PAD, w, h), trainer=True)
            return True
    return False


def _one_plate(layout: SlideLayout, obstacles: list[Box]) -> None:
    """The school's and the trainer's logos on one white strip: the school's plate grown
    over both, the trainer's own plate dropped. Two tiles side by side looked pasted on.
    Left as two when the strip would meet another of the layout's shapes."""
    shapes = {sh.name: sh for sh in layout.shapes}
    school, trainer = shapes.get(LOGO_PANEL), shapes.get(TRAINER_PANEL)
    if school is None or trainer is None:
        return
    a, b = box_of(school), box_of(trainer)
    if a is None or b is None:  # a plate placed by inheritance, not its own box: left as two
        return
    left, top = min(a[0], b[0]), min(a[1], b[1])
    strip = (left, top, max(a[0] + a[2], b[0] + b[2]) - left,
             max(a[1] + a[3], b[1] + b[3]) - top)
    if any(overlaps(strip, o) for o in obstacles if o not in (a, b)):
        return
    school.left, school.top, school.width, school.height = (Emu(v) for v in strip)
    trainer.element.getparent().remove(trainer.element)


def _trainer_size(logo: Path, height: int) -> tuple[int, int]:
    """The trainer's logo at ``height`` (or as tall as it must be to be READABLE_W wide).
    Given the logo itself, not the brand: a caller has it only once it knows there is one."""
    aspect = _aspect(logo)
    w, h = _fit(aspect, height, PLATE_LOGO_MAX_W)
    if w < READABLE_W:
        w, h = READABLE_W, int(READABLE_W / aspect)
    return w, h


def _is_cover(layout: SlideLayout) -> bool:
    # LibreOffice writes a cover's title as a plain title: its subtitle marks the cover too.
    return any(ph.placeholder_format.type in (PP_PLACEHOLDER.CENTER_TITLE, PP_PLACEHOLDER.SUBTITLE)
               for ph in each_placeholder(layout.placeholders))


def _crest_in_corner(layout: SlideLayout, brand: Brand, crest: Path,
                     size: tuple[int, int]) -> bool:
    """A visiting trainer's cover layout that shows its master (most Office templates' title
    slide): the master carries the trainer's logo, so the school's crest (``crest``, the
    brand's logo) goes on a plate in a free corner, clear of the master's logo and footers.
    The cover carries both marks whatever the template. False when no corner is free."""
    w, h = _fit(_aspect(crest), CORNER_LOGO_H, FOOTER_LOGO_MAX_W)
    if w < READABLE_W:
        w, h = _fit(_aspect(crest), int(READABLE_W / _aspect(crest)), FOOTER_LOGO_MAX_W)
    plate = free_corner(size, layout_obstacles(layout, size),
                        (w + 2 * PLATE_PAD, h + 2 * PLATE_PAD), int(Inches(0.25)))
    if plate is None:
        return False
    w, h = plate[2] - 2 * PLATE_PAD, plate[3] - 2 * PLATE_PAD  # free_corner may shrink it
    add_plate(layout.shapes.element, plate, LOGO_PANEL)
    _add_logo(layout, brand, (plate[0] + PLATE_PAD, plate[1] + PLATE_PAD, w, h))
    return True


def _logo_in_footer(master: SlideMaster, brand: Brand, aspect: float,
                    trainer: bool = False) -> None:
    """Our master: the slide number at the far right, right-aligned and ending on the
    content's right margin (where its box ended), the logo before it a clear NUMBER_GAP
    apart, and the footer text before that, shortened to make room. With the logo on the
    margin and the number just before it, the number sat hard against the logo (about
    0.1 in) and read as part of it. When a later shape covers the band (LibreOffice folds a
    title layout's background into its master), the logo gets a white panel so it still
    reads."""
    footer, number = _named(master, FOOTER_NAME), _named(master, NUMBER_NAME)
    assert footer is not None and number is not None  # brand_masters checked both are there
    w, h = _fit(aspect, FOOTER_LOGO_H, FOOTER_LOGO_MAX_W)
    right = int(number.left) + int(number.width)
    number.left, number.width = Emu(right - NUMBER_W), Emu(NUMBER_W)
    x = right - NUMBER_W - NUMBER_GAP - w
    y = int(footer.top) + (int(footer.height) - h) // 2
    box = (x, y, w, h)
    band = _named(master, BAND_NAME)
    shapes = list(master.shapes)
    later = shapes[shapes.index(band) + 1:] if band is not None else []
    if any(not s.is_placeholder and s.name not in (FOOTER_NAME, NUMBER_NAME)
           and (b := box_of(s)) is not None and overlaps(b, box) for s in later):
        pad = int(Inches(0.05))
        add_plate(master.shapes.element, (x - pad, y - pad, w + 2 * pad, h + 2 * pad),
                  LOGO_PANEL)
    _add_logo(master, brand, box, trainer=trainer)
    footer.width = Emu(max(0, x - GAP - int(footer.left)))


def _master_corner(master: SlideMaster, aspect: float, size: tuple[int, int]) -> Box | None:
    """Where the logo goes on a trainer's master: in its footer row before the slide number
    (its placeholder's, or a number the template draws itself), else in the date's place
    at the foot of the slide (lessonpack puts no date on slides), else a free corner."""
    w, h = _fit(aspect, _readable(aspect, CORNER_LOGO_H, CORNER_LOGO_MAX_H), FOOTER_LOGO_MAX_W)
    # First in the footer row, before the slide number, the footer text then starting on
    # the body's left edge (deck_footer_row).
    in_row = footer_row_logo(master, (w, h), size) or beside_drawn_number(master, (w, h),
                                                                          size)
    if in_row is not None:
        return in_row
    date = next((ph for ph in each_placeholder(master.placeholders)
                 if ph.placeholder_format.type == PP_PLACEHOLDER.DATE), None)
    obstacles = master_obstacles(master, size)
    preferred = []
    if date is not None and (box := box_of(date)) is not None:
        obstacles.remove(box)
        preferred.append((box[0], box[1] + (box[3] - h) // 2))
    return free_corner(size, obstacles, (w, h), int(Inches(0.1)), preferred)


# plan/footers.py joins the footer's parts (the brand's line, the lesson's name) with this.
FOOTER_SEP = "  ·  "
# The footer and slide number at the size the check asks of any slide text: at 12 pt they
# were the one thing on a projected slide that the back of a room could not read. Smaller
# sizes only where a template's footer box holds not even the topic's name at 18 pt; under
# 10 pt a footer cannot be read at all.
FOOTER_PT = 18
FOOTER_SIZES = (FOOTER_PT, 16, 14, 12, 11, 10)
# The sizes a template's footer box is held to whatever its height: its box was drawn for 12.
SHORT_BOX_SIZES = (12, 11, 10)


def one_line_footer(text: str, family: str, width_pt: float,
                    height_pt: float | None = None) -> tuple[str, int] | None:
    """The footer as one line of 10-18 pt in ``width_pt``, as large as it can be: the whole
    text if it fits, else without its leading parts (the brand's line goes first: the logo
    names the organisation; the lesson's name stays). A size whose line is taller than
    ``height_pt`` is passed over, down to 12 pt (a template's box drawn for its own 12 pt
    footer). None when not even that fits at 10."""
    candidates = footer_shortenings(text)
    sizes = [size for size in FOOTER_SIZES if height_pt is None or size in SHORT_BOX_SIZES
             or size * LINE <= height_pt]
    # The largest size first: a shorter footer at 18 pt reads better than all of it at 12.
    # The topic alone (the last form) only where no size holds the key stage with it.
    for forms in (candidates[:-1], candidates[-1:]):
        for size in sizes:
            for candidate in forms:
                if text_width(candidate, family, size) <= width_pt:
                    return candidate, size
    return None


def footer_shortenings(text: str) -> list[str]:
    """The footer, then shorter and shorter forms of it: without its leading parts, then
    the lesson's name without the ages in brackets ("Live streaming · Key Stage 4"), then
    the topic alone. A template's narrow footer box (a 2.6 in centre footer on a 4:3 deck)
    holds no lesson name with its ages at 10 pt; a second line would leave the slide or
    meet its content (LPC308)."""
    parts = text.split(FOOTER_SEP)
    found = [FOOTER_SEP.join(parts[start:]) for start in range(len(parts))]
    last = parts[-1]
    for shorter in (re.sub(r"\s*\([^()]*\)$", "", last), last.split(" · ")[0]):
        if shorter and shorter not in found:
            found.append(shorter)
    return found


def _fit_footer(footer: Shape, brand: Brand) -> None:
    """Footer text on one line of 10-18 pt, shortened when long (one_line_footer); a smaller
    size and two lines only when not even the lesson's name fits."""
    text = footer.text_frame.text
    width_pt = int(footer.width) / EMU_PT
    fitted = one_line_footer(text, brand.body_font, width_pt, int(footer.height) / EMU_PT)
    if fitted is not None:
        short, size = fitted
        if short != text:
            _set_footer_text(text_body(footer.text_frame), short)
    else:
        size = next((s for s in SHORT_BOX_SIZES if text_width(text, brand.body_font, s)
                     <= width_pt), 9)
    for run in footer.text_frame.paragraphs[0].runs:
        run.font.size = Pt(size)


# The cover's logo is the school's welcome ("the crest small on the title
# slide, ~40 px"): this much taller than on a section slide, in the room above the kicker.
COVER_LOGO_SCALE = 1.7
COVER_LAYOUT = "LP Title"


def _logo_on_plate(owner: SlideMaster | SlideLayout, brand: Brand, aspect: float,
                   at: tuple[int, int] | None, obstacles: list[Box],
                   size: tuple[int, int], trainer: bool = False) -> Box | None:
    """The school's logo (``trainer``: the visiting trainer's) on a white plate, at ``at``
    or in a free corner; the plate's box, or None when there is no room."""
    height = _readable(aspect, PLATE_LOGO_H, PLATE_LOGO_MAX_H)
    cover = at is not None and getattr(owner, "name", "") == COVER_LAYOUT
    # The cover's plate 0.3 in clear of the slide's edge (0.13 in crowded it); the words
    # under it are placed clear of it (deck_cover_group).
    edge = int(Inches(0.3 if cover else 0.15))
    if at is not None and cover:
        # Taller: as tall as it was with its top 0.15 in from the edge (the kicker under it
        # moves down; deck_cover_group places the slide's words clear of the plate).
        room = int(at[1]) + PLATE_LOGO_H + int(Inches(0.12)) - int(Inches(0.15))
        height = min(int(height * COVER_LOGO_SCALE), room)
    w, h = _fit(aspect, height, int(PLATE_LOGO_MAX_W * COVER_LOGO_SCALE)
                if height > PLATE_LOGO_MAX_H else PLATE_LOGO_MAX_W)
    plate_size = (w + 2 * PLATE_PAD, h + 2 * PLATE_PAD)
    if at is not None:
        # A taller (square) logo's plate grows upwards: the kicker under it keeps its gap.
        grown = plate_size[1] - (PLATE_LOGO_H + 2 * PLATE_PAD)
        top = max(edge, int(at[1]) - max(0, grown))
        plate: Box | None = (int(at[0]), top, *plate_size)
    else:
        plate = free_corner(size, obstacles, plate_size, int(Inches(0.25)))
    if plate is None:
        return None
    add_plate(owner.shapes.element, plate, TRAINER_PANEL if trainer else LOGO_PANEL)
    _add_logo(owner, brand, (plate[0] + PLATE_PAD, plate[1] + PLATE_PAD, w, h),
              trainer=trainer)
    if cover:
        _kicker_below(owner, plate[1] + plate[3] + GAP)
    return plate


def _kicker_below(layout: SlideMaster | SlideLayout, least_top: int) -> None:
    """The cover layout's kicker at ``least_top`` or lower: a slide a teacher adds from the
    layout keeps its kicker clear of the plate too."""
    kicker = next((s for s in layout.shapes if s.name == KICKER_NAME), None)
    if kicker is not None and int(kicker.top) < least_top:
        kicker.top = Emu(least_top)


def _without_logo(master: SlideMaster, footer_box: Shape | None, brand: Brand) -> None:
    """A master of a brand with no logo: its footer fitted, and where the logo would go on
    the cover, a dashed slot (deck_logo_slot)."""
    if footer_box is not None:
        _fit_footer(footer_box, brand)
    for layout in master.slide_layouts:
        add_logo_slot(layout)


def brand_masters(prs: Presentation, brand: Brand, footer: str) -> list[str]:
    """Footer text and logo onto every master and master-hiding layout; returns notes on
    anything that could not be placed."""
    notes: list[str] = []
    # resolve_layouts, always run first, refuses a template without a slide size (LP130).
    assert prs.slide_width is not None and prs.slide_height is not None
    size = (int(prs.slide_width), int(prs.slide_height))
    aspect = _aspect(brand.logo) if brand.logo is not None else 1.0
    # A visiting trainer's slides are the trainer's material, taught at the school: the
    # trainer's logo in the footer and on section slides, the school's crest on the cover
    # beside it (the school is the audience, not the author). The school's crest in every
    # footer beside "Delivered by …" and both logos on every section slide left it
    # unclear whose slides they were.
    trainer = brand.delivered_by_logo is not None and brand.logo is not None
    own = _aspect(brand.delivered_by_logo) if brand.delivered_by_logo is not None and trainer \
        else aspect
    for n, master in enumerate(prs.slide_masters, start=1):
        _number_at_footer_size(master)
        named = _named(master, FOOTER_NAME)
        # Only a shape with text (an autoshape or placeholder: a Shape) can hold the footer.
        footer_box = named if isinstance(named, Shape) and named.has_text_frame else None
        if footer_box is not None:
            _set_footer_text(text_body(footer_box.text_frame), footer)
        if brand.logo is None:
            _without_logo(master, footer_box, brand)
            continue
        if footer_box is not None and _named(master, NUMBER_NAME) is not None:
            _logo_in_footer(master, brand, own, trainer)
            _fit_footer(footer_box, brand)
        else:
            corner = _master_corner(master, own, size)
            if corner is None:
                notes.append(f"no free corner for the logo on slide master {n}")
            else:
                _add_logo(master, brand, corner, trainer=trainer)
        for layout in master.slide_layouts:
            if shows_master_shapes(layout):
                # The brand has a logo here (one without went on above), so ``trainer`` is
                # a visiting trainer's deck: its master carries the trainer's logo, and the
                # cover adds the school's crest.
                if trainer and _is_cover(layout) and \
                        not _crest_in_corner(layout, brand, brand.logo, size):
                    notes.append(f"no free corner for the school's logo on layout "
                                 f"{layout.name!r}")
                continue
            obstacles = layout_obstacles(layout, size)
            if trainer and not _is_cover(layout):
                # A section slide: the trainer's logo alone.
                if _logo_on_plate(layout, brand, own, PLATE_AT.get(layout.name), obstacles,
                                  size, trainer=True) is None:
                    notes.append(f"no free corner for {brand.delivered_by}'s logo on layout "
                                 f"{layout.name!r}")
                continue
            placed = _logo_on_plate(layout, brand, aspect, PLATE_AT.get(layout.name),
                                    obstacles, size)
            if placed is None:
                notes.append(f"no free corner for the logo on layout {layout.name!r}")
            elif brand.delivered_by_logo is not None:
                if _trainer_on_plate(layout, brand, brand.delivered_by_logo, placed,
                                     [*obstacles, placed], size):
                    _one_plate(layout, obstacles)
                else:
                    notes.append(f"no room for {brand.delivered_by}'s logo beside the "
                                 f"school's on layout {layout.name!r}")
    return notes


def _set_footer_text(tx_body: etree._Element, text: str) -> None:
    paragraphs = tx_body.findall(qn("a:p"))
    for extra in paragraphs[1:]:
        tx_body.remove(extra)
    para = paragraphs[0]
    runs = para.findall(qn("a:r")) + para.findall(qn("a:fld"))
    keep = runs[0] if runs else None
    for run in runs[1:]:
        para.remove(run)
    if keep is None or keep.tag != qn("a:r"):
        if keep is not None:
            para.remove(keep)
        keep = etree.SubElement(para, qn("a:r"))
        end = para.find(qn("a:endParaRPr"))
        if end is not None:
            para.remove(end)
            para.append(end)
    t = keep.find(qn("a:t"))
    if t is None:
        t = etree.SubElement(keep, qn("a:t"))
    t.text = text
    set_lang(tx_body, "en-GB")


def add_slide_footer(slide: Slide, layout: SlideLayout, text: str, family: str) -> None:
    """Fill the template's own footer and slide-number placeholders on one slide.

    Used for templates without our master footer band: PowerPoint puts these on a slide only
    when asked (Insert > Header & Footer), so we copy them from the layout as it would.
    """
    tree = slide.shapes.element
    for ph in each_placeholder(layout.placeholders):
        kind = ph.placeholder_format.type
        if kind not in (PP_PLACEHOLDER.FOOTER, PP_PLACEHOLDER.SLIDE_NUMBER):
            continue
        if kind == PP_PLACEHOLDER.FOOTER and not text:
            continue
        sp = copy.deepcopy(ph.element)
        sp.find(f".//{qn('p:cNvPr')}").set("id", str(next_shape_id(slide.shapes)))
        tx_body = sp.find(qn("p:txBody"))
        if tx_body is None:
            continue
        box = box_of(ph)
        if kind == PP_PLACEHOLDER.FOOTER:
            _fill_footer(sp, tx_body, box, text, family)
        else:
            if not list(tx_body.iter(qn("a:fld"))):
                _slide_number_field(tx_body)
            # Where the template's box is tall enough, the number as large as the footer.
            if box is not None and box[3] / EMU_PT - INSET_H_PT >= FOOTER_PT * LINE:
                _sized_runs(tx_body, FOOTER_PT)
        tree.append(sp)
    room_for_footers(slide)  # a template's number box too short for its number grown


def _fill_footer(sp: etree._Element, tx_body: etree._Element, box: Box | None, text: str,
                 family: str) -> None:
    """The slide's copy of the footer placeholder (``box`` its place) holding ``text`` on one
    line where it fits (one_line_footer), in the brand's font."""
    fitted = None if box is None else one_line_footer(text, family, box[2] / EMU_PT - INSET_W_PT,
                                                      box[3] / EMU_PT - INSET_H_PT)
    if fitted is not None:
        _set_footer_text(tx_body, fitted[0])
        size: int | None = fitted[1]
    else:
        _set_footer_text(tx_body, text)
        size = _footer_size(text, family, box)
    for rpr in tx_body.iter(qn("a:rPr")):
        if size is not None:
            rpr.set("sz", str(size * 100))
        # Some templates' footers name no font; LibreOffice then shows a serif.
        if rpr.find(qn("a:latin")) is None:
            rpr.append(parse_xml(f'<a:latin xmlns:a="{A}" typeface="+mn-lt"/>'))
    if box is not None and size is not None and fitted is not None:
        _hug_left_text(sp, box, fitted[0], family, size)


def _hug_left_text(sp: etree._Element, box: Box, text: str, family: str, size: int) -> None:
    """A left-aligned footer's box only as wide as its words (with room to spare): the
    words stay where they are, and a plate the slide's contrast pass puts behind them
    (on a busy picture) hugs them rather than running the row's width."""
    level = sp.find(f"{qn('p:txBody')}/{qn('a:lstStyle')}/{qn('a:lvl1pPr')}")
    if level is None or level.get("algn") != "l":
        return
    # The words at 1.15 times their measured width (renderers' metrics differ), plus
    # PowerPoint's default inner margins and a tenth of an inch.
    wanted = int((text_width(text, family, size) * 1.15 + INSET_W_PT) * EMU_PT) + int(Inches(0.1))
    if wanted >= box[2]:
        return
    sp_pr = sp.find(qn("p:spPr"))
    if sp_pr is None:
        return
    xfrm = sp_pr.find(qn("a:xfrm"))
    if xfrm is None:
        xfrm = parse_xml(f'<a:xfrm xmlns:a="{A}"><a:off x="{box[0]}" y="{box[1]}"/>'
                         f'<a:ext cx="{box[2]}" cy="{box[3]}"/></a:xfrm>')
        sp_pr.insert(0, xfrm)
    ext = xfrm.find(qn("a:ext"))
    if ext is not None:
        ext.set("cx", str(wanted))


def _footer_size(text: str, family: str, box: Box | None) -> int | None:
    """The largest size up to 12 pt at which the footer fits its box; None to keep the
    template's own."""
    if box is None:
        return None
    width, height = box[2] / EMU_PT - INSET_W_PT, box[3] / EMU_PT - INSET_H_PT
    for size in (*SHORT_BOX_SIZES, 9):
        if count_lines(text, family, size, width) * size * LINE <= height + 2:
            return size
    return 8


def _number_at_footer_size(master: SlideMaster) -> None:
    """Our master's slide number as large as its footer."""
    number = _named(master, NUMBER_NAME)
    if isinstance(number, Shape) and number.has_text_frame:
        _sized_runs(text_body(number.text_frame), FOOTER_PT)


def _sized_runs(tx_body: etree._Element, size: int) -> None:
    """Every run of ``tx_body`` (its slide-number field's too) at ``size`` points."""
    for tag in ("a:rPr", "a:endParaRPr"):
        for rpr in tx_body.iter(qn(tag)):
            rpr.set("sz", str(size * 100))


def _slide_number_field(tx_body: etree._Element) -> None:
    for para in tx_body.findall(qn("a:p")):
        tx_body.remove(para)
    tx_body.append(parse_xml(
        f'<a:p xmlns:a="{A}"><a:fld id="{{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}}" '
        'type="slidenum"><a:rPr lang="en-GB"/><a:t>&#8249;#&#8250;</a:t></a:fld></a:p>'))
