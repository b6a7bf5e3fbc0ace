"""The Key Stage 1 worksheet: two pages led by pictures, for children who cannot yet read.

An adult reads everything aloud (a line at the top tells them so); children colour
one outlined traffic light beside each pictured card; on page two they draw round their own
hand in a box big enough for it and colour a face to show how they did. The starter and exit
quiz are done aloud (thumbs and fingers), so they are in the lesson plan, not on this sheet.
"""

from __future__ import annotations

import re

from lessonpack.content.brand import Brand
from lessonpack.content.model import (
    FactsFile,
    LearningCycle,
    Lesson,
    SortActivity,
    Task,
)
from lessonpack.content.picture_library import Picture, PictureLibrary, builtin_library
from lessonpack.plan import footers, item_files
from lessonpack.plan.ages import age_of
from lessonpack.plan.model import (
    Block,
    CircleChoice,
    DocPlan,
    HandOutline,
    Heading,
    PageBreak,
    Paragraph,
    SmileyScale,
    Table,
    WriteOnLine,
)
from lessonpack.plan.school_classes import class_file

# Traffic-light colours, drawn as outlines in their colour, each named under it: a class set
# printed in black and white still shows which light is which.
LIGHTS = {"green": "#2E9E4F", "amber": "#F2A900", "red": "#D62828"}
NEUTRAL = ("#5B8DEF", "#9B6BD6", "#3FB8AF")


def choice_colours(sort: SortActivity) -> tuple[tuple[str, str, str], ...]:
    """Each column's heading, the word under its light and its colour: by name for traffic
    lights, else distinct colours named by the heading's first word."""
    out = []
    for n, column in enumerate(sort.columns):
        word, colour = next(((w, c) for w, c in LIGHTS.items() if w in column.lower()),
                            (column.split(":")[0].split()[0].lower(),
                             NEUTRAL[n % len(NEUTRAL)]))
        out.append((column, word, colour))
    return tuple(out)


def _pictures(sort: SortActivity, library: PictureLibrary) -> tuple[Picture | None, ...]:
    return tuple(library.get(i.picture, i.text) if i.picture else None for i in sort.items)


def place_labels(task: Task) -> tuple[tuple[str, str], ...]:
    """Where the steps ask a child to draw someone ("at school, at home or another place"):
    each place ("home", "school") with its label, in the steps' order. The slide draws a
    frame for each and the worksheet's hand frame a space for each, so the two match."""
    said = " ".join(task.instructions).lower()
    if "draw" not in said:
        return ()
    # One "at" may lead a list ("at school, home or another place"): KS1's slides are kept
    # short, so the second place is not always given its own "at".
    found = {place: re.search(rf"\bat (?:\w+, )*{place}\b", said) for place in ("home", "school")}
    places = sorted((match.end(), place) for place, match in found.items() if match)
    # "someone at home or another place you go": the label keeps the choice (a child may
    # have no trusted grown-up at home), never only "At home".
    return tuple((place, f"At {place} or another place" if f"{place} or another place"
                  in said else f"At {place}") for _at, place in places)


# The line under the hand frame, before its places: a grown-up writes the names there (the
# note for the adult at the top of the sheet says so).
SCRIBE = "Who did I draw?"
# The frame's height: a Year 2 hand is 12-13 cm from wrist to fingertip; traced upright with
# room round it and no text inside (18 cm gives the most room; 17 keeps the faces on
# the side, the sheet two sides).
HAND_CM = 17.0


def _example(sort: SortActivity) -> int:
    """The light the first card's answer names (its column), coloured in as the worked
    example; -1 when the answer names no column."""
    answer = sort.items[0].answer if sort.items else ""
    return next((n for n, column in enumerate(sort.columns) if column == answer), -1)


# "Not yet", "Getting there", "Yes!" as faces from the pictures the sheet's rows use (the
# same colour emoji set, to circle); outline faces to colour where a library lacks them.
FACES = ("confused", "calm", "happy")
# The picture sort's words read aloud on the sheet; a Year 2 child copies a row done for them.
COLOUR_ROWS = "Colour one light in each row."
EXAMPLE_ROW = "Row 1 is done for you."


