"""The lesson plan's step by step: one table that follows the running sheet, a row per timed
step (its time and name | what you say and do), each stage under a title row with its slides.

The steps were paragraphs under run-in labels from page four or five, behind the plan's
preparation; a teacher wants them straight after the one-page overview, the time of each
step on the lesson's clock and the words to say aloud set apart (plan/step_lines.py).
Notes without minutes ("Watch for:", "If asked:") belong to the step before them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lessonpack.content.model import LearningCycle, Lesson
from lessonpack.content.safeguarding_words import safeguarding_words
from lessonpack.content.steps import MINUTES
from lessonpack.plan import plan_crib
from lessonpack.plan.model import Paragraph, StepLine, StepRow, StepStage, StepTable
from lessonpack.plan.step_lines import split_spoken

HEADER = ("Time", "What you say and do")
# The heading that follows page one's overview (the "Fill in first" box goes above it).
GROUND_RULES = "Ground rules"
DISCLOSES = "If a child discloses"  # the plan's disclosure box, under the ground rules
# The mark under the last step's time, over a rule across the table's foot: where a teacher
# prints to, to teach from. Page one names it rather than a page number: the page is known
# only where the plan is laid out, and the old estimate of it was a page long in six of
# eleven plans as LibreOffice lays them out. Said as what to do: "Last page" in a small
# label read as a page's name.
END_OF_TEACHING = "Print to here"

# A timed step whose name is longer than a script label's ("Ground rules, goal and key words
# (4 min): …"): notes_script.script leaves it unlabelled.
_TIMED = re.compile(r"^([^:()]{2,60}" + MINUTES.pattern + r":)\s+(?P<text>.+)$",
                    re.DOTALL)


def _label_minutes(label: str) -> tuple[str, int | None]:
    """"Welcome (2 min):" -> ("Welcome", 2); "Watch for:" -> ("Watch for", None)."""
    name = label.rstrip(":").strip()
    found = MINUTES.search(name)
    if found is None:
        return name, None
    return (name[:found.start()] + name[found.end():]).strip(), int(found[1])


class _Rows:
    """Rows built from a stage's script paragraphs, the clock running from ``start``."""

    def __init__(self, start: int, labels: bool = False) -> None:
        self.clock = start
        # A lesson plan's: each labelled instruction on a line of its own (split_spoken).
        self.labels = labels
        self.rows: list[tuple[str, str, list[StepLine]]] = []
        # Each row's minutes as its label gave them (None: none), for a clock run again.
        self.minutes: list[int | None] = []

    def add(self, p: Paragraph) -> None:
        timed = None if p.label else _TIMED.match(p.text)
        if timed:
            p = Paragraph(timed["text"], label=timed[1])
        name, minutes = _label_minutes(p.label)
        if name.lower().startswith("after the lesson"):
            # After the bell, for whoever stays: a row of its own, off the clock.
            self.rows.append(("After", "After the lesson",
                              list(split_spoken(p.text, labels=self.labels))))
            self.minutes.append(None)
            return
        if minutes is None and self.rows:
            # "Watch for:", "If asked:", a line without a label: the step before's.
            self.rows[-1][2].extend(point_lines(p.text, name, labels=self.labels))
            return
        lines = list(split_spoken(p.text, labels=self.labels))
        time = f"{self.clock}–{self.clock + minutes}" if minutes is not None else ""
        self.clock += minutes or 0
        self.minutes.append(minutes)
        self.rows.append((time, name or "Note", lines))

    def attach(self, lines: Sequence[StepLine], *names: str) -> None:
        """``lines`` added to the first row whose step starts with one of ``names`` (in
        the order given), else to the last timed row."""
        for name in names:
            row = next((r for r in self.rows if r[1].lower().startswith(name)), None)
            if row is not None:
                row[2].extend(lines)
                return
        timed = [r for r in self.rows if r[0] and r[0] != "After"] or self.rows
        timed[-1][2].extend(lines)

    def done(self) -> tuple[StepRow, ...]:
        return tuple(StepRow(t, s, _capitalised(tuple(x for x in lines if x.text or x.label)))
                     for t, s, lines in self.rows)


def point_lines(text: str, label: str = "", *, labels: bool = False) -> list[StepLine]:
    """A point under a step ("Watch for: …") as its lines, the first under ``label``
    (``labels``: split_spoken's)."""
    lines = list(split_spoken(text, labels=labels))
    if lines and label:
        lines[0] = StepLine(lines[0].text, lines[0].kind, lines[0].label or f"{label}:")
    elif label and not lines:
        lines = [StepLine("", label=f"{label}:")]
    return lines


def _capitalised(lines: tuple[StepLine, ...]) -> tuple[StepLine, ...]:
    """A row's first words as a sentence's ("Say the age rules", not "say the age rules"
    as they followed "Explain (3 min):")."""
    if not lines or lines[0].label or not lines[0].text:
        return lines
    first = lines[0]
    return (StepLine(first.text[:1].upper() + first.text[1:], first.kind), *lines[1:])


def _with_story(rows: _Rows, cycle: LearningCycle, before: LearningCycle | None) -> None:
    """The story, read aloud, in the step that reads it (the first naming a story), after
    the line that says so; else at the top of the part."""
    if cycle.scenario is None:
        return
    with_story(rows, StepLine(cycle.scenario.read_aloud, "say",
                              f"Read aloud ({_whose(cycle, before)}):"))


