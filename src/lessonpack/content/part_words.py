"""Words a lesson part holds in a field and its notes name: written once, read where needed.

A part's year routes (``routes``) and the plenary's after-the-lesson steps (``after_lesson``)
are read by planners: a class's route kept and the others cut (plan/year_routes.py), the
class teacher's jobs on a visitor's handover (plan/handover_sheet.py), the closing slide's
pointer (plan/deck/places.py). Their words live in the field alone; the notes say where they
are read aloud, as ``{{ part.routes[0] }}`` ("Years 3–4: one card set per table…"),
``{{ part.routes[1].only }}`` ("Years 5–6 only: …") and ``{{ part.after_lesson }}`` ("After
the lesson: …"), filled when the content loads (content/textrender.py), as ``{{ fact.* }}``
is. So a planner reads a field, never a sentence split out of prose, and an edit to the
words is made in one place.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

# The after-the-lesson paragraph's label: the notes' words and the planners' marker.
AFTER_LABEL = "After the lesson:"


class RouteWords(str):
    """A route as the notes say it, "Years 3–4: …"; ``only`` the same as "Years 3–4 only: …"
    (a route given to one year group alone)."""

    only: str

    def __new__(cls, label: str, text: str) -> RouteWords:
        said = super().__new__(cls, f"{label}: {text}")
        said.only = f"{label} only: {text}"
        return said


def route_label(years: str) -> str:
    """ "Years 3–4" for ``years`` "3-4"; "Year 4" for "4"."""
    first, _, last = years.partition("-")
    return f"Years {first}–{last}" if last and last != first else f"Year {first}"


def after_paragraph(steps: list[str]) -> str:
    """The notes' after-the-lesson paragraph from its steps, in order."""
    return " ".join([AFTER_LABEL, *steps])


def part_context(node: Mapping[str, Any], say: Callable[[str], str]) -> dict[str, Any] | None:
    """What ``{{ part.* }}`` names in the text of a part (a YAML mapping with ``routes`` or
    ``after_lesson``), each text said through ``say`` (facts filled); None for any other
    mapping. An entry not yet valid is left out: the model reports it at its own line."""
    routes, after = node.get("routes"), node.get("after_lesson")
    if not isinstance(routes, list) and not isinstance(after, list):
        return None
    said: list[RouteWords] = []
    for route in routes if isinstance(routes, list) else []:
        if isinstance(route, Mapping) and isinstance(route.get("text"), str):
            said.append(RouteWords(route_label(str(route.get("years", ""))),
                                   say(route["text"])))
    steps = [say(s["text"]) for s in (after if isinstance(after, list) else [])
             if isinstance(s, Mapping) and isinstance(s.get("text"), str)]
    return {"routes": said, "after_lesson": after_paragraph(steps)}
