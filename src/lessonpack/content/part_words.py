"""Words a lesson part holds in a field and its notes name: written once, read where needed.

A part's year routes (``routes``), the plenary's after-the-lesson steps (``after_lesson``)
and the second adult's jobs (``second_adult``) are read by planners: a class's route kept and
the others cut (plan/year_routes.py), the class teacher's jobs on a visitor's handover
(plan/visit_brief/handover_sheet.py), the closing slide's pointer (plan/deck/places.py), the class
teacher named at each job they do in the notes (plan/class_fit.py). Their words live in the
field alone; the notes say where they are read aloud, as ``{{ part.routes[0] }}`` ("Years
3–4: one card set per table…"), ``{{ part.routes[1].only }}`` ("Years 5–6 only: …"),
``{{ part.after_lesson }}`` ("After the lesson: …") and ``{{ part.second_adult[0] }}``
("Second adult: note who …"), filled when the content loads (content/textrender.py), as
``{{ fact.* }}`` is. So a planner reads a field, never a sentence split out of prose, and an
edit to the words is made in one place.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

# The after-the-lesson paragraph's label: the notes' words and the planners' marker.
AFTER_LABEL = "After the lesson:"
# A second adult's job's label in the notes; at a visit the class teacher is named in its
# bracket, "Second adult (Mrs Evans): …" (render/notes_cues.py sets it on a line of its own).
SECOND_ADULT_LABEL = "Second adult"


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


def second_adult_line(job: str, who: str = "") -> str:
    """A second adult's job as the notes say it: "Second adult: note who …", or with the
    adult named, "Second adult (Mrs Evans): note who …"."""
    named = f" ({who})" if who else ""
    return f"{SECOND_ADULT_LABEL}{named}: {job}"


def part_context(node: Mapping[str, Any], say: Callable[[str], str]) -> dict[str, Any] | None:
    """What ``{{ part.* }}`` names in the text of a part (a YAML mapping with ``routes``,
    ``after_lesson`` or ``second_adult``), each text said through ``say`` (facts filled);
    None for any other mapping. An entry not yet valid is left out: the model reports it at
    its own line."""
    routes, after = node.get("routes"), node.get("after_lesson")
    jobs = node.get("second_adult")
    if not any(isinstance(field, list) for field in (routes, after, jobs)):
        return None
    said: list[RouteWords] = []
    for route in routes if isinstance(routes, list) else []:
        if isinstance(route, Mapping) and isinstance(route.get("text"), str):
            said.append(RouteWords(route_label(str(route.get("years", ""))),
                                   say(route["text"])))
    steps = [say(s["text"]) for s in (after if isinstance(after, list) else [])
             if isinstance(s, Mapping) and isinstance(s.get("text"), str)]
    return {"routes": said, "after_lesson": after_paragraph(steps),
            # An entry not yet text keeps its place, so [1] stays the second job.
            "second_adult": [second_adult_line(say(job)) if isinstance(job, str) else ""
                             for job in (jobs if isinstance(jobs, list) else [])]}
