"""The visit brief's rows for each class's papers: the files and the handovers reaching the
school, the letters home (the head's approval, the office sending them, the reply slips,
the materials shown to a parent who asks), and the question boxes and letters after the
lesson on the day.
"""

from __future__ import annotations

from lessonpack.content.fill_ins import pupil_name
from lessonpack.content.lint.agerules import states_age_rule
from lessonpack.content.model import Lesson
from lessonpack.plan import counts_and_lists, named_people
from lessonpack.plan.letter.reply_slip import after_back_short
from lessonpack.plan.letter_dates import (
    change_and_return,
)
from lessonpack.plan.visit_brief.brief_care_rows import photo_row
from lessonpack.plan.visit_brief.brief_day import Day, Row, head_who, lower, mid
from lessonpack.plan.visit_brief.screen_check import check_by


def emailed_row(day: Day) -> tuple[Row, ...]:
    """The trainer's own row before the office's: when the files leave the team. With only
    the office's row, the trainer sent them the day the office was to pass them on. None
    for an undated booking, whose rows are in words and read in order anyway."""
    when = day.when("emailed").short
    if not when:
        return ()
    who = day.trainer
    return ((when, "All files, this brief", who[:1].upper() + who[1:],
             "Email them to the office, with the team's DBS letter"
             # Two lines of its cell: the brief's first page has no line to spare.
             + (" and its data protection note on disclosures."
                if _logs(day) else ".")),)


def _logs(day: Day) -> bool:
    """The team keeps a note of any disclosure and says on what basis: the council's own
    record, whose data protection note the trainer sends with the files (the school's DSL
    left to ask their own officer about it on the first day back)."""
    return bool(day.brand.concern_record.strip() and day.brand.concern_sharing.strip())


def files_row(day: Day) -> Row:
    """The office passes the slides and plans on the day they come: one row, one date. The
    team's written confirmation of the trainer's DBS check (KCSIE asks the school to have
    it) comes with the files: the plans' checklist asks for it before the day."""
    one, evening = day.one, day.evening is not None
    kept = ["letter" if one else "letters", "worksheet" if one else "worksheets",
            *(["cards"] if day.cards else []), *(["handout", "invitation"] if evening else [])]
    plans = (", plans and facilitator notes" if evening else " and plans") if not one \
        else (", plan and facilitator notes" if evening else " and plan")
    # A day's brief lists what is printed on its print run's page: "the rest" here (the
    # list took a line the brief's first page needs).
    printed = "the rest" if not one or evening else counts_and_lists.and_list(kept)
    return (day.by("sent"), "All files and DBS letter, by email", f"Office, then {mid(day.dsl)}",
            f"Slides{plans} to the DSL"
            # A day's brief asks about pupils a week ahead, in a row of its own.
            + (" to check" if not one else f", who checks them and tells {day.trainer} only "
               "what they need about pupils who need extra care") + "; "
            + f"{printed} kept to print; "
            # Several classes' handovers in this row, not one of their own: the row the
            # trainer's rebuild took.
            + ("" if one else "handovers to the teachers; ")
            # "(… with this brief)" ran the row to a sixth line, and the office has the
            # brief in hand as it reads this.
            + "the DBS letter (the team emails it) filed.")


def letters_home_rows(day: Day) -> tuple[Row, ...]:
    """The office sends the letters home, with the invitation when the evening is the
    day's (the head's approval is ``approve_rows``)."""
    sent_too = day.evening.invitation if day.evening else ""
    return (
        (day.by("letter"), _letters_name(day), "School office",
         _letters_out(day, "that day")
         + (f" Invitation: {lower(sent_too)}" if sent_too else "")),
    )


def letter_rules_row(day: Day) -> tuple[Row, ...]:
    """The trainer checks the age rules a letter home states before the office prints it:
    the week-of-visit check ("Checked by" lines) came after the letters had gone, so a rule
    changed over a holiday reached every family under the head's signature. A letter
    states them where a paragraph or a bullet of its rules names an app and its age
    ("TikTok 18")."""
    dated = [c.label for c in day.classes
             if any(states_age_rule(p) for p in (*c.lesson.letter.paragraphs,
                                                 *c.lesson.letter.rules))]
    if not dated:
        return ()
    # Two lines a cell: the brief is three pages, and a third line here ran it to a fourth.
    letters = f"{counts_and_lists.and_list(dated)} letter" + ("s" if len(dated) > 1 else "")
    return ((day.by("changes"), f"Age rules, {letters}", day.trainer_who,
             f"Check them with each app; email the office they stand, or send corrected "
             f"copies {day.due('approved')}."),)


