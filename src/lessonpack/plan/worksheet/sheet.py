"""Plans the pupil worksheet (Key Stages 2 to 4): the starter, the help box, then the
sides (plan/worksheet/sides.py) or a class's own year's sheet (plan/worksheet/route.py)."""

from __future__ import annotations

from dataclasses import replace

from lessonpack.content.brand import Brand
from lessonpack.content.model import FactsFile, Lesson
from lessonpack.content.picture_library import PictureLibrary
from lessonpack.kinds.signposting import help_box
from lessonpack.plan import footers, help_signposts, item_files, local_help, school_card
from lessonpack.plan import pictures as pics
from lessonpack.plan.ages import age_of
from lessonpack.plan.class_line import name_and_class
from lessonpack.plan.deck.cycle import story_rooms
from lessonpack.plan.model import (
    Block,
    DocPlan,
    Heading,
    PageBreak,
    Paragraph,
    StoryPicture,
    Table,
    WritingLines,
)
from lessonpack.plan.picture_sheet import plan_picture_worksheet
from lessonpack.plan.school_classes import class_file
from lessonpack.plan.school_places import with_services_there
from lessonpack.plan.worksheet.route import class_route, class_sheet, route_worksheet
from lessonpack.plan.worksheet.sides import (
    flowing_sides,
    planned_sides,
)


def _full_stop(line: str) -> str:
    """A help line ending in words gets its full stop ("…take you to Mrs Shah."): run on
    without one, the next line read as part of it. A web address or a number is left bare."""
    last = line.rsplit(" ", 1)[-1]
    if line[-1:].isalpha() and "." not in last and "@" not in last:
        return f"{line}."
    return line


def plan_worksheet(lesson: Lesson, facts: FactsFile, brand: Brand,
                   pictures: PictureLibrary | None = None) -> DocPlan:
    if not lesson.readers:  # children who cannot read yet: a sheet led by pictures
        return plan_picture_worksheet(lesson, facts, brand, pictures)
    st = lesson.starter
    # Year 3 turns the page for each Part, so a story and its task share a side; the first
    # side then holds the starter and Part 1, without the outcome (its "I can"s are the
    # rows of How did I do?) or a note the End rows and the starter's words already give.
    sheet = age_of(lesson.audience).sheet
    by_page = sheet.by_page
    own = class_sheet(lesson)
    # Key words are on the slides and in the lesson plan; four sides leave no room for them.
    blocks: list[Block] = [
        *([] if own else class_route(lesson)),
        Heading(f"Starter: {st.title}", 2),
        Paragraph(st.instructions),
        # A Start and an End row under each statement: ticked again privately at the end,
        # both answers still readable when the sheets are collected.
        Table(("Statement", "", "Agree", "Disagree", "Not sure"),
              tuple(row for s in st.statements
                    for row in ((s.text, "Start", "", "", ""), ("", "End", "", "", ""))),
              widths=(5.0, 1.0), tick_columns=3, keep_whole=True, paired_rows=True),
        # KS4: the line says when the End rows are ticked, over the plenary's question
        # about them (worksheet/sides._changed_mind).
        *([Paragraph("At the end of the lesson, tick the End row for each sentence.",
                     "note")] if sheet.end_row_note else []),
    ]
    # Where the brand names no DSL, the school's line says what the help slide says, with
    # its yellow fields: [DSL's name] and the deputy's (Year 3 to 6), and [DSL's room]
    # (11-16s: where to find them, never an inbox), listed in the plan's "Fill in first" box.
    # Without them the KS2 sheet named nobody beside a slide with both names' fields.
    # KS1's sheet is drawn, with no line for the school.
    school, *services = help_signposts.signposts(lesson, facts, brand)
    card = school_card.pupils_slide_card if sheet.slide_card else school_card.pupils_school_card
    box = help_box("Who can help", (card(lesson, brand, school), *services))
    # Whole on one side: LibreOffice splits a long box's row line by line, and a school's
    # last service (its own drop-in) went overleaf alone (Riverside KS3).
    # Year 3 to 6: in two columns under its title (render/docx_box_columns), to fit the last
    # side under How did I do?. A secondary box's long entries gain nothing from columns (each
    # takes twice the lines at half the width).
    short = _short_box(lesson, facts, brand, box.lines[0])
    help_blocks: list[Block] = [replace(box, bold_lead=True, whole=True,
                                        columns=2 if by_page or short else 1,
                                        lines=tuple(_full_stop(t) for t in short or box.lines))]
    # Name and Class over the exit quiz, on the sheet's second leaf (close.exit_quiz); kept
    # with the quiz where the sheet flows, so it never ends the side before it alone (a
    # planned sheet's quiz opens a side).
    sheet_two = name_and_class(lesson.audience, brand)
    kept = replace(sheet_two, keep_next=True)
    if own is not None:
        blocks += route_worksheet(lesson, own, help_blocks, kept)
    elif lesson.sheet_layout:
        blocks += planned_sides(lesson, help_blocks, sheet_two, by_page)
    else:
        # Years 3 to 6 turn the page for each Part: a room of clues is drawn on its side.
        rooms = story_rooms(lesson.cycles, brand, pics.for_item(pictures, lesson),
                            lesson.audience) if by_page else {}
        blocks += flowing_sides(lesson, help_blocks, by_page, kept, rooms)
    return _worksheet_plan(lesson, brand, blocks)


