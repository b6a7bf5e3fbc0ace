"""A parents' workshop Part without cues, in the facilitator notes' step table: its speaker
notes' script (and its charts'), read as steps. The script is prose written for the deck, so
its steps are found by their labels ("Say (3 min):", "Ice-breaker (two minutes, in pairs):"),
the step where tables talk by its name; a Part with cues (content/parents_cues.py) says all
of this in fields, and plan/parents/session_steps.py reads those instead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lessonpack.content.model import WorkshopSection
from lessonpack.content.step_minutes import minutes_word
from lessonpack.plan import notes_script
from lessonpack.plan.lesson_steps import finish, stage, with_story
from lessonpack.plan.model import Paragraph, StepLine, StepStage

# A step named with its minutes in another form than "Name (4 min):", read as a step of its
# own with them: "Younger children (2 min). Say: …", "Family agreement (4 min, at tables): …",
# "Ice-breaker (two minutes, in pairs): …" (the extra words lead its text: "At tables. …").
_NAMED_STEP = re.compile(r"^(?P<name>[A-Z][^\n(:.]{0,40}?)\s*\((?P<n>\d+|[a-z]+) min(?:ute)?s?"
                         r"(?:, (?P<how>[^()]+))?\)(?P<end>[.:])\s+(?P<text>.+)$", re.DOTALL)
# Step names as the narrow time column holds them ("Table discussion" broke mid-word).
SHORT = {"Table discussion": "Tables", "Teenagers": "Teens", "Signposting": "Where to get help"}
# The paragraphs said while tables work begin with one of these: the story and the table
# questions go at the top of the first, where the facilitator turns to the tables.
_AT_TABLES = ("tables", "table discussion", "family agreement", "activity")


def _steps_of(notes: str) -> list[Paragraph]:
    """A script's paragraphs, each step's minutes in its label."""
    return notes_script.script("\n".join(_named(x.strip()) for x in notes.split("\n")))


def _named(line: str) -> str:
    """``line`` as "Name (N min): text" where it names a step with its minutes otherwise."""
    found = _NAMED_STEP.match(line)
    minutes = minutes_word(found["n"]) if found else None
    if found is None or minutes is None:
        return line
    name = SHORT.get(found["name"], found["name"])
    text = found["text"]
    how = f"{found['how'][:1].upper()}{found['how'][1:]}. " if found["how"] else ""
    return f"{name} ({minutes} min): {how}{text[:1].upper() if how else text[:1]}{text[1:]}"


def _clock(rows: list[tuple[str, str, list[StepLine]]], minutes: Sequence[int | None],
           start: int, length: int) -> None:
    """The rows' times on the session's clock from ``start``, from each row's ``minutes``. A
    part that opens without minutes ("Start with the positives: …") gives that first step
    the minutes its timed steps leave, so every row has a time and the part ends when the
    running order says."""
    left = max(length - sum(m for m in minutes if m), 0)
    clock = start
    for i, ((_, name, lines), span) in enumerate(zip(rows, minutes, strict=True)):
        if span is None:
            span, left = left, 0
        rows[i] = (f"{clock}–{clock + span}" if span else str(clock), name, lines)
        clock += span


def _with_tables(rows: list[tuple[str, str, list[StepLine]]], questions: Sequence[str]) -> None:
    """The table questions, on screen while tables talk, in the step that sets tables going
    (after its story), else in the part's last step."""
    if not questions or not rows:
        return
    line = StepLine("\n".join(questions), "say", "Table questions:")
    for _, name, lines in rows:
        if name.lower().startswith(_AT_TABLES):
            story = next((i for i, x in enumerate(lines) if x.label.startswith("Read aloud")),
                         None)
            lines.insert(story + 1 if story is not None else min(1, len(lines)), line)
            return
    rows[-1][2].append(line)


def script_stage(title: str, section: WorkshopSection, start: int, story: StepLine | None,
                 extra: Sequence[Paragraph]) -> StepStage:
    """The Part from its notes and its charts' notes, ``extra`` after them: the story in the
    step that names one, the table questions where tables talk."""
    script = [*_steps_of(section.notes),
              *(p for chart in section.charts if chart.notes for p in _steps_of(chart.notes)),
              *extra]
    made = stage(title, script, start)
    rows = made[1]
    _clock(rows.rows, rows.minutes, start, section.minutes)
    if story is not None:
        with_story(rows, story)
    _with_tables(rows.rows, section.discussion)
    return finish(made)
