"""The statistic kind's drawing: each figure on its own tile in the drawing area."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.shapes.autoshape import Shape
from pptx.slide import Slide
from pptx.util import Emu, Pt

from lessonpack.check.measure import LINE, drawn_width, text_width
from lessonpack.content.brand import Brand
from lessonpack.geometry import EMU_PT
from lessonpack.kinds.base import Box, Filler, supply
from lessonpack.kinds.look import Look
from lessonpack.kinds.statistic import STATISTICS, Statistic
from lessonpack.render.deck_card_fit import GAP, INCH, MIN_PT, PAD, fit_size, grid, lines_height
from lessonpack.render.deck_drawings import T, new_label, new_shape
from lessonpack.render.deck_fit import box_size, insets, layout_style, needed_height
from lessonpack.render.deck_side import INSET
from lessonpack.render.deck_under_title import clear_of_title

# Under the figures' tiles: a gap, the source line, then this clear of what is below (on our
# layout the footer band: tools/build_pptx_template.layout_chart ends its caption panel with
# the tiles). At 0.1 and 0.15 in the line sat squeezed between the tiles and the band.
SOURCE_GAP = int(0.2 * INCH)
SOURCE_CLEAR = int(0.2 * INCH)


def statistics(filler: Filler, stats: Sequence[Statistic]) -> None:
    """Each figure on its own tile in the drawing area; points already put beside them in a
    stand-in panel end where the tiles end."""
    # Full area: the chart area already keeps the source line's strip above the footer,
    # and the tiles end with the layout's caption panel.
    region = _under_title(filler, filler.region(clear=False))
    region, tall_side = _room_for_points(filler, region, stats)
    filler.misfits += draw_statistics(filler.slide, region, stats, filler.brand, filler.look,
                                      corner=_panel_corner(filler),
                                      source_beside=not tall_side)
    if not tall_side:
        _side_ends_with_tiles(filler)
    _points_as_large_as_labels(filler)
    _points_mid_panel(filler)


# The least share of its height the figures' area keeps when it moves under a wrapped title:
# the rows and their figures shrink with it, and on Coreoz's 4:3 slide (a 43 pt title of two
# lines, centred in its box) the move takes 16 %, more than a card grid may give.
ROWS_KEEP = 0.7


def _under_title(filler: Filler, region: Box) -> Box:
    """The figures' area started clear of a trainer's title that wraps, and the points'
    stand-in panel beside it with it: a two-line title's second line ran behind the first
    tile (Coreoz's, hexagons' and German parents' "Teenagers: sextortion / reports the IWF
    acted on", cut through the middle)."""
    moved = clear_of_title(filler, region, keep=ROWS_KEEP)
    shift = moved[1] - region[1]
    side = next((sh for sh in filler.slide.shapes if sh.name == "Side"
                 and not sh.is_placeholder and isinstance(sh, Shape)), None)
    if shift > 0 and side is not None and side.top is not None and side.top < moved[1]:
        side.top, side.height = Emu(int(side.top) + shift), Emu(max(0, int(side.height) - shift))
    return moved


def _caption_points(filler: Filler) -> list[Any]:
    """The placeholders holding points in our layout's caption panel beside the tiles."""
    panel = next((sh for sh in filler.slide.slide_layout.shapes
                  if sh.name == "Caption panel"), None)
    if panel is None or panel.left is None or panel.top is None:
        return []
    return [shape for shape in filler.slide.placeholders
            if shape.has_text_frame and shape.text_frame.text.strip()
            and shape.left is not None and shape.top is not None
            and shape.left >= panel.left and panel.top <= shape.top < panel.top + panel.height]


def _points_as_large_as_labels(filler: Filler) -> None:
    """The points in the caption panel grown to the size of the figures' words, where the
    panel holds them at it: at the panel's own 18 pt two short points sat in a half-empty
    panel, smaller than everything beside them."""
    labels = [size for sh in filler.slide.shapes
              if isinstance(sh, Shape) and sh.name.startswith("Statistic ")
              and sh.name.endswith(" label") for size in _run_sizes(sh)]
    if not labels:
        return
    for ph in _caption_points(filler):
        drawn = _run_sizes(ph)
        now = int(max(drawn)) if drawn else None
        chosen = _largest_fit(ph, filler.brand.body_font, int(min(labels)), now)
        if chosen is not None:
            for p in ph.text_frame.paragraphs:
                for r in p.runs:
                    r.font.size = Pt(chosen)


def _run_sizes(shape: Any) -> list[float]:
    """The sizes (pt) a shape's runs set."""
    return [r.font.size.pt for p in shape.text_frame.paragraphs for r in p.runs
            if r.font.size is not None]


def _largest_fit(ph: Any, font: str, most: int, now: int | None) -> int | None:
    """The largest size from ``most`` down to above the placeholder's size now (its runs',
    else its style's) at which its text fits its box; None when none is larger."""
    size, bold, space, bulleted = layout_style(ph)
    left, top, right, bottom = insets(ph)
    width, height = (v / EMU_PT for v in box_size(ph))
    width, height = width - left - right, height - top - bottom
    paragraphs = [(p.text, bulleted) for p in ph.text_frame.paragraphs]
    for pt in range(most, int(now if now is not None else size), -1):
        if needed_height(paragraphs, font, pt, width, bold, space) <= height:
            return pt
    return None


def _points_mid_panel(filler: Filler) -> None:
    """The points in our layout's caption panel centred down it: the figures' rows fill the
    panel's height, and points at its top left its lower third empty beside them
    (the figures and their points align the same way)."""
    panel = next((sh for sh in filler.slide.slide_layout.shapes
                  if sh.name == "Caption panel"), None)
    if panel is None or panel.left is None or panel.top is None:
        return
    for shape in filler.slide.placeholders:
        if shape.has_text_frame and shape.text_frame.text.strip() and shape.left is not None \
                and shape.top is not None and shape.left >= panel.left \
                and shape.top >= panel.top and shape.top < panel.top + panel.height:
            shape.text_frame.vertical_anchor = MSO_ANCHOR.MIDDLE


def _panel_corner(filler: Filler) -> int | None:
    """EMU of corner rounding of the points' panel beside the tiles (our layout's caption
    panel), so narrow tiles round as much as the wide panel: rounding is a share of a
    shape's shorter side, and the same share left 2 in tiles nearly square-cornered beside
    it. None without such a panel."""
    panel = next((sh for sh in filler.slide.slide_layout.shapes
                  if sh.name == "Caption panel"), None)
    if panel is None or not panel.width or not panel.height:
        return None
    gd = panel.element.find(f".//{qn('a:prstGeom')}/{qn('a:avLst')}/{qn('a:gd')}")
    share = int(gd.get("fmla", "val 16667").split()[-1]) / 100_000 if gd is not None \
        else 0.16667
    return int(share * min(int(panel.width), int(panel.height)))


def _room_for_points(filler: Filler, region: Box, stats: Sequence[Statistic]
                     ) -> tuple[Box, bool]:
    """The tiles' region, narrowed where the points in a stand-in panel beside it ("Side",
    a trainer's layout) need more width to hold their words at 18 pt in the tiles' height:
    on Google's 10 x 5.625 in slide the panel's fixed share (deck_match.SIDE_SHARE) was
    2.3 in, and four points ran 1 in below it. The panel grows leftwards, the tiles keep
    at least half the width (they hold the figures the slide is about) and each tile its
    longest word at 18 pt (a word wider than its tile is broken inside it: "streame / d").
    Where even then the points need more height than the tiles', the panel keeps the
    area's full height (True) and the source line goes under the tiles alone."""
    side = next((sh for sh in filler.slide.shapes if sh.name == "Side"
                 and not sh.is_placeholder and isinstance(sh, Shape)), None)
    x, y, w, h = region
    points = [p.text for p in side.text_frame.paragraphs if p.text.strip()] if side else []
    if side is None or len(points) < 2 or side.left is None or side.left < x + w:
        return region, False
    # The panel's words end where the tiles do, above the source line's strip.
    one_line = int(MIN_PT * LINE / 72 * INCH)
    room = (h - one_line - SOURCE_GAP - SOURCE_CLEAR - 2 * INSET) / EMU_PT
    right = int(side.left) + int(side.width)
    gap = int(side.left) - (x + w)
    width = int(side.width)
    # Words as renderers break them: at spaces and after a hyphen ("live-" / "streamed").
    longest = max((text_width(word, filler.brand.body_font, MIN_PT) for s in stats
                   for word in re.split(r"\s+|(?<=-)", s.label) if word),
                  default=0.0) * EMU_PT

    def tiles_hold(side_w: int) -> bool:
        tile_w = (right - side_w - gap - x - GAP * (len(stats) - 1)) // max(1, len(stats))
        return tile_w - 2 * PAD >= longest

    def need(side_w: int) -> float:
        return needed_height([(t, True) for t in points], filler.brand.body_font, MIN_PT,
                             (side_w - 2 * INSET) / EMU_PT, False, 8)

    while width < (w + int(side.width)) // 2 and tiles_hold(width + int(0.1 * INCH)) \
            and need(width) > room:
        width += int(0.1 * INCH)
    side.left, side.width = Emu(right - width), Emu(width)
    return (x, y, right - width - gap - x, h), need(width) > room


def _side_ends_with_tiles(filler: Filler) -> None:
    """A trainer's layout has no caption panel: the points go in a stand-in panel ("Side",
    render/pptx.py) as tall as the area. It ends where the figures' tiles ("Statistic N",
    below) end, the source line under both (else the panel runs down to the footer)."""
    tiles = [sh for sh in filler.slide.shapes if isinstance(sh, Shape)
             and sh.name.startswith("Statistic ") and sh.name.split()[-1].isdigit()]
    side = next((sh for sh in filler.slide.shapes if sh.name == "Side"
                 and not sh.is_placeholder and isinstance(sh, Shape)), None)
    if not tiles or side is None:
        return
    bottom = max(sh.top + sh.height for sh in tiles)
    if side.top < bottom < side.top + side.height:
        side.height = Emu(bottom - side.top)
    _round_like(side, tiles[0])


def _round_like(side: Shape, tile: Shape) -> None:
    """The points' stand-in panel rounded as the tiles beside it (a square-cornered panel
    beside rounded tiles reads as a mistake, e.g. on Brightpath parents' figures)."""
    geometry = side.element.spPr.find(qn("a:prstGeom"))
    if geometry is None or geometry.get("prst") != "rect" or not side.width or not side.height:
        return
    share = tile.adjustments[0] if len(tile.adjustments) else 0.0
    corner = share * min(int(tile.width), int(tile.height))
    geometry.set("prst", "roundRect")
    for child in list(geometry):
        geometry.remove(child)
    av = geometry.makeelement(qn("a:avLst"), {})
    share = min(0.5, corner / min(int(side.width), int(side.height)))
    gd = av.makeelement(qn("a:gd"), {"name": "adj", "fmla": f"val {round(share * 100_000)}"})
    av.append(gd)
    geometry.append(av)


def draw_statistics(slide: Slide, box: Box, stats: Sequence[Statistic], brand: Brand,
                    look: Look, corner: int | None = None, source_beside: bool = True
                    ) -> list[str]:
    """Each figure large on its own tile, what it counts below it, its source at the foot;
    figures from one source share one source line under the tiles (the same line under every
    tile reads as clutter)."""
    shared = stats[0].source if len(stats) > 1 and len({s.source for s in stats}) == 1 else ""
    x0, y0, w0, h0 = box
    # A shared source line may run on under what sits beside the tiles (a caption panel or
    # the points, which end where the tiles end), to the slide's right margin: one line
    # where the tiles' width alone would wrap it and shorten every tile. Not where the points
    # beside need the area's full height (``source_beside`` False): under the tiles alone.
    slide_w = slide.part.package.presentation_part.presentation.slide_width or 0
    source_w = max(w0, slide_w - 2 * x0) if x0 < slide_w // 2 and source_beside else w0
    line_h = int(lines_height([(shared, brand.body_font, False, MIN_PT)], source_w) * EMU_PT)
    # The foot of the area is kept for the source line (one line, clear of the footer
    # band under the area), shared or not: the tiles end at one height on every figures
    # slide, where our layout's caption panel beside them ends (tools/build_pptx_template).
    one_line = int(MIN_PT * LINE / 72 * INCH)
    strip = one_line + SOURCE_GAP + SOURCE_CLEAR
    box = (x0, y0, w0, h0 - strip)
    if shared and line_h > one_line:  # a source too long for one line takes more room
        box = (x0, y0, w0, h0 - line_h - SOURCE_GAP - SOURCE_CLEAR)
    if _as_rows(box, stats):
        in_rows = _rows(slide, box, stats, brand, look, corner, shared)
        _shared_source(slide, box, shared, source_w, line_h, brand)
        return in_rows
    boxes = grid(len(stats), box)
    misfits: list[str] = []
    # One size for every figure on the slide, the largest all of them fit at.
    inner = boxes[0][2] - 2 * PAD
    # The figure kept a little further in than the words: "65%" at full size ran almost to
    # the tile's edges.
    figure = min(fit_size([(stat.figure, brand.heading_font, True, 0)],
                          inner - int(0.2 * INCH),
                          int(boxes[0][3] * 0.4), look.figure_pt, 28) for stat in stats)
    fig_h = max(int(lines_height([(s.figure, brand.heading_font, True, figure)], inner)
                    * EMU_PT) for s in stats)

    def rooms(stat: Statistic, h: int) -> tuple[int, int]:
        source_h = 0 if shared else int(
            lines_height([(stat.source, brand.body_font, False, MIN_PT)], inner) * EMU_PT)
        return source_h, h - 2 * PAD - fig_h - int(0.1 * INCH) - source_h - int(0.1 * INCH)

    # One size for every label too: tiles side by side read as a set.
    label_pt = min(fit_size([(s.label, brand.body_font, False, 0)], inner, rooms(s, b[3])[1],
                            look.card_pt) for s, b in zip(stats, boxes, strict=True))
    label_h = max(int(lines_height([(s.label, brand.body_font, False, label_pt)], inner)
                      * EMU_PT) for s in stats)
    for n, (stat, (x, y, w, h)) in enumerate(zip(stats, boxes, strict=True), 1):
        radius = look.radius if corner is None else min(0.5, corner / max(1, min(w, h)))
        new_shape(slide.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, (x, y, w, h), T.BACKGROUND_2,
                  f"Statistic {n}", radius=radius)
        source_h, _room = rooms(stat, h)
        # The figure and its words together in the middle of the tile (above its own source
        # line): top-aligned in a tall tile they left its lower half empty.
        # Centred as the longest words need, so every tile's figure sits on one line.
        free = h - 2 * PAD - (source_h + int(0.1 * INCH) if source_h else 0)
        top = y + PAD + max(0, (free - fig_h - int(0.1 * INCH) - label_h) // 2)
        new_label(slide.shapes, (x + PAD, top, inner, fig_h), [(stat.figure, T.TEXT_2, True)],
                  figure, brand.heading_font, f"Statistic {n} figure", align=PP_ALIGN.CENTER)
        top += fig_h + int(0.1 * INCH)
        room = y + h - PAD - source_h - int(0.1 * INCH) - top
        size = label_pt
        if lines_height([(stat.label, brand.body_font, False, size)], inner) * EMU_PT > room:
            misfits.append(f"the words of statistic {n} do not fit its tile at 18 pt")
        new_label(slide.shapes, (x + PAD, top, inner, room), [(stat.label, T.TEXT_1, False)],
                  size, brand.body_font, f"Statistic {n} label", align=PP_ALIGN.CENTER,
                  anchor=MSO_ANCHOR.TOP)
        if not shared:
            new_label(slide.shapes, (x + PAD, y + h - PAD - source_h, inner, source_h),
                      [(stat.source, T.TEXT_1, False)], MIN_PT, brand.body_font,
                      f"Statistic {n} source", align=PP_ALIGN.CENTER, anchor=MSO_ANCHOR.BOTTOM)
    _shared_source(slide, box, shared, source_w, line_h, brand)
    return misfits


def _shared_source(slide: Slide, box: Box, shared: str, width: int, height: int,
                   brand: Brand) -> None:
    """One source line under the tiles, for figures from one source."""
    if shared:
        new_label(slide.shapes, (box[0], box[1] + box[3] + SOURCE_GAP, width, height),
                  [(shared, T.TEXT_1, False)], MIN_PT, brand.body_font, "Statistics source",
                  align=PP_ALIGN.LEFT, anchor=MSO_ANCHOR.TOP)


# Figures as rows (figure left, what it counts beside it) where the area is at least this
# wide, and this many rows' height sets the figure's size on every figures slide.
ROWS_MIN_W = int(4.0 * INCH)
ROWS_SIZED_FOR = 3
ROW_GAP = int(0.15 * INCH)
# Between the figure's column and its words.
FIGURE_GAP = int(0.3 * INCH)
DIGIT_LIFT = 0.06  # of the figure's size: half the descent its digits leave empty


def _as_rows(box: Box, stats: Sequence[Statistic]) -> bool:
    """Rows for two or three figures, in an area wide enough for a figure and its words
    side by side. Three tiles side by side in 6.8 in set each
    figure's words in four lines of two words and the figure smaller than the next slide's
    (captions wrapped to four lines, big numbers smaller than on the next
    slide): a row each gives the figure one size on every slide and its words one or two
    lines."""
    return 2 <= len(stats) <= ROWS_SIZED_FOR and box[2] >= ROWS_MIN_W


def _row_figure_pt(box: Box, stats: Sequence[Statistic], brand: Brand, look: Look) -> int:
    """The figure's size in rows: the largest (to the look's figure size) whose line fits a
    row of a ROWS_SIZED_FOR-row area, so the figure is one size on every figures slide,
    however many figures each has; and whose widest figure leaves its words half the row."""
    # A pad's room in the row for the figure's line: with half a pad its digits met the
    # tile's edges ("153" sat on its tile's foot).
    row_h = (box[3] - ROW_GAP * (ROWS_SIZED_FOR - 1)) // ROWS_SIZED_FOR - PAD
    for pt in range(look.figure_pt, 27, -2):
        widest = max(drawn_width(s.figure, brand.heading_font, pt, True) for s in stats)
        if pt * LINE * EMU_PT <= row_h and widest * EMU_PT <= box[2] // 2 - 2 * PAD:
            return pt
    return 28


def _rows(slide: Slide, box: Box, stats: Sequence[Statistic], brand: Brand, look: Look,
          corner: int | None, shared: str) -> list[str]:
    """Each figure on a row of its own, the rows filling the area: the figure large on the
    left, in a column as wide as the widest figure, what it counts beside it, left-aligned
    and centred down the row; one size for every figure and one for every row's words."""
    x, y, w, h = box
    n = len(stats)
    row_h = (h - ROW_GAP * (n - 1)) // n
    figure = _row_figure_pt(box, stats, brand, look)
    # Measured as a renderer without the heading font draws it (check.measure.drawn_width):
    # sized by the estimate for German's Calibri Light, LibreOffice's DejaVu Sans broke "79%"
    # into "79 / %" and "153" into "15 / 3" in a 1.43 in column.
    column = int(max(drawn_width(s.figure, brand.heading_font, figure, True) for s in stats)
                 * 1.06 * EMU_PT)
    fig_h = int(figure * LINE * EMU_PT)
    words_x = x + PAD + column + FIGURE_GAP
    words_w = x + w - PAD - words_x

    def sources(stat: Statistic) -> int:
        return 0 if shared else int(
            lines_height([(stat.source, brand.body_font, False, MIN_PT)], words_w) * EMU_PT)

    room = row_h - PAD  # half a pad above and below the words
    size = min(fit_size([(s.label, brand.body_font, False, 0)], words_w,
                        room - sources(s), look.body_pt) for s in stats)
    misfits: list[str] = []
    for n_, stat in enumerate(stats, 1):
        top = y + (n_ - 1) * (row_h + ROW_GAP)
        radius = look.radius if corner is None else min(0.5, corner / max(1, min(w, row_h)))
        new_shape(slide.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, (x, top, w, row_h),
                  T.BACKGROUND_2, f"Statistic {n_}", radius=radius)
        # Digits have no descenders: centred by its line, a figure sat low in its row (the
        # line's descent empty below it), so it goes up by part of that descent.
        lift = int(figure * DIGIT_LIFT * EMU_PT)
        new_label(slide.shapes, (x + PAD, top + (row_h - fig_h) // 2 - lift, column, fig_h),
                  [(stat.figure, T.TEXT_2, True)], figure, brand.heading_font,
                  f"Statistic {n_} figure", align=PP_ALIGN.LEFT)
        words = int(lines_height([(stat.label, brand.body_font, False, size)], words_w)
                    * EMU_PT)
        source_h = sources(stat)
        if words + source_h > room:
            misfits.append(f"the words of statistic {n_} do not fit its tile at 18 pt")
        block = min(room, words + source_h)
        words_top = top + (row_h - block) // 2
        new_label(slide.shapes, (words_x, words_top, words_w, block - source_h),
                  [(stat.label, T.TEXT_1, False)], size, brand.body_font,
                  f"Statistic {n_} label", align=PP_ALIGN.LEFT, anchor=MSO_ANCHOR.MIDDLE)
        if source_h:
            new_label(slide.shapes, (words_x, words_top + block - source_h, words_w,
                                     source_h),
                      [(stat.source, T.TEXT_1, False)], MIN_PT, brand.body_font,
                      f"Statistic {n_} source", align=PP_ALIGN.LEFT, anchor=MSO_ANCHOR.TOP)
    return misfits


SUPPLIES = (supply(STATISTICS, statistics),)
