"""What a visiting trainer's plan does with a safeguarding check or disclosure step is a content
field (``visitor:`` on a check, ``role:`` on a step), never read from the wording: a reworded
step keeps its rewrite, and a lesson that loses its ``tell`` step, or a step that no longer
says where the school's names go, is refused at its line (LP102)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from lessonpack.api import load
from lessonpack.cli import main
from lessonpack.content.brand import DEFAULT_BRAND
from lessonpack.content.model import DisclosureStep, Lesson, Safeguarding
from lessonpack.plan import visiting

ROOT = Path(__file__).resolve().parents[1]
SCHOOL = {"org_name": "Ashgrove Primary School", "dsl_name": "Mrs Priya Shah",
          "deputy_dsl_name": "Mr Tom Reid"}
OWN = DEFAULT_BRAND.model_copy(update=SCHOOL)
VISITING = DEFAULT_BRAND.model_copy(update={**SCHOOL, "delivered_by": "Northshire Council"})


def _lesson(audience: str) -> Lesson:
    item = load().items[f"live-streaming-{audience}"].item
    assert isinstance(item, Lesson)
    return item


def _reworded(lesson: Lesson) -> Safeguarding:
    """Every tagged step a visitor's plan rewrites, and every tagged check, reworded,
    keeping its tag. (A ``staff_concern`` step is the school's allegations route, the same
    for a visitor: kept as written, with the head named.)"""
    sg = lesson.safeguarding
    steps = [s.model_copy(update={"text": f"Straight away, tell the DSL. ({s.role})"})
             if s.role and s.role != "staff_concern" else s for s in sg.disclosure]
    checks = [c.model_copy(update={"text": f"Reworded check ({c.visitor})."})
              if c.visitor else c for c in sg.checklist]
    return sg.model_copy(update={"disclosure": steps, "checklist": checks})


def test_a_reworded_tell_step_still_becomes_the_visitors_go_to_the_dsl_now() -> None:
    lesson = _lesson("ks2")
    sg = _reworded(lesson)
    out = visiting.disclosure(lesson, VISITING, sg.disclosure)
    assert not any("Straight away" in s for s in out), out
    tell = [s for s in out if s.startswith("Act immediately (KCSIE). A disclosure goes at once")]
    assert len(tell) == 1 and "Mrs Priya Shah" in tell[0] and "Mr Tom Reid" in tell[0]
    assert sum("with no paper form, a signed, dated note" in s for s in out) == 1
    # The school's own staff keep their step, with the DSL named in it, and a number to
    # ring: this school file gives none, so the field for the school's phone.
    own = visiting.disclosure(lesson, OWN, sg.disclosure)
    assert "Straight away, tell the DSL (Mrs Priya Shah, [school phone]). (tell)" in own


def test_a_visitor_is_never_given_the_no_second_adult_fallback() -> None:
    """KS1's note on having no second adult is the school's own (move the lesson to a time
    when one is free): a visitor's plan names the class teacher instead. Marked ``role:
    no_second_adult``, it is replaced there, however it is worded, by the lesson not going
    ahead without the class teacher; the school's own staff keep theirs, which never lets
    one adult teach Year 2 alone."""
    from lessonpack.plan.safe_notes import safe_notes
    from lessonpack.plan.teacher_notes import plan_teacher_notes
    from plan_strings import strings_in

    lesson = _lesson("ks1")
    marked = [n for n in lesson.safeguarding.notes if n.role == "no_second_adult"]
    assert len(marked) == 1 and "The lesson does not go ahead: move it" in marked[0].text
    assert "If none can be" not in marked[0].text  # no lone-teacher fallback
    visitor = VISITING.model_copy(update={"class_name": "Year 2", "class_teacher":
                                          "Mrs Ruth Evans", "safeguarding_contact":
                                          "office by the hall; 01632 960419"})
    stop = ("If Mrs Evans cannot be in the room, the lesson does not go ahead: phone Mrs "
            "Priya Shah (01632 960419), or the deputy, Mr Tom Reid.")
    reworded = [n.model_copy(update={"text": "Reworded fallback: teach it alone."})
                if n.role == "no_second_adult" else n for n in lesson.safeguarding.notes]
    for notes in (lesson.safeguarding.notes, reworded):
        theirs = safe_notes(lesson, visitor, notes)
        # The names check is printed with the resources, before the letter's date.
        assert stop in theirs and len(theirs) == len([n for n in notes if n.role != "names"])
        assert not any("move it to a time" in t or "Reworded" in t for t in theirs)
    assert marked[0].text in safe_notes(lesson, OWN, lesson.safeguarding.notes)
    # The safe-delivery notes are the teacher notes' (plan/teacher_notes).
    plan = " ".join(strings_in(plan_teacher_notes(lesson, load().facts, visitor)))
    assert stop in plan and "No second adult free?" not in plan
    own = " ".join(strings_in(plan_teacher_notes(lesson, load().facts, OWN)))
    assert "No second adult free? The lesson does not go ahead" in own
    assert "If Mrs Evans cannot be in the room" not in own


def test_checks_a_visitor_skips_are_kept_for_the_schools_own_staff() -> None:
    lesson = _lesson("ks1")
    sg = _reworded(lesson)
    mine = visiting.checklist(lesson, OWN, sg.checklist)
    theirs = visiting.checklist(lesson, VISITING, sg.checklist)
    skipped = sum(c.visitor == "skip" for c in lesson.safeguarding.checklist)
    assert skipped >= 4 and sum(c == "Reworded check (skip)." for c in mine) == skipped
    assert not any("(skip)" in c for c in theirs), theirs
    # The photo of the DSL, which only the school has, is asked of the class teacher.
    assert "Reworded check (ask_class_teacher)." in mine
    assert any(c.startswith("Ask ") and c.endswith(" to reworded check (ask_class_teacher).")
               for c in theirs), theirs


def test_without_a_record_step_a_visitors_record_step_follows_the_tell_step() -> None:
    session = load().items["live-streaming-parents"].item
    out = visiting.disclosure(session, VISITING, session.safeguarding.disclosure)
    at = next(i for i, s in enumerate(out) if s.startswith("Act immediately (KCSIE)"))
    assert out[at + 1].startswith("Write a parent's concern")


@pytest.mark.parametrize(("step", "words"), [
    ({"role": "tell", "text": "Tell our safeguarding lead at once."}, "'the DSL'"),
    ({"role": "staff_concern", "text": "A concern about staff goes to the head."},
     "'the headteacher'"),
])
def test_a_step_that_leaves_no_place_for_the_schools_name_is_refused(
        step: dict[str, str], words: str) -> None:
    with pytest.raises(ValidationError, match=words):
        DisclosureStep.model_validate(step)


def test_a_lesson_without_its_tell_step_is_one_line_at_the_list(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = (ROOT / "content/live-streaming/ks2.yml").read_text(encoding="utf-8")
    # The step is the core text of facts.yml, referred to by id.
    tagged = '- {role: tell, text: "{{ disclosure.tell }}"'
    assert text.count(tagged) == 1
    folder = tmp_path / "live-streaming"
    folder.mkdir()
    (folder / "ks2.yml").write_text(text.replace(tagged, '- {text: "{{ disclosure.tell }}"'),
                                    encoding="utf-8")
    assert main(["validate", "--content", str(tmp_path)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    line = text[:text.index("  disclosure:")].count("\n") + 1
    assert err[0] == (f"{folder / 'ks2.yml'}:{line}:3: error[LP102] safeguarding.disclosure: "
                      "exactly one step needs 'role: tell' (the step that says whom to tell, "
                      "which a visitor's plan rewrites); found 0"), err


