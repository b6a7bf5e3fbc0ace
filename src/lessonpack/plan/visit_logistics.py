"""Who prints, brings and provides what before a lesson or session: the block that opens a
plan and the facilitator notes.

A visiting trainer's pack was written as if everything were already in the classroom: the
school's office prints, the trainer brings what only they have, the school gives the room and
the screen, and the files have to reach the school in time to print. A school's own teacher
needs one line instead: how long printing and cutting takes, the night before.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from lessonpack.content.brand import Brand
from lessonpack.content.model import Lesson, ParentSession, Resource
from lessonpack.plan import counts_and_lists, named_people, visiting
from lessonpack.plan.class_size import ASSUMED, class_size, pupils
from lessonpack.plan.help_cards import CARDS_A_PAGE as HELP_CARDS_A_PAGE
from lessonpack.plan.help_cards import copies as help_copies
from lessonpack.plan.model import Block, Paragraph, SortCards, Table
from lessonpack.plan.parents.parents_sign_in import SEALED_KIT, sign_in_words
from lessonpack.plan.parents.parents_sign_in import print_counts as sign_in_prints
from lessonpack.plan.sort_cards import (
    LIGHT_SETS,
    card_sets,
    has_cards,
    lights_page,
    print_counts,
    sort_print_counts,
    sorts_on_cards,
)

HEADING = "Visit logistics"
BEFORE_THE_DAY = "Before the day:"
# Collecting the printing (minutes), then seconds to cut out one small card by hand
# (scissors: a grid of sort cards is slow going, about three and a half a minute) and to
# count a child's three lights into a bag; the sum rounded up to five minutes. Thirty
# children's lights and the picture cards (101 cards, 30 bags) come to about 50 minutes,
# and a Year 4's two sorts for six tables and its help cards (140 cards) to about 45: at
# eight cards a minute, the 140 read as 25 minutes, and a TA given that did not finish.
PRINT_MINUTES, CARD_SECONDS, BAG_SECONDS = 5, 17, 30


def _take_away(lesson: Lesson) -> bool:
    return lesson.take_away is not None


# How a worksheet is printed, ending its line (a visit day's brief says it once for all).
SHEET_PRINT = ", double-sided, black and white"


def prints(lesson: Lesson, size: int = ASSUMED) -> tuple[str, ...]:
    """The files the school's office prints for a class of ``size``, with copies and
    colour, a line each (the files' own names are in the message that sends them and in
    the resources)."""
    items = [f"Worksheet: {size} copies{SHEET_PRINT}"]
    if has_cards(lesson):
        # One side only: the cards are cut out, and a grid printed on the back of a grid
        # had every cut go through both. The traffic lights in colour: Year 2 hold them up
        # and the teacher reads the room's colours at a glance (an office working down a
        # brief that said "black and white" printed them grey).
        if not lesson.readers:
            items.append(f"{CARDS_PRINT}: {print_counts(lesson, size)} in colour")
        else:
            items.append(f"{CARDS_PRINT}: "
                         f"{sort_print_counts(lesson, card_sets(lesson, size), size)}")
    return tuple(items)


CARDS_PRINT = "Cards (one side only)"


def prints_for(lesson: Lesson, brand: Brand) -> tuple[str, ...]:
    """``prints`` for the class the school file names for this lesson's key stage."""
    return prints(lesson, pupils(lesson.audience, brand))


def counted_note(lesson: Lesson, brand: Brand) -> str:
    """" (for a class of 30: change if yours differs)" after counts the school file gave
    no class size for; "" when it gave one."""
    if class_size(lesson.audience, brand) is not None:
        return ""
    return f" (for a class of {ASSUMED}: change if yours differs)"


def _short(resources: Sequence[Resource], by: str) -> list[str]:
    """The ``short`` names of the resources ``by`` has when a visitor teaches, in order."""
    return [r.short for r in resources if r.provided_by == by and r.short]


def brings(resources: Sequence[Resource]) -> tuple[str, ...]:
    """What only the trainer has: the slides and the kit to show them, and the lesson's own
    props (its resources marked ``provided_by: trainer``)."""
    items = ["Laptop with the slides (and an encrypted USB copy), HDMI adaptor, clicker"]
    props = _short(resources, "trainer")
    if props:  # the lesson's own things, on one line
        said_once = "; ".join(props)
        items.append(f"{said_once[0].upper()}{said_once[1:]}")
    return tuple(items)


