"""A learning cycle's task on screen: its steps, cards, questions or message, one slide or two."""

from __future__ import annotations

import re
from dataclasses import replace

from lessonpack.content.model import LearningCycle, SortItem, Task
from lessonpack.content.picture_library import Picture, PictureLibrary
from lessonpack.content.wording import MESSAGE
from lessonpack.kinds.payloads import StreamScreen
from lessonpack.kinds.task import Message, TaskCard, TaskSlide
from lessonpack.plan import pictures as pics
from lessonpack.plan import running_clock
from lessonpack.plan.ages import age_of
from lessonpack.plan.cycle_steps import cycle_steps
from lessonpack.plan.deck.beat import Beat
from lessonpack.plan.model import Slide
from lessonpack.plan.notes import join_notes
from lessonpack.plan.picture_sheet import place_labels
from lessonpack.plan.worksheet.route import sorted_question


def task_slides(beat: Beat, room: StreamScreen | None) -> list[Slide]:
    """The task: when the stream holds clues, the stream close up first (the cards ask
    about "the frame on the wall": a task shown before the picture it asks about had
    pupils guessing); then its steps and cards on one slide, or on two when the cards
    are too many to sit beside the steps."""
    cycle, task, readers = beat.cycle, beat.cycle.task, beat.readers
    slides = []
    # Readers' answers are given on the first feedback slide (plan/deck/feedback.py); a
    # class that cannot read yet has no feedback slides, so its key stays with the task.
    key = FEEDBACK_HAS_KEY if readers else task_key(cycle)
    # The task's minutes are said once, on its first slide: by the notes' "Task (6 min)" step
    # (plan/deck/cycle.py puts it there) or, with no such step, by "This slide"; every later
    # slide of the task says it continues (a 6-min task on two slides read as 12 minutes).
    timing = [] if _task_step(cycle) else [f"This slide: {running_clock.minutes(task.minutes)}."]
    if room is not None:
        slides.append(_close_up(beat, room, timing))
        timing = [_continues(task)]
    shown = task_slide(task, readers, beat.library)
    crowded = _crowded(shown)
    if crowded and beat.sheet_sort and age_of(beat.audience).secondary:
        # 11-16s sort on their sheet, which prints the steps: the sort alone, its steps
        # said (a slide of steps and a timer before it made the hour's deck too long).
        slides.append(_sort_alone(beat, shown, timing, key))
    elif crowded or (task.title in beat.split and _material(shown)):
        slides += _steps_then_material(beat, shown, timing, key, crowded)
    elif _follow_up(shown):
        # A message to reply to with a question after it: the timer, the steps and the
        # message, then the question on a slide of its own (four things to read on one
        # slide: the timer, the steps, the chat and a "Then answer" box).
        slides += _reply_then_question(beat, shown, timing, key)
    else:
        slides.append(_one_slide(beat, shown, timing, key))
    if room is not None:  # on the slide left up while pupils work
        slides[-1] = replace(slides[-1], notes=join_notes(slides[-1].notes, BACK_TO_CLOSE_UP))
    return slides


def _steps_then_material(beat: Beat, shown: TaskSlide, timing: list[str], key: str,
                         crowded: bool) -> list[Slide]:
    """The steps first, then the material (cards, a sort, a message) on a slide of its own."""
    task = beat.cycle.task
    # Many long cards do not fit beside the steps at a readable size, or a template has
    # no room for the steps beside the material (a 4:3 deck in a wide serif face): the
    # steps first, then the material on a slide of its own.
    what = _material(shown) if not crowded else "the cards"
    if beat.sheet_sort and what == "the cards":
        # No cards in a class sorting on its sheet: "Leave the cards up" had a Year 6
        # teacher look for cards the pack never printed.
        what = "the sort"
    heading, next_note = _next_slide(what, beat.sheet_sort)
    first = replace(shown, columns=(), cards=()) if crowded else replace(
        shown, columns=(), cards=(), message=None, questions=(), story="")
    steps = Slide(
        task.title, kicker="Your turn", payload=first,
        # Where the pupils work (sheet or cards) is the task step's to say: a class
        # year may sort cards and use no sheet.
        notes=join_notes(*timing, next_note))
    material = Slide(
        _material_title(task.title, heading), kicker="Your turn",
        payload=replace(shown, show_steps=False),
        notes=join_notes(_continues(task),
                         f"Leave {what} up while pupils work.", key))
    return [steps, material]


