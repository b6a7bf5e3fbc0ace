"""What a teacher drops when the slot is shorter than planned (no
plan said, and what got cut in practice was the signposting): each lesson lists the cuts in
order and ends with what is never cut; the plan prints the list on page one, as "No time? Cut
these:", above the running sheet it shortens."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from pydantic import ValidationError

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
    at = texts.index("If short of time, cut these:")
    sheet = texts.index("Running sheet")
    ks1 = next(lesson for lesson in LESSONS if lesson.id == "live-streaming-ks1")
    cuts = texts[at + 1:sheet]
    assert cuts == [typographic(cut) for cut in ks1.short_of_time]
    # Near the top of page one, under the outcome and the pages to print.
    assert at < texts.index("Ground rules")
    assert any(t.startswith("To teach, print up to") for t in texts[:at])


SAVES = re.compile(r"saves (\d+) min")


def test_a_core_route_saves_what_its_cuts_say_and_leaves_time_to_settle() -> None:
    """KS3 and KS4 (45 slides for an hour) name a core route: its cuts' savings add up to the
    minutes it takes off, and it leaves 5 to 10 minutes of the hour spare."""
    cored = [lesson for lesson in LESSONS if lesson.core_minutes]
    assert {lesson.audience.value for lesson in cored} >= {"ks3", "ks4"}
    for lesson in cored:
        saved = sum(int(n) for cut in lesson.short_of_time for n in SAVES.findall(cut))
        assert saved == lesson.timed_minutes - sum(lesson.core_minutes), lesson.id
        assert 5 <= lesson.duration_minutes - sum(lesson.core_minutes) <= 10, lesson.id


def test_the_running_sheet_times_the_core_route_to_the_hour(tmp_path: Path) -> None:
    assert main(["build", "-k", "ks3", "-f", "docx", "-q", "-j", "1",
                 "--out", str(tmp_path)]) == 0
    plan = Document(str(next(tmp_path.rglob("*-ks3-lesson-plan.docx"))))
    sheet = plan.tables[0]
    header = [c.text for c in sheet.rows[0].cells]
    # The second clock named as the cut list is: no "Core" beside "Mins" to choose between.
    assert header[:2] == ["Mins", "If short"], header
    core = [row.cells[1].text for row in sheet.rows[1:]]
    # Each stage's core clock runs on from the last, and a spare row ends it at the hour.
    ends = [int(c.split("–")[1]) for c in core]
    starts = [int(c.split("–")[0]) for c in core]
    assert starts[0] == 0 and starts[1:] == ends[:-1], core
    assert ends[-1] == 60 and 5 <= ends[-1] - starts[-1] <= 10, core
    assert sheet.rows[-1].cells[3].text == "Spare if short of time", sheet.rows[-1].cells[3].text
    texts = [p.text for p in plan.paragraphs]
    assert any(t.startswith("If short of time: 52 min, 8 left to settle") for t in texts)


def test_a_core_route_that_leaves_no_time_is_refused() -> None:
    ks3 = next(lesson for lesson in LESSONS if lesson.id == "live-streaming-ks3")
    data = ks3.model_dump()
    data["core_minutes"] = [8, 13, 13, 16, 9]
    with pytest.raises(ValidationError, match="leaving 1 of 60 minutes spare"):
        Lesson.model_validate(data)
    data["core_minutes"] = [7, 11, 13]
    with pytest.raises(ValidationError, match="core_minutes: 3 numbers"):
        Lesson.model_validate(data)


def test_ks1_names_what_goes_first_and_keeps_the_thumbs_and_help() -> None:
    """Ten slides in eight minutes for 6-7-year-olds: the plenary's first cut is named (exit
    question 2 and its answer), and the "If I tell" thumbs re-check, whose names go to the
    DSL, and who can help are never cut (an overrun cut "who can help")."""
    ks1 = next(lesson for lesson in LESSONS if lesson.id == "live-streaming-ks1")
    first, *_, never = ks1.short_of_time
    assert first.startswith("First to go is exit question 2 and its answer slide")
    assert never.startswith("Never cut that thumbs question, because its names go to the DSL")
    assert never.endswith("who can help.")


def test_each_cut_names_its_slides_by_a_registered_kinds_payload() -> None:
    """A cut's ``slides`` ("quiz", "help") finds its slides by payload type, each a kind
    the registry holds: a renamed kind cannot silently drop the slide numbers."""
    from typing import get_args

    from lessonpack.content.parents_cues import CueCut
    from lessonpack.kinds.registry import kinds
    from lessonpack.plan.parents.short_of_time import SHOWN_BY

    named = set(get_args(CueCut.model_fields["slides"].annotation)) - {"part"}
    assert set(SHOWN_BY) == named
    claimed = {k.name: k.payload for k in kinds()}
    assert {k: claimed.get(p.kind) for k, p in SHOWN_BY.items()} == SHOWN_BY
