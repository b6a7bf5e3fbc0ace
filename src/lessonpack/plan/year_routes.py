"""A lesson's year-group routes cut to the class it is built for.

Content lists a Key Stage 2 part's routes, one a year group, each written word for word in
its notes (``routes:``, content/routes.py). Built for a known class (the school file's
classes, ``--class``), the notes print that class's route alone, labelled with its year
("Year 4: …"): a trainer handing out cards read both routes on the slide. The default pack
is built once a route ("Years 3–4"), and keeps that route's lines. With no class year every
route stays. The words cut are exactly those the content marks: nothing here reads
where a route ends from the words around it.
"""

from __future__ import annotations

from collections.abc import Sequence

from lessonpack.content.routes import YearRoute, Years


def for_year(text: str, routes: Sequence[YearRoute], years: Years | None) -> str:
    """``text`` with only the routes covering ``years``, each relabelled "Year 4: " (a
    route's own pack, "Years 3–4: ", keeps its label); unchanged for None. A route not
    written in ``text`` is left alone (the model refuses one in content)."""
    if years is None:
        return text
    for route in routes:
        span = route.span(text)
        if span is None:
            continue
        start, end = span
        if route.covers(years):
            text = f"{text[:start]}{years.label}: {route.text}{text[end:]}"
        else:
            text = _without(text, start, end)
    return text


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
