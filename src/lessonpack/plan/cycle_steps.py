"""A learning cycle's notes as steps, each put on the slide where the teacher does it.

Content writes a cycle's notes as timed steps, one paragraph each, in the order they are
taught ("Story (2 min): …", "Explain (3 min): …", "Check (1 min): …", "Task (6 min): …",
"Feedback (2 min): …"; LP175 checks the minutes add up), and the lesson plan prints them in
that order. The deck once put every step on the big ideas slide, before the story: a teacher
with a clicker jumped forward to the story and back, and read the task's words three slides
early. Here each step gets a place (a group of the cycle's
slides), and the deck shows the story before the big ideas when the steps do.
"""

from __future__ import annotations

from dataclasses import dataclass

from lessonpack.content.steps import PLACED, kind, step_of
from lessonpack.kinds import registry

# Where each named step happens. "ending" is KS1's: the story's ending told as the check's
# answer, so it goes with the answer shown. A slide kind placed in a Part adds its own step,
# said on its slides (``step_places``).
_PLACES = {"story": "story", "explain": "explain", "check": "check",
           "ending": "answer", "task": "task", "feedback": "feedback"}
# "Say" opens a cycle. Beside a "Story" step it is the explanation (KS1: "Live means…").
# With no "Story" step it is where the story is introduced ("Today we follow Kai…",
# "Introduce Ravi… and read the story aloud", KS3 and KS4), so it goes with the story and the
# explanation after it ("NovaSkies says they're seventeen…") follows the story.
SAY = "say"
assert set(PLACED) == {*_PLACES, SAY}
# The cautions written after the last step (Watch for…, Safeguarding…) are for the whole
# cycle: on its title slide, read before it starts; a deck without one (KS1) keeps them with
# the step they follow.
OPEN = "open"


@dataclass(frozen=True)
class Paragraph:
    text: str
    # The places it can go, best first: the next is used where the deck has no slide for the
    # one before (no story slide, no feedback slide for children who cannot read).
    places: tuple[str, ...]


@dataclass(frozen=True)
class Steps:
    paragraphs: tuple[Paragraph, ...]
    timed: tuple[tuple[str, int], ...]  # ("Story", 2), in order
    story_first: bool  # the story is told before the big ideas are explained
    # The kinds placed in the Part (kinds/base.CyclePlace) whose step comes before any
    # explanation: their slides follow the group they name (after the story, which then
    # comes before the big ideas).
    early: frozenset[str] = frozenset()


def step_places() -> dict[str, str]:
    """Each step the deck places -> the group of slides it is said on: the built-in ones,
    then each kind's placed in a Part (its group: the kind's name)."""
    return {**_PLACES, **{place.step: name for name, place in registry.in_cycle()}}


def step_fields() -> dict[str, tuple[str, bool]]:
    """Each step a slide kind places in a Part -> the cycle's content field its slides are
    made from and whether only readers get them (kinds/base.CyclePlace): for validate, which
    warns of the step where no slide is made (content cannot see the kinds)."""
    return {place.step: (place.field, place.readers_only)
            for _name, place in registry.in_cycle() if place.field}


def placed() -> tuple[str, ...]:
    """Every step name the deck puts on a slide, as its first word, lower case: the built-in
    ones (content/steps.PLACED), then those the slide kinds declare."""
    return (*PLACED, *(s for s in step_places() if s not in PLACED))


def cycle_steps(notes: str, has_story: bool) -> Steps | None:
    """The cycle's notes placed by step, or None when they name no step the deck knows (the
    deck then keeps them whole on the big ideas slide; LP175 already asks for timed steps)."""
    lines = [x.strip() for x in (notes or "").split("\n") if x.strip()]
    timed = [step_of(x) for x in lines]
    kinds = [kind(t[0]) if t else "" for t in timed]
    if not any(k in placed() for k in kinds):
        return None
    places = _places(kinds, [t is not None for t in timed], has_story)
    story_first, early = _order(places, has_story)
    return Steps(tuple(Paragraph(text, at) for text, at in zip(lines, places, strict=True)),
                 tuple(t for t in timed if t), story_first, early)


def _places(kinds: list[str], timed: list[bool], has_story: bool) -> list[tuple[str, ...]]:
    """Each paragraph's places, best first, by its step's name (``kinds``, "" for a
    paragraph that is not a timed step)."""
    where, known = step_places(), placed()
    say = "story" if has_story and "story" not in kinds else "explain"
    last = max(i for i, t in enumerate(timed) if t)
    first = timed.index(True)
    places: list[tuple[str, ...]] = []
    for i, step in enumerate(kinds):
        if i > last:
            places.append((OPEN, *places[last]))
        elif step not in known:
            # An untimed paragraph or a step the deck has no place for ("Discuss (2 min)"):
            # with the step it follows (before the first: with the first).
            places.append(places[-1] if places else ())
        else:
            places.append((say if step == SAY else where[step],))
    # Paragraphs before the first timed step go with it.
    places[:first] = [places[first]] * first
    return places


def _order(places: list[tuple[str, ...]], has_story: bool) -> tuple[bool, frozenset[str]]:
    """Whether the story comes before the big ideas, and the kinds placed in the Part whose
    step comes before any explanation."""
    # A first step the deck has no place for ("Hook (2 min)") has none: it goes with the big
    # ideas (_place_steps), and no longer stops the build (IndexError, validate passed it).
    order = [p[0] if p else "" for p in places]
    explained = order.index("explain") if "explain" in order else len(order)
    kinds_at = dict(registry.in_cycle())
    early = frozenset(k for k in kinds_at if k in order and order.index(k) < explained)
    story_first = (("story" in order and order.index("story") < explained)
                   or (has_story and any(kinds_at[k].after == "story" for k in early)))
    return story_first, early


def summary(steps: Steps) -> str:
    """ "story 2, explain 3, check 1, task 6, feedback 2": the cycle's minutes by step, a
    step said in two paragraphs once ("explain 4")."""
    merged: list[tuple[str, int]] = []
    for name, minutes in steps.timed:
        if merged and merged[-1][0] == name.lower():
            merged[-1] = (merged[-1][0], merged[-1][1] + minutes)
        else:
            merged.append((name.lower(), minutes))
    return ", ".join(f"{name} {minutes}" for name, minutes in merged)
