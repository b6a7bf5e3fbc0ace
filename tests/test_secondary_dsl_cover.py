"""Who is free to take a disclosure, and who follows up, in the secondary lesson plans.

A KS3 or KS4 disclosure cannot wait for tomorrow (a sextortion demand runs to a midnight
deadline), so each plan asks the teacher to confirm a DSL or deputy is free until the school
day ends and not to teach it on the eve of a weekend or holiday. The letters home promise
that a pupil who misses the lesson is still told where to get help: each plan names who does
it. KS4's reflection asks where a pupil could go for help tonight: a blank or "no one" answer
is acted on that day. KS1 sends the DSL the end-of-lesson "If I tell" thumbs, and a child's
start thumbs only if something else worries the adult (start answers, before any teaching,
are noisy)."""

from __future__ import annotations

from lessonpack.api import load
from lessonpack.content.brand import Brand
from lessonpack.content.model import Audience
from lessonpack.plan.pack import plan_pack
from lessons import lesson_for, plan_strings


def _plan_text(audience: Audience) -> str:
    lesson = lesson_for(audience)
    plan = next(d for d in plan_pack(lesson, load().facts, Brand()).documents
                if d.kind == "lesson_plan")
    return " ".join(" ".join(plan_strings(plan.blocks)).split())


def test_secondary_plans_confirm_a_dsl_free_until_the_day_ends() -> None:
    for audience in (Audience.KS3, Audience.KS4):
        text = _plan_text(audience)
        assert ("Confirm which DSL or deputy is on site and free (not teaching) in this lesson "
                "and until the end of the school day: ______.") in text, audience
        assert ("Don't teach it last thing before a weekend or holiday, or with neither in."
                in text), audience


def test_secondary_plans_name_who_tells_pupils_who_miss_the_lesson() -> None:
    for audience in (Audience.KS3, Audience.KS4):
        text = _plan_text(audience)
        assert ("Absent pupils (and withdrawn ones, only if our RSHE policy makes this lesson sex "
                "education): the form tutor gives each a help card and says "
                "where to get help, privately, within a week.") in text, audience


def test_ks4_acts_on_a_blank_help_line_the_same_day() -> None:
    lesson = lesson_for(Audience.KS4)
    assert lesson.plenary.reflection == ["One place I could go for help tonight is…"]
    after = " ".join(step.text for step in lesson.plenary.after_lesson if not step.now)
    assert ("A blank, 'nowhere' or 'no one' help line: give that pupil a help card and a "
            "quiet check-in today") in after
    assert "tell the DSL of any other worry" in after
    # Said in the plan's "After the lesson" row, not only in the content.
    plan = _plan_text(Audience.KS4).replace("\u2018", "'").replace("\u2019", "'")
    assert "A blank, 'nowhere' or 'no one' help line" in plan


def test_ks1_sends_the_end_thumbs_and_start_ones_only_with_another_worry() -> None:
    lesson = lesson_for(Audience.KS1)
    after = " ".join(step.text for step in lesson.plenary.after_lesson)
    assert 'thumbs up to "If I tell, I get in trouble" at the end' in after
    notes = " ".join(lesson.plenary.notes.split())
    # Plain words a TA reading over the teacher's shoulder cannot take the wrong way round.
    assert "Give the DSL, that day, the names of children who showed thumbs up at the end. " \
        "A child who showed it only at the start: pass on only if something else worries " \
        "you." in notes
    assert "start-only" not in notes and "end names" not in notes
    assert "Give both notes to the DSL" not in notes
    checklist = " ".join(item if isinstance(item, str) else item.text
                         for item in lesson.safeguarding.checklist)
    # One "only" a line: "(only at the start: only if …)" read as a riddle.
    # The names go to the DSL that day, and the DSL decides what follows: a line that said
    # only "pass on if ..." read as "keep the name back".
    assert "the names of children showing thumbs up to \"If I tell, I get in trouble\" at " \
        "the end (at the start: only with another worry). The DSL decides what follows." \
        in checklist
    assert "only at the start: only" not in checklist
    cautions = " ".join(" ".join(c.split()) if isinstance(c, str) else " ".join(c.text.split())
                        for c in lesson.safeguarding.notes)
    assert "A child who showed it only at the start (before teaching, answers are noisy): " \
        "pass on only if something else worries you." in cautions
    # KS2's plan, which a DSL signs beside KS1's on one visit day, has the same rule for its
    # own telling statement: a child who ends believing they cannot tell is named that day.
    ks2 = " ".join(item if isinstance(item, str) else item.text
                   for item in lesson_for(Audience.KS2).safeguarding.checklist)
    assert "Telling statement: a pupil who ends on Disagree is named to the DSL that day." \
        in ks2
    after = " ".join(step.text for step in lesson_for(Audience.KS2).plenary.after_lesson)
    assert 'any concern, and any pupil ending on Disagree with "You can tell a grown-up even ' \
        'if…", goes to the DSL at once' in after


def test_ks3_is_not_for_cover_and_reads_its_box_while_pupils_are_on_site() -> None:
    """A grooming and blackmail lesson is taught by a teacher who knows the class, and the
    slips pupils are invited to name are read before they go home."""
    lesson = lesson_for(Audience.KS3)
    checklist = [item if isinstance(item, str) else item.text
                 for item in lesson.safeguarding.checklist]
    assert "Not for cover: taught by a teacher who knows the class. If they are absent, move " \
        "the lesson." in checklist
    assert not [c for c in checklist if "Covering this lesson" in c]
    box = next(c for c in checklist if "question box" in c)
    assert "(names optional)" in box and "while pupils are still on site" in box, box
    assert "anonymous" not in box and "same day" not in box, box
    after = lesson.plenary.after_lesson[0].text
    assert "question box while pupils are still on site" in after, after
    close = " ".join(lesson.plenary.notes.split())
    assert "I'll go with you to the DSL or the deputy straight after the lesson." in close
    # The reflection assumes no pupil streams (none is old enough to go live alone).
    assert not [r for r in lesson.plenary.reflection if "when I stream" in r]
