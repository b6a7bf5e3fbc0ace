"""The visit brief's safeguarding rows, the DSL's: the photos for the help slides and the
slides rebuilt with them, the checklists' sign-off, the cover through the lessons (and the
evening), the "Checked by" lines and the pupils who need extra care. Each names who acts,
and what reaches the trainer, by when.
"""

from __future__ import annotations

from lessonpack.content.brand import Brand
from lessonpack.content.fill_ins import pupil_name
from lessonpack.content.model import Audience
from lessonpack.plan import counts_and_lists, named_people, visiting
from lessonpack.plan.ages import age_of
from lessonpack.plan.visit_brief.brief_day import Day, Row, photos_deleted
from lessonpack.plan.visit_brief.visit_times import (
    lesson_span,
)


def sign_off_row(day: Day) -> Row:
    """The DSL signs each plan's safeguarding checklist (the facilitator notes' too)."""
    alone = day.one and day.evening is None
    # Where they are, in the job: a section of each plan, not a file of their own (one
    # plan's is said by its "(plan)").
    # The facilitator notes' section shares the row's name ("Safeguarding checklist"):
    # named again, its words took the line the email to the trainer needs.
    # Said after the line, "the "DSL:" line in each plan": "In each plan …: sign and date
    # each …" took the words of a line the names check's row needed.
    where = "" if alone else " in each plan" + \
        (" and the facilitator notes" if day.evening else "")
    sign = f"Sign and date {'its' if alone else 'the'} \"DSL:\" line{where}"
    # The slides rebuilt with the photos replace the first set (``rebuilt_row``): the DSL
    # checks the set a class sees, not only the one the files' email brought.
    # The set rebuilt with the photos, and any name the names check changed.
    # "The latest", as the class teachers' screen row and handovers name the set: a
    # date here read as another set.
    slides = ("Check the latest slides. "
              if photo_row(day) else "")
    # The trainer hears that the sign-off is done: it is their check before teaching, and
    # a checklist signed and filed told them nothing.
    told = f" and email {day.trainer}"
    return (day.by("signed"), "Safeguarding checklist" + (" (plan)" if alone else "s"),
            day.dsl, f"{slides}{sign}; "
                     f"{visiting.sign_off_record(day.brand, several=not alone)}{told}."
                     f"{_log_check(day.brand)}")


def lesson_cover_row(day: Day, night: tuple[Row, str] | None) -> tuple[Row, ...]:
    """The DSL or deputy free (not teaching) through each lesson, confirmed in writing a
    week ahead with the number to ring: each plan's safe-delivery list and each handover's
    disclosure route rest on it, and no row asked for it. A one-lesson brief's page is full:
    its plan's checklist asks. ``night``: the evening's cover row, folded in, and what it
    asks after whom (``EveningJobs.covered``)."""
    if day.one:
        return (night[0],) if night else ()
    deputy = pupil_name(day.brand.deputy_dsl_name.strip()) or "your deputy"
    spans = [lesson_span(c.lesson, c.brand) for c in day.classes]
    # The times are the "On the day" box's, above; said again here, the row took four lines.
    during = "in each lesson" if len(spans) > 2 or any("_" in s for s in spans) \
        else "in both lessons"
    # To the trainer by name: the plans ask for this confirmation before the lesson, and
    # sent to nobody in particular it was filed and never reached them.
    asked = (f"Email {day.trainer}: you or {deputy} free (not teaching) "
             f"{during}, with a number to ring")
    if night is None:
        return ((day.by("back"), "Lesson cover", day.dsl, f"{asked}."),)
    evening = night[1]
    return ((day.by("back"), "DSL cover", day.dsl, f"{asked}; that evening, {evening}"),)


