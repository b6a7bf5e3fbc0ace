"""Slide titles on a trainer's template at least as large as lessonpack's own.

A corporate template's title style is set for a meeting room (Brightpath: 32 pt, others 24
or 28 pt). Read from the back of a school hall, titles came out at about 75% of the size on
lessonpack's own slides and the hierarchy went. A title smaller than
lessonpack's (36 pt, the cover 48 pt, on a 7.5 in tall slide; in proportion on a shorter
one) is set to it; a larger one is the template's choice and stays. The title is then
balanced (deck_design.balance_title) and fitted (deck_contrast.refit_text, which makes a
long title smaller again where it would not fit its box) at that size.

A slide title's text also starts where its box does (no left inset) when the box has no fill
of its own: lessonpack's panels and cards, and most templates' title rules, start at the
box's edge, and Brightpath's titles and kickers sat 0.1 in right of everything under them.
"""

from __future__ import annotations

from typing import Any

from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.oxml.ns import qn

from lessonpack.render.deck_fit import EMU_PER_PT, box_size, insets, layout_style
from lessonpack.render.ooxml.placeholders import layout_placeholder, level1_run_defaults

TITLE_PT = 36  # lessonpack's own "LP Bullets" title
COVER_PT = 48  # lessonpack's own "LP Title"
FULL_HEIGHT = 6858000  # 7.5 in: the slide these sizes are for
LINE = 1.2  # a line's height, in multiples of the type size


def title_floor(slide_height: int, cover: bool) -> int:
    """The least title size in points on a slide this tall."""
    size = COVER_PT if cover else TITLE_PT
    return int(size * min(1.0, slide_height / FULL_HEIGHT))


def raise_titles(slide: Any, layout: Any) -> None:
    """Every title placeholder of a new slide, before its text is set, at least
    ``title_floor``: as the placeholder's own list style (lvl1pPr), which the build's fitting
    and title balancing (deck_design.balance_title) and the check all read. Slide titles
    start their text at their box's edge (``flush_titles``)."""
    flush_titles(slide)
    height = int(slide.part.package.presentation_part.presentation.slide_height)
    for ph in slide.placeholders:
        kind = ph.placeholder_format.type
        if kind not in (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE):
            continue
        floor = title_floor(height, kind == PP_PLACEHOLDER.CENTER_TITLE)
        if layout_style(ph, layout)[0] >= floor:
            continue
        # A title box too short for one line at that size (Google Slides' exports) keeps the
        # template's size: raised, the text would be shrunk again to fit, after the title
        # was balanced at the larger size (a last word left alone, LPC304).
        top, bottom = insets(ph, layout)[1::2]
        if box_size(ph, layout)[1] / EMU_PER_PT - top - bottom < floor * LINE:
            continue
        body = ph.element.find(qn("p:txBody"))
        if body is None:
            continue
        d_rpr = level1_run_defaults(body)
        d_rpr.set("sz", str(floor * 100))


def flush_titles(slide: Any) -> None:
    """A slide title (not a cover's) on no fill of its own starts its text at its box's left
    edge, in line with the title rule and the content under it (the inset is kept where the
    title has a fill: text against a band's edge looks cut off)."""
    flushed = []
    for ph in slide.placeholders:
        if ph.placeholder_format.type != PP_PLACEHOLDER.TITLE or _filled(ph):
            continue
        if _flush(ph):
            flushed.append(ph.left)
    # The text under it that starts where the title's box does (a section slide's line
    # under its title: Brightpath's sat 0.1 in right of the kicker and title)
    # starts where the title's text does.
    for ph in slide.placeholders:
        if ph.placeholder_format.type in (PP_PLACEHOLDER.SUBTITLE, PP_PLACEHOLDER.BODY) \
                and any(abs(ph.left - left) <= ALIGNED for left in flushed) \
                and not _filled(ph):
            _flush(ph)


ALIGNED = 45720  # EMU (0.05 in): a box this close to the title's edge is lined up with it


def _flush(ph: Any) -> bool:
    body = ph.element.find(qn("p:txBody"))
    body_pr = body.find(qn("a:bodyPr")) if body is not None else None
    if body_pr is None:
        return False
    body_pr.set("lIns", "0")
    return True


