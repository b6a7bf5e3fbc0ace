"""A part's routes and after-the-lesson steps are written once, in their fields, and the
notes name them (``{{ part.routes[0] }}``, ``{{ part.after_lesson }}``): the loader says them
there, and the planners read the fields, not sentences split out of the notes."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from lessonpack.content.loader import ContentIndex, load_content
from lessonpack.content.model import AfterStep, Lesson
from lessonpack.content.part_words import AFTER_LABEL, after_paragraph, second_adult_line
from lessonpack.content.textrender import render_tree, rules_checked
from lessonpack.errors import UserError

ROOT = Path(__file__).resolve().parents[1]
LESSONS = ("ks1", "ks2", "ks3", "ks4")


@cache
def _index() -> ContentIndex:
    return load_content()


def _lesson(stage: str) -> Lesson:
    item = _index().items[f"live-streaming-{stage}"].item
    assert isinstance(item, Lesson)
    return item


@pytest.mark.parametrize("stage", LESSONS)
def test_the_after_lesson_steps_are_written_once_and_said_in_the_notes(stage: str) -> None:
    plenary = _lesson(stage).plenary
    assert plenary.after_lesson
    assert after_paragraph([s.text for s in plenary.after_lesson]) in plenary.notes
    written = (ROOT / "content" / "live-streaming" / f"{stage}.yml").read_text("utf-8")
    assert AFTER_LABEL not in written and "{{ part.after_lesson }}" in written


def test_a_parts_routes_are_said_where_its_notes_name_them() -> None:
    part = {"notes": "Task: {{ part.routes[0] }} Then {{ part.routes[1].only }}",
            "routes": [{"years": "3-4", "text": "cards, {{ fact.x }}."},
                       {"years": "5", "text": "the sheet."}]}
    said, errors = render_tree(part, {"fact": {"x": "one set a table"}})
    assert not errors
    assert said["notes"] == ("Task: Years 3–4: cards, one set a table. "
                             "Then Year 5 only: the sheet.")


def test_a_parts_second_adult_jobs_are_said_where_its_notes_name_them() -> None:
    part = {"notes": "Read. {{ part.second_adult[1] }} Ask. {{ part.second_adult[0] }}",
            "second_adult": ["note who, {{ fact.x }}.", "lay out sheets."]}
    said, errors = render_tree(part, {"fact": {"x": "quietly"}})
    assert not errors
    assert said["notes"] == ("Read. Second adult: lay out sheets. "
                             "Ask. Second adult: note who, quietly.")


@pytest.mark.parametrize("stage", ("ks1", "ks2"))
def test_the_second_adults_jobs_are_written_once(stage: str) -> None:
    """Each job's words are in its ``second_adult`` entry alone; the notes name it there,
    and say the second adult nowhere else."""
    lesson = _lesson(stage)
    parts = [lesson.starter, *lesson.cycles, lesson.plenary]
    assert any(p.second_adult for p in parts)
    written = (ROOT / "content" / "live-streaming" / f"{stage}.yml").read_text("utf-8")
    assert "Second adult:" not in written and "{{ part.second_adult[" in written
    for part in parts:
        for job in part.second_adult:
            assert second_adult_line(job) in part.notes
        rest = part.notes
        for job in part.second_adult:
            rest = rest.replace(second_adult_line(job), "")
        assert "second adult" not in rest.lower()


def test_the_ks2_routes_are_written_once() -> None:
    """Each KS2 route's words are in its ``routes`` entry alone; the notes name it."""
    written = (ROOT / "content" / "live-streaming" / "ks2.yml").read_text("utf-8")
    lesson = _lesson("ks2")
    parts = [lesson.starter, *lesson.cycles, lesson.plenary]
    routes = [r for p in parts for r in p.routes]
    assert routes and "{{ part.routes[" in written
    # As loaded: a route may date the age rules ({{ rules_checked }}).
    written = written.replace("{{ rules_checked }}", rules_checked(_index().facts))
    for route in routes:
        assert written.count(route.text) == 1, route.text


def test_the_handover_reads_the_class_teachers_steps() -> None:
    """A visitor's aside is the trainer's, not a job for the class teacher; each job starts
    with a capital, as a line of its own."""
    from lessonpack.plan.visit_brief.handover_sheet import lesson_after

    lesson = _lesson("ks2")
    steps = [AfterStep(text="the class teacher reads the box (a visitor hands it over)."),
             AfterStep(text="A visitor hands them over."),
             AfterStep(text="A pupil at risk now is never sent alone.", now=True)]
    plenary = lesson.plenary.model_copy(update={"after_lesson": steps})
    jobs = lesson_after(lesson.model_copy(update={"plenary": plenary}))
    assert jobs == ("The class teacher reads the box.",
                    "A pupil at risk now is never sent alone.")


