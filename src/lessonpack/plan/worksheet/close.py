"""How a worksheet closes: the exit quiz, How did I do? and the reflection's sentences."""

from __future__ import annotations

from lessonpack.content.model import Lesson, QuizQuestion
from lessonpack.plan.model import (
    Block,
    Heading,
    MultipleChoice,
    Paragraph,
    QuizGrid,
    Table,
    WriteOnLine,
    WritingLines,
)

ROUTE_REFLECTION_LINES = 4
# The reflection's label on every sheet, as the slide before the quiz titles it: pupils are
# told to finish "Think about it" on their sheet, and an unlabelled sentence under How did I
# do? (Year 6's, the default KS2 sheet's) was not found by that name.
THINK = "Think about it:"
# The slide's "ring A, B or C" in the heading, as the slide asks it.
QUIZ_HEADING = "Exit quiz: ring one letter for each question"


def reflection(lesson: Lesson, lines: int = 0) -> list[Block]:
    """The plenary's sentences to finish, each with its lines, the first labelled as the
    slide titles it (``THINK``): the notes say the class teacher reads them that day, a
    private way for a child to say something is wrong."""
    # The sentence's first line ruled from where it ends, then ``lines`` more (the quiz's
    # side, which closes the sheet, has room for two: the sentence had two under it).
    return [b for i, r in enumerate(lesson.plenary.reflection)
            for b in (WriteOnLine("" if i else THINK, said=r, space_before=6),
                      WritingLines(lines or REFLECTION_LINES))]


def i_can(outcome: str) -> str:
    """"I can spot red flags." -> "spot red flags": a row under the heading "I can…"."""
    return outcome.removeprefix("I can ").rstrip(".")


def quiz_blocks(quiz: list[QuizQuestion], intro: str = "") -> list[Block]:
    """Questions with options lettered as on the slides (the key uses the same letters), two
    to a row: a quiz in one long column costs a pupil most of a side."""
    return [QuizGrid(tuple(MultipleChoice(i, q.question, q.arranged[0])
                           for i, q in enumerate(quiz, 1)), intro=intro)]


REFLECTION_LINES = 2  # a sentence in a pupil's handwriting


def secondary_close(lesson: Lesson, named: Block, bands_line: str = "") -> list[Block]:
    """The exit quiz (under ``named``, the leaf's Name line) and How did I do?, each titled
    in its first line (the quiz's heading says how to answer; the table's first header cell
    asks the question), as a Year 4 class's sheet has them: a heading and a line each were
    the room the leaf's Name line needed (a brand's help box went to a fifth side)."""
    return [*exit_quiz(lesson, named, bands_line), how_did_i_do(lesson)]


def exit_quiz(lesson: Lesson, named: Block, bands_line: str = "") -> list[Block]:
    """The exit quiz, ``named`` (Name and Class) over it: the quiz is always on the sheet's
    second leaf (a sheet of three or four sides printed double-sided), which holds it and
    the "worried me" sentence the class teacher reads that day. An unnamed loose leaf could
    not be traced to a child, and a worry written on it could not be followed up.
    ``bands_line``: which questions each year band answers, on a sheet for every year
    (worksheet/bands.quiz_line), under the heading."""
    said = [Paragraph(bands_line, "note", keep_next=True)] if bands_line else []
    return [named, Heading(QUIZ_HEADING, 2), *said,
            *quiz_blocks(lesson.exit_quiz)]


def how_did_i_do(lesson: Lesson) -> Table:
    return Table(("How did I do? I can…", "Not yet", "Getting there", "Yes!"),
                 tuple((i_can(c.outcome), "", "", "") for c in lesson.cycles), tick_columns=3)
