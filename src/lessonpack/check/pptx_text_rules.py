"""Legibility checks of slide text: contrast against what is really behind it, minimum font
size, and text that overflows its box (measured with real font metrics)."""

from __future__ import annotations

import re
from dataclasses import replace

from lessonpack import contrast
from lessonpack.check.colour import RGB, Paint, blend, rgb_hex
from lessonpack.check.findings import Finding, Options, finding, quote
from lessonpack.check.measure import LINE, count_styled_lines, font_path
from lessonpack.check.picture_colour import picture_paint
from lessonpack.check.pptx_shapes import FOOTER_TYPES, Box, DeckView, Item, SlideView, shape_fill
from lessonpack.check.pptx_text import Frame, Run, cell_frames, text_frame
from lessonpack.geometry import EMU_PT
from lessonpack.sample_text import is_sample_text

# A backdrop must cover this share of the text box to count as what the text sits on.
COVER = 0.9
# Text may run this far past its box before it counts as overflowing (EMU rounding).
OVERFLOW_SLACK_PT = 1.0
TEMPLATE_HINT = ("change it on the template's slide master or layout (View > Slide Master), "
                 "or delete it there")
_FURNITURE = re.compile(r"\b(footer|slide\s*number|date)\b", re.IGNORECASE)


# A solid shape under this share of the text box (and less than COVER) counts as well.
PARTIAL = 0.1


def _share(outer: Box, inner: Box) -> float:
    """How much of ``inner``'s area ``outer`` covers (0 to 1)."""
    ox, oy, ow, oh = outer
    ix, iy, iw, ih = inner
    if iw <= 0 or ih <= 0:
        return 0.0
    w = min(ox + ow, ix + iw) - max(ox, ix)
    h = min(oy + oh, iy + ih) - max(oy, iy)
    return w * h / (iw * ih) if w > 0 and h > 0 else 0.0


def mostly_covers(outer: Box, inner: Box) -> bool:
    """Whether ``outer`` covers at least ``COVER`` of ``inner``'s area (render/deck_contrast
    asks it too, to find what a text sits on)."""
    ox, oy, ow, oh = outer
    ix, iy, iw, ih = inner
    if iw <= 0 or ih <= 0:
        return False
    w = min(ox + ow, ix + iw) - max(ox, ix)
    h = min(oy + oh, iy + ih) - max(oy, iy)
    return w > 0 and h > 0 and w * h >= COVER * iw * ih


def backdrop(view: SlideView, item: Item, below: list[Item]) -> list[RGB] | None:
    """Colours the text of ``item`` may sit on: its own fill, then whatever covers its box
    further down (shapes beneath it, layout and master decorations, the background),
    blended where fills are see-through. A picture counts by its darkest and lightest
    colours under the text (check/picture_colour.py). None when something in the way
    cannot be known (a pattern without colours, a chart, a picture Pillow cannot open)."""
    # A picture is measured where the lines are (a shaded bar: a centred title's lines
    # cover less of it than its box, and sit on the part they cover).
    drawn = _lines_box(view, item)
    stack: list[Paint] = [measured_paint(view, shape_fill(item, view.theme,
                                                          view.clr_maps[item.layer]),
                                         item.box, drawn)]
    # Solid shapes under part of the text (a label grown past its card's foot, Google's
    # 10 x 5.625 in slides): the text sits on them too, so it must read on them as well
    # as on what covers the whole box (pink on the dark card went unseen: the text box
    # was 84 % on the card and the white slide was taken as its backdrop).
    partial: list[RGB] = []
    for under in reversed(below):
        if stack[-1].unknown or (stack[-1].colours and stack[-1].alpha >= 0.999):
            break
        if under.tag == "cxnSp":
            continue
        if not mostly_covers(under.box, drawn):
            if _share(under.box, drawn) >= PARTIAL:
                paint = shape_fill(under, view.theme, view.clr_maps[under.layer])
                if not paint.unknown and paint.colours and paint.alpha >= 0.999:
                    partial += paint.colours
            continue
        fill = shape_fill(under, view.theme, view.clr_maps[under.layer])
        stack.append(measured_paint(view, fill, under.box, drawn))
    else:
        stack.append(measured_paint(view, view.background, (0, 0, *view.size), drawn))
    colours = _layered(stack)
    if colours is None:
        return None
    if colours and partial:
        # Those shapes lie under the text's own fill too: a see-through plate of the theme's
        # background behind a slide number over a navy band and a white slide (lo51
        # "midnight-blue") is what the text reads on, not the band.
        own = stack[0]
        if own.colours and not own.unknown:
            partial = [blend(c, own.alpha, p) for c in own.colours for p in partial]
        colours += [c for c in partial if c not in colours]
    return colours or None


