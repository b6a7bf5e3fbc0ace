"""What a class teacher checks before printing, proved on
the built Word files: letters dated with a reply-by day and the class named on its own key
stage only; paragraphs spaced; even columns; a comment a line on the KS2 sheet; facilitator
notes with venue, presenter and the slides of each Part; the KS1 sheet without a date to
write, a grown-ups' line or tiny pictures."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from built_decks import pack_file
from lessonpack.cli import main
from lessonpack.content.brand import DEFAULT_BRAND
from lessonpack.content.model import Audience
from lessonpack.plan.class_line import class_and_teacher
from lessonpack.plan.letter.home import LEARNED_LABEL, TIPS_LABEL
from lessonpack.plan.letter_dates import reply_by

ROOT = Path(__file__).resolve().parent.parent
EMU_PER_CM = 360000


@pytest.fixture(scope="module")
def oakfield(oakfield_all_dated: Path) -> Path:
    """Oakfield's packs for a lesson on Wednesday 20 January 2027 (conftest builds them once
    for the session)."""
    return oakfield_all_dated


def _doc(out: Path, name: str) -> Document:
    """"ks2-letter-home": that file of the audience's pack (Oakfield's Year 4 class's KS2)."""
    audience, what = name.split("-", 1)
    return Document(str(pack_file(out, audience, f"{what}.docx")))


def _texts(doc: Document) -> list[str]:
    """Every paragraph's text, body and table cells, in document order."""
    return ["".join(t.text or "" for t in p.iter(qn("w:t")))
            for p in doc.element.body.iter(qn("w:p"))]


def test_reply_by_leaves_a_school_week_before_the_lesson() -> None:
    # A parent who asks to see the materials: the school has a week to show them.
    assert reply_by("Wednesday 9 December 2026") == "Wednesday 2 December 2026"
    assert reply_by("Friday 11 December 2026", "Friday 20 November 2026") == \
        "Friday 4 December 2026"
    # A letter sent late: three school days to answer it, before a week ahead of the lesson.
    assert reply_by("Wednesday 9 December 2026", "Monday 30 November 2026") == \
        "Thursday 3 December 2026"
    # Later still: never under two school days before the lesson (over a weekend here).
    assert reply_by("Monday 7 December 2026", "Thursday 3 December 2026") == \
        "Thursday 3 December 2026"
    assert reply_by("Tuesday 9 December 2026") == ""  # a wrong weekday: nothing worked out
    assert reply_by("Wednesday 9 December") == ""  # no year: the slip has a line to write on


def test_the_class_goes_on_its_own_key_stage_only() -> None:
    brand = DEFAULT_BRAND.model_copy(update={"class_teacher": "Miss Amy Cole",
                                             "class_name": "Year 2"})
    assert class_and_teacher(Audience.KS1, brand) == ("Year 2", "Miss Amy Cole")
    assert class_and_teacher(Audience.KS2, brand) == ("", "")
    no_class = brand.model_copy(update={"class_name": ""})
    assert class_and_teacher(Audience.KS2, no_class) == ("", "Miss Amy Cole")


def test_letters_are_dated_with_a_reply_by_day_and_name_their_class(oakfield: Path) -> None:
    ks1 = _texts(_doc(oakfield, "ks1-letter-home"))
    ks2 = _texts(_doc(oakfield, "ks2-letter-home"))
    for texts in (ks1, ks2):
        assert "Date: Wednesday 6 January 2027" in texts
        assert any("by Wednesday 13 January 2027" in t for t in texts), "reply-by day"
    assert any(t.startswith("Lesson date: Wednesday 20 January 2027") and "Year 2" in t
               and "Miss Amy Cole" in t for t in ks1)
    # Year 2 is not in Key Stage 2: its letter leaves the class to write in, never Miss Cole.
    assert not any("Miss Amy Cole" in t for t in ks2)
    assert any(t.startswith("Lesson date: Wednesday 20 January 2027") and "Class:" in t
               for t in ks2)


def test_letter_paragraphs_are_spaced_and_columns_even(oakfield: Path) -> None:
    """The letter before the lesson: its paragraphs spaced, its tips one list the page's
    width under their label (two columns with questions to talk about filled the page);
    the letter after's two lists in even columns."""
    doc = _doc(oakfield, "ks2-letter-home")
    assert doc.styles["LP Body"].paragraph_format.space_after.pt >= 3  # was 2
    texts = [p.text for p in doc.paragraphs]
    tips = texts.index(TIPS_LABEL)
    assert texts[tips + 1] == "Tablets and phones in shared rooms, not bedrooms."
    assert not any("Things to talk about" in _cell_text(t, 0) for t in doc.tables)
    doc = _doc(oakfield, "ks2-letter-home-after")
    columns = next(t for t in doc.tables if LEARNED_LABEL in _cell_text(t, 0))
    widths = [int(w.get(qn("w:w"))) for w in columns._tbl.iter(qn("w:gridCol"))]
    assert min(widths) >= 0.4 * sum(widths) - 300  # the gap between them aside


