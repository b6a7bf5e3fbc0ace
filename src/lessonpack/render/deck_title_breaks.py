"""A slide title's lines broken by hand where they read best: one rule in every look,
lessonpack's own layouts and a trainer's template alike (``balance_title``), the same rule
for a drawn label's words (``even_lines``), and the title's run a question's and its
reveal's titles are broken from (deck_reveal_breaks). Where a break goes and how it is
made is deck_even_lines'.

A break is a soft line break (PowerPoint's Shift+Enter) between copies of the title's one
run: no box changes, so the title keeps the lines it was measured with.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.oxml.ns import qn

from lessonpack.check.measure import count_lines, drawn_family, text_width
from lessonpack.geometry import EMU_PT
from lessonpack.kinds.base import Filler
from lessonpack.render.deck_even_lines import (
    MARK,
    break_at,
    ends_a_clause,
    evenest_cut,
    unbreak_marked,
    wrap_width,
)
from lessonpack.render.deck_fit import box_size, inherited_attr, insets, layout_style, title_face
from lessonpack.render.deck_titles import comma_cut, in_a_list, sentence_cut
from lessonpack.render.ooxml.placeholders import placeholder


def title_run(filler: Filler) -> tuple[Any, Any, str, float, bool, str, float] | None:
    """The title's one run with what its lines are measured by: the placeholder, the run,
    its text as shown, size, boldness, face and inner width; None for a title of several
    runs (already broken by hand) or none."""
    ph = placeholder(filler.slide, filler.slots.get("title"))
    if ph is None:
        return None
    runs = [r for p in ph.element.find(qn("p:txBody")).findall(qn("a:p"))
            for r in p.findall(qn("a:r"))]
    if len(runs) != 1:
        return None
    text = runs[0].findtext(qn("a:t")) or ""
    if inherited_attr(ph, "cap") in ("all", "small"):
        text = text.upper()
    size, bold, _space, _bulleted = layout_style(ph, filler.resolved.layout)
    own = runs[0].find(qn("a:rPr"))
    if own is not None and own.get("sz"):  # a trainer's title refitted to its box
        size = int(own.get("sz")) / 100
    left, _top, right, _bottom = insets(ph, filler.resolved.layout)
    width = box_size(ph, filler.resolved.layout)[0] / EMU_PT - left - right
    return ph, runs[0], text, size, bold, title_face(ph, runs[0], filler.brand), width


def unbreak(ph: Any) -> None:
    """A title broken by hand (runs and soft breaks in one paragraph) made one run again,
    to be broken anew."""
    if ph is None:
        return
    paras = ph.element.findall(f"{qn('p:txBody')}/{qn('a:p')}")
    if len(paras) != 1:
        return
    runs, breaks = paras[0].findall(qn("a:r")), paras[0].findall(qn("a:br"))
    if len(runs) >= 2 and len(breaks) == len(runs) - 1:
        head = runs[0].find(qn("a:t"))
        head.text = " ".join(r.findtext(qn("a:t")) or "" for r in runs)
        for gone in (*breaks, *runs[1:]):
            paras[0].remove(gone)


def balance_title(filler: Filler) -> None:
    """One rule for titles in every look, lessonpack's own layouts and a trainer's template
    alike (deck_titles.rebalance_title applies it again after a template's title is
    refitted). A title wraps naturally at its box's full width, except:

    - a two-line title wrapping inside its last sentence: broken by hand (a soft line
      break, as PowerPoint's Shift+Enter) at that sentence's start, the first line still
      70 % of the width (deck_titles.sentence_cut);
    - else, its natural last line is a runt (one word, or under a third as wide as the
      lines above: "Tricks, pressure and what / to do"): broken by hand where its lines
      come out most even, a clause's end preferred ("Tricks, pressure / and what to do").

    Why the even split and not the 70 % narrowing templates' titles had: the titles that
    read badly were runts left by natural wraps ("…what / to do"), while an even break at a
    comma read well in the look that had it; the 70 % floor only guarded a right-inset
    narrowing that grew two-line titles up into the kicker, and a hand break changes no
    box, so the title keeps the lines it was measured with. One rule: the same title breaks
    at the same words in every look."""
    ph = placeholder(filler.slide, filler.slots.get("title"))
    if ph is None:
        return
    body = ph.element.find(qn("p:txBody"))
    paras = body.findall(qn("a:p"))
    runs = paras[0].findall(qn("a:r")) if len(paras) == 1 else []
    if len(runs) != 1:
        return
    text = runs[0].findtext(qn("a:t")) or ""
    if inherited_attr(ph, "cap") in ("all", "small"):
        text = text.upper()  # measured as shown; the words are written as they were
    words = text.split()
    size, bold, _space, _bulleted = layout_style(ph, filler.resolved.layout)
    own = runs[0].find(qn("a:rPr"))
    if own is not None and own.get("sz"):
        size = int(own.get("sz")) / 100
    # A content slide's title in a face this machine has no file for (the Office default's
    # "Calibri Light") measured as it is drawn here, not by the wide average-glyph estimate:
    # estimated, "Big ideas: Private things stay private" took two lines of an 11.5 in box,
    # its last word alone, and was broken by hand at half the width although it is drawn on
    # one line. A cover's title is grown and fitted by the estimate (deck_cover) and is
    # broken by it too.
    family = _measured_face(ph, title_face(ph, runs[0], filler.brand))
    # Less the inner margins, as `check` (LPC304) measures the lines.
    left, _top, right, _bottom = insets(ph, filler.resolved.layout)
    width = box_size(ph, filler.resolved.layout)[0] / EMU_PT - left - right
    lines = count_lines(text, family, size, width, bold)
    if len(words) < 4 or lines < 2:
        return

    # Where it wraps inside its last sentence and can break at its start, there, as the
    # default look's narrower face does ("…a dare.' / What comes first?" in every look);
    # else a scrap of a phrase left on the last line breaks where that phrase starts
    # ("Tricks, pressure / and what to do").
    cut = _hand_cut(text, family, size, width, bold, lines)
    best: tuple[float, int] | None = None if cut is None else (0.0, cut)
    if best is None and not _wraps_badly(words, family, size, width, bold, lines):
        return  # a full last line wraps as it falls
    if best is None:
        best = evenest_cut(words, family, size, width, bold, lines=lines,
                           cuts=range(1, len(words) - 1))
    if best is None:
        return
    cuts = [best[1]]
    if lines == 3:
        # The two lines above the last evened too: a three-line title (a grown title box,
        # deck_title_room.grow_title) filled its first line and left its middle one short.
        middle = evenest_cut(words[:best[1]], family, size, width, bold)
        if middle is not None:
            cuts.insert(0, middle[1])
    for at in reversed(cuts):
        break_at(runs[0], at)


# A last line narrower than this share of the lines above it reads as left over (the
# typographer's rule of thumb: a last line of a third of the measure or more stands).
RUNT = 1 / 3


def _natural_cut(words: Sequence[str], family: str, size: float, width: float, bold: bool,
                 lines: int) -> int:
    """How many words the natural wrap (each line filled before the next) puts above the
    last line; 0 where none."""
    return max((cut for cut in range(1, len(words))
                if count_lines(" ".join(words[:cut]), family, size, width, bold)
                == lines - 1), default=0)


def _measured_face(ph: Any, face: str) -> str:
    """The face a slide title's lines are counted in: a content slide's as drawn here."""
    return drawn_family(face) if ph.placeholder_format.type == PP_PLACEHOLDER.TITLE else face


def _hand_cut(text: str, family: str, size: float, width: float, bold: bool,
              lines: int) -> int | None:
    """Where a title breaks by hand before any evening: its last sentence's start, a
    phrase's start after a comma, or before a hyphenated word its second line starts with."""
    words = text.split()
    cut = sentence_cut(text, family, size, width, bold)
    if cut is None:
        cut = comma_cut(words, family, size, width, bold)
    if cut is None:
        cut = _before_hyphenated(words, family, size, width, bold, lines)
    return cut


def _before_hyphenated(words: Sequence[str], family: str, size: float, width: float,
                       bold: bool, lines: int) -> int | None:
    """Where a two-line title's second line starts with a hyphenated word ("warning-sign"),
    a break by hand before it: PowerPoint and LibreOffice break after a hyphen, so the
    word's first half stayed on the line above ("…this time: warning- / sign sort")."""
    natural = _natural_cut(words, family, size, width, bold, lines) if lines == 2 else None
    if natural and "-" in words[natural].strip("-"):
        return natural
    return None


def _wraps_badly(words: Sequence[str], family: str, size: float, width: float,
                 bold: bool, lines: int) -> bool:
    """Whether the natural wrap leaves a runt (``_runt_last_line``) or splits a list of
    choices ("ring A, B or / C on your worksheet")."""
    natural = _natural_cut(words, family, size, width, bold, lines)
    return (bool(natural) and in_a_list(words, natural)) \
        or _runt_last_line(words, family, size, width, bold, lines)


def _runt_last_line(words: Sequence[str], family: str, size: float, width: float,
                    bold: bool, lines: int) -> bool:
    """Whether the title's natural wrap (each line filled before the next) leaves its last
    line one word, or under RUNT of the average width of the lines above; not where that
    line is a sentence of its own ("…at the door. / Whose fault is it?")."""
    natural = _natural_cut(words, family, size, width, bold, lines)
    if not natural:
        return False
    tail = words[natural:]
    if len(tail) == 1:
        return True
    if words[natural - 1].rstrip("\"'”’)").endswith((".", "?", "!", ":", ";")):
        return False
    above = text_width(" ".join(words[:natural]), family, size, bold) / max(1, lines - 1)
    return text_width(" ".join(tail), family, size, bold) < RUNT * above


# Under this share of the width a hand-broken line's words are held to: a renderer that
# sets them a hair wider than measured must not wrap the line the break was meant to end.
_HAND_ROOM = 0.97
# The mark on a label's run (and the breaks copied from it) that ``even_lines`` set: the
# deck sets a repeated part at one size after every slide is drawn (deck_sizes), and lines
# evened at the drawn size are evened again at the new one (``reeven``).
EVENED = "lessonpack-even-lines"


def even_lines(label: Any, family: str, size: float, bold: bool = False) -> None:
    """A drawn label of one run (a sort card's words) on two or three lines, broken by hand
    where its natural wrap leaves a runt last line ("…getting so / good!", "…Just give / up."):
    its lines as even as can be, a clause's end preferred ("Nobody likes your videos. /
    Just give up."). The titles' rule (``balance_title``), for words in a box of their own;
    a label that wraps well is left as it is."""
    run = _one_run(label.element)
    if run is None:
        return
    run.get_or_add_rPr().set(MARK, EVENED)
    _even(label.element, run, family, size, bold)


def reeven(sp: Any) -> None:
    """A label ``even_lines`` evened, evened again at the size its run has now (deck_sizes
    set it smaller): its breaks undone, then made anew."""
    paras = sp.findall(f"{qn('p:txBody')}/{qn('a:p')}")
    if len(paras) != 1:
        return
    unbreak_marked(paras[0], EVENED, join=True)
    run = _one_run(sp)
    props = run.find(qn("a:rPr")) if run is not None else None
    latin = props.find(qn("a:latin")) if props is not None else None
    if props is None or props.get(MARK) != EVENED or latin is None or not props.get("sz"):
        return
    _even(sp, run, latin.get("typeface"), int(props.get("sz")) / 100, props.get("b") == "1")


def _one_run(sp: Any) -> Any:
    """The one run of a shape's one paragraph; None where it has more or none."""
    paras = sp.findall(f"{qn('p:txBody')}/{qn('a:p')}")
    runs = paras[0].findall(qn("a:r")) if len(paras) == 1 else []
    return runs[0] if len(runs) == 1 else None


def _even(sp: Any, run: Any, family: str, size: float, bold: bool) -> None:
    width = wrap_width(sp)
    if width is None:
        return
    words = (run.findtext(qn("a:t")) or "").split()
    lines = count_lines(" ".join(words), family, size, width, bold)
    if len(words) < 3 or lines not in (2, 3) \
            or not _runt_last_line(words, family, size, width, bold, lines):
        return
    room = width * _HAND_ROOM
    best = evenest_cut(words, family, size, room, bold, lines=lines,
                       cuts=range(1, len(words) - 1))
    if best is None:
        return
    # Three lines: the two above the last broken by hand too, as a title's are (left to
    # the renderer they wrapped as it liked, a short middle line over a longer last), and
    # only where both breaks end a clause ("You were right to tell me. / Let's save the
    # messages, / not the video…"): elsewhere three even lines read worse than the natural
    # wrap ("Do what they ask just / once, so they delete the / recording…").
    middle = evenest_cut(words[:best[1]], family, size, room, bold) if lines == 3 else None
    if lines == 3 and (middle is None or not ends_a_clause(" ".join(words[:middle[1]]))
                       or not ends_a_clause(" ".join(words[:best[1]]))):
        return
    break_at(run, best[1])
    if middle is not None:
        break_at(run, middle[1])
