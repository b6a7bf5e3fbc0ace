"""After a cycle's task: the clues circled, how a contact escalated, and the self-check."""

from __future__ import annotations

from dataclasses import replace

from lessonpack.content.model import Audience, LearningCycle
from lessonpack.content.safeguarding_words import safeguarding_words
from lessonpack.kinds.checklist import ChecklistSlide
from lessonpack.kinds.payloads import StreamScreen
from lessonpack.kinds.task import TaskSlide
from lessonpack.kinds.timeline import Stage, TimelineSlide
from lessonpack.plan import slide_runs
from lessonpack.plan.ages import age_of
from lessonpack.plan.deck.beat import Beat
from lessonpack.plan.deck.task import task_key, task_slide
from lessonpack.plan.model import Slide
from lessonpack.plan.notes import join_notes


def _clue_talk(audience: Audience) -> str:
    """How the circled clues are talked through: for primary pupils, stop and tell, never a
    tidier stream (content/_wording/safeguarding.yml says why)."""
    words = safeguarding_words().feedback
    return words.clue_talk_primary if age_of(audience).primary else words.clue_talk_secondary


def feedback_slides(beat: Beat, room: StreamScreen | None) -> list[Slide]:
    """After the task: its answer shown on the task itself (the clues circled, the timeline
    of how it escalated, or the sort's cards each with its answer), the points pupils check
    their own work against in the notes; a reply to write, its points on the slide."""
    cycle, task, label = beat.cycle, beat.cycle.task, beat.label
    slides: list[Slide] = []
    # The answers once, on the first feedback slide, where they are given (a trainer found
    # the same sort answers in three slides' notes running); with them, for readers, the
    # points they check their work against, said while the answer is on screen.
    def key() -> str:
        if slides:
            return ""
        return join_notes(_check_points(cycle) if beat.readers else "", task_key(cycle))
    if room is not None:
        sc = cycle.scenario
        whose = sc.called if sc else room.streamer
        slides.append(Slide(
            f"Clues circled: {whose}'s stream", kicker=f"{label} · Feedback",
            payload=TaskSlide((), task.minutes, scene=room, circled=True, show_steps=False),
            notes=join_notes(_clue_talk(beat.audience), key())))
    stages = _stages(cycle)
    if beat.readers and stages:
        slides += _timeline_slides(beat, stages, key())
    if not beat.readers or slides:
        # A written self-check is for readers; for non-readers the feedback is said aloud.
        # Where the answer is on screen already (circled, a timeline) a list after it
        # repeated it, and every task's feedback read as a form.
        return slides
    title = f"Check your work: {task.title}"
    if task.sort is not None:
        shown = task_slide(task, beat.readers, beat.library)
        verdicts = tuple(replace(card, verdict=item.answer)
                         for card, item in zip(shown.cards, task.sort.items, strict=True))
        slides.append(Slide(
            title, kicker=f"{label} · Feedback",
            # The sort's own cards, numbered as on the task, each with its answer: pupils
            # check their sort against the cards they sorted, not against a list.
            payload=replace(shown, cards=verdicts, steps=(), show_steps=False),
            notes=key()))
        return slides
    slides.append(Slide(
        title, kicker=f"{label} · Feedback",
        # Numbered rows across the whole width: a clipboard beside them repeated the
        # same icon on every self-check and took a quarter of the slide from the words.
        payload=ChecklistSlide(tuple(cycle.feedback)),
        notes=join_notes(CHECK_LEAD + ".", task_key(cycle))))
    return slides


CHECK_LEAD = "Pupils check and improve their own work against these points"


def _check_points(cycle: LearningCycle) -> str:
    """The self-check's points as the notes say them, with the answer on screen."""
    return f"{CHECK_LEAD}: " + " ".join(_sentence(p) for p in cycle.feedback)


def _sentence(point: str) -> str:
    return point if point.endswith((".", "!", "?")) else point + "."


def _timeline_slides(beat: Beat, stages: tuple[Stage, ...], key: str) -> list[Slide]:
    """The timeline on one slide; on a template with no room for every stage's steps at a
    readable size (a 4:3 deck in a wide serif face), its first stages on one slide and the
    rest on the next, each slide's notes walking along its own part."""
    # "This time": the lesson teaches that signs come in any order, so the one story's
    # order is named as one story's: a tidy timeline read as the rule.
    title = f"How it escalated this time: {after_colon(beat.cycle.task.title)}"
    kicker = f"{beat.label} · Feedback"
    words = safeguarding_words().feedback
    if title not in beat.split or len(stages) < 2:
        return [Slide(title, kicker=kicker, payload=TimelineSlide(stages),
                      notes=join_notes(words.timeline, key))]
    half = (len(stages) + 1) // 2
    parts = (stages[:half], stages[half:])
    notes = (join_notes(words.timeline_split, key),
             "The timeline goes on: " + ", ".join(s.name for s in parts[1]) + ". "
             + words.timeline_goes_on)
    return [Slide(slide_runs.continued(title, n, 2, 1), kicker=kicker,
                  payload=TimelineSlide(part), notes=note)
            for n, (part, note) in enumerate(zip(parts, notes, strict=True))]


def after_colon(title: str) -> str:
    """A title continued after a colon: its first letter lower case ("Warning-sign sort" ->
    "warning-sign sort"), but never a name's or an initialism's ("Mei's clues", "DMs that
    escalate"), and never the rest of the title (names inside it keep their capitals)."""
    first = title.split(" ", 1)[0]
    if len(first) > 1 and (first[1].isupper() or first.endswith(("'s", "’s"))):
        return title
    return title[:1].lower() + title[1:]


# The timeline's stages of an escalating contact (trust, going private, threats): a sort
# with this many columns is drawn as one, each with its help (content's ``stage_help``).
STAGES = 3


def _stages(cycle: LearningCycle) -> tuple[Stage, ...]:
    """A story sorted into the stages of an escalating contact (a sort that says it is a
    timeline, or one in story order, with three stages): the stages in order, each with its
    cards, for a timeline."""
    sort = cycle.task.sort
    if (sort is None or len(sort.columns) != STAGES
            or not (sort.ordered or sort.timeline)):
        return ()
    def cards(column: str) -> tuple[int, ...]:
        # The numbers the sort slide gives these cards: their places in the content's list.
        return tuple(n for n, i in enumerate(sort.items, 1) if i.answer == column)

    return tuple(Stage(column, tuple(i.text for i in sort.items if i.answer == column), help_,
                       cards(column))
                 for column, help_ in zip(sort.columns,
                                          safeguarding_words().feedback.stage_help(),
                                          strict=True))