def _cell_text(table: object, index: int) -> str:
    cell = list(table._tbl.iter(qn("w:tc")))[index]
    return "".join(t.text or "" for t in cell.iter(qn("w:t")))


def test_ks2_stream_comments_are_a_line_each_with_the_name_in_bold(oakfield: Path) -> None:
    doc = _doc(oakfield, "ks2-worksheet")
    # Oakfield's Year 4 sheet keeps Kofi's chat (Part 3), not Zainab's comments (Part 1).
    lines = [p for p in doc.element.body.iter(qn("w:p"))
             if "".join(t.text or "" for t in p.iter(qn("w:t"))).startswith("Ama_M (Gran):")]
    assert len(lines) == 2, "each comment starts its own line"
    for line in lines:
        first = line.find(qn("w:r"))
        assert first.find(qn("w:rPr")).find(qn("w:b")) is not None
        assert "StarFan_J" not in "".join(t.text for t in line.iter(qn("w:t")))


def test_facilitator_notes_give_venue_presenter_and_slides(oakfield: Path) -> None:
    doc = _doc(oakfield, "parents-facilitator-notes")
    texts = _texts(doc)
    # Oakfield gives the workshop's date: it and the venue have a line each.
    assert any(t.startswith("Venue: Oakfield Primary School") for t in texts)
    assert any(t.startswith("Date and time: Thursday 21 January 2027") for t in texts)
    # A school's own staff present: no bare "Presenter:" line left blank on its pack.
    assert not any(t.startswith("Presenter") for t in texts)
    # The welcome is timed, and the clock is the session's own (Oakfield's starts at 3.30pm):
    # "5 min before the hour" read as five to the hour.
    assert any("3.30–3.35pm · slides 1–3: welcome" in t for t in texts)
    # Part 1 opens straight after the welcome on its own content (no divider before it):
    # one slide, said "slide 4".
    assert any(t.startswith("3.35–3.42pm · slide 4: 1. ") for t in texts)
    # The running order's Parts follow on, none skipping or repeating a slide.
    spans = [re.search(r"· slides? (\d+)(?:–(\d+))?: \d\. ", t) for t in texts]
    runs = [(int(m[1]), int(m[2] or m[1])) for m in spans if m]
    assert len(runs) >= 5, runs
    assert all(b[0] == a[1] + 1 for a, b in itertools.pairwise(runs)), runs
    assert not any("before the hour" in t for t in texts)
    # Each Part's band in the step table: "1. Why children love live video · 7 min · slide 4".
    steps = next(t for t in doc.tables if t.rows[0].cells[0].text == "Time")
    parts = [row.cells[0].text for row in steps.rows if re.match(r"\d\. ", row.cells[0].text)]
    # "slide 4" for one slide, "slides 6–8" for more: never "slides 4".
    assert parts and all(re.search(r" · slides? \d", p) for p in parts), parts
    assert not any(re.search(r"slides \d+$", p) for p in parts), parts


def test_handout_says_which_session_it_is_from(oakfield: Path) -> None:
    header = _doc(oakfield, "parents-handout").sections[0].header
    assert "Parents’ and carers’ session" in "".join(p.text for p in header.paragraphs)


def test_ks1_sheet_has_big_pictures_a_date_and_no_line_for_home(oakfield: Path) -> None:
    doc = _doc(oakfield, "ks1-worksheet")
    texts = _texts(doc)
    # A date line beside the name for the adult to fill in, never the planned day (a lesson
    # that moves left 30 sheets dated wrongly), and the hand's page names the
    # child too (the DSL reads it, maybe on its own), with the same
    # "Name / Date" line as page one (Name / Class on one and Date on the other asked the
    # adult for different things on the two pages).
    first, second = [t for t in texts if t.startswith("Name:")]
    for line in (first, second):
        assert "Date:" in line and "Class:" not in line and "2027" not in line
    assert texts.index(first) < texts.index(second) < texts.index("2. My helping hand")
    assert not any("Grown-ups, worried" in t for t in texts)
    heights = [int(e.get("cy")) / EMU_PER_CM for e in doc.element.body.iter(
        "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}extent")]
    pictures = [h for h in heights if h > 1.4]  # each 1.8 cm with its screen's edges
    assert len(pictures) >= 5, heights
    rows = [t for t in texts if t[:1].isdigit() and "  " in t]
    assert [r.split("  ")[0] for r in rows] == ["1", "2", "3", "4", "5"], rows


