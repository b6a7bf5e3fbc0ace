"""What a teacher printing tonight needs from the plan: how to print the worksheet so its exit
quiz is not read early (four sides double-sided put it on the back of Part 3), the blanks to
write on the letter after the lesson, and a Year 8 sheet whose question asks only about what
its printed story holds."""

from __future__ import annotations

from pathlib import Path

import docx

from lessonpack.plan.lesson_plan import AFTER_DATES_BY_HAND, SHEET_PRINTING

KS3 = "live-streaming-ks3"
YEAR_4 = "live-streaming-ks2-year-4"


def _text(path: Path) -> str:
    document = docx.Document(str(path))
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    return "\n".join([*(p.text for p in document.paragraphs), *cells])


def _curled(text: str) -> str:
    return text.replace("'", "\u2019")


def test_every_reading_plan_says_how_to_print_the_sheet(built_packs: Path) -> None:
    for audience in ("ks2", "ks3", "ks4"):
        plan = built_packs / f"live-streaming-{audience}" / \
            f"live-streaming-{audience}-lesson-plan.docx"
        paragraphs = [p.text for p in docx.Document(str(plan)).paragraphs]
        assert _curled(SHEET_PRINTING) in paragraphs, audience
    # A class that cannot read yet has no quiz on a sheet: nothing to hide.
    ks1 = built_packs / "live-streaming-ks1" / "live-streaming-ks1-lesson-plan.docx"
    assert _curled(SHEET_PRINTING) not in _text(ks1)


def test_an_undated_short_notice_letter_is_dated_by_hand(oakfield_all: Path) -> None:
    plan = _text(oakfield_all / YEAR_4 / f"{YEAR_4}-lesson-plan.docx")
    letter = _text(oakfield_all / YEAR_4 / f"{YEAR_4}-letter-home-after.docx")
    # The two blanks the plan names are the ones the letter prints (yellow fields, as every
    # blank of a letter is).
    assert "Lesson date: [lesson date]" in letter and "Date: [letter date]" in letter
    at = plan.index(f"{YEAR_4}-letter-home-after.docx, to send on the lesson day.")
    assert plan[at:].split("\n", 1)[0].endswith(AFTER_DATES_BY_HAND)


def test_the_year_8_question_lists_only_what_the_printed_story_holds(
        built_packs: Path) -> None:
    sheet = _text(built_packs / KS3 / f"{KS3}-worksheet.docx")
    story = sheet[sheet.index("Kai, sixteen"):sheet.index("ArtFan_Mo")]
    question = next(line for line in sheet.splitlines() if "stream features" in line)
    assert "(gifts, viewer count, private streams, recording)" in question
    for feature in ("gifts", "viewers", "private one-to-one streams", "records"):
        assert feature in story, (feature, story)
