"""Who takes a child aside when they start to disclose in the lesson, and what a teacher does
with no second adult. A visiting trainer is never left alone with the class, so their plan
keeps the class teacher in the room and has a TA, or the DSL fetched, take the child aside;
the school's own teacher keeps the step as written. A KS2 plan says what a teacher on their
own does; a visitor's says the lesson needs the class teacher."""

from __future__ import annotations

from lessonpack.api import load
from lessonpack.content.brand import DEFAULT_BRAND, Brand
from lessonpack.plan.lesson_plan import plan_lesson_plan
from lessonpack.plan.teacher_notes import plan_teacher_notes
from plan_strings import strings_in

SCHOOL = {"org_name": "Ashgrove Primary School", "dsl_name": "Mrs Helen Okafor",
          "deputy_dsl_name": "Mr Daniel Price"}
VISITOR = DEFAULT_BRAND.model_copy(update={**SCHOOL, "delivered_by": "Northshire Council"})
OWN = DEFAULT_BRAND.model_copy(update=SCHOOL)


def _plan(audience: str, brand: Brand) -> str:
    """The plan's words and its teacher notes' (the safe-delivery notes are the notes')."""
    index = load()
    lesson = index.items[f"live-streaming-{audience}"].item
    return " ".join(" ".join(s for plan in (plan_lesson_plan, plan_teacher_notes)
                             for s in strings_in(plan(lesson, index.facts, brand))).split())


def test_a_visitors_class_teacher_stays_while_someone_else_takes_the_child_aside() -> None:
    for audience in ("ks1", "ks2", "ks3", "ks4"):
        visit, own = _plan(audience, VISITOR), _plan(audience, OWN)
        # Stopped gently before they say more in front of the class, told when they
        # will be heard, and then heard.
        said = visit.translate(str.maketrans("\u201c\u201d\u2019", "\"\"'"))
        assert ("A child starts to disclose in class: gently stop them before they say more "
                "(\"Thank you. We'll talk in a minute.\"), then act at once: the class "
                "teacher stays") in said, audience
        # Who does what, each named: "you carry on" left a visitor and a teacher unsure
        # which of them it meant.
        assert ("the class teacher stays and the trainer teaches on; a TA, or else the DSL or "
                "deputy (phone them), takes the child somewhere quiet, in sight of others.") \
            in said, audience
        assert "gently stop them before they say more" in own, audience
        assert "a second adult takes them aside" not in visit, audience
        assert ("a second adult takes them aside now, in sight of others, or you, straight "
                "after the activity.") in own, audience
        assert "the trainer teaches on" not in own, audience
        assert "visitor" not in own.lower(), audience


def test_ks2_says_what_a_teacher_on_their_own_does() -> None:
    own, visit = _plan("ks2", OWN), _plan("ks2", VISITOR)
    assert "No second adult free? Teach it on your own" in own
    assert "a runner fetches the DSL." in own
    # A visitor's second adult is the class teacher: no lone version for them.
    assert "Teach it on your own" not in visit
    assert "does not go ahead" in visit


def test_the_names_check_comes_before_the_letter_with_a_rebuild_route() -> None:
    for audience in ("ks2", "ks3", "ks4"):
        own = _plan(audience, OWN)
        assert "before the letter home goes" in own.lower(), audience
        assert "ask whoever made the pack to rename them and send a new pack." in own, audience
        # Said once, at the end of the night-before route (safe_notes.found_late).
        assert own.count("never edit") == 1 and "never edit the files by hand." in own, audience
        # Words for the teacher: no brand-file field name in a plan.
        assert "character_names" not in own, audience
        assert "change it before the lesson" not in own, audience
        assert "change any that match" not in own, audience


def test_every_plan_says_how_long_pupils_sheets_are_kept() -> None:
    """The sheets read after the lesson hold named pupils' private answers: the plan's
    "After the lesson" says where a worrying one goes and when the rest are returned or
    shredded."""
    kept = ("Sheets: any that raised a concern go to the DSL with the record that day; return "
            "the rest to pupils or shred them by the end of term, as the school's records "
            "policy says.")
    for audience in ("ks1", "ks2", "ks3", "ks4"):
        own, visit = _plan(audience, OWN), _plan(audience, VISITOR)
        after = own[own.index("After the lesson"):]
        assert kept in after, audience
        assert f"{kept[:-1]} (a visitor leaves this to the class teacher)." in visit, audience
