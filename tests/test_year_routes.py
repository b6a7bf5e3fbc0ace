"""A Key Stage 2 lesson built for a known class prints that year group's route alone."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from pptx import Presentation

from lessonpack.api import load
from lessonpack.plan.year_routes import for_year

STEP = ("Task (6 min): Years 3–4: one card set per table; no tick table. Years 5–6: pairs "
        "tick the sheet's table; no cards. Then ask: “What now?”")


def test_the_class_years_route_alone() -> None:
    assert for_year(STEP, 4) == ("Task (6 min): Year 4: one card set per table; no tick "
                                 "table. Then ask: “What now?”")
    assert for_year(STEP, 6) == ("Task (6 min): Year 6: pairs tick the sheet's table; no "
                                 "cards. Then ask: “What now?”")


def test_every_route_when_the_year_is_unknown() -> None:
    assert for_year(STEP, None) == STEP


def test_a_route_for_other_years_only_is_dropped() -> None:
    assert for_year("Explain (1 min): Say the lines. Years 5–6 only: read the ages line.", 4) \
        == "Explain (1 min): Say the lines."


def test_routes_inside_a_bracket_end_with_it() -> None:
    step = ("Sort (3 min): pupils sort the cards (Years 3–4: cards per table; Years 5–6: the "
            "sheet's table). Then (1 min): board one answer.")
    assert for_year(step, 4) == ("Sort (3 min): pupils sort the cards (Year 4: cards per "
                                 "table). Then (1 min): board one answer.")
    assert for_year(step, 5) == ("Sort (3 min): pupils sort the cards (Year 5: the sheet's "
                                 "table). Then (1 min): board one answer.")


def _notes(deck: Path) -> str:
    return "\n".join(p.text for s in Presentation(str(deck)).slides
                     for p in s.notes_slide.notes_text_frame.paragraphs)


def test_built_for_year_4_and_for_no_class(brightpath_at_ashgrove: Path,
                                           ks2_pack: Path) -> None:
    year4 = _notes(next((brightpath_at_ashgrove / "live-streaming-ks2").glob("*-slides.pptx")))
    assert "Year 4: one card set per table" in year4
    assert "Years 3–4" not in year4 and "Years 5–6" not in year4
    unknown = _notes(next(ks2_pack.glob("*-slides.pptx")))
    assert "Years 3–4:" in unknown and "Years 5–6:" in unknown


def test_a_bracket_emptied_for_another_year_leaves_no_gap() -> None:
    text = ("Exit quiz (3 min): about half a minute a question (Years 3–4: questions 1 "
            "and 4 only). Then the answers.")
    assert for_year(text, 6) == ("Exit quiz (3 min): about half a minute a question. "
                                 "Then the answers.")
    assert "question (Year 4: questions 1 and 4 only). Then" in for_year(text, 4)


def _sheet_first_lines(pack: Path) -> list[str]:
    """The worksheet's paragraphs above its starter, with plain quotes."""
    doc = Document(str(next(pack.glob("*-worksheet.docx"))))
    lines = []
    for p in doc.paragraphs:
        if p.text.startswith("Starter"):
            break
        lines.append(p.text.replace("\u2019", "'"))
    return lines


def test_the_worksheet_says_what_a_known_class_year_does(brightpath_at_ashgrove: Path,
                                                         ks2_pack: Path) -> None:
    """Teacher s13: Year 4 got four sides with no word on the sheet of which to skip."""
    lesson = load().items["live-streaming-ks2"].item
    year4 = for_year(next(r for r in lesson.sheet_routes if r.startswith("Years 3–4")), 4)
    assert year4.startswith("Year 4: ")
    first = _sheet_first_lines(brightpath_at_ashgrove / "live-streaming-ks2")
    assert year4 in first
    # No class year: the routes stay in the plan, and the sheet names no year.
    assert not any(line.startswith("Year") for line in _sheet_first_lines(ks2_pack))
