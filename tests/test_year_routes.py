"""A Key Stage 2 lesson built for a known class prints that year group's route alone."""

from __future__ import annotations

import dataclasses
import itertools
import re
import shutil
from pathlib import Path

import pytest
from docx import Document
from pptx import Presentation
from pydantic import ValidationError

from lessonpack.api import load
from lessonpack.cli import main
from lessonpack.content.brand import DEFAULT_BRAND
from lessonpack.content.model import Lesson
from lessonpack.content.routes import YearRoute, unlisted_routes
from lessonpack.plan.class_fit import for_class
from lessonpack.plan.lesson_deck import plan_lesson_deck
from lessonpack.plan.lesson_plan import plan_lesson_plan
from lessonpack.plan.model import StepLine
from lessonpack.plan.year_routes import for_year
from lessons import content_index

ROOT = Path(__file__).resolve().parent.parent

STEP = ("Task (6 min): Years 3–4: one card set per table; no tick table. Years 5–6: pairs "
        "tick the sheet's table; no cards. Then ask: “What now?”")
ROUTES = [YearRoute(years="3-4", text="one card set per table; no tick table."),
          YearRoute(years="5-6", text="pairs tick the sheet's table; no cards.")]


def test_the_class_years_route_alone() -> None:
    # No "Year 4:" label: the pack is the class's, and a label read as one of two routes.
    assert for_year(STEP, ROUTES, 4) == ("Task (6 min): one card set per table; no "
                                         "tick table. Then ask: “What now?”")
    assert for_year(STEP, ROUTES, 6) == ("Task (6 min): pairs tick the sheet's "
                                         "table; no cards. Then ask: “What now?”")


def test_every_route_when_the_year_is_unknown() -> None:
    assert for_year(STEP, ROUTES, None) == STEP


def test_a_route_ends_where_the_content_says_not_at_a_known_cue() -> None:
    """A route followed by a step label the planner does not know ("Explain:") keeps it: the
    route's words are the field's, not guessed from the words after them."""
    text = "Task (4 min): Years 3–4: cards. Years 5–6: the sheet. Explain: why it matters."
    routes = [YearRoute(years="3-4", text="cards."), YearRoute(years="5-6", text="the sheet.")]
    assert for_year(text, routes, 4) == "Task (4 min): cards. Explain: why it matters."
    assert for_year(text, routes, 5) == ("Task (4 min): the sheet. Explain: why it "
                                         "matters.")


def test_a_route_for_other_years_only_is_dropped() -> None:
    only = [YearRoute(years="5-6", text="read the ages line.")]
    assert for_year("Explain (1 min): Say the lines. Years 5–6 only: read the ages line.",
                    only, 4) == "Explain (1 min): Say the lines."
    assert for_year("Explain (1 min): Say the lines. Years 5–6 only: read the ages line.",
                    only, 5) == "Explain (1 min): Say the lines. Read the ages line."


def test_a_route_after_spoken_words_is_never_read_as_them() -> None:
    """A Years 5–6 class's "give the ages" after 'Say: "… record it."' joined the quote once
    its label was cut ("record it." give the If asked ages), and a teacher reading the
    script aloud read the stage direction too: it starts its own line, with a capital."""
    only = [YearRoute(years="5-6", text="then give the ages below.")]
    said = 'Explain (1 min): Say: “Anyone can record it.” Years 5–6 only: then give the ages below.'
    assert for_year(said, only, 6) == ('Explain (1 min): Say: “Anyone can record it.”\n'
                                       "Then give the ages below.")
    assert for_year(said, only, 4) == "Explain (1 min): Say: “Anyone can record it.”"


# A stage direction run on after spoken words: 'Say: "… record it." give the ages', the
# quote closing a sentence said aloud and the next word in lower case.
_RUN_ON = re.compile(r"\b(?:Say|Ask):\s*[“\"][^”\"]*[.!?…][”\"] +[a-z]")


def _script_lines(blocks: object) -> list[tuple[StepLine, StepLine]]:
    """Each plan step line after a spoken one, as (spoken, next)."""
    lines = [x for x in _walk(blocks) if isinstance(x, StepLine)]
    return [(a, b) for a, b in itertools.pairwise(lines) if a.kind == "say"]


def _walk(value: object) -> list[object]:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [value, *(y for f in dataclasses.fields(value)
                         for y in _walk(getattr(value, f.name)))]
    if isinstance(value, (list, tuple)):
        return [y for x in value for y in _walk(x)]
    return []