# On a task slide after its stream's close-up: the cards ask about things in the picture.
BACK_TO_CLOSE_UP = ("The close-up of the stream is the slide before: go back to it "
                    "whenever pupils want to look again.")


def _close_up(beat: Beat, room: StreamScreen, timing: list[str]) -> Slide:
    """The stream close up, before the task that asks about it: pupils look at the room
    first, then read cards that say where to look ("The frame on the wall"). ``timing``:
    the task's minutes, said here when no step of the notes says them."""
    # Whose stream, by the name the story calls them (the room is drawn from the story).
    sc, task = beat.cycle.scenario, beat.cycle.task
    name = sc.called if sc else room.streamer
    return Slide(
        f"{name}'s stream, close up", kicker=f"{beat.label} · Look closely",
        payload=TaskSlide((), task.minutes, scene=room, show_steps=False),
        notes=join_notes(*timing,
                         "Give pupils a minute with the picture before the task: what "
                         f"each {'row' if beat.sheet_sort else 'card'} or question asks "
                         "about is in it. Do not point anything out yet: finding the "
                         "clues is the task."))


def _one_slide(beat: Beat, shown: TaskSlide, timing: list[str], key: str) -> Slide:
    """The task on one slide, its steps said in the notes."""
    cycle, task = beat.cycle, beat.cycle.task
    return Slide(
        task.title, kicker="Your turn",
        payload=shown,
        notes=join_notes(*timing,
                         _where_pupils_work(beat),
                         # Said aloud where the slide has no room to show them.
                         "Steps: " + " ".join(f"{n}. {step}" for n, step
                                              in enumerate(task.instructions, 1)),
                         key,
                         # Non-readers' success criteria are what a child does
                         # ("they hold up red for…"), one sentence for the teacher.
                         "" if beat.readers else "Children succeed when "
                         + "; ".join(f.rstrip(".") for f in cycle.feedback) + "."))


def _sort_alone(beat: Beat, shown: TaskSlide, timing: list[str], key: str) -> Slide:
    """A sort on the pupils' sheet as one slide, its rows as the sheet has them; the steps,
    printed on the sheet, said from the notes."""
    task = beat.cycle.task
    heading, _note = _next_slide("the sort", True)
    return Slide(
        # The minutes in the kicker: the sort alone has no timer tile.
        _material_title(task.title, heading),
        kicker=f"Your turn · {running_clock.minutes(task.minutes)}",
        payload=replace(shown, show_steps=False),
        notes=join_notes(*timing, _where_pupils_work(beat),
                         "Say the steps (they are on the sheet too): " + " ".join(
                             f"{n}. {step}" for n, step in enumerate(task.instructions, 1)),
                         "Leave the sort up while pupils work.", key))


def _follow_up(shown: TaskSlide) -> bool:
    """A reply to write with a question after it, for readers (its steps shown)."""
    return (shown.show_steps and shown.message is not None and bool(shown.questions)
            and not shown.cards)


def _reply_then_question(beat: Beat, shown: TaskSlide, timing: list[str], key: str
                         ) -> list[Slide]:
    """The reply's slide (timer, steps, message) and its follow-up question's."""
    task = beat.cycle.task
    asked = len(shown.questions)
    return [
        Slide(task.title, kicker="Your turn", payload=replace(shown, questions=()),
              notes=join_notes(*timing, _where_pupils_work(beat),
                               f"Then the {'question' if asked == 1 else 'questions'} on "
                               "the next slide, once replies are written.")),
        Slide(f"{task.title}: {'one more question' if asked == 1 else 'more questions'}",
              kicker="Your turn",
              payload=_follow_up_payload(beat, shown),
              notes=join_notes(_continues(task), key)),
    ]


def _follow_up_payload(beat: Beat, shown: TaskSlide) -> TaskSlide:
    """The follow-up question's slide: a question that opens with a message (Nia's) shown
    as a message, as the reply's slide shows Ravi's, the question under it; else the
    question with a question mark at its left, as the goal's picture (the question alone
    in the wide area read as the half-empty panel it replaced)."""
    found = MESSAGE.match(shown.questions[0]) if len(shown.questions) == 1 else None
    if found is not None:
        return replace(shown, message=Message(found["who"].strip(), found["text"].strip()),
                       questions=(found["rest"],) if found["rest"] else (), show_steps=False,
                       picture=None)
    return replace(shown, message=None, show_steps=False,
                   picture=pics.get(beat.library, "question",
                                    "A question mark: one more question"))


