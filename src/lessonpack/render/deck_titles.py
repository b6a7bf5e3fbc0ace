"""Slide titles on a trainer's template at least as large as lessonpack's own.

A corporate template's title style is set for a meeting room (Brightpath: 32 pt, others 24
or 28 pt). Read from the back of a school hall, titles came out at about 75% of the size on
lessonpack's own slides and the hierarchy went. A title smaller than
lessonpack's (36 pt, the cover 48 pt, on a 7.5 in tall slide; in proportion on a shorter
one) is set to it; a larger one is the template's choice and stays. The title is then
balanced (deck_title_breaks.balance_title) and fitted (deck_contrast.refit_text, which makes a
long title smaller again where it would not fit its box) at that size, then broken again by
the same rule at the size it was left at (``rebalance_title``).

A slide title's text also starts where its box does (no left inset) when the box has no fill
of its own: lessonpack's panels and cards, and most templates' title rules, start at the
box's edge, and Brightpath's titles and kickers sat 0.1 in right of everything under them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.oxml.ns import qn

from lessonpack.check.measure import count_lines, text_width
from lessonpack.geometry import EMU_PT
from lessonpack.render.deck_fit import box_size, insets, layout_style
from lessonpack.render.ooxml.placeholders import (
    layout_placeholder,
    level1_run_defaults,
    placeholder,
)

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
    and title balancing (deck_title_breaks.balance_title) and the check all read. Slide titles
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
        if box_size(ph, layout)[1] / EMU_PT - top - bottom < floor * LINE:
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


def rebalance_title(filler: Any, reveal: bool = False) -> None:
    """The title broken again by the one rule every look follows (deck_title_breaks.balance_title),
    at the size deck_contrast.refit_text left it: the hand-made break put in at the size it
    was filled at is undone first (a title made smaller may now fit one line, or break
    elsewhere). The title's box is never narrowed: a right inset that evened the lines
    grew two-line titles up into the kicker. ``reveal``: the slide is an answer's reveal
    (the planner's mark, QuestionSlide.reveal), whose title keeps its question's lines."""
    # Imported here: deck_reveal_breaks imports this module (via deck_title_breaks).
    from lessonpack.render.deck_reveal_breaks import (
        HOW_TO_ANSWER,
        keep_title_lines,
        match_reveal_lines,
    )

    # Imported here: deck_title_breaks imports this module.
    from lessonpack.render.deck_title_breaks import balance_title, unbreak

    ph = placeholder(filler.slide, filler.slots.get("title"))
    if ph is None or len(ph.element.findall(f"{qn('p:txBody')}/{qn('a:p')}")) != 1:
        return  # a title of several paragraphs keeps its lines as written
    unbreak(ph)
    balance_title(filler)
    # A question and its reveal break at the same word at this size, as in our own layouts.
    match_reveal_lines(filler)
    if reveal and not any(sh.name == HOW_TO_ANSWER for sh in filler.slide.shapes):
        keep_title_lines(filler)


# Where a title's sentence ends: a break there reads best ("…if you do a dare.' / What comes
# first?"); commas are left to wrap as they fall.
SENTENCE_ENDS = (".", "?", "!", ":", ";")
LEAST_WIDTH = 0.7  # of the title's width: a sentence kept whole is not worth a half-width line


def sentence_cut(text: str, family: str, size: float, width: float, bold: bool) -> int | None:
    """For a two-line title that wraps inside its last sentence ("…a dare.' What / comes
    first?", a brand's wider font) where the default look's breaks at that sentence's
    start: how many words go on the first line of a break made by hand there, the first
    line still LEAST_WIDTH of the title's width and the second one line; None when it
    already breaks at a sentence's end or no such break is there.

    Not deck_even_lines.evenest_cut: no evenness is scored here. The break is the last
    sentence end the natural wrap passes, as the default look's narrower face wraps it, so
    the same title breaks at the same words in every look; the first line is kept
    LEAST_WIDTH wide (a sentence kept whole is not worth a half-width line), and a break
    is made only where a renderer measuring half an em narrower would still wrap there."""
    found = _sentence_break(text, family, size, width, bold)
    return None if found is None else found[0]


def comma_cut(words: list[str], family: str, size: float, width: float, bold: bool
              ) -> int | None:
    """How many words go on the first line of a two-line title whose natural wrap leaves a
    scrap of a phrase (two words or fewer) on its last line, broken instead where a phrase
    starts (after a comma, before "and", "or", "but"), the most even such break with each
    part one line: "Tricks, pressure / and what to do", not "Tricks, pressure and what /
    to do". None otherwise.

    Not deck_even_lines.evenest_cut, whose clause cost would put a break after a comma
    ahead of a more even one before "and": in a list of three that splits the last item
    from its "and" ("Group calls, / tricks and what to do" for "Group calls, tricks / and
    what to do"). Every break tried here starts a phrase, so evenness alone chooses."""
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
            and not in_a_list(words, cut)
            and count_lines(" ".join(words[cut:]), family, size, width, bold) == 1]
    return min(cuts, default=None, key=lambda cut: abs(
        text_width(" ".join(words[:cut]), family, size, bold)
        - text_width(" ".join(words[cut:]), family, size, bold)))


def in_a_list(words: Sequence[str], cut: int) -> bool:
    """Whether a break before ``words[cut]`` falls inside a list of letters or numbers
    ("ring A, B / or C"): its comma and "or" join the choices, they start no phrase."""
    def item(word: str) -> bool:
        word = word.strip(",;:.?!")
        return (len(word) == 1 and word.isupper()) or word.isdigit()

    def member(i: int) -> bool:  # a choice, or the "or" between two
        if words[i].lower() in ("and", "or"):
            return 0 < i < len(words) - 1 and item(words[i - 1]) and item(words[i + 1])
        return item(words[i])

    return 0 < cut < len(words) and member(cut - 1) and member(cut)


def _sentence_break(text: str, family: str, size: float, width: float, bold: bool
                    ) -> tuple[int, float] | None:
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