@pytest.mark.parametrize("year", [None, 3, 4, 5, 6])
def test_no_built_notes_run_a_direction_into_the_script(year: int | None) -> None:
    """Every lesson's slide notes and plan, for a class in each year and for none: no stage
    direction follows spoken words in lower case, as if it were part of them."""
    brand = DEFAULT_BRAND.model_copy(update={"class_name": f"Year {year} Owls" if year else ""})
    facts = content_index().facts
    for lesson in (e.item for e in content_index().items.values()
                   if isinstance(e.item, Lesson)):
        fitted = for_class(lesson, brand)
        notes = [line for s in plan_lesson_deck(fitted, facts, brand).slides
                 for line in s.notes.splitlines()]
        assert not [t for t in notes if _RUN_ON.search(t)], (lesson.id, year)
        after = _script_lines(plan_lesson_plan(fitted, facts, brand).blocks)
        assert not [b.text for _, b in after if b.kind == "do" and not b.label
                    and b.text[:1].islower()], (lesson.id, year)


def test_routes_inside_a_bracket() -> None:
    step = ("Sort (3 min): pupils sort the cards (Years 3–4: cards per table; Years 5–6: the "
            "sheet's table). Then (1 min): board one answer.")
    routes = [YearRoute(years="3-4", text="cards per table;"),
              YearRoute(years="5-6", text="the sheet's table")]
    assert for_year(step, routes[1:], 5) == ("Sort (3 min): pupils sort the cards (Years 3–4: "
                                             "cards per table; the sheet's table). "
                                             "Then (1 min): board one answer.")
    assert for_year(step, routes, 5) == ("Sort (3 min): pupils sort the cards (the "
                                         "sheet's table). Then (1 min): board one answer.")


def test_a_bracket_emptied_for_another_year_leaves_no_gap() -> None:
    text = ("Exit quiz (3 min): about half a minute a question (Years 3–4: questions 1 "
            "and 4 only). Then the answers.")
    routes = [YearRoute(years="3-4", text="questions 1 and 4 only")]
    for year in (5, 6):
        assert for_year(text, routes, year) == ("Exit quiz (3 min): about half a minute a "
                                                "question. Then the answers.")
    assert "question (questions 1 and 4 only). Then" in for_year(text, routes, 4)


def test_every_route_the_lessons_write_is_listed() -> None:
    """A "Years 3–4:" written in a part's notes or a resource with no ``routes`` entry would
    be printed to every year of a known class; each built-in lesson lists all of its own."""
    lessons = [e.item for e in load().items.values() if isinstance(e.item, Lesson)]
    assert any(c.routes for lesson in lessons for c in lesson.cycles)
    unlisted = [(lesson.id, where, label) for lesson in lessons
                for where, text, routes in [
                    ("starter", lesson.starter.notes, lesson.starter.routes),
                    *((f"cycles[{i}]", c.notes, c.routes) for i, c in enumerate(lesson.cycles)),
                    ("plenary", lesson.plenary.notes, lesson.plenary.routes),
                    *((f"resources[{i}]", r.text, r.routes)
                      for i, r in enumerate(lesson.resources))]
                for label in unlisted_routes(text, routes)]
    assert not unlisted, f"write these under the part's routes: {unlisted}"
    assert unlisted_routes("Task: Years 3–4: cards. Years 5–6 only: the sheet.",
                           [YearRoute(years="3-4", text="cards.")]) == ["Years 5–6 only"]


def test_the_route_labels() -> None:
    assert YearRoute(years="3-4", text="x").label == "Years 3–4"
    assert YearRoute(years="4", text="x").label == "Year 4"
    with pytest.raises(ValidationError, match="low to high"):
        YearRoute(years="6-5", text="x")


def _copy_topic(tmp_path: Path) -> Path:
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    return content


