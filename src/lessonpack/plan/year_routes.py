"""A lesson's year-group routes cut to the class it is built for.

Content lists a Key Stage 2 part's routes, one a year group, each written word for word in
its notes (``routes:``, content/routes.py). Built for a known class (the school file's
classes, ``--class``), the notes print that class's route alone, with no year label (the
pack is the class's; "Year 4: …" read as one of two routes): a trainer handing out cards read
both routes on the slide. With no class year
every route stays. The words cut are exactly those the content marks: nothing here reads
where a route ends from the words around it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lessonpack.content.routes import YearRoute

# Words said aloud that end a sentence: 'Say: "… record it."'. A route after them is the
# teacher's own next step, never part of what is said.
_SPOKEN_END = re.compile(r"[.!?…][”\"]$")


def for_year(text: str, routes: Sequence[YearRoute], year: int | None) -> str:
    """``text`` with only ``year``'s ``routes``, each unlabelled (the pack is the class's);
    unchanged for None. A route not written in ``text`` is left alone (the model refuses one
    in content)."""
    if year is None:
        return text
    for route in routes:
        span = route.span(text)
        if span is None:
            continue
        start, end = span
        if route.covers(year):
            # No "Year 4:" label: the pack is that class's, and a label read as one of two
            # routes still printed. A route opening a sentence starts with a capital.
            before = text[:start]
            said = _sentence_case(route.text) if _opens_sentence(before) else route.text
            if _SPOKEN_END.search(before.rstrip()):
                # After spoken words the label was all that set the route apart: without it
                # "Say: '… record it.' give the ages" read the stage direction as the script
                # (a Year 6 plan and its slide notes). The route starts its own line.
                before = before.rstrip() + "\n"
            text = f"{before}{said}{text[end:]}"
        else:
            text = _without(text, start, end)
    return text


def _opens_sentence(before: str) -> bool:
    """Whether text following ``before`` starts a sentence (or the whole text)."""
    before = before.rstrip()
    return not before or before[-1] in ".!?" or bool(_SPOKEN_END.search(before))


def _sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:]


def without(text: str, routes: Sequence[YearRoute]) -> str:
    """``text`` with none of ``routes`` (what they say is done another way: a Year 4 class's
    slides show only its two quiz questions, so "Year 4: questions 1 and 4 only" is said)."""
    for route in routes:
        span = route.span(text)
        if span is not None:
            text = _without(text, *span)
    return text


def _without(text: str, start: int, end: int) -> str:
    """``text`` without [start, end) and the space that separated it: a route alone in a
    bracket takes the bracket and the space before it ("a question (Years 3–4: …). Then" reads
    "a question. Then")."""
    if text[start - 1:start] == "(" and text[end:end + 1] == ")":
        start, end = start - 1, end + 1
        while start and text[start - 1] == " ":
            start -= 1
    elif text[end:end + 1] == " ":
        end += 1
    elif text[start - 1:start] == " ":
        start -= 1
    return text[:start] + text[end:]
