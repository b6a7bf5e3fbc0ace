"""A visiting trainer's papers give dates, not "a week ahead" or "that day": the plans' check
on pupils who need extra care, the head's approval of the parents' invitation, the replies to
the letter after the lesson, and a print run whose copies are counts (or blanks with their
rule) and which prints the handovers too. Plans only, no build: the dates are worked out from
the school file's."""

from __future__ import annotations

from pathlib import Path

from lessonpack.api import load
from lessonpack.content.brand import Brand, load_brand
from lessonpack.content.school import apply_school_file, load_school
from lessonpack.plan import visiting
from lessonpack.plan.parents.parents_visit import rows as parents_rows
from lessonpack.plan.visit_brief import print_run
from lessonpack.plan.visit_brief.brief import _print_run
from lessonpack.plan.visit_brief.brief_day import Taught
from lessonpack.plan.visit_brief.handover_sheet import after, before

ROOT = Path(__file__).resolve().parent.parent


def _ashgrove() -> Brand:
    brand = load_brand(ROOT / "examples/brands/northshire-online-safety/brand.yml").brand
    return apply_school_file(brand,
                             load_school(ROOT / "examples/schools/ashgrove-primary/school.yml"))


def _lessons() -> tuple:
    items = load().items
    return tuple(items[f"live-streaming-{a}"].item for a in ("ks1", "ks2", "parents"))


def test_the_plans_name_the_day_the_dsl_says_who_needs_extra_care() -> None:
    ks1, ks2, _ = _lessons()
    brand = _ashgrove()
    for lesson in (ks1, ks2):
        said = visiting.checklist(lesson, brand, lesson.safeguarding.checklist)
        care = [c for c in said if "extra care" in c]
        assert care and care[0].startswith("By Mon 18 Jan, the DSL, Mrs Helen Okafor, tells "
                                           "you who needs extra care"), care
        assert not any("week ahead" in c.lower() for c in said)
    # The handover's own line gives the teachers the same day.
    # The names check first (before the letters print: tests/test_story_people.py), the
    # letter's reply slips (due Fri 15 Jan), then the pupils (Mon 18 Jan).
    assert before(ks1, brand)[0].startswith("By Wed 16 Dec: is a pupil called Pip or Olly")
    # The reply slips and the extra-care word go to the same person: one item.
    assert before(ks1, brand)[1] == ("By Fri 15 Jan: collect the letter's reply slips; give "
                                     "them to Mrs Helen Okafor that day; by Mon 18 Jan, tell "
                                     "the DSL (not the trainer) about any pupil the topic may "
                                     "touch.")
    # An undated booking keeps "a week ahead": there is no day to name.
    undated = Brand(org_name="Ashgrove Primary School", dsl_name="Mrs Helen Okafor",
                    delivered_by="Northshire Online Safety Team")
    assert any(c.startswith("A week ahead, ask the DSL")
               for c in visiting.checklist(ks1, undated, ks1.safeguarding.checklist))


def test_the_parents_brief_has_the_invitation_approved_before_the_holidays() -> None:
    _, _, parents = _lessons()
    brand = Brand(org_name="Ashgrove Primary School", dsl_name="Mrs Helen Okafor",
                  delivered_by="Northshire Online Safety Team", trainer_name="Sam Carter",
                  letter_signatory="Mrs Sarah Whitfield", letter_signatory_role="Headteacher",
                  lesson_date="Friday 22 January 2027", letter_date="Thursday 7 January 2027",
                  parents_session_date="Thursday 28 January 2027, 6pm", parents_workshop=True)
    assert parents.visit is not None
    planned = parents_rows(parents.visit, brand, parents.duration_minutes)
    approve = next(r for r in planned if r[3].startswith("Approve the invitation"))
    # As the letters: approved with the rebuilt files, the day before it goes the last day
    # for a change ("that day" left one night to make it).
    assert approve[0] == "Fri 18 Dec", approve
    assert approve[3].endswith("any change to Sam Carter by Tue 5 Jan, who sends the office "
                               "corrected copies to print by Wed 6 Jan."), approve
    assert [r[0] for r in planned][:3] == ["Mon 14 Dec", "Fri 18 Dec", "Tue 5 Jan"], planned


