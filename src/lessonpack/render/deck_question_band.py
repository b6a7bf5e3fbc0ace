"""The whole question, asked above a quiz slide's answer panels where its title is short.

A long question set as the title took two or three lines, dwarfed the answers under it and
hit a trainer template's rule; its reveal then put "Answer:" in the middle of the title. With
a short title ("Where do you report it?") the question is asked here instead, left-aligned
in bold over the panels, at one size and height on the question and on its reveal, so the
click to the answer moves nothing.
"""

from __future__ import annotations

from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.slide import Slide

from lessonpack.check.measure import count_lines, text_width, wrap_width
from lessonpack.content.brand import Brand
from lessonpack.geometry import EMU_PT
from lessonpack.kinds.look import Look
from lessonpack.render.deck_card_fit import GAP, MIN_PT, fit_size, lines_height
from lessonpack.render.deck_drawings import T, new_label
from lessonpack.render.deck_fit import TextMisfit
from lessonpack.render.deck_geometry import Box

NAME = "Question asked"
LARGEST = 28  # a size between the title's and the answers': read first, under the title


def ask_above(slide: Slide, region: Box, question: str, brand: Brand, look: Look
              ) -> tuple[Box, list[str]]:
    """``question`` across the top of ``region``, then the room left for the panels (and
    any misfit: a question that needs more than a third of the area at 18 pt)."""
    x, y, w, h = region
    font = brand.body_font
    most = int(h * 0.3)  # the panels keep most of the area
    # Lines counted in a little less than the box's width (wrap_width): the panels start
    # right under the last counted line, and a renderer that wraps a line sooner than our
    # metrics said put "genuine?" under them (onlyoffice-ar-SA, lo-cft-fire-red).
    size = fit_size([(question, font, True, 0)], _wrap(w), most,
                    min(LARGEST, look.card_pt + 4))
    size = _fewer_lines(question, font, size, w)
    need = int(lines_height([(question, font, True, size)], _wrap(w)) * EMU_PT) + 1
    misfits: list[str] = []
    # No word or two left alone on the last line: the box up to a fifth narrower while
    # the question keeps its number of lines, the words left-aligned in it (narrower
    # still, a two-line question sat in half the width over the panels).
    lines = count_lines(question, font, size, _wrap(w) / EMU_PT, True)
    narrow = _at_sentence(question, font, size, w) if lines == 2 else 0
    if narrow:
        lines = 0  # broken where its last sentence starts: "… a private chat app. / Why…"
    narrow = narrow or w
    while lines > 1 and narrow > w * 0.8 and count_lines(
            question, font, size, _wrap(narrow - w // 50) / EMU_PT, True) == lines:
        narrow -= w // 50
    if need > most:
        misfits.append(TextMisfit("the question above the answers does not fit at 18 pt"))
        need = most
    new_label(slide.shapes, (x, y, narrow, need), [(question, T.TEXT_1, True)],
              max(size, MIN_PT), font, NAME, align=PP_ALIGN.LEFT, anchor=MSO_ANCHOR.TOP)
    taken = need + GAP
    return (x, y + taken, w, h - taken), misfits


def _fewer_lines(question: str, font: str, size: int, width: int) -> int:
    """``size``, or a point or two less where the room kept for a renderer's rounding
    (``_wrap``) costs the question a line its box's full width would not: "genuine?" alone
    on a line took a line's height from the answers under it (and, evened across the deck,
    their size). A question that needs its lines anyway keeps its size."""
    full = count_lines(question, font, size, width / EMU_PT, True)
    if count_lines(question, font, size, _wrap(width) / EMU_PT, True) <= full:
        return size
    for smaller in range(size - 1, max(MIN_PT, size - 2) - 1, -1):
        if count_lines(question, font, smaller, _wrap(width) / EMU_PT, True) <= full:
            return smaller
    return size


def _wrap(width_emu: int) -> int:
    """``width_emu`` less the renderers' rounding (measure.wrap_width), in EMU."""
    return int(wrap_width(width_emu / EMU_PT) * EMU_PT)


def _at_sentence(question: str, font: str, size: int, width: int) -> int:
    """A width (EMU) at which a two-line ``question`` breaks where its last sentence starts,
    each part one line; 0 where it has no such break."""
    words = question.split()
    starts = [k for k in range(1, len(words)) if words[k - 1].rstrip("\"'”’)").endswith(
        (".", "?", "!"))]
    if not starts:
        return 0
    head, tail = " ".join(words[:starts[-1]]), " ".join(words[starts[-1]:])
    if any(count_lines(part, font, size, _wrap(width) / EMU_PT, True) != 1
           for part in (head, tail)):
        return 0
    wide = max(text_width(head, font, size, True), text_width(tail, font, size, True))
    return min(width, int((wide + size) * EMU_PT))