def _activity(n: int, cycle: LearningCycle, library: PictureLibrary) -> list[Block]:
    task = cycle.task
    said = " ".join(task.instructions)
    hand = [p for p in task.prompts if p.space == "box" and "hand" in p.text.lower()]
    blocks: list[Block] = [Heading(f"{n}. {task.title}", 2)]
    example = _example(task.sort) if task.sort else -1
    if task.sort:
        # Only what the child does on this paper: the task's steps are the carpet's ("hold
        # up a colour card"), and the adult reading the sheet aloud later said them to
        # children with no cards.
        said = COLOUR_ROWS + (f" {EXAMPLE_ROW}" if example >= 0 else "")
    if not hand:  # the hand's frame carries its own words to read aloud, at its top
        blocks.append(Paragraph(said, "note", label="Read aloud:", keep_next=True))
    if task.sort:
        blocks.append(CircleChoice(tuple(i.text for i in task.sort.items),
                                   choice_colours(task.sort), _pictures(task.sort, library),
                                   example=example))
    for prompt in task.prompts:
        if prompt.space == "box" and "hand" in prompt.text.lower():
            zones = tuple(label for _p, label in place_labels(task))
            # The task's words say the grown-ups go on the fingers; the places under the
            # hand are the adult's, to write the names down (the DSL check reads them), so
            # the frame's foot says whose they are rather than repeating the task.
            blocks.append(HandOutline(f"Read aloud: {said}", height_cm=HAND_CM,
                                      footnote=SCRIBE if zones else prompt.text,
                                      zones=zones))
        elif prompt.space == "box":
            blocks += [Paragraph(prompt.text, keep_next=True),
                       Table(("Draw here",), (("",),), row_lines=prompt.lines)]
        else:
            blocks.append(Paragraph(prompt.text, "lead"))
    return blocks


def _for_the_adult(lesson: Lesson, *, date: bool = False) -> Paragraph:
    """What the adult reading the sheet aloud does (the children cannot read it yet), in a
    line: each task's own "Read aloud" words are at the task, and the plan has the rest (a
    box of it took a sixth of a five-year-old's first page)."""
    names = any(p.space == "box" for c in lesson.cycles for p in c.task.prompts)
    # ``date``: the date line is empty, and the adult fills it in.
    steps = ["read every word aloud", "point to each picture",
             *(["fill in the date"] if date else []),
             *(["write names for a child who asks"] if names else [])]
    return Paragraph(f"{', '.join(steps[:-1])} and {steps[-1]}.", "note",
                     label="For the adult:")


def plan_picture_worksheet(lesson: Lesson, facts: FactsFile, brand: Brand,
                           library: PictureLibrary | None = None) -> DocPlan:
    """Page one: what the adult does and the picture sort; page two: the hand, then the
    faces."""
    library = library or builtin_library()
    first, *rest = lesson.cycles
    # The date left for the adult to write in, never the planned day's: a lesson that moves
    # would leave 30 sheets with the wrong date on them.
    blocks: list[Block] = [_for_the_adult(lesson, date=True),
                           *_activity(1, first, library)]
    for n, cycle in enumerate(rest, 2):
        # The hand has a page, with the child's name on it: printed on one side, it is read
        # apart from the first (the DSL checks the grown-ups named on it). The same
        # "Name / Date" line as page one's, so the adult fills in one kind of line twice.
        blocks += [PageBreak(), WriteOnLine("Date:", lead=("Name:", ""), space_before=0),
                   *_activity(n, cycle, library)]
    # No line for the grown-ups at home: the sheet stays in school (the plan collects it), and
    # the letter home says whom to tell.
    # Three faces and a word on what to do with them (the children need the step); the
    # heading in the faces' row, so the row fits under the hand frame on the same side.
    faces = tuple(library.get(name) for name in FACES)
    blocks += [SmileyScale(lesson.outcome, heading="How did I do?",
                           read_aloud="Circle one face." if all(faces) else "Colour one face.",
                           pictures=tuple(f for f in faces if f is not None)
                           if all(faces) else ())]
    return DocPlan(class_file(lesson, brand, "worksheet") + ".docx", "worksheet",
                   item_files.meta(lesson, brand, "pupil worksheet"), title=lesson.title,
                   # No "Pupil worksheet" line: the children cannot read it, and side one
                   # needs the room for pictures they can find their row by.
                   subtitle="", header=f"{lesson.topic_title} · Pupil worksheet",
                   # A date line beside the name for the adult to fill in: the sheet stays
                   # in school, and the DSL reads it later (without it, not when).
                   footer=footers.doc_footer(lesson, brand), blocks=tuple(blocks), name_line=True,
                   print_size=age_of(lesson.audience).sheet.print_size)
