"""Lines broken by hand on a slide: where (the one evening rule), how (a soft break), and
made again when the deck changes a text's size (marked breaks).

Four places break a slide's lines by hand: a title or a drawn label whose natural wrap
leaves a runt last line (deck_title_breaks), a reveal's title evened to match its question's
(deck_reveal_breaks), a compound kept whole on its line (deck_nobreak), and a trainer's
sentence to finish beside a picture, at its last comma (deck_side). They share:

- **Where.** A break is scored by how uneven it leaves the lines (``cut_score``): the last
  line as near as can be to the average width of the lines above, plus a cost where the
  first part ends no clause (a break where a sentence or clause ends reads best: "Nobody
  likes your videos. / Just give up.", not the evener "Nobody likes your / videos. Just
  give up.") and a larger one where it splits a list of choices ("ring A, B / or C").
  ``evenest_cut`` tries every break that keeps the line count and keeps the best. What the
  callers truly differ in, and so pass: which words may start the last line (a runt being
  mended keeps two words on it; a reveal's title keeps two on each line, "Answer:" never
  alone; the lines above a three-line title's last may split anywhere), and whether a
  sentence's end wins outright (a reveal's title: "…talks to Childline. / What happens?",
  as its question breaks). Three rules choose their own way, each saying why where it is:
  a title's sentence rule (deck_titles.sentence_cut: the last sentence end the natural
  wrap passes, the first line 70 % wide; it runs before this one), a title's phrase rule
  (deck_titles.comma_cut: only breaks that start a phrase, evenness alone choosing, so a
  comma wins nothing over "and") and a reveal's three lines (deck_reveal_breaks.wrap_cuts:
  evened at once, so "Answer:" keeps company on its line).
- **How.** A soft line break (a:br, PowerPoint's Shift+Enter) between copies of a run
  (``break_at``), carrying the run's size and marks so the line keeps its height, but no
  colour: a later pass that recolours the run's words (a template's pink text slot) would
  leave a colour on the break that no one sees and an editor may take for the run's.
- **Again at a new size.** deck_sizes sets a deck's repeated parts at one size after every
  slide is drawn; a break made for the drawn size is wrong at the new one. A module marks
  its breaks (``MARK``, its own value), and after the resize undoes them
  (``unbreak_marked``) and breaks again within the width the shape itself gives
  (``wrap_width``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final

from lxml import etree
from pptx.oxml.ns import qn

from lessonpack.check.measure import count_lines, text_width
from lessonpack.geometry import EMU_PT
from lessonpack.render.deck_fit import SIDE_INSET
from lessonpack.render.deck_titles import in_a_list
from lessonpack.render.ooxml import A

# What a break costs, in multiples of the type size (points of unevenness): one that ends
# no clause, and one inside a list of choices.
CLAUSE_COST: Final = 6
LIST_COST: Final = 12

_COLOUR_FILLS = {f"{{{A}}}{tag}" for tag in ("solidFill", "gradFill", "noFill", "pattFill")}


def ends_a_clause(head: str) -> bool:
    """Whether a first line ends where a sentence or clause does (closing quotes and
    brackets aside): a line break there reads best."""
    return head.rstrip("\"'”’)").endswith((".", "?", "!", ":", ";", ","))


def ends_a_sentence(head: str) -> bool:
    """Whether a first line ends where a sentence does (closing quotes and brackets aside)."""
    return head.rstrip("\"'”’)").endswith((".", "?", "!"))


def cut_score(words: Sequence[str], cut: int, family: str, size: float, bold: bool,
              above: int = 1) -> float:
    """How badly ``words`` read broken after ``words[:cut]`` (``above`` lines) with the rest
    on one line: the last line's distance from the average width of the lines above, plus
    CLAUSE_COST where the first part ends no clause and LIST_COST inside a list of choices
    (each times the size). Lower is better."""
    head, tail = " ".join(words[:cut]), " ".join(words[cut:])
    score = abs(text_width(tail, family, size, bold)
                - text_width(head, family, size, bold) / max(1, above))
    if not ends_a_clause(head):
        score += size * CLAUSE_COST
    if in_a_list(words, cut):  # "ring A, B / or C": the choices read as one
        score += size * LIST_COST
    return score


def evenest_cut(words: Sequence[str], family: str, size: float, width: float, bold: bool,
                *, lines: int = 2, cuts: range | None = None,
                sentences: bool = False) -> tuple[float, int] | None:
    """(score, cut) of the hand break after ``words[:cut]`` that leaves ``lines`` lines
    (the last one of its own) reading best (``cut_score``), trying ``cuts`` (by default
    every break); ``sentences``: a sentence's end wins at any evenness. None where no
    break keeps the line count."""
    best: tuple[float, int] | None = None
    for cut in cuts if cuts is not None else range(1, len(words)):
        head, tail = " ".join(words[:cut]), " ".join(words[cut:])
        if (count_lines(head, family, size, width, bold) != lines - 1
                or count_lines(tail, family, size, width, bold) != 1):
            continue
        score = cut_score(words, cut, family, size, bold, lines - 1)
        if sentences and ends_a_sentence(head):
            score -= width
        if best is None or score < best[0]:
            best = (score, cut)
    return best


def soft_break(props: etree._Element | None, mark: str = "") -> etree._Element:
    """A line break (a:br) carrying ``props`` (a run's a:rPr) without its colour, so its
    line keeps the run's size; ``mark``: the value that says which module made it."""
    br = etree.Element(f"{{{A}}}br")
    if props is not None or mark:
        own = etree.fromstring(etree.tostring(props)) if props is not None \
            else etree.Element(f"{{{A}}}rPr")
        for fill in [c for c in own if c.tag in _COLOUR_FILLS]:
            own.remove(fill)
        if mark:
            own.set(MARK, mark)
        br.append(own)
    return br


def break_at(run: Any, cut: int) -> None:
    """``run`` broken by hand (a soft break) after its first ``cut`` words."""
    words = (run.findtext(qn("a:t")) or "").split()
    if not 0 < cut < len(words):
        return
    run.find(qn("a:t")).text = " ".join(words[:cut])
    second = etree.fromstring(etree.tostring(run))
    second.find(qn("a:t")).text = " ".join(words[cut:])
    br = soft_break(run.find(qn("a:rPr")))
    run.addnext(br)
    br.addnext(second)


# The attribute a module's breaks carry its own value in: ``bmk`` (a run's link to a custom
# XML bookmark; a free string, schema-valid in the saved file) with a lessonpack value is
# written by nothing else, means nothing to PowerPoint or LibreOffice without such a part,
# and is read only by value. (PowerPoint, deck_draft and deck_logo_slot write ``dirty="0"``
# on runs, and breaks copy a run's properties, so a mark of ``dirty`` undid breaks that
# were not the module's.)
MARK: Final = "bmk"


def marked(br: etree._Element, value: str) -> bool:
    """Whether line break ``br`` carries ``value`` (a module's own breaks)."""
    props = br.find(qn("a:rPr"))
    return props is not None and props.get(MARK) == value


def unbreak_marked(p: etree._Element, value: str, *, join: bool) -> None:
    """Each break of paragraph ``p`` marked ``value`` back to the space it replaced. ``join``:
    the runs either side (copies of one run) made one again, for a rule that measures one
    run; else each run kept (a paragraph of several looks), the space put at the end of the
    one before."""
    for br in [b for b in p.iter(qn("a:br")) if marked(b, value)]:
        before, after = br.getprevious(), br.getnext()
        if join:
            if before is None or after is None or before.tag != qn("a:r") \
                    or after.tag != qn("a:r"):
                continue
            before.find(qn("a:t")).text = \
                f"{before.findtext(qn('a:t'))} {after.findtext(qn('a:t'))}"
            p.remove(br)
            p.remove(after)
            continue
        t = before.find(qn("a:t")) if before is not None else None
        if t is not None:
            t.text = (t.text or "") + " "
        else:
            t = after.find(qn("a:t")) if after is not None else None
            if t is None:
                continue
            t.text = " " + (t.text or "")
        p.remove(br)


def wrap_width(sp: etree._Element) -> float | None:
    """The width (points) shape ``sp``'s lines wrap in, read from the shape alone (its box
    less its insets); None for a shape in a group (its box is in the group's units),
    unwrapped or vertical text, or a box it does not give."""
    parent = sp.getparent()
    ext = sp.find(f"{qn('p:spPr')}/{qn('a:xfrm')}/{qn('a:ext')}")
    props = sp.find(f"{qn('p:txBody')}/{qn('a:bodyPr')}")
    if (parent is None or parent.tag != qn("p:spTree") or ext is None or props is None
            or props.get("wrap") == "none" or props.get("vert")):
        return None
    width = (int(ext.get("cx", "0")) - int(props.get("lIns", SIDE_INSET))
             - int(props.get("rIns", SIDE_INSET))) / EMU_PT
    return width if width > 0 else None
