"""The parents' workshop step by step, in the lesson plans' step table (plan/lesson_steps): a
title row for the welcome and for each Part (its minutes and slides), then a row per timed
step, its time on the session's clock and what the facilitator says and does, the words said
aloud set apart. Seven pages of paragraphs under run-in labels were hard to follow live: a
facilitator finds the step they are on by its time, and reads out the tinted lines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lessonpack.content.model import WELCOME_MINUTES, ParentSession, WorkshopSection
from lessonpack.content.step_minutes import minutes_word
from lessonpack.plan import notes_script, session_sheet
from lessonpack.plan.lesson_steps import END_OF_TEACHING, HEADER, finish, stage, with_story
from lessonpack.plan.model import Paragraph, StepLine, StepRow, StepStage, StepTable

CAPTION = "The session, step by step"
# Where the facilitator reads a table talk's story from.
STORY_ON_SLIDE = "{who}'s story, from the slide."

# A step named with its minutes in another form than "Name (4 min):", read as a step of its
# own with them: "Younger children (2 min). Say: …", "Family agreement (4 min, at tables): …",
# "Ice-breaker (two minutes, in pairs): …" (the extra words lead its text: "At tables. …").
_NAMED_STEP = re.compile(r"^(?P<name>[A-Z][^\n(:.]{0,40}?)\s*\((?P<n>\d+|[a-z]+) min(?:ute)?s?"
                         r"(?:, (?P<how>[^()]+))?\)(?P<end>[.:])\s+(?P<text>.+)$", re.DOTALL)
# Step names as the narrow time column holds them ("Table discussion" broke mid-word).
_SHORT = {"Table discussion": "Tables", "Teenagers": "Teens", "Signposting": "Where to get help"}
# The longest word the time column holds in bold on a line ("Confidence" broke after its
# "e"): a point whose label has a longer one stays a bold lead-in in the row before.
_NAME_WORD = 9
# The paragraphs said while tables work begin with one of these: the story and the table
# questions go at the top of the first, where the facilitator turns to the tables.
_AT_TABLES = ("tables", "table discussion", "family agreement", "activity")


def _steps_of(notes: str) -> list[Paragraph]:
    """A part's notes as script paragraphs, each step's minutes in its label."""
    out = []
    for line in (x.strip() for x in notes.split("\n")):
        out.append(_named(line))
    return notes_script.script("\n".join(out))


def _named(line: str) -> str:
    """``line`` as "Name (N min): text" where it names a step with its minutes otherwise."""
    found = _NAMED_STEP.match(line)
    minutes = minutes_word(found["n"]) if found else None
    if found is None or minutes is None:
        return line
    name = _SHORT.get(found["name"], found["name"])
    text = found["text"]
    how = f"{found['how'][:1].upper()}{found['how'][1:]}. " if found["how"] else ""
    return f"{name} ({minutes} min): {how}{text[:1].upper() if how else text[:1]}{text[1:]}"


def _clock(rows: list[tuple[str, str, list[StepLine]]], start: int, minutes: int) -> None:
    """The rows' times on the session's clock from ``start``. A part that opens without
    minutes ("Start with the positives: …") gives that first step the minutes its timed
    steps leave, so every row has a time and the part ends when the running order says."""
    spans = []
    for time, _, _ in rows:
        found = re.fullmatch(r"(\d+)–(\d+)", time)
        spans.append(int(found[2]) - int(found[1]) if found else None)
    left = max(minutes - sum(m for m in spans if m), 0)
    clock = start
    for i, (_, name, lines) in enumerate(rows):
        span = spans[i]
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


# Lines that stay in their step's row: what is read out and asked there.
_IN_ROW = ("Read aloud", "Table questions")
def _a_row_per_point(made: StepStage) -> StepStage:
    """Each labelled point of a step ("What children do:", "Money:", "Model answer:") in a row
    of its own, named by its label in the time column under the step's time: the column
    reads as the Part's index, and rows of a few lines let a page turn between points (a
    step held whole ran to twenty lines and left a quarter of a page empty before it)."""
    rows: list[StepRow] = []
    for row in made.rows:
        lines: list[StepLine] = []
        name, time = row.step, row.time
        for line in row.lines:
            if line.kind == "do" and lines and _own_row(line.label):
                rows.append(StepRow(time, name, tuple(lines)))
                name, time, lines = _SHORT.get(line.label[:-1], line.label[:-1]), "", []
                line = StepLine(_sentence(line.text), line.kind)
            lines.append(line)
        rows.append(StepRow(time, name, tuple(lines)))
    return StepStage(made.title, tuple(rows), made.note)


def _own_row(label: str) -> bool:
    """Whether a point under ``label`` ("Money:") is a row of its own: not what is read out
    or asked in its step, and a name the time column holds."""
    name = _SHORT.get(label[:-1], label[:-1])
    return label.endswith(":") and not label.startswith(_IN_ROW) \
        and all(len(word) <= _NAME_WORD for word in re.split(r"[ -]", name))


def _sentence(text: str) -> str:
    """``text`` with a capital, as a row's first words, unless it opens on a username
    ("artfan_jess shows praise")."""
    first = text.split(" ", 1)[0]
    return text if "_" in first else f"{text[:1].upper()}{text[1:]}"


def _script(section: WorkshopSection) -> list[Paragraph]:
    """The part's full script, where it has no cues: its notes, then each chart's."""
    return [*_steps_of(section.notes),
            *(p for chart in section.charts if chart.notes for p in _steps_of(chart.notes))]


def _part(n: int, section: WorkshopSection, start: int, slides: str,
          extra: Sequence[Paragraph]) -> StepStage:
    """Part ``n``: its cues (else its script), the story read aloud in the step that reads
    it, then the table questions; ``extra`` ends it (the spare slides)."""
    script = [*(_steps_of(section.cues) if section.cues else _script(section)), *extra]
    where = f" · {session_sheet.slides_label(slides)}" if slides else ""
    made = stage(f"{n}. {section.title} · {section.minutes} min{where}", script, start)
    rows = made[1].rows
    _clock(rows, start, section.minutes)
    if section.scenario is not None:
        # The story is on the table-talk slide, read from there: whole here too, it was
        # the longest block of each table talk and pushed the steps onto another page.
        who = section.scenario.character
        with_story(made[1], StepLine(STORY_ON_SLIDE.format(who=who), "say",
                                     f"Read aloud ({who}):"))
    _with_tables(rows, section.discussion)
    return _a_row_per_point(finish(made))


def step_table(session: ParentSession, welcome: str, slides: Sequence[str],
               opening: str, last: Sequence[Paragraph] = ()) -> StepTable:
    """The session's steps: the welcome (said on the ground-rules slide), then each Part,
    the Part's ``slides`` as page one's running order gives them; ``last`` ends the last
    Part. The mark under the last step names the last page to print."""
    where = f" · {session_sheet.slides_label(opening)}" if opening else ""
    stages = [finish(stage(f"Welcome · {WELCOME_MINUTES} min{where}", notes_script.script(welcome),
                           0))]
    start = WELCOME_MINUTES
    for n, section in enumerate(session.sections, 1):
        more = last if n == len(session.sections) else ()
        stages.append(_part(n, section, start, slides[n - 1] if slides else "", more))
        start += section.minutes
    return StepTable(HEADER, tuple(stages), end_line=END_OF_TEACHING, caption=CAPTION)
