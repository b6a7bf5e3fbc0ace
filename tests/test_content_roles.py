"""What the plans decide from safeguarding checks and resources comes from their fields, never
their words: reworded, an item keeps what it does; a field whose words the plan needs, or a
half-given pair, is refused at its line by `lessonpack validate`."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pydantic import ValidationError

from lessonpack.api import load
from lessonpack.cli import main
from lessonpack.content.brand import DEFAULT_BRAND, Brand
from lessonpack.content.model import Check, Lesson, Resource
from lessonpack.plan.lesson_plan import plan_lesson_plan
from lessonpack.plan.model import Table
from lessonpack.plan.visit_logistics import lesson_logistics
from plan_strings import strings_in

TOPICS = Path(__file__).resolve().parent / "topics"
SCHOOL = {"org_name": "Ashgrove Primary School", "dsl_name": "Mrs Priya Shah",
          "deputy_dsl_name": "Mr Tom Reid"}
OWN = DEFAULT_BRAND.model_copy(update=SCHOOL)
VISITING = DEFAULT_BRAND.model_copy(update={**SCHOOL, "delivered_by": "Northshire Council"})


def _garden() -> Lesson:
    item = load([TOPICS]).items["garden-games-ks1"].item
    assert isinstance(item, Lesson)
    return item


def _with_checks(lesson: Lesson, checks: list[Check]) -> Lesson:
    return lesson.model_copy(update={"safeguarding": lesson.safeguarding.model_copy(
        update={"checklist": checks})})


def _text(value: object) -> str:
    """Every string in a plan's blocks, joined."""
    return " ".join(strings_in(value))


def _plan(lesson: Lesson, brand: Brand) -> str:
    return _text(plan_lesson_plan(lesson, load().facts, brand))


TALK = "Talk to your Designated Safeguarding Lead"


def test_the_talk_with_the_dsl_is_a_role_not_a_word() -> None:
    lesson = _garden()
    talk = next(c for c in lesson.safeguarding.checklist if c.role == "talk_to_dsl")
    assert TALK not in _plan(lesson, OWN)
    reworded = [c.model_copy(update={"text": "Tell your safeguarding lead the date."})
                if c is talk else c for c in lesson.safeguarding.checklist]
    assert TALK not in _plan(_with_checks(lesson, reworded), OWN)
    # Other checks still say "DSL", but none is the talk: the plan adds its own, first.
    unmarked = [c.model_copy(update={"role": None}) if c is talk else c
                for c in lesson.safeguarding.checklist]
    assert any("DSL" in c.text for c in unmarked)
    assert f"{TALK} before the lesson." in _plan(_with_checks(lesson, unmarked), OWN)
    # A visitor's own checks ask the DSL who needs extra care: no second talk.
    assert TALK not in _plan(_with_checks(lesson, unmarked), VISITING)


def test_a_visitor_sees_the_leads_named_only_where_the_role_says() -> None:
    lesson = _garden()
    named = "Mrs Priya Shah (DSL) and Mr Tom Reid (deputy)"
    assert named in _plan(lesson, VISITING)
    assert named not in _plan(lesson, OWN)  # a school's own staff know them
    plain = [c.model_copy(update={"role": None}) if c.role == "names_dsl_and_deputy" else c
             for c in lesson.safeguarding.checklist]
    assert named not in _plan(_with_checks(lesson, plain), VISITING)
    with pytest.raises(ValidationError, match="must say 'the DSL and the deputy'"):
        Check(text="Show pupils photos of the safeguarding leads.",
              role="names_dsl_and_deputy")


def _logistics(lesson: Lesson) -> dict[str, str]:
    [_, table] = lesson_logistics(lesson, VISITING)  # the deadline, then the table
    assert isinstance(table, Table)
    return {row[0]: row[1] for row in table.rows}


def test_what_a_visitor_brings_and_pupils_need_are_fields() -> None:
    lesson = _garden()
    rows = _logistics(lesson)
    assert rows["The trainer brings"].endswith(
        "• Puppets; red, amber and green cards for every child; the question box (it stays "
        "in school)")
    # Then the bags a picture-led class's lights go in, a child's three to a bag.
    assert rows["The school provides"].endswith(
        "• Pupils' clipboards, crayons, pencils\n• 30 small bags or envelopes (the traffic "
        "lights)")
    # Reworded, an item keeps its place; a prop without the fields is the school's to find.
    reworded = [r.model_copy(update={"text": "Two glove toys for the stories"})
                if r.short == "puppets" else
                Resource(text="A question box") if r.provided_by == "trainer" and
                "question box" in (r.short or "") else r for r in lesson.resources]
    rows = _logistics(lesson.model_copy(update={"resources": reworded}))
    assert rows["The trainer brings"].endswith(
        "• Puppets; red, amber and green cards for every child")
    assert not OWN.delivered_by and lesson_logistics(lesson, OWN) == []
    with pytest.raises(ValidationError, match="'provided_by' and 'short' go together"):
        Resource(text="Puppets", provided_by="trainer")


def test_the_cards_file_is_named_in_the_item_marked_cut_cards() -> None:
    lesson = load().items["live-streaming-ks2"].item
    assert isinstance(lesson, Lesson) and lesson.readers
    cards = next(i for i, r in enumerate(lesson.resources) if r.cut_cards)
    reworded = [r.model_copy(update={"text": "Sorts as slips, a set per table."})
                if i == cards else r for i, r in enumerate(lesson.resources)]
    text = _plan(lesson.model_copy(update={"resources": reworded}), OWN)
    # With which pages how many times, for a class of 30 where the file gives no size.
    assert ("Sorts as slips, a set per table: print live-streaming-ks2-cards.docx, pages 1 "
            "and 2 six times, page 3 (help cards) 8 times (counted for a class of 30).") in text
    unmarked = [r.model_copy(update={"cut_cards": False}) for r in lesson.resources]
    text = _plan(lesson.model_copy(update={"resources": unmarked}), OWN)
    assert "Sort cards to cut out: print live-streaming-ks2-cards.docx, pages 1 and 2" in text


def test_validate_names_the_line_and_field_of_a_role_without_its_words(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    topic = tmp_path / "garden-games"
    shutil.copytree(TOPICS / "garden-games", topic)
    lesson = topic / "ks1.yml"
    text = lesson.read_text(encoding="utf-8")
    text = text.replace("provided_by: trainer, short: puppets}", "provided_by: trainer}")
    text = text.replace("role: names_dsl_and_deputy, text: \"Show pupils a photo of the DSL "
                        "and the deputy", "role: names_dsl_and_deputy, text: \"Show pupils "
                        "a photo of the leads")
    lesson.write_text(text, encoding="utf-8")
    lines = text.splitlines()
    at = {key: next(n for n, line in enumerate(lines, 1) if key in line)
          for key in ("provided_by: trainer}", "a photo of the leads")}
    assert main(["validate", "--content", str(topic)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert f"{lesson}:{at['provided_by: trainer}']}:5: error[LP102] resources[1]: " \
        "'provided_by' and 'short' go together: who has it when a visitor teaches, and the " \
        "words the visit logistics table uses" in err
    assert f"{lesson}:{at['a photo of the leads']}:7: error[LP102] " \
        "safeguarding.checklist[2]: a 'names_dsl_and_deputy' check must say 'the DSL and " \
        "the deputy' (a visitor's plan puts the school's names there)" in err