def _filled(ph: Any) -> bool:
    """Whether the placeholder, its layout's or its master's, has a fill or an outline."""
    base = ph
    while base is not None:
        sp_pr = base.element.find(qn("p:spPr"))
        if sp_pr is not None:
            for tag in ("a:solidFill", "a:gradFill", "a:blipFill", "a:pattFill"):
                if sp_pr.find(qn(tag)) is not None:
                    return True
            line = sp_pr.find(qn("a:ln"))
            if line is not None and line.find(qn("a:noFill")) is None and len(line):
                return True
            if sp_pr.find(qn("a:noFill")) is not None:
                return False
        style = base.element.find(qn("p:style"))
        if style is not None:
            return True
        base = layout_placeholder(base)
    return False


def rebalance_title(filler: Any) -> None:
    """The hand-made break deck_design.balance_title put in a title is undone on a trainer's
    template, so the title wraps naturally across the template's full title width (a trainer
    who edits it gets natural wrapping); only a lone last word is mended (balance_by_width)."""
    from lessonpack.render.deck_design import placeholder

    ph = placeholder(filler.slide, filler.slots.get("title"))
    if ph is None:
        return
    paras = ph.element.findall(f"{qn('p:txBody')}/{qn('a:p')}")
    if len(paras) != 1:
        return
    runs, breaks = paras[0].findall(qn("a:r")), paras[0].findall(qn("a:br"))
    if len(runs) == 2 and len(breaks) == 1:
        head, tail = runs[0].find(qn("a:t")), runs[1].find(qn("a:t"))
        head.text = f"{head.text or ''} {tail.text or ''}"
        paras[0].remove(breaks[0])
        paras[0].remove(runs[1])
    balance_by_width(filler, ph)


def balance_by_width(filler: Any, ph: Any) -> None:
    """A two-line title that wraps inside its last sentence is narrowed, by a larger right
    inset (both sides when centred), to break where that sentence starts, as the default
    look's does (``sentence_width``, the title kept at 70 % of its width or more). Else a
    title whose natural wrap leaves its last word alone (LPC304) is narrowed only as far as
    it takes to bring a second word down: the widest width with no lone word and the same
    number of lines. Every other
    title wraps at the template's full width (titles narrowed to even
    lines wrapped at half the slide and pushed up into the kicker)."""
    from lessonpack.check.measure import count_lines
    from lessonpack.render.deck_design import inherited_attr, title_face

    body = ph.element.find(qn("p:txBody"))
    paras = body.findall(qn("a:p")) if body is not None else []
    runs = paras[0].findall(qn("a:r")) if len(paras) == 1 else []
    if len(runs) != 1 or paras[0].find(qn("a:br")) is not None:
        return
    text = runs[0].findtext(qn("a:t")) or ""
    if inherited_attr(ph, "cap") in ("all", "small"):
        text = text.upper()  # measured as shown
    layout = filler.resolved.layout
    size, bold, _space, _bulleted = layout_style(ph, layout)
    own = runs[0].find(qn("a:rPr"))
    if own is not None and own.get("sz"):
        size = int(own.get("sz")) / 100
    family = title_face(ph, runs[0], filler.brand)
    left, _top, right, _bottom = insets(ph, layout)
    width = box_size(ph, layout)[0] / EMU_PER_PT - left - right
    lines = count_lines(text, family, size, width, bold)
    if lines < 2 or len(text.split()) < 4:
        return
    cut = text[: text.rstrip().rfind(" ")]

    def lone_word(at: float) -> bool:  # the text without its last word needs a line less
        return count_lines(cut, family, size, at, bold) < count_lines(text, family, size, at,
                                                                       bold)

    # A break at the start of its last sentence first, as the default look's; else only a
    # lone last word mended.
    at = sentence_width(text, family, size, width, bold)
    if at is not None:
        _narrow(ph, body, width - at, left, right)
        return
    if not lone_word(width):
        return
    # The narrowest width that keeps the lines (words do not split evenly: width / lines
    # may need a line more), where the lines come out most even.
    low, high = width / lines, width
    for _ in range(14):
        mid = (low + high) / 2
        if count_lines(text, family, size, mid, bold) <= lines:
            high = mid
        else:
            low = mid
    even = high
    if lone_word(even):
        return
    low, high = even, width  # no lone word at low; one at high
    for _ in range(14):
        mid = (low + high) / 2
        if lone_word(mid) or count_lines(text, family, size, mid, bold) != lines:
            high = mid
        else:
            low = mid
    # Half an em narrower still, so a renderer measuring a little wider keeps a word down.
    narrow = max(even, low - size / 2)
    if count_lines(text, family, size, narrow, bold) != lines or lone_word(narrow):
        return
    _narrow(ph, body, width - narrow, left, right)


