"""The visit brief's rows for what is printed, cut and brought: the printing (a sentence
for one class, the print run's page for a day), each class's cards to cut, the classroom
screens tried the day before, and the trainer's kit.
"""

from __future__ import annotations

from collections.abc import Sequence

from lessonpack.content.model import Lesson
from lessonpack.plan import counts_and_lists
from lessonpack.plan.parents.parents_sign_in import SEALED_KIT
from lessonpack.plan.sort_cards import has_cards, picture_cards, sorts_on_cards
from lessonpack.plan.visit_brief.brief_care_rows import photo_row
from lessonpack.plan.visit_brief.brief_day import Day, EveningJobs, Row, lower
from lessonpack.plan.visit_brief.screen_check import check_by, screen_row
from lessonpack.plan.visit_logistics import (
    brings,
    cut_minutes,
    cut_pieces,
    prints,
)


def printing_row(day: Day) -> Row:
    """A day's printing: one class's in a sentence; a line pointing to the print run's page
    on a day of several classes or an evening too."""
    if day.one and day.evening is None:
        only = day.classes[0]
        what = "; ".join(lower(p) for p in prints(only.fitted, only.size))
        printing = f"{what[:1].upper()}{what[1:]}." + (
            f" Letter after the lesson: {only.size}, one side."
            if day.before else "")
        file = "Worksheet" + (" and cards" if day.cards else "")
        return (day.by("printed"), file, "School office", printing)
    # Each file's pages, copies, sides and colour are the print run's own page
    # (plan/visit_brief/print_run), a line here: in this cell they ran to ten lines of prose.
    return (day.by("printed"), "Printing", "School office", print_job(day.by("printed")))


def print_job(by: str) -> str:
    """The timeline's printing row on a day with its own print-run page: the letters home
    on that page go earlier, on their own row's day, so this row names its date's rows."""
    dated = any(ch.isdigit() for ch in by)
    # "… rows dated Thu 21 Jan (last page)" wrapped to a second line of its cell for two
    # words the intro says already (the print run is the last page).
    return (f"Print and check the print run's {by} rows." if dated
            else "Print and check the rest of the print run (last page).")


def cards_rows(day: Day) -> tuple[Row, ...]:
    """Each class with cards cuts its own (a job done apart, a row a class); each child's
    lights kept in a bag of their own (the handover hands them out)."""
    out: list[Row] = []
    for c in (c for c in day.classes if has_cards(c.fitted)):
        out.append((day.by("cut"), "Cards, printed" if day.one else f"{c.label} cards",
                    f"{c.teacher} or a TA", cut_job(c.fitted, c.size)))
    return tuple(out)


def cut_job(lesson: Lesson, size: int) -> str:
    """What cutting a class of ``size``'s cards asks, with its pieces or bags and minutes:
    the brief's row and the class teacher's handover say it in the same words."""
    minutes = cut_minutes(lesson, size)
    return (_cut_lights(lesson, size, minutes) if not lesson.readers else
            _cut_sorts(lesson, size, minutes))


def _cut_lights(lesson: Lesson, size: int, minutes: int) -> str:
    """A picture-led class's cards to cut: the picture cards (one set, held up by the
    trainer) and the lights, each child's three in a bag ("Cut out" alone left the picture
    cards to be found the next morning)."""
    cards = picture_cards(lesson)
    what = (f"the {counts_and_lists.number_word(cards)} picture cards and the lights" if cards
            else "the lights")
    # Whose bags: the school's (its list of what it provides has them); unsaid, nobody
    # brought them.
    return (f"Cut out {what}; each child's three in a bag ({size} of the school's bags or "
            f"envelopes, about {minutes} minutes).")


def _cut_sorts(lesson: Lesson, size: int, minutes: int) -> str:
    """A reading class's cards to cut: the sort cards by set, and the help cards; the help
    cards alone for a class that sorts on its sheet. The pieces beside the time, counted
    from the print run, as the lights' row gives its bags: "about 25 minutes" alone, for
    some 140 cards, was taken on trust and not finished."""
    said = f"{cut_pieces(lesson, size)} pieces, about {minutes} minutes"
    if not sorts_on_cards(lesson):
        return f"Cut out the help cards, one per pupil ({said})."
    return (f"Cut out the sort{' and help' if lesson.take_away else ''} cards, each sort's "
            f"set together ({said}).")


def screens_row(day: Day) -> tuple[Row, ...]:
    """The class teachers try their classroom screens the school day before, as each
    handover's "Before the lesson" list asks (plan/visit_brief/screen_check): the same day, the same
    words. One class's brief says it in the handover's row instead: a row more ran its one
    page onto a second."""
    if day.one:
        return ()
    return ((check_by(day.brand) or "The day before", "Classroom screens", day.teachers,
             screen_row(day.brand, day.by("rebuilt") if photo_row(day) else "",
                        phone=False,
                        help_slides=[(c.label, c.help_slide) for c in day.classes])),)


def kit_row(day: Day) -> Row:
    """A day's kit in one place: a question box stays with each class."""
    who = day.trainer
    return (day.by("on the day"), "Kit", who[:1].upper() + who[1:],
            _kit([c.lesson for c in day.classes], day.evening))


def _kit(lessons: Sequence[Lesson], evening: EveningJobs | None) -> str:
    """"Brings: laptop …; puppets; a question box for each class and the evening (three),
    each staying in school": what the trainer brings for the whole day, said once."""
    said: list[str] = []
    boxes = 0
    for lesson in lessons:
        for item in brings(lesson.resources):
            for part in (p.strip() for p in item.split(";")):
                if "question box" in part.lower():
                    boxes += 1
                elif part.lower() not in (x.lower() for x in said):
                    said.append(part)
    if evening is not None and boxes:
        boxes += 1  # the parents' evening has its own
    if boxes:
        # Labelled, as the evening's sealed box is: a box of one class's slips read by
        # another class's teacher, or a parent's question posted in the sealed box.
        said.append(f"a labelled question box for each class"
                    f"{' and the evening' if evening else ''}"
                    f" ({counts_and_lists.number_word(boxes)})")
    if evening is not None:
        # The evening's forms and contact slips are posted in a sealed box by the door and
        # sealed in an envelope signed across the flap at the close (the slips row): an
        # envelope nobody brought was an office one, unsealable.
        said.append(f"for the evening, {SEALED_KIT}")
    # Sign-in asks for photo ID; the print run makes no trainer's copies (the trainer
    # prints their own plans), and a kit row without them read as if the school would.
    said += ["photo ID", "printed plans" + (" and notes" if evening else "")]
    return "Brings: " + "; ".join(lower(x) for x in said) + "."
