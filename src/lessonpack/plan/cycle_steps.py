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

# Where each named step happens. "ending" is KS1's: the story's ending told as the check's
# answer, so it goes with the answer shown.
_PLACES = {"story": "story", "explain": "explain", "think": "discuss", "check": "check",
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
    # A think, pair, share step before any explanation talks about the story: with a story,
    # the deck goes story, think-pair-share, big ideas.
    discuss_first: bool = False


def cycle_steps(notes: str, has_story: bool) -> Steps | None:
    """The cycle's notes placed by step, or None when they name no step the deck knows (the
    deck then keeps them whole on the big ideas slide; LP175 already asks for timed steps)."""
    lines = [x.strip() for x in (notes or "").split("\n") if x.strip()]
    timed = [step_of(x) for x in lines]
    kinds = [kind(t[0]) if t else "" for t in timed]
    if not any(k in PLACED for k in kinds):
        return None
    say = "story" if has_story and "story" not in kinds else "explain"
    last = max(i for i, t in enumerate(timed) if t)
    first = next(i for i, t in enumerate(timed) if t)
    places: list[tuple[str, ...]] = []
    for i, step in enumerate(kinds):
        if i > last:
            places.append((OPEN, *places[last]))
        elif step not in PLACED:
            # An untimed paragraph or a step the deck has no place for ("Discuss (2 min)"):
            # with the step it follows (before the first: with the first).
            places.append(places[-1] if places else ())
        else:
            places.append((say if step == SAY else _PLACES[step],))
    # Paragraphs before the first timed step go with it.
    places[:first] = [places[first]] * first
    # A first step the deck has no place for ("Hook (2 min)") has none: it goes with the big
    # ideas (_place_steps), and no longer stops the build (IndexError, validate passed it).
    order = [p[0] if p else "" for p in places]
    explained = order.index("explain") if "explain" in order else len(order)
    discuss_first = "discuss" in order and order.index("discuss") < explained
    story_first = (("story" in order and order.index("story") < explained)
                   or (has_story and discuss_first))
    return Steps(tuple(Paragraph(text, where) for text, where in zip(lines, places,
                                                                        strict=True)),
                 tuple(t for t in timed if t), story_first, discuss_first)


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