# Where a title's sentence ends: a break there reads best ("…if you do a dare.' / What comes
# first?"); commas are left to wrap as they fall.
SENTENCE_ENDS = (".", "?", "!", ":", ";")
LEAST_WIDTH = 0.7  # of the title's width: never a half-width title (it read as a mistake)


def sentence_width(text: str, family: str, size: float, width: float, bold: bool
                   ) -> float | None:
    """For a two-line title that wraps inside its last sentence ("…a dare.' What / comes
    first?", a brand's wider font) where the default look's breaks at that sentence's start:
    the widest width (points) that moves the break there, the second line still one line
    and the title at least LEAST_WIDTH of its box; None when it already breaks at a
    sentence's end or no such width is there."""
    found = _sentence_break(text, family, size, width, bold)
    return None if found is None else found[1]


def sentence_cut(text: str, family: str, size: float, width: float, bold: bool) -> int | None:
    """How many words go on the first line of a two-line title broken at a sentence's end
    (``sentence_width``), for a break made by hand (lessonpack's own layouts)."""
    found = _sentence_break(text, family, size, width, bold)
    return None if found is None else found[0]


def comma_cut(words: list[str], family: str, size: float, width: float, bold: bool
              ) -> int | None:
    """How many words go on the first line of a two-line title whose natural wrap leaves a
    scrap of a phrase (two words or fewer) on its last line, broken instead where a phrase
    starts (after a comma, before "and", "or", "but"), the most even such break with each
    part one line: "Tricks, pressure / and what to do", not "Tricks, pressure and what /
    to do" (designer s11 final #10). None otherwise."""
    from lessonpack.check.measure import count_lines, text_width

    text = " ".join(words)
    if len(words) < 4 or count_lines(text, family, size, width, bold) != 2:
        return None
    natural = max((cut for cut in range(1, len(words))
                   if count_lines(" ".join(words[:cut]), family, size, width, bold) == 1),
                  default=0)
    if not natural or len(words) - natural > 2:
        return None
    cuts = [cut for cut in range(1, natural)
            if (words[cut - 1].endswith(",") or words[cut].lower() in ("and", "or", "but"))
            and count_lines(" ".join(words[cut:]), family, size, width, bold) == 1]
    return min(cuts, default=None, key=lambda cut: abs(
        text_width(" ".join(words[:cut]), family, size, bold)
        - text_width(" ".join(words[cut:]), family, size, bold)))


def _sentence_break(text: str, family: str, size: float, width: float, bold: bool
                    ) -> tuple[int, float] | None:
    from lessonpack.check.measure import count_lines, text_width

    words = text.split()
    if len(words) < 4 or count_lines(text, family, size, width, bold) != 2:
        return None
    natural = max((cut for cut in range(1, len(words))
                   if count_lines(" ".join(words[:cut]), family, size, width, bold) == 1),
                  default=0)
    ended = [cut for cut in range(1, natural + 1)
             if words[cut - 1].rstrip("\"'”’)").endswith(SENTENCE_ENDS)]
    if not ended or ended[-1] == natural:
        return None
    cut = ended[-1]
    # Half an em short of the next word, so a renderer measuring a little narrower still
    # takes it down.
    at = text_width(" ".join(words[:cut + 1]), family, size, bold) - size / 2
    if at < LEAST_WIDTH * width or count_lines(text, family, size, at, bold) != 2 \
            or count_lines(" ".join(words[:cut]), family, size, at, bold) != 1:
        return None
    return cut, at


def _narrow(ph: Any, body: Any, spare: float, left: float, right: float) -> None:
    """The title's text ``spare`` points narrower: a larger right inset (both sides when the
    title is centred)."""
    from lessonpack.render.deck_design import placeholder_alignment

    body_pr = body.find(qn("a:bodyPr"))
    if body_pr is None:
        return
    if placeholder_alignment(ph) == "ctr":
        body_pr.set("lIns", str(int((left + spare / 2) * EMU_PER_PT)))
        body_pr.set("rIns", str(int((right + spare / 2) * EMU_PER_PT)))
    else:
        body_pr.set("lIns", str(int(left * EMU_PER_PT)))
        body_pr.set("rIns", str(int((right + spare) * EMU_PER_PT)))


