"""The year bands' own marks on a sheet printed for every year of a Key Stage 2 lesson.

A pack built for no class serves Years 3–4 and Years 5–6 from one sheet. The plan says which
parts each band writes in, but a Year 3 child handed the sheet saw two empty sort tables and
four quiz questions, and filled them in, where their band sorts on the table's cards and
answers two questions. So the sheet itself says it, in the heading of each sort table a
band leaves blank and in a line under the quiz's heading. A class's own sheet (``route.py``)
needs none.
"""

from __future__ import annotations

from dataclasses import replace

from lessonpack.content.model import Lesson
from lessonpack.content.routes import SheetRoute
from lessonpack.plan.model import Block, Heading, Paragraph, Table
from lessonpack.plan.worksheet.close import QUIZ_HEADING
from lessonpack.plan.worksheet.sort import sort_table


def bands_marked(lesson: Lesson, blocks: list[Block]) -> list[Block]:
    """``blocks`` with each band's words in the sort tables it leaves blank and under the
    exit quiz's heading, when the sheet serves two or more bands; else unchanged."""
    bands = _bands(lesson)
    if len(bands) < 2:
        return blocks
    sorts = {sort_table(c.task.sort) for c in lesson.cycles if c.task.sort}
    on_cards = " and ".join(b.label for b in bands if b.sort_cards)
    quiz_line = _quiz_line(bands, len(lesson.exit_quiz))
    marked: list[Block] = []
    for block in blocks:
        if on_cards and isinstance(block, Table) and block in sorts:
            # In the table's own first heading cell, where the child looks to start: a line
            # over the table took the room Part 1's sort needed under its story, and the
            # sort went overleaf alone (a fifth side).
            first, *rest = block.header
            # One line: a second pushed Part 1's sort off its side too.
            block = replace(block, header=(f"{first} ({on_cards}: sort on your cards, "
                                           "not here)", *rest))
        marked.append(block)
        if quiz_line and block == Heading(QUIZ_HEADING, 2):
            marked.append(Paragraph(quiz_line, "note", keep_next=True))
    return marked


def _bands(lesson: Lesson) -> list[SheetRoute]:
    """The sheet's routes still spanning years (none is fitted to a class), youngest first."""
    return sorted((r for r in lesson.sheet_routes if r.first != r.last), key=lambda r: r.first)


def _quiz_line(bands: list[SheetRoute], questions: int) -> str:
    """"Years 3–4: questions 1 and 2 only. Years 5–6: all 4 questions."; "" when every
    band answers every question."""
    if not any(b.quiz for b in bands):
        return ""
    said = []
    for band in bands:
        if band.quiz and len(band.quiz) < questions:
            numbers = [str(n) for n in band.quiz]
            run = ", ".join(numbers[:-1]) + f" and {numbers[-1]}" if len(numbers) > 1 \
                else numbers[0]
            said.append(f"{band.label}: question{'s' if len(numbers) > 1 else ''} {run} only.")
        else:
            said.append(f"{band.label}: all {questions} questions.")
    return " ".join(said)