def _provides(item: Lesson | ParentSession, brand: Brand) -> tuple[str, ...]:
    """The room, the screen, the staff who stay, and pupils' own things (the resources
    marked ``provided_by: pupils``)."""
    if isinstance(item, ParentSession):
        room = brand.parents_session_venue or "The hall"
        return (f"{room[0].upper()}{room[1:]}, with tables and chairs; a screen with an HDMI "
                "input (tried beforehand)",
                # At the door first: staff write the names (the sign-in sheet says so).
                "A member of staff who knows the families: signs them in, stays throughout",
                # Children come with their parents at any hour; the session is for adults.
                # The play room's staff keep the sign-in file's register of the children.
                *((sign_in_words(item.visit.sign_in.play.provided, brand),) if item.visit
                  else ("Staff for supervised play in another room, for children who come",)))
    kit = _short(item.resources, "pupils")
    # A picture-led class's lights go a child's three to a bag: the brief's cutting row
    # asks for the bags, so the school's list has them.
    bags = [f"{pupils(item.audience, brand)} small bags or envelopes (the traffic lights)"] \
        if not item.readers and has_cards(item) else []
    return ("The classroom; a screen with an HDMI input (try the slides on it first)",
            _stays(visiting.after_owner(item, brand)),
            *([f"Pupils' {', '.join(kit)}"] if kit else []), *bags)


def _stays(teacher: str) -> str:
    """"Mrs Ruth Evans, the class teacher, in the room all lesson"."""
    if teacher == "the class teacher":
        return "The class teacher, in the room all lesson"
    return f"{teacher}, the class teacher, in the room all lesson"