def _letters_name(day: Day) -> str:
    """"Letters and invitation": the letters' rows' file column ("Letters home and
    invitation" took three lines of its column)."""
    one, evening = day.one, day.evening
    return ("Letter home" if one else "Letters home") if not evening else \
        ("Letter and invitation" if one else "Letters and invitation")


def approve_rows(day: Day) -> tuple[Row, ...]:
    """The head approves the letters (and the invitation) they sign on the day the slides
    are rebuilt, before any holiday, not the day before the letters go: a change asked then
    left one night to rebuild and print, with the reply dates printed in the letter. The
    day before the letters go stays, as the last day for a change."""
    one, evening = day.one, day.evening
    by_then = change_and_return(day.brand.lesson_date, day.brand.letter_date)
    return ((day.by("rebuilt"), _letters_name(day), head_who(day.brand),
             # The invitation's "Getting in" line is a promise of access (step-free, a
             # loop) that only the school can confirm: the head checks it before signing.
             f"Approve {'the letter' if one else 'each letter'}"
             f"{' and the invitation (check its access line)' if evening else ''} you sign; "
             "any change to "
             f"{day.trainer} {by_then}."),)


def replies_rows(day: Day) -> tuple[Row, ...]:
    """Where a reply slip goes (it asks to see the materials)."""
    out: list[Row] = []
    if day.brand.reply_slip:
        # In a row's job, the DSL by short name alone: the "Who" column says "(DSL)".
        to_dsl = pupil_name(named_people.dsl(day.brand))
        out.append((day.by("back"), "Letters' reply slips" if day.evening else "Reply slips",
                    day.teachers,
                    f"Collect them; requests to see the materials, and questions, to "
                    f"{to_dsl} that day."))
    return tuple(out)


def materials_row(day: Day) -> tuple[Row, ...]:
    """Who shows the materials to a parent who asked, and by when: after the slips are in
    (due "by" the reply date itself, none could have been acted on) and before the lesson;
    parents' questions reach the trainer in time to be answered before the visit."""
    # Dated by the questions' deadline: a row dated the day before the lesson set a
    # deadline a day before its own date.
    return ((day.by("questions"), "Materials, if asked", day.dsl,
             f"Show them to each parent who asked; their questions to {day.trainer} that "
             "day."),)


def handover_row(day: Day) -> Row:
    """The handovers reach the class teachers with the files: their "Before the lesson"
    jobs (tell the DSL about a pupil, check the printing) fall a week ahead, not on the
    morning; the trainer still goes through them on arrival."""
    screen = f" (the classroom screen tried by {check_by(day.brand) or 'the day before'})" \
        if day.one else ""
    return (day.by("sent"), "Handover sheet" if day.one else "Handover sheets", day.teachers,
            "With the files: " + ("do its" if day.one else "each does their")
            + f" \"Before the lesson\" jobs{screen}; the sheet says when to meet the trainer.")


def question_boxes_row(day: Day) -> tuple[Row, ...]:
    """Who reads each class's question box, and when: its class teacher, that day, any
    concern to the DSL at once (as each handover tells them). The evening's box is the
    DSL's, in the evening's own row; with both in one brief, each row says whose box."""
    boxed = [c for c in day.classes if _has_box(c.lesson)]
    if not boxed or (day.one and day.evening is None):
        # One class's box, and no other: its handover says who reads it, and a row more
        # ran the one-class brief onto a second page.
        return ()
    # The deputy too: a concern read in a slip cannot wait for the DSL to be free.
    deputy = pupil_name(day.brand.deputy_dsl_name.strip())
    to_dsl = pupil_name(named_people.dsl(day.brand)) + (f" or {deputy}" if deputy else "")
    if len(boxed) == 1:
        file = "Class question box" if day.evening else "Question box"
        what = "Straight after the lesson, read every slip (the box stays in school)"
    else:
        file = "Class question boxes"
        # That the boxes stay in school is the "On the day" box's, above every row.
        # Short: a line of this row was the room the names check's row needed.
        what = "Straight after the lesson, each reads all their box's slips"
    sends = _sends_letter_after(day)
    letter = ((f" Each {sends}" if len(boxed) > 1 else " Send" + sends.removeprefix("sends"))
              if _boxes_send_letter(day) else "")
    return ((day.by("on the day"), file, counts_and_lists.and_list([c.teacher for c in boxed]),
             f"{what}; any concern to {to_dsl} at once.{letter}"),)


