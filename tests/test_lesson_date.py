"""A lesson date whose weekday is not that date's is reported (LP153, a warning), naming where
the date came from; the letters still print what the user wrote
("Tuesday 9 December" for a lesson in December 2026, when the 9th is a Wednesday)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from built_decks import pack_file
from lessonpack.build.look import date_problems
from lessonpack.cli import main
from lessonpack.content.lesson_date import weekday_mismatch

TODAY = dt.date(2026, 12, 4)
ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(("text", "why"), [
    ("Wednesday 9 December", ""),
    ("Wednesday 9 December 2026", ""),
    ("Wed 9th Dec", ""),
    ("Tuesday 9 December", "9 December 2026 is a Wednesday, not a Tuesday"),
    ("Tuesday, 9 December 2025", ""),  # a year makes it that year's
    ("Friday 11 December 2026", ""),
    # A date more than two months past means next year's: 3 March 2027 is a Wednesday.
    ("Wednesday 3 March", ""),
    ("Tuesday 3 March", "3 March 2027 is a Wednesday, not a Tuesday"),
    ("Monday 30 February", "there is no 30 February in 2026 or 2027"),
    ("next Tuesday", ""),  # not a weekday, day and month: not judged
    ("w/c 7 December", ""),
    ("9 December", ""),
])
def test_the_weekday_is_checked_against_the_date(text: str, why: str) -> None:
    assert weekday_mismatch(text, TODAY) == why


def test_a_wrong_weekday_is_reported_naming_where_it_came_from(tmp_path: Path) -> None:
    school = tmp_path / "school.yml"
    school.write_text('name: "Beech Hill Primary School"\nlesson_date: "Tuesday 9 December"\n',
                      encoding="utf-8")
    [found] = date_problems("Tuesday 9 December", "", school, None, today=TODAY)
    assert (found.code, found.severity, found.line, found.field) == (
        "LP153", "warning", 2, "lesson_date")
    assert "9 December 2026 is a Wednesday, not a Tuesday" in str(found)
    assert date_problems("Wednesday 9 December", "", school, None, today=TODAY) == []


def test_the_build_warns_and_still_prints_the_date_as_written(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # With a year, the check does not depend on the day the test runs.
    assert main(["build", "-k", "ks2", "--brand",
                 str(ROOT / "examples/brands/oakfield-primary/brand.yml"),
                 "--lesson-date", "Tuesday 9 December 2026", "--out", str(tmp_path)]) == 0
    captured = capsys.readouterr()
    assert ("lesson date: warning[LP153] \"Tuesday 9 December 2026\": 9 December 2026 is a "
            "Wednesday, not a Tuesday") in captured.out + captured.err
    from docx import Document
    letter = Document(str(pack_file(tmp_path, "ks2", "letter-home.docx")))  # Oakfield's Year 4
    text = "\n".join(p.text for p in letter.paragraphs) + "\n".join(
        c.text for t in letter.tables for r in t.rows for c in r.cells)
    assert "Tuesday 9 December 2026" in text


def test_dates_out_of_order_are_reported(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A letter dated 18 January inviting parents to a session on the 14th, for a lesson two
    days after the letter: each is said before anything is printed (LP154)."""
    school = tmp_path / "school.yml"
    ashgrove = ROOT / "examples/schools/ashgrove-primary"
    dates = {"letter_date": "Monday 18 January 2027",
             "parents_session_date": "Thursday 14 January 2027, 6pm",
             "lesson_date": "Wednesday 20 January 2027"}
    lines = [line for line in (ashgrove / "school.yml").read_text(encoding="utf-8").splitlines()
             if line.split(":")[0] not in dates]
    school.write_text("\n".join([*lines, *(f'{k}: "{v}"' for k, v in dates.items())]) + "\n",
                      encoding="utf-8")
    for picture in ashgrove.iterdir():
        if picture.suffix in (".png", ".jpg", ".svg"):
            (tmp_path / picture.name).write_bytes(picture.read_bytes())
    assert main(["build", "-k", "ks2", "-f", "docx", "--school", str(school),
                 "--out", str(tmp_path / "out"), "-j", "1"]) == 0
    said = [line for line in capsys.readouterr().err.splitlines() if "LP154" in line]
    assert any("under a school week" in line for line in said), said
    assert any("already past (Thursday 14 January 2027, 6pm)" in line for line in said), said


def test_dates_in_order_say_nothing() -> None:
    from lessonpack.plan.letter_dates import date_order_problems
    assert date_order_problems("Friday 22 January 2027", "Monday 4 January 2027",
                               "Thursday 21 January 2027, 6pm") == []
    assert date_order_problems("Friday 22 January", "Monday 4 January", "") == []  # no year