def cut_pieces(lesson: Lesson, size: int = ASSUMED) -> int:
    """The cards a class of ``size``'s cards file gives to cut out, as the print run prints
    it: each sort's set for every table (or the one set a picture-led class is shown), every
    light on the pages of lights, and every help card on the pages of help cards."""
    pieces = 0
    for cycle in lesson.cycles:
        sort = cycle.task.sort
        if sort is None or (lesson.readers and not sorts_on_cards(lesson)):
            continue  # a class that sorts on its sheet cuts only help cards
        sets = 1 if not lesson.readers else card_sets(lesson, size)
        cards = _sort_cells(len(sort.items)) if lesson.readers else len(sort.items)
        pieces += (cards + len(sort.columns)) * sets
    if not lesson.readers and has_cards(lesson):
        # A red, an amber and a green light for each set on a page, the pages whole.
        pieces += -(-size // LIGHT_SETS) * LIGHT_SETS * 3
    if _take_away(lesson):
        pieces += help_copies(size) * HELP_CARDS_A_PAGE
    return pieces


def _sort_cells(cards: int) -> int:
    """A reading class's sort grid, cut whole: its cards and the spare "write your own" card
    that fills an odd set's last row (render/docx_sort_grid), which is cut out too."""
    return -(-cards // SortCards.per_row) * SortCards.per_row


def cut_minutes(lesson: Lesson, size: int = ASSUMED) -> int:
    """Minutes to print, cut and bag a class of ``size``'s cards, rounded up to five."""
    bags = size if not lesson.readers and has_cards(lesson) else 0
    seconds = cut_pieces(lesson, size) * CARD_SECONDS + bags * BAG_SECONDS
    return _to_five(PRINT_MINUTES + -(-seconds // 60))


def _to_five(minutes: int) -> int:
    return -(-minutes // 5) * 5


def _table(prints: tuple[str, ...], brings: tuple[str, ...], provides: tuple[str, ...],
           brand: Brand) -> list[Block]:
    """Where the jobs before the day are dated, as a tinted line of its own above the table
    (in the table's coloured header row it read as a column heading); then three short
    lists, a row each: the school prints, the trainer brings, the school provides."""
    # Undated, pointing to the brief: "Send the files by Thu 10 Dec" was the trainer's job
    # alone, and stayed printed on the copies the DSL signs and the trainer carries weeks
    # later. The brief's dated rows (letter_dates.trainer_sends_by first) say who does what
    # when. One line: the facilitator notes' page one has none to spare.
    when = "each job, who does it and by when, is in the visit brief."
    def listed(items: Sequence[str]) -> str:  # a short list in its cell, a bullet a line
        return "\n".join(f"• {i}" for i in items)

    rows = (("The school prints", listed(prints)),
            ("The trainer brings", listed(brings)),
            ("The school provides", listed(provides)))
    return [Paragraph(when, label=BEFORE_THE_DAY, keep_next=True, panel=True),
            Table((HEADING, "Who does what"), rows, widths=(1.5, 5.5), keep_whole=True)]


def before_the_lesson(lesson: Lesson, brand: Brand) -> str:
    """"Before the lesson: print and cut (about 30 minutes)." for a school's own plan: its
    resources name the files. Timed for the class the brand or school file sizes, as the
    cards' print counts are (30 where it gives none)."""
    what = "print and cut" if has_cards(lesson) else "print"
    minutes = cut_minutes(lesson, pupils(lesson.audience, brand))
    return f"Before the lesson: {what} (about {minutes} minutes)."


# The least kit's groups: children holding up one set of lights together, four to a set.
GROUP = 4


def least_kit(lesson: Lesson, brand: Brand) -> str:
    """Page one's line for a picture-led lesson's preparing: how long the full kit takes
    (a bag of lights for each child) and the least that still runs the lesson (a set of
    lights for a group), so a teacher opening the plan the night before knows both before
    reading on. "" for a lesson with no lights to cut, and for a visitor's plan (the
    school prepares it, and the visit brief times it)."""
    if lesson.readers or not has_cards(lesson) or named_people.visitor(brand):
        return ""
    size = pupils(lesson.audience, brand)
    sets = -(-size // GROUP)
    copies = -(-sets // LIGHT_SETS)
    pieces = sum(len(c.task.sort.items) + len(c.task.sort.columns)
                 for c in lesson.cycles if c.task.sort) + sets * 3
    least = PRINT_MINUTES + -(-pieces * CARD_SECONDS // 60)
    # The route with no cutting first, where a teacher with one evening reads it (45
    # minutes' cutting led the line, and the quick way came after it): the picture cards
    # are on the slides, and a crayon of each colour answers as a card does.
    # Two lines at most: page one also holds the running sheet and the "Fill in first" box.
    return (f"{NO_CUTTING} With about {_to_five(least)} minutes, print page "
            f"{lights_page(lesson)} {_times(copies)} and cut a set of lights for every "
            f"{counts_and_lists.number_word(GROUP)} children to hold up together. The full kit, "
            f"a bag of lights "
            f"for each child, takes about {cut_minutes(lesson, size)} minutes.")


# The picture-led lesson with nothing cut: said first on page one, as a sentence (the
# clipped "No time to cut? …; …" read as a note to self).
NO_CUTTING = ("With no time to cut, show the slides' pictures and let children hold up a "
              "crayon of each colour.")


def _times(copies: int) -> str:
    """"once", "twice", "seven times"."""
    return {1: "once", 2: "twice"}.get(copies, f"{counts_and_lists.number_word(copies)} times")


def lesson_logistics(lesson: Lesson, brand: Brand) -> list[Block]:
    """A visitor's "Visit logistics" table; nothing for a school's own plan (its resources
    open with ``before_the_lesson``)."""
    if not named_people.visitor(brand):
        return []
    deadline, table = _table(prints_for(lesson, brand), brings(lesson.resources),
                             _provides(lesson, brand), brand)
    # In a plan it follows the safe-delivery lists, kept whole with its deadline: let to
    # break between rows, a KS1 plan at Ashgrove ended on a last page holding only the
    # table's tail (what the school provides), apart from what it prints.
    assert isinstance(table, Table)
    return [deadline, replace(table, keep_whole=True)]


HANDOUTS = "one per family expected, and ten spare"
# A visitor's session has the invitation, whose slip offers the guide sent home to families
# who cannot come: those are printed too (the visit brief has a row to send them).
VISIT_HANDOUTS = "one per family coming or asking for the guide, and ten spare"


def session_logistics(session: ParentSession, brand: Brand) -> list[Block]:
    """The parents' session's: the handout to print; no cards to cut. A visitor's, the
    team's sign-in file too, counted as the visit brief counts it, so the evening can be run
    from the notes alone."""
    prints = (f"Handout: {VISIT_HANDOUTS}, double-sided, black and white",
              sign_in_prints(brand, register=session.visit is not None))
    if not named_people.visitor(brand):
        return [Paragraph(f"print the handouts, {HANDOUTS} (about {PRINT_MINUTES} minutes).",
                          label="Before the session:")]
    # A team's evening takes the forms and contact slips away sealed: the brief's kit row
    # lists the box and envelope, and the notes, packed from on the night, list them too,
    # on the props' line (a line of its own ran page one's cuts overleaf).
    kit, *props = brings(session.resources)
    if session.visit:
        said = "; ".join((*props, SEALED_KIT))
        props = [f"{said[:1].upper()}{said[1:]}"]
    return _table(prints, (kit, *props), _provides(session, brand), brand)

