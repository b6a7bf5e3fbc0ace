"""The parents' workshop step by step, in the lesson plans' step table (plan/lesson_steps): a
title row for the welcome and for each Part (its minutes and slides), then a row per timed
step, its time on the session's clock and what the facilitator says and does, the words said
aloud set apart. Seven pages of paragraphs under run-in labels were hard to follow live: a
facilitator finds the step they are on by its time, and reads out the tinted lines.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from lessonpack.content.model import WELCOME_MINUTES, ParentSession, WorkshopSection
from lessonpack.content.parents_cues import Cue, CueKind, too_wide_name
from lessonpack.plan import notes_script
from lessonpack.plan.lesson_steps import END_OF_TEACHING, HEADER, finish, point_lines, stage
from lessonpack.plan.model import Paragraph, StepLine, StepRow, StepStage, StepTable
from lessonpack.plan.parents.script_steps import script_stage
from lessonpack.plan.slide_span import SlideSpan
from lessonpack.plan.step_lines import split_spoken

CAPTION = "The session, step by step"
# The steps give the key points and what to ask, to read beforehand and glance at in the
# room; the words to say in full are in the deck's speaker notes. Said in the header row,
# which every page of the steps repeats: a line of its own over the table was the line
# page two lacked to start the steps (the table went overleaf and left a fifth of the
# page empty).
SCRIPT_IN_SLIDES = "full script in the slides' notes"
SESSION_HEADER = (HEADER[0], f"{HEADER[1]} · {SCRIPT_IN_SLIDES}")
# Where the facilitator reads a table talk's story from.
STORY_ON_SLIDE = "{who}'s story, from the slide."



def _cue_lines(cue: Cue) -> list[StepLine]:
    """A step's words, then each point under it (a labelled one under its label)."""
    lines = list(split_spoken(cue.words))
    for point in cue.points:
        lines += point_lines(point.text, point.label or "")
    return lines


def _cue_stage(title: str, section: WorkshopSection, cues: Sequence[Cue], start: int,
               story: StepLine | None, extra: Sequence[Paragraph]) -> StepStage:
    """The Part from its cues, each step timed by its minutes (a note at the minute it is
    said): the story after the words of the step that reads it (else of the step where
    tables talk), then the table questions in the step where tables talk; ``extra`` ends
    the Part."""
    made = stage(title, (), start)
    rows, clock = made[1], start
    reads = next((c for c in cues if c.kind == CueKind.READ_ALOUD),
                 next((c for c in cues if c.kind == CueKind.AT_TABLES), None))
    for cue in cues:
        lines = _cue_lines(cue)
        said = len(split_spoken(cue.words))
        if story is not None and cue is reads:
            lines.insert(said, story)
            said += 1 if cue.kind == CueKind.AT_TABLES else 0
        if section.discussion and cue.kind == CueKind.AT_TABLES:
            lines.insert(said, StepLine("\n".join(section.discussion), "say",
                                        "Table questions:"))
        end = clock + (cue.minutes or 0)
        rows.rows.append((f"{clock}–{end}" if end > clock else str(clock), cue.label, lines))
        clock = end
    for p in extra:
        rows.add(p)
    return finish(made)


# Lines that stay in their step's row: what is read out and asked there.
_IN_ROW = ("Read aloud", "Table questions")
def _a_row_per_point(made: StepStage, names: Mapping[str, str]) -> StepStage:
    """Each labelled point of a step ("What children do:", "Money:", "Model answer:") in a row
    of its own, named by its label in the time column under the step's time (or by the
    name ``names`` gives its label, a point's ``short``): the column reads as the Part's
    index, and rows of a few lines let a page turn between points (a step held whole ran
    to twenty lines and left a quarter of a page empty before it)."""
    rows: list[StepRow] = []
    for row in made.rows:
        lines: list[StepLine] = []
        name, time = row.step, row.time
        for line in row.lines:
            if line.kind == "do" and lines and _own_row(line.label, names):
                rows.append(StepRow(time, name, tuple(lines)))
                name, time, lines = names.get(line.label, line.label[:-1]), "", []
                line = StepLine(_sentence(line.text), line.kind)
            lines.append(line)
        rows.append(StepRow(time, name, tuple(lines)))
    return StepStage(made.title, tuple(rows), made.note)


def _own_row(label: str, names: Mapping[str, str]) -> bool:
    """Whether a point under ``label`` ("Money:") is a row of its own: not what is read out
    or asked in its step, and a name the time column holds (its ``names`` entry, else the
    label; a longer word stays a bold lead-in in the row before)."""
    return label.endswith(":") and not label.startswith(_IN_ROW) \
        and not too_wide_name(names.get(label, label[:-1]))


def _sentence(text: str) -> str:
    """``text`` with a capital, as a row's first words, unless it opens on a username
    ("artfan_jess shows praise")."""
    first = text.split(" ", 1)[0]
    return text if "_" in first else f"{text[:1].upper()}{text[1:]}"


def _part(n: int, section: WorkshopSection, start: int, slides: SlideSpan | None,
          extra: Sequence[Paragraph]) -> StepStage:
    """Part ``n``: its cues (else its script), the story read aloud in the step that reads
    it, then the table questions; ``extra`` ends it (the spare slides)."""
    where = f" · {slides.label}" if slides is not None else ""
    title = f"{n}. {section.title} · {section.minutes} min{where}"
    story = None
    if section.scenario is not None:
        # The story is on the table-talk slide, read from there: whole here too, it was
        # the longest block of each table talk and pushed the steps onto another page.
        who = section.scenario.called
        story = StepLine(STORY_ON_SLIDE.format(who=who), "say", f"Read aloud ({who}):")
    if not section.cues:
        return _a_row_per_point(script_stage(title, section, start, story, extra), {})
    # A point's row is named by its short name where its label is too wide.
    names = {f"{p.label}:": p.row_name for c in section.cues for p in c.points if p.label}
    return _a_row_per_point(_cue_stage(title, section, section.cues, start, story, extra),
                            names)


def step_table(session: ParentSession, welcome: str, slides: Sequence[SlideSpan],
               opening: SlideSpan | None, last: Sequence[Paragraph] = ()) -> StepTable:
    """The session's steps: the welcome (said on the ground-rules slide), then each Part,
    the Part's ``slides`` as page one's running order gives them; ``last`` ends the last
    Part. The mark under the last step names the last page to print."""
    where = f" · {opening.label}" if opening is not None else ""
    stages = [finish(stage(f"Welcome · {WELCOME_MINUTES} min{where}", notes_script.script(welcome),
                           0))]
    start = WELCOME_MINUTES
    for n, section in enumerate(session.sections, 1):
        more = last if n == len(session.sections) else ()
        stages.append(_part(n, section, start, slides[n - 1] if slides else None, more))
        start += section.minutes
    return StepTable(SESSION_HEADER, tuple(stages), end_line=END_OF_TEACHING, caption=CAPTION)
