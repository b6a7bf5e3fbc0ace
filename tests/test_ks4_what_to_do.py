"""KS4's "What to do" steps lead with telling an adult, as the letter home does.

A pupil being blackmailed tonight needs an adult first: the adult (and through them the
school's DSL) does the rest. The steps, the check that drills them and the letter home all
put telling someone before saving evidence, and evidence advice names what is safe to keep.
"""

from __future__ import annotations

from lessonpack.content.model import Audience, LearningCycle
from lessons import lesson_for


def _what_to_do() -> LearningCycle:
    lesson = lesson_for(Audience.KS4)
    return next(c for c in lesson.cycles if c.title == "What to do")


def test_the_first_step_is_telling_an_adult() -> None:
    steps = _what_to_do().lines
    assert "tell an adult you trust" in steps[0].lower(), steps
    evidence = next(s for s in steps if "save the messages" in s.lower())
    assert steps.index(evidence) > 1, steps
    assert "never save or send the image" in evidence.lower(), evidence
    # Pupils panic-delete: deleting the chat or the account loses what a report needs.
    assert "don't delete the chat or account" in evidence, evidence
    assert not any(s.lower().startswith("screenshot") for s in steps), steps


def test_the_check_answers_tell_an_adult_not_screenshot() -> None:
    check = _what_to_do().checks[0]
    answer = next(o.text for o in check.options if o.correct)
    assert "tell an adult" in answer.lower(), answer
    assert "screenshot" not in answer.lower(), answer


def test_the_letter_home_names_the_dsl_among_the_steps() -> None:
    letter = lesson_for(Audience.KS4).letter
    assert letter is not None
    # The steps are said once, in the tips beside the letter's text (a parent finds them
    # there; said in the paragraph too, they made the page the densest letter home).
    (steps,) = [tip for tip in letter.tips if "If your child is threatened" in tip]
    assert "tell our DSL" in steps and "don't pay" in steps
    # Addressed to the parent: the parent never handles the image; Report Remove is the
    # child's own route ("the one safe place for it" read as "you send it").
    assert "Never open, save or forward the image yourself" in steps
    assert "your child can use Childline's Report Remove" in steps
    assert "one safe place for it" not in steps
    assert not any("don't reply or pay" in p for p in letter.paragraphs)


def test_the_question_box_and_reflection_lines_are_read_while_pupils_are_on_site() -> None:
    """The lesson's own threat has a midnight deadline, and its last written line is "One
    place I could go for help tonight": a slip read at the end of the day is read after
    the pupil has gone home. KS4 reads the box and the sheets while pupils are on site, and
    the close invites a pupil this is happening to now to be taken to the DSL today."""
    lesson = lesson_for(Audience.KS4)
    after = lesson.plenary.after_lesson[0].text
    # The box before the teacher leaves the room, as the close tells pupils.
    assert ("read the box before you leave the room and every reflection line straight "
            "after the lesson") in after
    assert "straight after the lesson, while pupils are still on site" in after
    assert "end of the day" not in after and "leaves the building" not in after
    assert "DSL or the deputy at once" in after
    box = next(c.text for c in lesson.safeguarding.checklist if "question box" in c.text)
    assert "read it before you leave the room" in box and "while pupils are still on site" in box
    assert "same day" not in box
    close = " ".join(lesson.plenary.notes.split())
    # Straight after the lesson, not "today": the disclosure steps say act immediately.
    assert ("If this is happening to you now, stay behind for a minute or tell me at the "
            "door, and I'll go with you to the DSL or the deputy straight after the lesson."
            ) in close
    # A slip in the box is read in the room, before the class leaves it (whoever keeps the
    # box: a visitor's class teacher does), and the help card holds the other routes.
    assert "The question box is read before we leave this room." in close
    assert "The help card has the rest." in close
    # Not a slip to be read later: the story's threat has a midnight deadline.
    assert "put your name on a slip" not in close
    assert "deputy today" not in close


def test_the_letter_after_never_has_a_parent_handle_the_image() -> None:
    """The letter is the parent's: Report Remove is the child's own route, and CEOP (a
    report form) is not one of the helplines open at any hour."""
    letter = lesson_for(Audience.KS4).letter
    assert letter is not None and letter.after is not None
    told = " ".join(letter.after.if_told)
    assert "Never open, save or forward the image yourself" in told
    assert "your child can send it to Report Remove" in told and "one safe place" not in told
    (any_hour,) = [line for line in letter.after.learned if "at any hour" in line]
    assert "CEOP" not in any_hour and "Childline" in any_hour


def test_a_visitors_handover_names_the_dsl_and_the_deputy() -> None:
    """A visiting trainer's handover names the school's DSL in the content's jobs: "the DSL
    or deputy" came out "Mrs Helen Okafor or deputy". Both are named, the deputy marked as
    such, and a school that names no deputy keeps "the deputy"."""
    from lessonpack.content.brand import Brand
    from lessonpack.plan.visit_brief.handover_sheet import after

    lesson = lesson_for(Audience.KS4)
    both = Brand(org_name="Ashgrove Primary School", dsl_name="Mrs Helen Okafor",
                 deputy_dsl_name="Mr Daniel Price", delivered_by="Northshire Online Safety Team",
                 trainer_name="Sam Carter", lesson_date="Friday 22 January 2027")
    lines = after(lesson, both)
    assert any("take anything worrying to Mrs Okafor or Mr Price (deputy) at "
               "once." in line for line in lines), lines
    assert any("never sent alone: phone Mrs Okafor or Mr Price (deputy), or "
               "hand the class" in line for line in lines), lines
    assert not any("or deputy" in line for line in lines), lines
    alone = Brand(org_name="Ashgrove Primary School", dsl_name="Mrs Helen Okafor",
                  delivered_by="Northshire Online Safety Team", trainer_name="Sam Carter",
                  lesson_date="Friday 22 January 2027")
    assert any("to Mrs Okafor or the deputy at once." in line
               for line in after(lesson, alone))
    for text in (c.text for c in lesson.plenary.after_lesson):
        assert len(text) <= 300