def test_interpreters_are_asked_for_two_weeks_before_the_evening() -> None:
    """A booking takes two weeks: the invitation asks for it by a day two weeks before the
    evening (a school day, on or before it), when that day leaves a family three school
    days after the invitation goes; else by the reply slip's day (a day's notice shut out
    the families who read it late)."""
    from lessonpack.plan.letter_dates import interpreters_by

    # Sent Thursday 7 January: two weeks ahead is the next day, so the slip's Friday 15th.
    assert interpreters_by("Friday 22 January 2027", "Thursday 7 January 2027") \
        == "Friday 15 January 2027"
    assert interpreters_by("Friday 29 January 2027", "Thursday 7 January 2027") \
        == "Friday 15 January 2027"  # two weeks ahead, six school days after it goes
    # Two weeks before a Monday is a Monday (two school days' notice: the slip's day).
    assert interpreters_by("Monday 25 January 2027, 6pm", "Thursday 7 January 2027") \
        == "Monday 18 January 2027"
    # A week later, two weeks ahead is that Monday, time enough.
    assert interpreters_by("Monday 1 February 2027, 6pm", "Thursday 7 January 2027") \
        == "Monday 18 January 2027"
    # Undated, the invitation goes two school weeks ahead: the reply slip's day.
    assert interpreters_by("Monday 25 January 2027, 6pm") == "Monday 18 January 2027"
    # Two weeks before a Sunday's, the Friday.
    assert interpreters_by("Sunday 24 January 2027", "Monday 4 January 2027") \
        == "Friday 8 January 2027"
    # An invitation sent that day: the slip's day; on the evening's eve, no day to meet.
    assert interpreters_by("Friday 22 January 2027", "Friday 8 January 2027") \
        == "Friday 15 January 2027"
    assert interpreters_by("Friday 22 January 2027", "Thursday 21 January 2027") == ""
    assert interpreters_by("next week") == ""
    _, _, parents = _lessons()
    assert parents.visit is not None
    planned = parents_rows(parents.visit, _ashgrove(), parents.duration_minutes)
    invitation = next(r for r in planned if r[1] == "Invitation" and r[0] == "Thu 7 Jan")
    assert invitation[3].endswith("Book interpreters now for families you know need one, and "
                                  "for any who ask by Fri 15 Jan."), invitation
    late = Brand(org_name="Ashgrove Primary School", dsl_name="Mrs Helen Okafor",
                 delivered_by="Northshire Online Safety Team",
                 letter_date="Wednesday 20 January 2027",
                 parents_session_date="Friday 22 January 2027, 6pm", parents_workshop=True)
    said = next(r for r in parents_rows(parents.visit, late, parents.duration_minutes)
                if r[1] == "Invitation" and "interpreters" in r[3])
    assert said[3].endswith("for any who ask in time."), said


def test_the_handover_names_who_answers_the_letter_after_the_lesson() -> None:
    ks1, ks2, _ = _lessons()
    brand = _ashgrove()
    for lesson in (ks1, ks2):
        line = next(s for s in after(lesson, brand) if "letter after the lesson" in s)
        # The trainer has gone by then: the slips' reader is the school's, by job.
        # One route for a wish to see the materials, whichever letter's slip asks: the DSL,
        # as the brief routes the first letter's slips.
        # Back to the class teacher by the day the slip gives (a school week after the
        # lesson), each to the DSL the day it comes: a slip can carry a worry.
        assert line.endswith("its slips come back to you by Fri 29 Jan: each to Mrs Helen "
                             "Okafor the day it comes."), line
        assert "; by Mon 18 Jan, tell the DSL (not the trainer)" in before(lesson, brand)[1]


def test_the_print_run_prints_the_handovers_and_counts_no_sums() -> None:
    ks1, ks2, parents = _lessons()
    brand = _ashgrove()
    from lessonpack.content.model import Audience
    from lessonpack.plan.parents.parents_visit import evening_jobs
    from lessonpack.plan.visit_brief.visit_day import booked

    classes: tuple[Taught, ...] = booked({Audience.KS1: ks1, Audience.KS2: ks2}, brand)
    jobs = evening_jobs(parents, brand)
    assert jobs is not None
    _, blocks = _print_run(classes, (parents, jobs), brand)
    table = next(b for b in blocks if type(b).__name__ == "Table")
    run = [[cell.replace("\n", "").replace("\u2011", "-") for cell in row] for row in table.rows]
    handovers = [r for r in run if r[2].endswith("-handover.docx")]
    # Two school days after the files' email (Mon 14 Dec): due that day, the office had
    # no day to print them.
    assert [(r[0], r[1], r[4]) for r in handovers] == [("Wed 16 Dec", "Year 2", "1"),
                                                         ("Wed 16 Dec", "Year 4", "1")]
    # The DSL's copies of the plans and the facilitator notes, to sign: their checklists
    # come after the "Print to here" mark a teacher prints to.
    signed = [(r[0], r[2], r[3]) for r in run if r[1] == "DSL"]
    assert signed == [("Wed 16 Dec", "ks1-lesson-plan.docx", "All"),
                      ("Wed 16 Dec", "ks1-teacher-notes.docx", "All"),
                      ("Wed 16 Dec", "ks2-lesson-plan.docx", "All"),
                      ("Wed 16 Dec", "ks2-teacher-notes.docx", "All"),
                      ("Wed 16 Dec", "parents-facilitator-notes.docx", "All"),
                      ("Wed 16 Dec", "parents-reference-notes.docx", "All")], signed
    # Every copies cell is a number, a number with its sets, or a blank with its rule's letter.
    for row in run:
        copies = row[4]
        assert copies.split()[0].isdigit() or copies.startswith(print_run.BLANK), row
        assert "per" not in copies, row
    # Each file's name is given after the topic's part (said once, above the table), on one
    # line, held whole by no-break hyphens.
    for row in table.rows:
        assert "\n" not in row[2] and "-" not in row[2] and \
            not row[2].startswith("live\u2011streaming"), row
    intro = next(b for b in blocks if getattr(b, "text", "").startswith("Copies back with"))
    assert "file names start \u201clive-streaming-\u201d" in intro.text, intro
    rules = next(b for b in blocks if getattr(b, "style", "") == "note")
    # One per family, sent with the eldest child: with each pupil, siblings got two.
    assert rules.text.startswith("____: write in the count. (a) one per family in the school "
                                 "(the eldest child).")
    # Worked through for a made-up count, by the rules above it: no arithmetic left to
    # guess at the copier. 40 families, 60 adults, 25 children and 5 guides: 55 handouts
    # (40 + 5 + 10 spare), 5 sign-in sheets (4 + 1), 10 slip pages, 30 form pages, 3
    # register pages (2 + 1).
    assert rules.text.endswith(" For example, 40 families coming (60 adults, 25 children "
                               "for play) and 5 more wanting the guide: (b) 55, (c) 5, (d) "
                               "10, (e) 30, (f) 3."), rules.text
