"""Where the starter's and plenary's steps are said: each step's notes on the slide where
it happens."""

from __future__ import annotations

from dataclasses import replace

from lessonpack.content.model import AfterStep
from lessonpack.content.part_words import AFTER_LABEL
from lessonpack.content.steps import kind, step_of
from lessonpack.plan.model import Place, Slide
from lessonpack.plan.notes import join_notes

# Where the starter's and the plenary's steps happen, by their name's first word: the first
# slide its planner marks with that place ("Ground rules (2 min)" on the ground rules;
# ``Slide.place``, never the kicker's printed words). Other steps stay on the part's own
# first slide (the vote). The close starts on the key messages, the slide before who can
# help: its time on the help slide came a slide late in presenter view.
STARTER_PLACES = ((("ground", "welcome"), Place.GROUND_RULES), (("goal",), Place.GOAL))
HELP_PLACE = Place.HELP
PLENARY_PLACES = ((("exit",), Place.EXIT), (("self-check",), Place.SELF_CHECK),
                  (("close",), Place.CLOSE), (("help", "who"), HELP_PLACE))


def steps_in_place(slides: list[Slide], notes: str, home: Place,
                   places: tuple[tuple[tuple[str, ...], Place], ...]) -> list[Slide]:
    """A part's notes were all on its first slide (``home``, by its mark): the starter's after
    the ground rules and goal they tell the teacher to go through, the plenary's exit quiz
    and close before them, away from the slides they are about. Each step moves to the slide
    where it happens, a paragraph after it (Watch for…, After the lesson…) with it, every
    word once."""
    at_home = next((i for i, s in enumerate(slides) if s.place is home), None)
    if at_home is None:
        return slides
    out = list(slides)
    for place, texts in _where_said(notes, places).items():
        i = next((i for i, s in enumerate(out) if s.place is place), None)
        lines = out[at_home].notes.split("\n")
        # Only a paragraph the first slide says as written moves (never said twice).
        said = [t for t in texts if t in (x.strip() for x in lines)]
        if i is None or not said:  # no such slide in this deck: the step stays
            continue
        out[i] = replace(out[i], notes=_with_moved(said, out[i].notes))
        out[at_home] = replace(out[at_home], notes="\n".join(
            x for x in lines if x.strip() not in said))
    return out


def _with_moved(said: list[str], notes: str) -> str:
    """``notes`` with the paragraphs ``said`` moved to them: before them, but for the
    after-lesson jobs, which close the help slide's notes after what each helper is for
    (first, they were the line a teacher read aloud while introducing the DSL)."""
    later = [t for t in said if t.startswith(AFTER_LABEL)]
    return join_notes(*(t for t in said if t not in later), notes, *later)


def _where_said(notes: str, places: tuple[tuple[tuple[str, ...], Place], ...]
                ) -> dict[Place, list[str]]:
    """The paragraphs of ``notes`` that move, by the place of the slide they move to: each
    step's own, and the paragraphs after it with it."""
    moved: dict[Place, list[str]] = {}
    at: Place | None = None
    for paragraph in (x.strip() for x in (notes or "").split("\n") if x.strip()):
        step = step_of(paragraph)
        if step is not None:
            first = kind(step[0])
            at = next((k for names, k in places if first in names), None)
        if paragraph.startswith(AFTER_LABEL) and places is PLENARY_PLACES:
            # The after-lesson jobs are read as the class leaves: on the help slide, not
            # with the close's start on the key messages.
            moved.setdefault(HELP_PLACE, []).append(paragraph)
        elif at is not None:
            moved.setdefault(at, []).append(paragraph)
    return moved


# The plenary's "After the lesson" jobs (question box, sheets, the DSL) are the class
# teacher's that afternoon, printed in full in the lesson plan's plenary (and a visitor's
# handover sheet): in the closing slide's notes, read in the lesson's last two minutes, a
# pointer to them is enough (notes are cues, not admin). A step marked ``now`` ("A pupil
# being threatened now is never sent alone: …") is for this minute: it stays, after the
# pointer.
AFTER_POINTER = f"{AFTER_LABEL} the plan lists today's jobs."


def closing_once(slides: list[Slide], box_line: str, after: list[AfterStep]) -> list[Slide]:
    """The slides with the plenary's after-the-lesson paragraph (its steps ``after``) a
    pointer to the plan in their notes (once a deck), and the help slides' question-box
    line (``box_line``) left out of notes whose own step already says where the question box
    is: each thing said once."""
    pointer = " ".join([AFTER_POINTER, *(s.text for s in after if s.now)])
    out: list[Slide] = []
    pointed = False
    for slide in slides:
        lines = slide.notes.split("\n")
        kept = []
        for x in lines:
            # Only steps the plenary lists are pointed to: a paragraph written out in the
            # notes alone stays whole, so no step for this minute is lost.
            if after and x.strip().startswith(AFTER_LABEL):
                if pointed:
                    continue
                x, pointed = pointer, True
            kept.append(x)
        if box_line and box_line in kept and any(
                "question box" in y.lower() for y in kept if y != box_line):
            kept.remove(box_line)
        out.append(slide if kept == lines else replace(slide, notes="\n".join(kept)))
    return out