def _where_pupils_work(beat: Beat) -> str:
    """Where pupils do the task, for the teacher: a sort for children who cannot read is
    played with cards held up (its sheet is coloured later); a class whose own sheet keeps
    some Parts only (a Year 4 sheet: content/routes.SheetRoute) sorts on cards, and its
    sheet has that Part's story or nothing of it."""
    sorts = beat.cycle.task.sort is not None
    if sorts and not beat.readers:
        return "Pupils hold up their cards; no sheet yet."
    if beat.on_sheet and beat.n not in beat.on_sheet:
        return ("Pupils sort on the cards; this Part is not on their sheet." if sorts
                else "This Part is not on the pupils' sheet: they answer aloud.")
    if beat.on_sheet and sorts:
        # The sheet keeps the Part's written question and its lines: said here, so the notes
        # and the sheet agree on what pupils write, and when.
        # The question named in the sheet's words: "its last question" was read as the
        # sheet's last question (the quiz), not the Part's.
        if any(p.lines for p in beat.cycle.task.prompts):
            story = beat.cycle.scenario.question if beat.cycle.scenario else ""
            return (f"Pupils sort on the cards (no writing). In the Ask minute, they write "
                    f"under Part {beat.n} on the sheet: "
                    f'"{sorted_question(beat.cycle, story)}"')
        return "Pupils sort on the cards; the sheet has the story only."
    return "Pupils use the worksheet."


def _task_step(cycle: LearningCycle) -> bool:
    """Whether the cycle's notes time the task in a step of their own ("Task (6 min): …")."""
    steps = cycle_steps(cycle.notes, cycle.scenario is not None)
    return steps is not None and any("task" in p.places[:1] for p in steps.paragraphs)


def _continues(task: Task) -> str:
    """A later slide of one task: its minutes are the task's, not more."""
    return f"Time: the same {task.minutes}-min task continues (no extra time)."


FEEDBACK_HAS_KEY = ("Answers: in the first feedback slide's notes (and the teacher notes' "
                    "answer key).")


def _card_picture(item: SortItem, library: PictureLibrary | None) -> Picture | None:
    """A sort card's picture: the one content names for it (``picture:`` on the item), else
    one found from its words."""
    if item.picture:
        return pics.get(library, item.picture, item.text)
    return pics.card_picture(library, item.text)


def task_slide(task: Task, readers: bool, library: PictureLibrary | None) -> TaskSlide:
    """The task's material on screen: the cards to sort (with pictures and lights for
    children who cannot read), else its questions, a message to reply to as a message."""
    questions: list[str] = []
    message = None
    for prompt in task.prompts:
        # Marked in content (``message: true``, checked by the model), never guessed.
        found = MESSAGE.match(prompt.text) if prompt.message else None
        if found and message is None:
            message = Message(found["who"].strip(), found["text"].strip())
            if found["rest"]:
                questions.append(found["rest"])
        else:
            questions.append(prompt.text)
    sort = task.sort
    cards: tuple[TaskCard, ...] = ()
    columns: tuple[tuple[str, Picture | None], ...] = ()
    if sort is not None:
        columns = tuple((c, pics.light(library, c)) for c in sort.columns)
        cards = tuple(TaskCard(i.text, None if readers else _card_picture(i, library))
                      for i in sort.items)
        if any(c.picture is None for c in cards):
            cards = tuple(replace(c, picture=None) for c in cards)
    steps, asked = tuple(task.instructions), tuple(questions)
    if sort is None and readers:
        steps, asked = one_list(steps, asked, alone=message is None)
    return TaskSlide(
        steps, task.minutes, columns, cards,
        () if sort is not None else asked, message,
        pics.get(library, task.picture) if task.picture and not readers and sort is None
        else None,
        show_steps=readers,
        clock=pics.get(library, "alarm-clock", f"A clock: {task.minutes} minutes"),
        slots=() if readers or sort is not None else _slots(task, library))