def checks_row(day: Day) -> Row:
    """The checklists' "Checked by" lines (age rules, helplines, local numbers) are for the
    week of the visit, not the day the DSL signs: an app's age rule can change in the weeks
    between, so the trainer checks them close to the day, the school's numbers with the DSL.
    A row of its own, dated and owned: folded into the sign-off row, it was the one dated
    job an office working down the "By" column missed. The trainer is not on site until the
    lesson, so the row says how: the trainer confirms by email, the DSL signs and files.
    KS1's plan has no age rules to check: its one line is the local numbers."""
    trainer = day.trainer
    if day.evening is None and all(c.lesson.audience is Audience.KS1 for c in day.classes):
        return (day.by("checks"), "\"Checked by\" line", day.dsl,
                f"Check the local numbers with {trainer} (phone or email); sign and date "
                "the line and file it with the plan.")
    what = (f"{trainer[:1].upper()}{trainer[1:]} confirms the age rules and helplines by "
            "email; you check the local numbers, sign and file.")
    return (day.by("checks"), "\"Checked by\" lines", f"{day.dsl} and {trainer}", what)


def extra_care_row(day: Day) -> tuple[Row, ...]:
    """The plans ask the DSL, a week ahead, who needs extra care, and the handovers ask the
    teachers to tell the DSL of any pupil the topic may touch: a dated row joins the two, so
    the trainer hears what changed over the holidays, not what the DSL knew when the files
    came. A one-lesson brief's page is full: its plan's checklist asks."""
    if day.one:
        return ()
    dsl = day.dsl_short
    # "Teachers": their names, and the DSL's after them, took four lines of the column.
    # "Pupils' extra care": "Pupils who need extra care" took three lines of its column.
    return ((day.by("checks"), "Pupils' extra care", f"Teachers, then {day.dsl}",
             f"Tell {dsl} of any pupil the topic may touch; {dsl} tells "
             f"{day.trainer} only what they need."),)


def _log_check(brand: Brand) -> str:
    """A visiting team's own log of a concern its trainer hands to the DSL needs an
    information-sharing basis the school agrees: the DSL confirms it with the school's data
    protection officer before signing the plans off. The plans' disclosure box says what is
    logged, who sees it and the lawful basis (``concern_record``, ``concern_sharing``);
    with no basis given, the DSL asks the trainer for the team's agreement. A team that keeps
    no log (no ``concern_record``) is asked for nothing: its plans say it notes only that a
    concern was handed over, and asking the DSL for a log's agreement would contradict them."""
    if not named_people.visitor(brand) or not brand.concern_record.strip():
        return ""
    if brand.concern_sharing.strip():
        # What is checked, in the words of the box that says it: "the team's concern log
        # (disclosure box)" left the DSL guessing what to check. In full: "DPO" meant
        # nothing to an office.
        # The team's record, under its own basis: its note came with the files (the
        # trainer's first row), and the DSL passes it on only if the school's policy asks.
        return (" The team's data protection note on its record of any disclosure came "
                "with the files.")
    trainer = visiting.trainer(brand) or "the trainer"
    return (f" First, ask {trainer} for the team's information-sharing agreement for its "
            "concern log and confirm it with your data protection officer.")


def photo_row(day: Day) -> tuple[Row, ...]:
    """The DSL's photo, asked for with the files: a primary deck's help slide (its school
    card's picture a grown-up at school, plan/school_card) shows a drawn teacher beside the names
    when it has none, and children meeting a visitor need the face
    of the adult to go to, so a visit asks for it (and the deputy's, drawn on KS1's slide
    too): requested, with the route when none comes (teachers introduce the leads in
    person), so the row's title never says "needed", which read as compulsory. The build
    says so when it is missing (build/school_notes); a one-lesson brief has no room for the
    row, so there the build note alone asks."""
    if day.brand.dsl_photo is not None or day.one or \
            not any(age_of(c.lesson.audience).primary for c in day.classes):
        return ()  # a one-lesson brief's page is full: the build note asks instead
    photos = _photos(day)
    # With the files: the DSL checks the slides she will see, photo and all, not a deck
    # changed after her check.
    # Built again before the sign-off, whose row says the new set replaces the first (said
    # here too, the two rows ran the brief onto a fourth page): the DSL signs off, and the
    # class sees, the slides with the photos.
    # The one rule for a photo that never comes, said where the DSL reads the ask: the
    # slides keep the drawing and the lead is met in person (the handovers and the screens
    # row try the latest set, which is then the first).
    # Both leads when the deputy's photo is asked too: each is met in person without one.
    fallback = ("No photos? Teachers introduce you both." if _deputy_drawn(day)
                else "No photo? Teachers introduce you in person.")
    # How long the trainer keeps them, said where the DSL is asked to consent: staff
    # photos carried off site on a laptop and a USB stick need an end date; the school's
    # copies (the rebuilt slides, ``rebuilt_row``) too.
    return ((day.by("photos"), "DSL's photo (requested)", day.dsl,
             f"Email {day.trainer} {photos}. "
             f"{photos_deleted(day.brand, 'you', school=True)} "
             f"{fallback}"),)