def _validate_errors(content: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    assert main(["validate", "--content", str(content)]) == 1
    return capsys.readouterr().err.splitlines()


def test_a_route_not_written_in_the_notes_is_one_positioned_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An editor writes a route out in the notes, reworded, instead of naming it
    (``{{ part.routes[1] }}``): validate names the file, the route's line and its field, so
    the two cannot drift apart."""
    content = _copy_topic(tmp_path)
    ks2 = content / "live-streaming" / "ks2.yml"
    text = ks2.read_text(encoding="utf-8")
    field = '{years: 5-6, text: "pairs tick each comment\'s row on the sheet; no cards."}'
    named = "start the sort.\n      {{ part.routes[0] }} {{ part.routes[1] }}"
    assert field in text and text.count(named) == 1
    ks2.write_text(text.replace(named, named.replace(
        "{{ part.routes[1] }}",
        "Years 5–6: pairs tick each comment's row on the sheet; no card sets.")),
        encoding="utf-8")
    line = next(n for n, t in enumerate(text.splitlines(), 1) if field in t)
    err = _validate_errors(content, capsys)
    assert [e for e in err if e.startswith(f"{ks2}:{line}:")
            and "error[LP102] cycles[0].routes[1].text: route 'Years 5–6: …' is not written "
                "word for word in this part's notes" in e], err


def test_a_second_adult_job_the_notes_do_not_say_is_refused_at_its_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A job the notes never say as ``{{ part.second_adult[0] }}`` is refused at the job's
    line; a second adult named in the notes' own words is refused at the notes: a job said
    only in prose reached neither the class teacher's handover nor, at a visit, their name."""
    content = _copy_topic(tmp_path)
    ks1 = content / "live-streaming" / "ks1.yml"
    text = ks1.read_text(encoding="utf-8")
    said = "Say nothing about anyone's thumbs. {{ part.second_adult[0] }}"
    assert text.count(said) == 1
    ks1.write_text(text.replace(said, "Say nothing about anyone's thumbs. The second adult "
                                      "notes who, quietly."),
                   encoding="utf-8")
    # The plenary's job: the starter's, earlier in the file, has the same words.
    job = max(n for n, t in enumerate(text.splitlines(), 1)
              if t.startswith('    - "quietly note '))
    err = _validate_errors(content, capsys)
    assert [e for e in err if e.startswith(f"{ks1}:{job}:")
            and "error[LP102] plenary.second_adult[0]: this job is not said in the part's "
                "notes: write {{ part.second_adult[0] }} there" in e], err
    assert [e for e in err if e.startswith(f"{ks1}:") and "error[LP102] plenary.notes: the "
            "notes name the second adult in their own words" in e], err


def _notes(deck: Path) -> str:
    return "\n".join(p.text for s in Presentation(str(deck)).slides
                     for p in s.notes_slide.notes_text_frame.paragraphs)


def test_built_for_year_4_and_for_no_class(brightpath_at_ashgrove: Path,
                                           ks2_pack: Path) -> None:
    year4 = _notes(next((brightpath_at_ashgrove / "live-streaming-ks2").glob("*-slides.pptx")))
    # The route's words, unlabelled (a sentence's start after "Do: give the steps …").
    assert "One card set per table (handing out, 1 min)" in year4 and "Year 4:" not in year4
    assert "Years 3–4" not in year4 and "Years 5–6" not in year4
    unknown = _notes(next(ks2_pack.glob("*-slides.pptx")))
    assert "Years 3–4:" in unknown and "Years 5–6:" in unknown


def _sheet_text(pack: Path) -> str:
    """The worksheet's paragraphs and table cells, with plain quotes."""
    doc = Document(str(next(pack.glob("*-worksheet.docx"))))
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    return _plain("\n".join([p.text for p in doc.paragraphs] + cells))


def _plain(text: str) -> str:
    return text.replace("\u2018", "'").replace("\u2019", "'")


def test_a_known_class_year_gets_only_its_own_parts(brightpath_at_ashgrove: Path,
                                                    ks2_pack: Path) -> None:
    """A Year 4 class was handed all four sides with a note of which to skip: its sheet now
    holds only what its route keeps, numbered as the slides number them."""
    lesson = load().items["live-streaming-ks2"].item
    route = next(r for r in lesson.sheet_routes if r.covers(4))
    year4 = _sheet_text(brightpath_at_ashgrove / "live-streaming-ks2")
    assert route.text not in year4 and "Year 4:" not in year4
    lines = year4.splitlines()
    for n, cycle in enumerate(lesson.cycles, 1):
        # Every Part is named, in order (the parts read 1, 2, 3); one the sheet leaves out
        # is one line saying where its sort is done, with nothing of the sort on the sheet.
        named = [line for line in lines if line.startswith(f"Part {n}: {cycle.title}")]
        assert len(named) == 1, (n, named)
        if n not in route.parts and cycle.task.sort:
            assert "on your table's cards" in named[0], named[0]
            # Nothing to write under it, and the line says so (pupils asked where to write).
            assert "(no writing)" in named[0], named[0]
        if cycle.task.sort:  # the Card table is the older years'
            assert _plain(cycle.task.sort.items[-1].text) not in year4
    assert [line[:7] for line in lines if re.match(r"Part \d:", line)] == \
        [f"Part {n}:" for n in range(1, len(lesson.cycles) + 1)]
    for n, question in enumerate(lesson.exit_quiz, 1):
        assert (_plain(question.question) in year4) == (n in route.quiz), n
    assert "How did I do?" in year4 and "Starter" in year4
    # What the slides send pupils to the sheet for: the reflection to finish, and room to
    # copy a trick's words and write each of Kofi's steps.
    assert all(_plain(r) in year4 for r in lesson.plenary.reflection)
    written = next(c for n, c in enumerate(lesson.cycles, 1)
                   if n in route.parts and not c.task.sort)
    assert all(_plain(p.text) in year4 for p in written.task.prompts)
    steps = next(p.steps for p in written.task.prompts if p.steps)
    assert all(f"{step.shown}:" in year4 for step in steps)
    # An "I can" for every Part taught, those done on cards too.
    assert all(c.outcome.removeprefix("I can ").rstrip(".") in year4 for c in lesson.cycles)


def _quiz_slide(deck: Path) -> list[str]:
    """The exit-quiz slides' texts (titled "Exit quiz: ring …" and, for a quiz of four at two
    questions a slide, "Exit quiz: questions 3 and 4"; never the answers slide)."""
    found = []
    for slide in Presentation(str(deck)).slides:
        texts = [s.text_frame.text for s in slide.shapes if s.has_text_frame]
        if any(t.startswith("Exit quiz:") for t in texts):
            found += texts
    assert found, "no exit-quiz slide"
    return found


def test_a_year_4_class_is_asked_only_its_questions_numbered_from_1(
        brightpath_at_ashgrove: Path, ks2_pack: Path) -> None:
    """The sheet's "1." and "4." under a slide of four sent Year 4 looking for 2 and 3: the
    slides, the sheet and the notes ask the year's questions alone, numbered 1 and 2."""
    lesson = load().items["live-streaming-ks2"].item
    route = next(r for r in lesson.sheet_routes if r.covers(4))
    kept = [_plain(q.question) for n, q in enumerate(lesson.exit_quiz, 1) if n in route.quiz]
    left = [_plain(q.question) for n, q in enumerate(lesson.exit_quiz, 1)
            if n not in route.quiz]
    pack = brightpath_at_ashgrove / "live-streaming-ks2"
    deck = next(pack.glob("*-slides.pptx"))
    slide = _plain(" ".join(_quiz_slide(deck)))
    assert all(q in slide for q in kept) and not any(q in slide for q in left)
    assert f"{len(kept)} questions" in slide
    notes = _notes(deck)
    assert "questions 1 and 2 only" not in notes
    doc = Document(str(next(pack.glob("*-worksheet.docx"))))
    numbered = [p.text for t in doc.tables for row in t.rows for c in row.cells
                for p in c.paragraphs if any(q in _plain(p.text) for q in kept)]
    assert [n.split(".")[0].strip() for n in numbered][:len(kept)] == \
        [str(i) for i in range(1, len(kept) + 1)], numbered
    # No class year: all four on the slide, and the notes say which Years 3–4 answer.
    whole = _plain(" ".join(_quiz_slide(next(ks2_pack.glob("*-slides.pptx")))))
    assert all(_plain(q.question) in whole for q in lesson.exit_quiz)
    assert "Years 3–4: questions 1 and 2 only" in _notes(next(ks2_pack.glob("*-slides.pptx")))
    # No class year: every Part and question, each band named only where the sheet marks
    # what it leaves (test_the_sheet_for_every_year_marks_what_each_band_leaves), no class.
    unknown = _sheet_text(ks2_pack)
    assert all(f"Part {n}:" in unknown for n in range(1, len(lesson.cycles) + 1))
    assert "Year 4:" not in unknown


def test_the_sheet_for_every_year_marks_what_each_band_leaves(ks2_pack: Path) -> None:
    """The sheet for no class serves Years 3–4 and 5–6: each sort table's first heading says
    Years 3–4 sort on cards, not there, and a line under the quiz's heading says which
    questions each band answers, so a Year 3 child never fills in the sheet's tables or
    answers questions their band skips. Both are in the pupils' printed file."""
    doc = Document(str(next(ks2_pack.glob("*-worksheet.docx"))))
    marked = [t for t in doc.tables
              if t.rows[0].cells[0].text == "Card (Years 3–4: sort on your cards, not here)"]
    # The comment sort and the clue sort, each with its own columns.
    assert [[c.text for c in t.rows[0].cells][1:] for t in marked] == [
        ["Kind", "Unkind", "Red flag"], ["Shows who or where", "Gives nothing away"]]
    paragraphs = [p.text for p in doc.paragraphs]
    quiz = next(i for i, text in enumerate(paragraphs) if text.startswith("Exit quiz:"))
    assert paragraphs[quiz + 1] == \
        "Years 3–4: questions 1 and 2 only. Years 5–6: all 4 questions.", paragraphs[quiz + 1]


def test_a_class_sheet_names_no_band() -> None:
    """The band lines mark a sheet serving two bands, put on where the sort table and the
    quiz heading are made; a sheet whose routes are fitted to one class's year (a Year 4
    pack) gets none: its class does every Part it is given."""
    from lessonpack.plan.model import Heading, Paragraph, WriteOnLine
    from lessonpack.plan.worksheet.bands import on_cards, quiz_line
    from lessonpack.plan.worksheet.close import QUIZ_HEADING, exit_quiz
    from lessonpack.plan.worksheet.sort import sort_table

    lesson = load().items["live-streaming-ks2"].item
    assert isinstance(lesson, Lesson) and lesson.cycles[0].task.sort is not None
    sort = lesson.cycles[0].task.sort
    assert sort_table(sort, on_cards(lesson)).header[0] == \
        f"{sort.heading} (Years 3–4: sort on your cards, not here)"
    named = WriteOnLine("Name")
    quiz = exit_quiz(lesson, named, quiz_line(lesson))
    assert quiz[1:3] == [Heading(QUIZ_HEADING, 2), Paragraph(
        "Years 3–4: questions 1 and 2 only. Years 5–6: all 4 questions.", "note",
        keep_next=True)]
    fitted = lesson.model_copy(update={"sheet_routes": [
        r.model_copy(update={"years": "4"}) for r in lesson.sheet_routes[:1]]})
    assert on_cards(fitted) == quiz_line(fitted) == ""
    assert sort_table(sort, on_cards(fitted)) == sort_table(sort)
    assert exit_quiz(fitted, named, quiz_line(fitted)) == exit_quiz(fitted, named)


@pytest.mark.parametrize("year", [4, 6])
def test_a_class_sorting_on_its_sheet_is_never_sent_to_cards(year: int) -> None:
    """Year 6 sorts Mei's clues on the sheet, with no cards: slide and sheet say "Each row
    says where to look" above a table headed "Where to look" (a Year 6 asked "what cards?").
    Year 4 sorts on cut-out cards and keeps the cards' words."""
    from lessonpack.plan.model import Table
    from lessonpack.plan.worksheet.sheet import plan_worksheet

    brand = DEFAULT_BRAND.model_copy(update={"class_name": f"Year {year} Owls"})
    facts = content_index().facts
    lesson = for_class(_lesson_ks2(), brand)
    slides = plan_lesson_deck(lesson, facts, brand).slides
    deck = " ".join(repr(s.payload) for s in slides)
    notes = " ".join(s.notes for s in slides).lower()
    sheet = plan_worksheet(lesson, facts, brand)
    headers = [b.header[0] for b in sheet.blocks if isinstance(b, Table) and b.header]
    words = " ".join(str(b) for b in sheet.blocks)
    if year == 6:
        assert "Each row says where to look" in deck and "Each row says where to look" in words
        assert "Each card says where to look" not in deck + words
        assert "each card" not in notes and "each row says where to look" in notes
        assert "Where to look" in headers, headers
    else:
        assert "Each card says where to look" in deck and "each card says" in notes
        assert "Each row says where to look" not in deck + words and "each row" not in notes


def _lesson_ks2() -> Lesson:
    item = content_index().items["live-streaming-ks2"].item
    assert isinstance(item, Lesson)
    return item