def _whose(cycle: LearningCycle, before: LearningCycle | None) -> str:
    """Whose story the row reads: "Kai's ending, then Sami" where the last Part's ending
    comes first. Labelled with the new character alone, a teacher scanning the plan
    mid-lesson took the row for the start of Sami's story and skipped Kai's ending."""
    assert cycle.scenario is not None
    who = cycle.scenario.character
    if cycle.scenario.ending_before and before is not None and before.scenario is not None:
        return f"{before.scenario.character}'s ending, then {who}"
    return who


def with_story(rows: _Rows, story: StepLine) -> None:
    """``story`` in the step that reads it (the first naming a story), after the line that
    says so; else after what the stage opens with."""
    for _, step, lines in rows.rows:
        at = next((i for i, x in enumerate(lines) if "story" in x.text.lower()), None)
        if at is not None or "story" in step.lower():
            lines.insert((at + 1) if at is not None else 0, story)
            return
    if rows.rows:  # after what the part opens with ("Show the first one")
        rows.rows[0][2].insert(min(1, len(rows.rows[0][2])), story)


def stage(title: str, script: Sequence[Paragraph], start: int, *,
          note: str = "", labels: bool = False) -> tuple[StepStage, _Rows]:
    """A stage's rows from its script paragraphs (the caller may attach more before
    ``StepStage`` is final: see ``finish``); ``labels``: a lesson's (split_spoken)."""
    rows = _Rows(start, labels)
    for p in script:
        rows.add(p)
    return StepStage(title, (), note), rows


def finish(made: tuple[StepStage, _Rows]) -> StepStage:
    head, rows = made
    return StepStage(head.title, rows.done(), head.note)


def cycle_stage(lesson: Lesson, n: int, script: Sequence[Paragraph], start: int,
                slides: str) -> StepStage:
    """A part: its steps, the story in the step that reads it, and (for children who cannot
    read yet) the task's words, said to them, in the task's step. Readers have those words
    on their sheet and the slide; the step's own note says what the teacher does."""
    cycle = lesson.cycles[n - 1]
    made = stage(f"{n}. {cycle.title} · {cycle.minutes} min{slides}", script, start, labels=True,
                 note=cycle.outcome)
    _with_story(made[1], cycle, lesson.cycles[n - 2] if n > 1 else None)
    _with_second_check(made[1], cycle)
    task = cycle.task
    if not lesson.readers:
        made[1].attach([StepLine(" ".join(task.instructions),
                                 label=f"Pupils ({task.title}, {task.minutes} min):")], "task")
    return finish(made)


# A check step that runs its second question only when time allows: that question has no
# answer slide, so its answer is said from the plan.
_SECOND_IF_TIME = re.compile(r"\bsecond only if time", re.IGNORECASE)


def _with_second_check(rows: _Rows, cycle: LearningCycle) -> None:
    """The optional second check's answer, in the step that runs it: printed only in the
    slide's notes, a teacher teaching from the printed plan had no answer to give."""
    if len(cycle.checks) < 2:
        return
    for _, step, lines in rows.rows:
        if step.lower().startswith("check") and \
                any(_SECOND_IF_TIME.search(x.text) for x in lines):
            # Its answer is the line under it here, not only in the slide's notes.
            lines[:] = [StepLine(x.text.replace(" from the notes", " below"), x.kind, x.label)
                        for x in lines]
            lines.append(StepLine(plan_crib.spoken_answer(cycle.checks[1]), "say",
                                  "Second check's answer (if run):"))
            return


def starter_stage(lesson: Lesson, script: Sequence[Paragraph], slides: str) -> StepStage:
    st = lesson.starter
    made = stage(f"Starter: {st.title} · {st.minutes} min{slides}", script, 0, labels=True)
    if not lesson.readers:  # readers have them on their sheet
        made[1].attach([StepLine(st.instructions, label="Pupils:")], "task", "thumbs")
    return finish(made)


def plenary_stage(lesson: Lesson, script: Sequence[Paragraph], start: int,
                  slides: str) -> StepStage:
    """The plenary: its steps, the reflection questions asked aloud and the key messages
    said to finish."""
    pl = lesson.plenary
    made = stage(f"Plenary · {pl.minutes} min{slides}", script, start, labels=True)
    if pl.reflection:
        # Children who cannot read yet answer it aloud after the exit check's last answer,
        # where their slides ask it: under "Thumbs again" the plan asked it a step early,
        # and the exit check's row asked it again.
        where = () if lesson.readers else ("exit check",)
        made[1].attach([StepLine("\n".join(pl.reflection), "say", "Reflection:")],
                       *where, "reflection", "end point", "thumbs")
    if lesson.key_messages:
        made[1].attach([StepLine("\n".join(lesson.key_messages), "say",
                                 "Key messages to finish on:")],
                       "help and close", "close", "who can help")
    if any(r[0] == "After" for r in made[1].rows):
        # The sheets read after the lesson hold named pupils' answers: how long they stay.
        made[1].attach([StepLine(safeguarding_words().sheets_kept)], "after the lesson")
    return finish(made)


def step_table(stages: Sequence[StepStage]) -> StepTable:
    return StepTable(HEADER, tuple(stages), end_line=END_OF_TEACHING)
