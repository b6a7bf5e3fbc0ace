"""Page one says what cannot wait for the lesson's morning, and a dated letter home that may
come too late for the lesson gets the short-notice route."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from lessonpack.cli import main
from lessonpack.content.brand import DEFAULT_BRAND, Brand
from lessonpack.content.model import Audience, Check
from lessonpack.plan.before_the_day import LABEL
from lessonpack.plan.lesson_plan import PRINT_TO_TEACH, plan_lesson_plan
from lessonpack.plan.letter_dates import under_two_weeks
from lessonpack.plan.model import BulletList, Heading, Paragraph
from lessons import content_index, lesson_for
from undated_brand import undated_oakfield


def _plan(audience: Audience, brand: Brand) -> tuple[Paragraph, str]:
    """Page one's print line, and the "Resources" list's text."""
    blocks = plan_lesson_plan(lesson_for(audience), content_index().facts, brand).blocks
    line = next(b for b in blocks if isinstance(b, Paragraph) and b.to_mark_page)
    at = next(i for i, b in enumerate(blocks) if isinstance(b, Heading) and b.text == "Resources")
    listed = next(b for b in blocks[at:] if isinstance(b, BulletList))
    return line, " ".join(listed.items)


@pytest.mark.parametrize("audience", [Audience.KS1, Audience.KS2, Audience.KS3, Audience.KS4])
def test_page_one_names_what_to_do_before_the_lesson_day(audience: Audience) -> None:
    line, _ = _plan(audience, DEFAULT_BRAND)
    assert line.label == "To teach, print"  # the footer's "To teach: 1–6" is made from it
    assert line.text.startswith(f"{PRINT_TO_TEACH} {LABEL} DSL told and free")
    for item in ("sign-off", "names check", "letter home", "\u201cBefore you teach\u201d"):
        assert item in line.text, (audience, item)
    # Each item is read from this plan's own checks: KS1's check the local numbers, the
    # others the apps' age rules too; KS3's alone says it is not for cover.
    assert ("age rules" in line.text) is (audience is not Audience.KS1)
    assert ("not for cover" in line.text) is (audience is Audience.KS3)


def test_a_letter_date_with_no_lesson_date_is_not_printed() -> None:
    """A letter dated beside a blank lesson date told parents a fixed day for a lesson that
    may come sooner: with no lesson date, the plan gives the rule (two school weeks ahead)
    and the short-notice route, never the letter's date."""
    brand = DEFAULT_BRAND.model_copy(update={"letter_date": "Wednesday 6 January 2027"})
    _, resources = _plan(Audience.KS2, brand)
    assert "6 January" not in resources
    assert "Letter home: send it two school weeks before the lesson" in resources
    assert "At short notice: tell the DSL today" in resources
    assert "live-streaming-ks2-letter-home-after.docx" in resources


def test_a_letter_dated_too_close_to_the_lesson_says_so() -> None:
    lesson_day, sent = "Wednesday 20 January 2027", "Friday 15 January 2027"
    assert under_two_weeks(lesson_day, sent)
    brand = DEFAULT_BRAND.model_copy(update={"letter_date": sent, "lesson_date": lesson_day})
    _, resources = _plan(Audience.KS2, brand)
    assert f"under two school weeks before the lesson ({lesson_day})" in resources
    assert "At short notice" in resources


def test_a_letter_dated_in_good_time_is_sent_that_day() -> None:
    lesson_day, sent = "Wednesday 20 January 2027", "Wednesday 6 January 2027"
    assert not under_two_weeks(lesson_day, sent)
    brand = DEFAULT_BRAND.model_copy(update={"letter_date": sent, "lesson_date": lesson_day})
    _, resources = _plan(Audience.KS2, brand)
    assert f"Letter home: send it on {sent}" in resources
    assert "At short notice" not in resources


def test_oakfields_printed_plan_says_it(tmp_path: Path) -> None:
    """The Year 6 plan as built: page one's line, and the letter's line under Resources."""
    # Oakfield's brand dates its letters and its lesson: a copy without the lesson date
    # (as tests/conftest.py's undated Oakfield) is the plan of a school that gives none.
    brand = undated_oakfield(tmp_path / "brand.yml")
    assert main(["build", "-k", "ks2", "--class", "Year 6", "-f", "docx", "--brand", str(brand),
                 "--out", str(tmp_path / "out")]) == 0
    plan = next(tmp_path.rglob("*year-6-lesson-plan.docx"))
    texts = [p.text for p in Document(str(plan)).paragraphs]
    line = next(t for t in texts if t.startswith("To teach, print"))
    assert f"{LABEL} DSL told and free" in line
    assert texts.index(line) < texts.index("Running sheet")
    # Letters dated but no lesson date: neither date is printed.
    assert not any("6 January 2027" in t for t in texts)
    assert any(t.startswith("Letter home: send it two school weeks before the lesson") and
               "At short notice: tell the DSL today" in t for t in texts)


def test_page_one_reads_the_checks_tags_not_their_wording() -> None:
    """A check reworded (or a lesson of one's own) keeps its word on page one, which reads
    the check's ``before_the_day`` tag; a check without the tag is not named, however it is
    worded."""
    lesson = lesson_for(Audience.KS3)
    sg = lesson.safeguarding

    def line(checklist: list[Check]) -> str:
        changed = lesson.model_copy(update={"safeguarding": sg.model_copy(
            update={"checklist": checklist})})
        blocks = plan_lesson_plan(changed, content_index().facts, DEFAULT_BRAND).blocks
        return next(b for b in blocks if isinstance(b, Paragraph) and b.to_mark_page).text

    cover = next(c for c in sg.checklist if c.before_the_day == "not_for_cover")
    reworded = [c.model_copy(update={"text": "Taught only by a teacher who knows the class."})
                if c is cover else c for c in sg.checklist]
    assert "not for cover" in line(reworded)
    untagged = [c.model_copy(update={"before_the_day": None}) if c is cover else c
                for c in sg.checklist]
    assert "not for cover" not in line(untagged)
    assert "DSL told and free" in line(untagged)  # the others still read from theirs