def _has_box(lesson: Lesson) -> bool:
    return any("question box" in r.text.lower() for r in lesson.resources)


def letters_after_row(day: Day) -> tuple[Row, ...]:
    """The letter after the lesson goes home at the end of the lesson day: the only letter
    when the school sends none before; otherwise the second, which tells families what was
    learned and what to do if their child tells them something (built in every pack, it
    went unsent while no row said who prints it and when)."""
    if not day.before:
        return ((day.by("on the day"), "Letter home" if day.one else "Letters home",
                 "School office", _letters_out(day, "after the lesson")),)
    if day.one or _boxes_send_letter(day):
        # The printing row asks for the letter; the question boxes' row (the class
        # teachers', that day) or the handover sends it: a row of its own ran the brief a
        # page over.
        return ()
    return ((day.by("on the day"), "Letters after the lesson", day.teachers,
             f"Each {_sends_letter_after(day)}"),)


def _boxes_send_letter(day: Day) -> bool:
    """Every class has a question box, so its row (the class teachers', that day) says
    who sends the letter after the lesson."""
    return day.before and all(_has_box(c.lesson) for c in day.classes)


# The class teachers' job with the letter after the lesson, after "Each".
SENDS_LETTER_AFTER = "sends the letter after the lesson home with every pupil that day."


def _sends_letter_after(day: Day) -> str:
    """``SENDS_LETTER_AFTER`` with where its slips go: back to the class teacher by the day
    the slip gives, a worry on one to the DSL the day it comes (the handovers say the
    same). With no owner in the brief, a worry on a slip could sit in a tray."""
    back = after_back_short(day.brand)
    dsl = pupil_name(named_people.dsl(day.brand))
    return (f"{SENDS_LETTER_AFTER[:-1]}; slips back{f' by {back}' if back else ''}, any "
            f"worry to {dsl} the day it comes.")


def _letters_out(day: Day, when: str) -> str:
    """"Print 28, one side; send one home with each pupil that day." (one class), or each
    class's letter with its count."""
    if day.one:
        return (f"Print {day.classes[0].size}, one side; send one home with each pupil "
                f"{when}.")
    # The counts and sides are the print run's (its own page, these letters' rows): said
    # here too, they took a line the brief's first page needs.
    return f"Print the letters; one home with each pupil {when}."


def _school_copies(day: Day) -> str:
    """" The office, Mrs Okafor, Mrs Evans and Miss Bennett delete the latest slides
    too.": who at the school holds the photos (the rebuilt slides went to each), named;
    "the school deletes its own copies" was a job for nobody. "" when no photos came."""
    if not photo_row(day):
        return ""
    holders = counts_and_lists.and_list(["the office", day.dsl_short,
                                         *(c.teacher for c in day.classes)])
    # "The latest", as the screen row and the handovers name the set.
    return f" {holders[:1].upper()}{holders[1:]} delete the latest slides too."


def _shown(day: Day) -> str:
    """"the Mon 14 Dec slides (no photos)": which set parents are shown after the visit,
    when the photos made a second set; "the materials" when there is one set."""
    return f"the {day.by('sent')} slides (no photos)" if photo_row(day) else "the materials"


def after_visit_rows(day: Day) -> tuple[Row, ...]:
    """What is promised for after the visit, dated the day the after-lesson slips are back
    ("Fri 29 Jan"): the photos' deletion, promised "within a week" with no row to remind
    anyone, and the answers families were told to expect. None for an undated booking."""
    when = after_back_short(day.brand)
    if not when:
        return ()
    trainer = day.trainer
    return (
        (when, "Photos deleted", trainer[:1].upper() + trainer[1:],
         f"Delete the staff photos and the sign-off pictures (laptop, USB, email) and tell "
         f"{day.dsl_short} by email.{_school_copies(day)}"),
        # Parents who ask to see the materials see the slides of the files' email, kept
        # for them (the rebuilt row says so): the set with the staff photos is deleted by
        # then. Named by its day: "the first, photo-free slides" read as a set replaced.
        (when, "Parents who asked", f"{day.dsl_short}, then {trainer}",
         f"Show {_shown(day)} to each parent who asked; "
         f"{trainer} answers, through the office, any question not answered on the day."),
    )