def test_the_closing_slide_points_to_the_plan_and_keeps_what_is_done_now() -> None:
    from lessonpack.content.brand import DEFAULT_BRAND
    from lessonpack.plan.deck.places import AFTER_POINTER
    from lessonpack.plan.pack import plan_pack

    lesson = _lesson("ks3")
    now = [s.text for s in lesson.plenary.after_lesson if s.now]
    later = [s.text for s in lesson.plenary.after_lesson if not s.now]
    assert now and later
    notes = "\n".join(s.notes for d in plan_pack(lesson, _index().facts, DEFAULT_BRAND).decks
                      for s in d.slides)
    assert notes.count(AFTER_POINTER) == 1 and all(t in notes for t in now)
    assert not [t for t in later if t in notes]


def test_after_lesson_steps_the_notes_never_say_are_one_line(tmp_path: Path) -> None:
    topic = tmp_path / "live-streaming"
    topic.mkdir()
    text = (ROOT / "content" / "live-streaming" / "ks2.yml").read_text("utf-8")
    (topic / "ks2.yml").write_text(text.replace("{{ part.after_lesson }}", "Close."), "utf-8")
    with pytest.raises(UserError) as caught:
        load_content([tmp_path])
    lines = [p for p in str(caught.value).splitlines() if "after_lesson" in p]
    assert len(lines) == 1 and "ks2.yml:" in lines[0], str(caught.value)



def test_an_empty_after_lesson_said_in_the_notes_is_refused(tmp_path: Path) -> None:
    """{{ part.after_lesson }} with no steps would print the label alone in the notes."""
    topic = tmp_path / "live-streaming"
    topic.mkdir()
    text = (ROOT / "content" / "live-streaming" / "ks2.yml").read_text("utf-8")
    start = text.index("  after_lesson:\n")
    end = text.index("\n  reflection:", start)
    (topic / "ks2.yml").write_text(text[:start] + "  after_lesson: []" + text[end:], "utf-8")
    with pytest.raises(UserError) as caught:
        load_content([tmp_path])
    assert "has no steps" in str(caught.value) and "ks2.yml:" in str(caught.value)

def test_a_part_reference_that_names_nothing_says_why() -> None:
    routes = [{"years": "3-4", "text": "cards."}]
    _, beyond = render_tree({"notes": "{{ part.routes[2] }}", "routes": routes}, {})
    _, outside = render_tree({"notes": "{{ part.after_lesson }}"}, {})
    assert [m for _, m, _ in beyond] == [
        "no entry 2 in that list: a part's routes are numbered from 0 in the order its "
        "routes field lists them"]
    assert len(outside) == 1 and "not in a part that lists them" in outside[0][1]


def test_a_broken_route_is_one_problem_at_the_routes_own_line(tmp_path: Path) -> None:
    """A route's text is said in the notes that name it and rendered in its own field: a
    fault in it is reported once, at the route's line, not again at the notes'."""
    topic = tmp_path / "live-streaming"
    topic.mkdir()
    text = (ROOT / "content" / "live-streaming" / "ks2.yml").read_text("utf-8")
    route = 'text: "the sheet\'s sort tables (Parts 1 and 2), no cards."'
    assert text.count(route) == 1
    line = text[:text.index(route)].count("\n") + 1
    (topic / "ks2.yml").write_text(
        text.replace(route, 'text: "the sheet\'s {{ fact.no_such_fact }} tables."'), "utf-8")
    with pytest.raises(UserError) as caught:
        load_content([tmp_path])
    found = [p for p in caught.value.problems if "no_such_fact" in str(p)]
    assert len(found) == 1 and f"ks2.yml:{line}:" in str(found[0]), str(caught.value)


class _Broken:
    def boom(self) -> str:
        raise RuntimeError("a bug, not the text's fault")


def test_a_fault_that_is_not_the_texts_is_raised_not_reported() -> None:
    """Only what a content text's template can cause is a problem at its field; anything
    else is a bug in lessonpack and stops the load as one."""
    routes = [{"years": "3-4", "text": "{{ thing.boom() }}"}]
    with pytest.raises(RuntimeError, match="a bug"):
        render_tree({"notes": "{{ part.routes[0] }}", "routes": routes}, {"thing": _Broken()})
    _, faults = render_tree({"notes": "{{ part.routes[0] }}",
                             "routes": [{"years": "3-4", "text": "{{ 'a' - 1 }}"}]}, {})
    assert len(faults) == 1 and faults[0][0] == ("routes", 0, "text"), faults