def _layered(stack: list[Paint]) -> list[RGB] | None:
    """The colours ``stack`` (the text's own fill first, the slide's background last) shows
    from above, see-through paints blended over what lies beneath; None if one is unknown."""
    colours: list[RGB] = []
    for paint in reversed(stack):
        if paint.unknown:
            return None
        if not paint.colours:
            continue
        if not colours or paint.alpha >= 0.999:
            colours = list(paint.colours)
        else:
            colours = [blend(c, paint.alpha, b) for c in paint.colours for b in colours]
    return colours


def _lines_box(view: SlideView, item: Item) -> Box:
    """Where the text of ``item`` is drawn: its box, from its first line's top to its last
    line's foot where they can be measured (a box anchored at its middle that is deeper than
    its lines sits on a card its lines are inside)."""
    from lessonpack.check.pptx_layout_rules import text_extent

    x, y, w, h = item.box
    extent = text_extent(item, view) if item.tag == "sp" else None
    if extent is None or extent[1] <= extent[0]:
        return item.box
    top, bottom = max(y, extent[0]), min(y + h, extent[1])
    return (x, top, w, bottom - top) if bottom > top else item.box


def measured_paint(view: SlideView, paint: Paint, drawn: Box, text: Box) -> Paint:
    """A picture's paint, measured under the text box; any other paint as it is."""
    if not paint.unknown or paint.picture is None:
        return paint
    found = picture_paint(paint.picture, view.part_of(paint.picture), drawn, text)
    return found if found is not None else paint


def contrast_finding(path: str, where: str, position: int, label: str, frame: Frame,
                     colours: list[RGB]) -> Finding | None:
    worst: tuple[float, Run, RGB, RGB, float] | None = None
    for para in frame.paras:
        for run in para.runs:
            if not run.text.strip() or run.colour is None:
                continue
            rgb, alpha = run.colour
            need = contrast.required_ratio(run.size * frame.font_scale, run.bold)
            behind = colours
            if run.highlight is not None:  # the run's own background, over the shape's
                mark, mark_alpha = run.highlight
                behind = [blend(mark, mark_alpha, back) if mark_alpha < 0.999 else mark
                          for back in colours]
            for back in behind:
                fore = blend(rgb, alpha, back) if alpha < 0.999 else rgb
                ratio = contrast.ratio(fore, back)
                if worst is None or ratio / need < worst[0] / worst[4]:
                    worst = (ratio, run, fore, back, need)
    if worst is None or worst[0] >= worst[4]:
        return None
    ratio, run, fore, back, need = worst
    return finding(path, where, "LPC201",
                   f"text {quote(run.text)} in {label} has contrast {contrast.format_ratio(ratio)} "
                   f"({rgb_hex(fore)} on {rgb_hex(back)}); needs {need:g}:1",
                   "darken the text or the background (check with a WCAG contrast checker)",
                   position)


def _exempt_from_size(item: Item) -> bool:
    return (item.ph is not None and item.ph.type in FOOTER_TYPES) or bool(
        _FURNITURE.search(item.name))


def size_finding(path: str, where: str, position: int, label: str, frames: list[Frame],
                 minimum: float) -> Finding | None:
    smallest: tuple[float, Run, Frame] | None = None
    for frame in frames:
        for para in frame.paras:
            for run in para.runs:
                if run.text.strip() and (smallest is None
                                         or run.size * frame.font_scale < smallest[0]):
                    smallest = (run.size * frame.font_scale, run, frame)
    if smallest is None or smallest[0] >= minimum - 0.01:
        return None
    size, run, frame = smallest
    shown = f"{size:g} pt" if frame.font_scale == 1 else (
        f"{size:.1f} pt after autofit shrinks {run.size:g} pt to {frame.font_scale:.0%}")
    return finding(path, where, "LPC202",
                   f"text {quote(run.text)} in {label} is {shown}; slides need at least "
                   f"{minimum:g} pt", f"set it to {minimum:g} pt or more and cut words if it "
                   "no longer fits", position)


def needed_height(frame: Frame, width: float) -> float:
    """Points of height the frame's paragraphs take when wrapped into ``width`` points."""
    total = 0.0
    for i, para in enumerate(frame.paras):
        pieces = [(r.shown, (r.font, r.size * frame.font_scale, r.bold)) for r in para.runs]
        size = max((r.size for r in para.runs), default=para.empty_size) * frame.font_scale
        lines = count_styled_lines(pieces, max(1.0, width - para.indent)) if pieces else 1
        factor = max(0.0, para.line_factor - frame.line_reduction)
        pitch = para.line_points if para.line_points is not None else size * LINE * factor
        total += lines * pitch + (para.space_before if i else 0.0)
        total += para.space_after if i < len(frame.paras) - 1 else 0.0
    return total


def too_narrow(item: Item, frame: Frame) -> bool:
    """Whether ``item``'s box leaves its text less than a point of width inside its insets:
    no line of it fits, and no height makes it fit (a box of no width at all is collapsed,
    never measured)."""
    left, _top, right, _bottom = frame.insets
    return item.box[2] / EMU_PT - left - right < 1.0  # points: narrower than any glyph