def test_ks1_light_cards_print_four_sets_a_page(oakfield: Path) -> None:
    doc = _doc(oakfield, "ks1-cards")
    texts = _texts(doc)
    # Colour matters to non-readers, and the print count is given. One instruction: "in
    # colour (... so black and white will do)" read as two.
    assert any(t.startswith("Print one side only, in colour if you can (black and white works")
               and "will do" not in t
               and "a class of 27 needs 7 copies" in t
               and "Cut out one green, one amber and one red card for each child" in t
               for t in texts)
    # Each card says what it means under its colour; paper circles offered.
    assert any("or use paper circles on lolly sticks" in t for t in texts)
    lights = [t for t in texts if t in ("GreenOK", "AmberStop and ask", "RedStop and tell")]
    assert lights.count("GreenOK") == 4 and len(lights) == 12


def test_a_visiting_trainers_own_files_name_the_trainer_as_author(tmp_path: Path) -> None:
    """The plans and notes said 'Ashgrove Primary School' as author;
    the letters and handout are the school's and keep its name."""
    assert main(["build", "--all", "--out", str(tmp_path), "-q", "-f", "docx", "-j", "1",
                 "--brand", str(ROOT / "examples/brands/northshire-online-safety/brand.yml"),
                 "--school", str(ROOT / "examples/schools/ashgrove-primary/school.yml")]) == 0
    trainer = "Northshire Online Safety Team"
    for name, author in (("ks1-lesson-plan", trainer), ("parents-facilitator-notes", trainer),
                         ("ks2-worksheet", trainer), ("ks1-letter-home", "Ashgrove Primary School"),
                         ("parents-handout", "Ashgrove Primary School")):
        props = _doc(tmp_path, name).core_properties
        assert (props.author, props.last_modified_by) == (author, author), name


def test_a_visiting_trainers_script_credits_the_trainer_in_its_footer(tmp_path: Path) -> None:
    assert main(["build", "-k", "ks1", "-a", "parents", "--out", str(tmp_path), "-q", "-f",
                 "docx", "-j", "1", "--brand",
                 str(ROOT / "examples/brands/northshire-online-safety/brand.yml"),
                 "--school", str(ROOT / "examples/schools/ashgrove-primary/school.yml")]) == 0
    for name in ("ks1-lesson-plan", "parents-facilitator-notes"):
        footer = _doc(tmp_path, name).sections[0].footer
        text = " ".join(_texts_of(footer._element))
        assert "Delivered by Northshire Online Safety Team" in text, (name, text)


def _texts_of(element: object) -> list[str]:
    return ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in element.iter(qn("w:p"))]


def test_presenter_line_is_filled_for_a_visitor_and_left_blank_only_unbranded() -> None:
    from lessonpack.content.brand import Brand
    from lessonpack.plan.model import WriteOnLine
    from lessonpack.plan.parents.session_sheet import details

    def presenter(brand: Brand) -> list[WriteOnLine]:
        return [w for w in details(brand) if w.label.startswith("Presenter")]

    team = "Northshire Online Safety Team"
    assert presenter(Brand(org_name="Ashgrove Primary School", delivered_by=team)) == [
        WriteOnLine("Presenter:", filled=team)]
    assert presenter(Brand(org_name="Oakfield Primary School")) == []
    assert presenter(Brand()) == [WriteOnLine("Presenter:")]


def test_ks1_sheet_without_a_lesson_date_asks_the_adult_to_fill_it_in() -> None:
    from lessonpack.api import load
    from lessonpack.content.brand import DEFAULT_BRAND
    from lessonpack.plan.picture_sheet import plan_picture_worksheet

    index = load(())
    lesson = next(i.item for i in index.items.values()
                  if i.item.kind == "lesson" and i.item.audience.value == "ks1")
    sheet = plan_picture_worksheet(lesson, index.facts, DEFAULT_BRAND)
    assert sheet.name_line and sheet.date_line and not sheet.date  # a line to write on
    adult = next(b for b in sheet.blocks if getattr(b, "label", "") == "For the adult:")
    assert "fill in the date" in adult.text
    dated = plan_picture_worksheet(lesson, index.facts, DEFAULT_BRAND.model_copy(
        update={"lesson_date": "Wednesday 9 December 2026"}))
    assert dated.date == ""  # a known day is still the adult's to write in
    adult = next(b for b in dated.blocks if getattr(b, "label", "") == "For the adult:")
    assert "fill in the date" in adult.text