def _deputy_drawn(day: Day) -> bool:
    """The deputy's photo is asked for too: the school names a deputy with no photo, and a
    class that cannot read yet has a help slide with a card of their own."""
    deputy = pupil_name(day.brand.deputy_dsl_name.strip())
    return bool(deputy) and day.brand.deputy_dsl_photo is None and \
        any(not c.lesson.readers for c in day.classes)


def rebuilt_row(day: Day) -> tuple[Row, ...]:
    """The trainer's own job, dated: the slides rebuilt with the photos go to the office,
    the DSL and each class teacher, who try them on their screens and teach from them. With
    no row, nothing dated the rebuild and the teachers were told to test a file no one had
    promised to send them."""
    if not photo_row(day):
        return ()
    dsl = day.dsl_short
    # With any file the names check changed (``names_row``, due with the photos), so the
    # head approves and the DSL signs the rebuilt set. The school's copies of the photos
    # end when the trainer's do (the photo row says so).
    who = f"{day.trainer} (trainer)" if visiting.trainer(day.brand) else day.trainer_who
    # The first set is kept for parents who ask to see the materials: "they replace the
    # first set" left the school, after deleting the photo set, with no slides to show.
    return ((day.by("rebuilt"), "Slides with the photos", who,
             f"To the office, {dsl} and each teacher with any renamed file, to teach from; "
             f"keep the {day.by('sent')} set (no photos) for parents (reprint any renamed "
             f"plan for {dsl} to sign)."),)


def _photos(day: Day) -> str:
    """"your photo and Mr Price's (Year 2's picture card), with consent": whose photos the
    DSL sends, and what the deputy's is for (a class that cannot read yet has a card with
    the deputy's face; readers find the deputy named on the DSL's)."""
    deputy = pupil_name(day.brand.deputy_dsl_name.strip())
    # The deputy has a card of their own, drawn, for children who cannot read yet.
    both = _deputy_drawn(day)
    photos = f"your photo and {deputy}'s (with consent)" if both else \
        "your photo (with consent)"
    # Which slide takes which photo: KS1's help slide gives the deputy a card of their own
    # (a face for children who cannot read yet); KS2's names the deputy on the DSL's card,
    # which readers can use, and keeps its second card for "a trusted adult" (any adult a
    # child chooses). A DSL sending two photos saw only one on Year 4's slide, and nothing
    # said why.
    readers = [c.label for c in day.classes if c.lesson.readers]
    if both and readers:
        # What the deputy's photo is for, said plainly: "your photo (all slides) and Mr
        # Price's (Year 2's)" took a second read to see why Year 4's slides show one photo.
        # No more words than that: the brief's first page holds the names check's row, and
        # a sixth line in this row sent it to page 2.
        drawn = [f"{c.label}'s" for c in day.classes if not c.lesson.readers]
        cards = "picture card" + ("s" if len(drawn) > 1 else "")
        photos = (f"your photo and {deputy}'s ({counts_and_lists.and_list(drawn)} {cards}), "
                  "with consent")
    return photos
