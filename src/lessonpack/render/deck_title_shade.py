"""A slide title on a shaded bar (a gradient, or a picture that runs from light to dark
under it) set where its lines read: at the bar's dark end, on one line if two do not.

A template's title bar drawn as a grey-to-black gradient (LibreOffice's "smooth black"
paints it in its background picture) is light at one end. A title centred in its box puts
a two-line title's first line on the light end: white on #8F8F8F, about 3.2:1, passing
WCAG's 3:1 for large text and weak from the back of a hall. The contrast is measured as
``lessonpack check`` measures it, against the part of the backdrop the lines cover
(check.pptx_text_rules.backdrop), and where the worst line misses WCAG AA (4.5:1) the
title is tried, in this order, anchored at each end of its box, then on one line (made
smaller, never under ``ONE_LINE_SHARE`` of the least title size) at each anchor; the first
that reaches 4.5:1 is kept. If none does, the title is left as it was: its colour is then
``deck_contrast.fix_text_contrast``'s to settle, as on any backdrop.

A title on one colour is never moved: there the words read the same on every line.
"""

from __future__ import annotations

from typing import Any

from lxml import etree

from lessonpack import contrast
from lessonpack.check.colour import RGB, blend
from lessonpack.check.measure import count_lines, wrap_width
from lessonpack.check.pptx_shapes import TITLE_TYPES
from lessonpack.check.pptx_text import text_frame
from lessonpack.check.pptx_text_rules import backdrop
from lessonpack.geometry import EMU_PT
from lessonpack.render.deck_contrast import view_of
from lessonpack.render.deck_titles import title_floor
from lessonpack.render.ooxml import A

AIM = 4.5  # WCAG AA for text of any size: every line of the title reads from the back
# A title made one line is not made smaller than this share of the least title size
# (36 pt on a 7.5 in slide: 27 pt), so it stays the slide's heading.
ONE_LINE_SHARE = 0.75
_P = "http://schemas.openxmlformats.org/presentationml/2006/main"


def shade_title(slide: Any) -> None:
    """The slide's title set where every line reads at 4.5:1 on a shaded backdrop."""
    found = _title(slide)
    if found is None:
        return
    element, colours, worst = found
    if worst is None or worst >= AIM or len(colours) < 2:
        return
    tx_body = element.find(f"{{{_P}}}txBody")
    body_pr = tx_body.find(f"{{{A}}}bodyPr") if tx_body is not None else None
    if body_pr is None:
        return
    kept = etree.fromstring(etree.tostring(tx_body))
    for one_line in (False, True):
        if one_line and not _one_line(slide, element):
            break
        for anchor in ("b", "t", "ctr"):
            body_pr.set("anchor", anchor)
            now = _title(slide)
            if now is not None and now[2] is not None and now[2] >= AIM:
                return
    # Nothing reads at 4.5:1: the title as it was.
    tx_body.getparent().replace(tx_body, kept)


def _title(slide: Any) -> tuple[Any, list[RGB], float | None] | None:
    """The title's element, the colours under its lines and its worst line's contrast on
    them (None when no run's colour is known); None for a slide without a title."""
    view = view_of(slide)
    for index, item in enumerate(view.items):
        if item.tag != "sp" or item.ph is None or item.ph.type not in TITLE_TYPES:
            continue
        frame = text_frame(item, view)
        if frame is None or not frame.text.strip():
            return None
        colours = backdrop(view, item, [*view.beneath, *view.items[:index]]) or []
        return item.el, colours, _worst(frame, colours)
    return None


def _worst(frame: Any, colours: list[RGB]) -> float | None:
    ratios = []
    for para in frame.paras:
        for run in para.runs:
            if not run.text.strip() or run.colour is None:
                continue
            rgb, alpha = run.colour
            ratios += [contrast.ratio(blend(rgb, alpha, back) if alpha < 0.999 else rgb, back)
                       for back in colours]
    return min(ratios, default=None)


def _one_line(slide: Any, element: Any) -> bool:
    """The title's text made one line: breaks made by hand undone, a point smaller at a
    time down to the floor; False (and nothing changed) when it cannot be one line."""
    view = view_of(slide)
    item = next((i for i in view.items if i.el is element), None)
    frame = text_frame(item, view) if item is not None else None
    paras = element.findall(f"{{{_P}}}txBody/{{{A}}}p")
    if item is None or item.ph is None or frame is None or len(paras) != 1 \
            or not frame.paras or not frame.paras[0].runs:
        return False
    runs = frame.paras[0].runs
    text = " ".join(r.text for r in runs).split()
    words = " ".join(text)
    first = runs[0]
    left, _top, right, _bottom = frame.insets
    width = wrap_width(item.box[2] / EMU_PT - left - right)
    height = int(slide.part.package.presentation_part.presentation.slide_height)
    floor = title_floor(height, cover=item.ph.type == "ctrTitle") * ONE_LINE_SHARE
    size = max(r.size for r in runs) * frame.font_scale
    while size >= floor and count_lines(words, first.font, size, width, first.bold) > 1:
        size -= 1
    if size < floor:
        return False
    _set_one_run(paras[0], words, size)
    return True


def _set_one_run(para: Any, words: str, size: float) -> None:
    """``para``'s runs and soft breaks made one run of ``words`` at ``size`` points."""
    runs = para.findall(f"{{{A}}}r")
    for gone in (*para.findall(f"{{{A}}}br"), *runs[1:]):
        para.remove(gone)
    head = runs[0]
    head.find(f"{{{A}}}t").text = words
    r_pr = head.find(f"{{{A}}}rPr")
    if r_pr is None:
        r_pr = etree.Element(f"{{{A}}}rPr")
        head.insert(0, r_pr)
    r_pr.set("sz", str(int(size) * 100))
    end = para.find(f"{{{A}}}endParaRPr")
    if end is not None:
        end.set("sz", str(int(size) * 100))