def overflow(item: Item, frame: Frame) -> tuple[float, float] | None:
    """(points of height the text needs, points its box holds inside the insets) when the
    text runs out of its box; None when it fits or cannot overflow (no wrap, vertical text,
    a box that grows with its text). The build shrinks text by this same measure, so a deck
    it makes passes this rule."""
    if not frame.wrap or frame.vertical or frame.autofit == "resize" or not frame.text.strip():
        return None
    left, top, right, bottom = frame.insets
    width = item.box[2] / EMU_PT - left - right
    height = item.box[3] / EMU_PT - top - bottom
    if item.box[2] <= 0:
        return None  # no width at all: a collapsed box (a template's unused slide number)
    # A box with words and no room for them (no height, or narrower than its insets: a
    # drawn row squeezed to a sliver in a small area) overflows like any other; its words
    # are measured a word or so a line (needed_height's narrowest width), and one with no
    # width inside its insets overflows however tall (``too_narrow``).
    needed = needed_height(frame, width)
    if too_narrow(item, frame):
        return needed, height
    if needed <= height + OVERFLOW_SLACK_PT:
        return None
    return needed, height


def overflow_finding(path: str, where: str, position: int, item: Item, frame: Frame
                     ) -> Finding | None:
    found = overflow(item, frame)
    if found is None:
        return None
    needed, height = found
    # Shrink-on-overflow without a stored scale is only applied by PowerPoint after the text
    # is next edited, so until then the text really does run out of the box.
    note = " (shrink on overflow is set, but only takes effect after an edit)" if (
        frame.autofit == "shrink" and frame.font_scale == 1) else ""
    missing = sorted({r.font for p in frame.paras for r in p.runs
                      if font_path(r.font, r.bold) is None})
    if missing:
        # check.measure then assumes average glyph widths; say so, as the result is an estimate.
        note += f" (estimated: no font file for {', '.join(missing)} or a metric twin here)"
    return finding(path, where, "LPC301",
                   f"text in {item.label} needs {needed:.0f} pt of height but its box holds "
                   f"{max(height, 0.0):.0f} pt{note}", "shorten the text, or make the box "
                   "bigger (not the font smaller than the minimum)", position)


def _check_item(path: str, view: SlideView, item: Item, below: list[Item], options: Options,
                overflow: bool) -> list[Finding]:
    where, position = view.where, view.number
    found: list[Finding | None] = []
    if item.tag == "graphicFrame":
        frames = cell_frames(item, view)
        if not item.decorative:
            found.append(size_finding(path, where, position, f'table {item.label}', frames,
                                      options.min_slide_pt))
        return [f for f in found if f is not None]
    frame = text_frame(item, view) if item.tag == "sp" else None
    if frame is None or not frame.text.strip():
        return []
    # Text drawn by the layout or the master says where it lives, so it can be found.
    label = {"slide": item.label, "layout": f'{item.label} on layout "{view.name}"',
             "master": f"{item.label} on the slide master"}[item.layer]
    # Decorative shapes are pure decoration (WCAG exempts such text from contrast) and are
    # skipped by screen readers; their text is not meant to be read.
    if not item.decorative:
        colours = backdrop(view, item, below)
        if colours:
            found.append(contrast_finding(path, where, position, label, frame, colours))
        if not _exempt_from_size(item):
            found.append(size_finding(path, where, position, label, [frame],
                                      options.min_slide_pt))
    if overflow:
        found.append(overflow_finding(path, where, position, item, frame))
    if item.layer != "slide":
        return _template_text(found, frame.text)
    return [f for f in found if f is not None]


def _template_text(found: list[Finding | None], text: str) -> list[Finding]:
    """The findings on the template's own text, drawn on every slide of its layout or
    master: say so, and where it is mended (lessonpack placed none of it;
    tools/template_corpus.py counts these apart); sample wording ("Your Name") as such."""
    own, hint = "the template's own text", TEMPLATE_HINT
    if is_sample_text(text):
        own = f"the template's sample text {quote(text, 30)}"
        hint = ("delete it on the template's slide master or layout (View > Slide Master); "
                "lessonpack leaves such text out of the decks it builds")
    return [replace(f, message=f"{f.message} ({own})", hint=hint)
            for f in found if f is not None]


def text_rules(deck: DeckView, options: Options) -> list[Finding]:
    found: list[Finding] = []
    reported: set[int] = set()  # layout and master text is reported on its first slide only
    for view in deck.slides:
        for index, item in enumerate(view.beneath):
            if id(item.el) not in reported and item.tag == "sp":
                reported.add(id(item.el))
                found += _check_item(deck.path, view, item, view.beneath[:index], options,
                                     overflow=False)
        for index, item in enumerate(view.items):
            below = [*view.beneath, *view.items[:index]]
            found += _check_item(deck.path, view, item, below, options, overflow=True)
    return found