_STOP = frozenset({"the", "and", "with", "your", "for", "each", "one", "two", "that", "what",
                   "his", "her", "him", "you", "its", "are", "can", "then", "who", "how",
                   "before"})
# A step that only says to answer the questions shown ("answer the two questions").
_ANSWER_THEM = re.compile(r"[^.]*\banswer the (?:\w+ )?questions\b[^.]*\.\s*", re.I)


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z_']+", text.lower()) if len(w) > 2 and w not in _STOP}


def _covers(wider: str, narrower: str) -> bool:
    """Most of ``narrower``'s words are in ``wider``: it says the same thing again."""
    words = _words(narrower)
    return bool(words) and len(words & _words(wider)) >= 0.6 * len(words)


def one_list(steps: tuple[str, ...], questions: tuple[str, ...], alone: bool
             ) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The task's steps and questions said once each (a timer sidebar listed
    the steps and the cards beside it said two of them again). ``alone``: nothing else is
    shown (no message), so the questions join the steps as one numbered list, each in the
    place of the step it restates (or of "answer the questions"). Else a question a step
    already says is dropped and a step a question says is dropped."""
    if not questions:
        return steps, questions
    if not alone:
        kept_q = tuple(q for q in questions if not any(_covers(s, q) for s in steps))
        kept_s = tuple(s for s in steps if not any(_covers(q, s) for q in kept_q))
        return kept_s, kept_q
    merged: list[str] = []
    left = list(questions)
    tail: list[str] = []
    for step in steps:
        match = next((q for q in left if _covers(q, step)), None)
        if match is not None:
            merged.append(match)
            left.remove(match)
        elif _ANSWER_THEM.search(step):
            merged += left
            left = []
            rest = _ANSWER_THEM.sub("", step).strip()
            if rest:
                tail.append(rest)
        else:
            merged.append(step)
    if tail and merged:  # "Write about Kai, not about yourself": said as they start
        merged[0] = f"{merged[0]} {' '.join(tail)}"
    return tuple(merged + left), ()


def _slots(task: Task, library: PictureLibrary | None
          ) -> tuple[tuple[str, Picture | None], ...]:
    """Where the steps ask a child to draw someone ("one grown-up at home and one at
    school"): a frame each on the slide, with the place's picture, in the steps' order."""
    # The worksheet's hand frame has the same places under it (picture_sheet).
    return tuple((label, pics.get(library, place, label)) for place, label in place_labels(task))


# Characters of card text that still fit beside the task's steps at a size read from the
# back of a classroom (about 24 pt; 330 fitted only at 18-19 pt, too small to model the
# task from): more, and the cards get a slide of their own, the whole width.
BESIDE_STEPS = 200


def _next_slide(what: str, sheet_sort: bool) -> tuple[str, str]:
    """The material slide's heading and the note before it ("the cards", "The cards are on
    the next slide."). A class sorting on its worksheet has no cards to hold: its heading
    says where to sort ("on your sheet")."""
    note = f"{what[:1].upper()}{what[1:]} {'are' if what.endswith('s') else 'is'} on the next slide"
    if sheet_sort and what == "the sort":
        return "on your sheet", f"{note}, row for row as on the sheet: pupils tick it there."
    return what, f"{note}."


def _material_title(title: str, heading: str) -> str:
    """"Comment sort: the cards"; "Blaming, dismissing or supportive? The cards", never
    "supportive?: the cards"."""
    if title.endswith(("?", "!")):
        return f"{title} {heading[:1].upper()}{heading[1:]}"
    return f"{title}: {heading}"


def _material(task: TaskSlide) -> str:
    """What a task shows beside its steps, as its own slide's title names it ("" for
    nothing: steps alone never go over two slides)."""
    if task.cards:
        return "the cards"
    if task.message is not None:
        return "the message"
    if task.story:
        return "the story"
    return "the questions" if task.questions else ""


def _crowded(task: TaskSlide) -> bool:
    return task.show_steps and sum(len(c.text) for c in task.cards) > BESIDE_STEPS


def task_key(cycle: LearningCycle) -> str:
    task = cycle.task
    parts = []
    if task.sort:
        parts.append("Sort answers: " + "; ".join(f"“{i.text}” → {i.answer}"
                                                  for i in task.sort.items) + ".")
    for p in task.prompts:
        parts.append(f"Model answer to “{p.text}”: {p.model_answer}")
    return " ".join(parts)
