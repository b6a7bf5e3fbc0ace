"""The year bands' own marks on a sheet printed for every year of a Key Stage 2 lesson.

A pack built for no class serves Years 3–4 and Years 5–6 from one sheet. The plan says which
parts each band writes in, but a Year 3 child handed the sheet saw two empty sort tables and
four quiz questions, and filled them in, where their band sorts on the table's cards and
answers two questions. So the sheet itself says it, in the heading of each sort table a
band leaves blank (``worksheet/sort.sort_table``) and in a line under the quiz's heading
(``worksheet/close.exit_quiz``), each put on where the table and the heading are made. A
class's own sheet (``route.py``) needs none.
"""

from __future__ import annotations

from lessonpack.content.model import Lesson
from lessonpack.content.routes import SheetRoute
from lessonpack.plan.counts_and_lists import and_list


def on_cards(lesson: Lesson) -> str:
    """"Years 3–4": the bands that sort on cards, not in the sheet's tables, when the sheet
    serves two or more bands; "" when it serves one (or no band sorts on cards)."""
    bands = _bands(lesson)
    return and_list([b.label for b in bands if b.sort_cards]) if len(bands) > 1 else ""


def quiz_line(lesson: Lesson) -> str:
    """"Years 3–4: questions 1 and 2 only. Years 5–6: all 4 questions."; "" when the sheet
    serves one band or every band answers every question."""
    bands = _bands(lesson)
    if len(bands) < 2 or not any(b.quiz for b in bands):
        return ""
    questions = len(lesson.exit_quiz)
    said = []
    for band in bands:
        if band.quiz and len(band.quiz) < questions:
            numbers = [str(n) for n in band.quiz]
            said.append(f"{band.label}: question{'s' if len(numbers) > 1 else ''} "
                        f"{and_list(numbers)} only.")
        else:
            said.append(f"{band.label}: all {questions} questions.")
    return " ".join(said)


def _bands(lesson: Lesson) -> list[SheetRoute]:
    """The sheet's routes still spanning years (none is fitted to a class), youngest first."""
    return sorted((r for r in lesson.sheet_routes if r.first != r.last), key=lambda r: r.first)
