"""Where the starter's and plenary's steps are said: each step's notes on the slide where
it happens."""

from __future__ import annotations

from dataclasses import replace

from lessonpack.content.steps import kind, step_of
from lessonpack.plan.model import Slide
from lessonpack.plan.notes import join_notes

# Where the starter's and the plenary's steps happen, by their name's first word: the slide
# whose kicker starts so ("Ground rules (2 min)" on the ground rules). Other steps stay on the
# part's own first slide (the vote).
STARTER_PLACES = ((("ground", "welcome"), "Before we start"), (("goal",), "Learning outcome"))
PLENARY_PLACES = ((("exit",), "Exit "), (("self-check",), "Check your answers"),
                  (("help", "close", "who"), "Getting help"))


def steps_in_place(slides: list[Slide], notes: str, home: str,
                   places: tuple[tuple[tuple[str, ...], str], ...]) -> list[Slide]:
    """A part's notes were all on its first slide (``home``, by kicker): the starter's after
    the ground rules and goal they tell the teacher to go through, the plenary's exit quiz
    and close before them, away from the slides they are about. Each step moves to the slide
    where it happens, a paragraph after it (Watch for…, After the lesson…) with it, every
    word once."""
    at_home = next((i for i, s in enumerate(slides) if s.kicker == home), None)
    if at_home is None:
        return slides
    moved: dict[str, list[str]] = {}
    at: str | None = None
    for paragraph in (x.strip() for x in (notes or "").split("\n") if x.strip()):
        step = step_of(paragraph)
        if step is not None:
            first = kind(step[0])
            at = next((k for names, k in places if first in names), None)
        if at is not None:
            moved.setdefault(at, []).append(paragraph)
    out = list(slides)
    for kicker, texts in moved.items():
        i = next((i for i, s in enumerate(out) if s.kicker.startswith(kicker)), None)
        lines = out[at_home].notes.split("\n")
        # Only a paragraph the first slide says as written moves (never said twice).
        said = [t for t in texts if t in (x.strip() for x in lines)]
        if i is None or not said:  # no such slide in this deck: the step stays
            continue
        out[i] = replace(out[i], notes=join_notes(*said, out[i].notes))
        out[at_home] = replace(out[at_home], notes="\n".join(
            x for x in lines if x.strip() not in said))
    return out