# The last line of a sheet's short help box: the card every pupil keeps names the routes.
CARD_LINE = "Your help card: these routes and more, yours to keep"


def _short_box(lesson: Lesson, facts: FactsFile, brand: Brand, school: str
               ) -> tuple[str, ...]:
    """KS3's Who can help, short: the school's line as the help slide words it, then each
    route by its name and number or address (the help card's), the brand's own services for
    pupils, and the card. The sheet is collected; the card every pupil is given is the copy
    they keep. With each route's description the box took a fifth side or squeezed Part 3's
    answers to two lines. Nothing for other sheets: the full box."""
    if not age_of(lesson.audience).sheet.short_help_box or lesson.take_away is None:
        return ()
    by_id = {h.id: h for h in facts.helplines}
    routes = [by_id[ref] for ref in lesson.signposting if ref in by_id]
    # A service in the lead's own room is said on the lead's line, not again on its own.
    school, there = with_services_there(school, brand)
    return (school, *(f"{h.name}: {h.card or h.web or h.contact}" for h in routes),
            *(f"{h.name}: {h.contact}" for h in local_help.own_helplines(brand, pupils=True)
              if h.name not in there),
            CARD_LINE)


def _lines_fill_their_page(blocks: list[Block]) -> list[Block]:
    """Writing lines that end a side (a page break or the sheet's end next) take the room
    left under them, rather than leave the foot of the side blank."""
    ends = [*blocks[1:], PageBreak()]
    drawn = _under_a_drawing(blocks)
    # A single line is a step's second line ("Report: ____" and one more), not an answer's
    # room: it stays one line.
    return [replace(b, fill_page=True) if isinstance(b, WritingLines) and b.count > 1
            and isinstance(after, PageBreak) and after.fill and not under else b
            for b, after, under in zip(blocks, ends, drawn, strict=True)]


def _under_a_drawing(blocks: list[Block]) -> list[bool]:
    """For each block, whether a story's room is drawn above it on its side. That side is
    full: its lines keep their count, since the one line more the estimate found room for
    took the kept lines, with their question, overleaf (Oakfield's Year 6 Part 2)."""
    under, drawn = [], False
    for block in blocks:
        drawn = (drawn or isinstance(block, StoryPicture)) and not isinstance(block, PageBreak)
        under.append(drawn)
    return under


def _worksheet_plan(lesson: Lesson, brand: Brand, blocks: list[Block]) -> DocPlan:
    blocks = _lines_fill_their_page(blocks)
    return DocPlan(class_file(lesson, brand, "worksheet") + ".docx", "worksheet",
                   item_files.meta(lesson, brand, "pupil worksheet"), title=lesson.title,
                   # "Pupil worksheet" in the running header at every age (one place for it
                   # on every sheet), never a line of side one's room.
                   subtitle="", header=f"{lesson.topic_title} · Pupil worksheet",
                   footer=footers.doc_footer(lesson, brand), blocks=tuple(blocks), name_line=True,
                   print_size=age_of(lesson.audience).sheet.print_size)
