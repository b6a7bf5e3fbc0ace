"""LPC108: a deck with fields left to fill in and no "Draft" mark on its first slide.

A "[DSL's name]" left on a help slide is shown to the class when nobody filled it in. The
first slide is the one open when the deck is opened and the one projected first, so a mark
there is what tells the teacher before presenting (lessonpack's builds put a yellow "Draft"
strip there: render/deck_draft). A deck whose fields are filled in, or whose first slide
says "Draft" where it is drawn on the slide, passes.
"""

from __future__ import annotations

import re

from lxml import etree

from lessonpack.check.findings import Finding, finding
from lessonpack.check.pptx_shapes import DeckView, Item, SlideView
from lessonpack.content.fill_ins import FIELD

_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
# The mark's first word: "Draft", "DRAFT: fill in ...", "Draft - not for use".
_MARK = re.compile(r"^\s*draft\b", re.IGNORECASE)
_SHOWN_FIELDS = 3  # fields of a slide, and slides, the message names


def _words(el: etree._Element) -> str:
    """A shape's words, a line per paragraph (a field never spans paragraphs)."""
    return "\n".join("".join(t.text or "" for t in p.iter(f"{{{_A}}}t"))
                     for p in el.iter(f"{{{_A}}}p"))


def _fields(view: SlideView) -> list[str]:
    """The fields on a slide's own shapes, in order, once each (a layout's prompt text is
    not shown on the slide)."""
    text = "\n".join(_words(item.el) for item in view.items if item.layer == "slide")
    return list(dict.fromkeys(FIELD.findall(text)))


def _on_slide(item: Item, size: tuple[int, int]) -> bool:
    x, y, w, h = item.box
    return w > 0 and h > 0 and x >= 0 and y >= 0 and x + w <= size[0] and y + h <= size[1]


def has_draft_mark(view: SlideView, size: tuple[int, int]) -> bool:
    """Whether a shape of the slide's own, drawn within the slide, opens with "Draft"."""
    return any(item.layer == "slide" and _MARK.match(_words(item.el)) and _on_slide(item, size)
               for item in view.items)


def draft_rules(deck: DeckView) -> list[Finding]:
    """LPC108 on the first shown slide, naming the fields and the slides they are on."""
    # A field's no-break spaces (kept on one line on the slide) read as spaces here.
    # Fields on a hidden slide (the teacher's list of what to fill in) never reach the class.
    shown = deck.shown
    by_slide = {view.number: [f.replace("\u00a0", " ") for f in fields]
                for view in shown if (fields := _fields(view))}
    if not by_slide or has_draft_mark(shown[0], deck.size):
        return []
    named = "; ".join(f"{', '.join(fields[:_SHOWN_FIELDS])}"
                      f"{' and more' if len(fields) > _SHOWN_FIELDS else ''} on slide {number}"
                      for number, fields in list(by_slide.items())[:_SHOWN_FIELDS])
    more = f"; and on {len(by_slide) - _SHOWN_FIELDS} more slides" \
        if len(by_slide) > _SHOWN_FIELDS else ""
    return [finding(
        deck.path, f"slide {shown[0].number}", "LPC108",
        f"fields are left to fill in ({named}{more}) and the first slide has no \"Draft\" "
        "mark: whoever presents it sees a finished deck until the class sees the blanks",
        "fill the fields in; until then, put a box reading \"Draft: fill in ...\" on the first "
        "slide (lessonpack build adds a yellow strip there)", shown[0].number)]
