"""What a teacher drops when the slot is shorter than planned (no
plan said, and what got cut in practice was the signposting): each lesson lists the cuts in
order and ends with what is never cut; the plan prints the list on page one, as "No time? Cut
these:", above the running sheet it shortens."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.oxml.ns import qn

from lessonpack.cli import main
from lessonpack.content.loader import load_content
from lessonpack.content.model import Lesson
from lessonpack.content.routes import lines_for_year
from lessonpack.plan.quotes import typographic

INDEX = load_content([])
LESSONS = [i.item for i in INDEX.items.values() if isinstance(i.item, Lesson)]


def test_every_lesson_says_what_to_cut_and_what_never_to_cut() -> None:
    assert LESSONS
    for lesson in LESSONS:
        assert 2 <= len(lesson.short_of_time) <= 5, lesson.id
        # A class of a known year sees four at most: its own year's lines, not the others'.
        for year in range(1, 12):
            assert len(lines_for_year(lesson.short_of_time, year)) <= 4, (lesson.id, year)
        assert lesson.short_of_time[-1].startswith("Never cut"), lesson.id


def test_the_plan_prints_the_cuts_on_page_one(tmp_path: Path) -> None:
    assert main(["build", "-k", "ks1", "-f", "docx", "-q", "-j", "1",
                 "--out", str(tmp_path)]) == 0
    plan = Document(str(next(tmp_path.rglob("*-ks1-lesson-plan.docx"))))
    texts = ["".join(t.text or "" for t in p.iter(qn("w:t")))
             for p in plan.element.body.iter(qn("w:p"))]
    texts = [t for t in texts if t]
    at = texts.index("No time? Cut these:")
    sheet = texts.index("Running sheet")
    ks1 = next(lesson for lesson in LESSONS if lesson.id == "live-streaming-ks1")
    cuts = texts[at + 1:sheet]
    assert cuts == [typographic(cut) for cut in ks1.short_of_time]
    # Near the top of page one, under the outcome and the pages to print.
    assert at < texts.index("Ground rules")
    assert any(t.startswith("To teach, print pages 1–") for t in texts[:at])
