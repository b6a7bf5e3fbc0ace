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
    steps = _what_to_do().explain
    assert "tell an adult you trust" in steps[0].lower(), steps
    evidence = next(s for s in steps if "save the messages" in s.lower())
    assert steps.index(evidence) > 1, steps
    assert "never save or send the image" in evidence.lower(), evidence
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
    assert "never open or forward the image" in steps
    assert not any("don't reply or pay" in p for p in letter.paragraphs)
