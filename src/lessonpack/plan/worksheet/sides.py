"""Which Parts and closing blocks fall on which side of a worksheet: planned by the
lesson's content (``sheet_layout``), else flowing, a page a Part at Years 3 to 6."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from lessonpack.content.model import LearningCycle, Lesson
from lessonpack.content.sheet_layout import END_ROWS, part_number
from lessonpack.kinds.payloads import StreamScreen
from lessonpack.plan.ages import age_of
from lessonpack.plan.model import (
    Block,
    Callout,
    Heading,
    PageBreak,
    Paragraph,
    Questions,
    WritingLines,
)
from lessonpack.plan.worksheet import bands
from lessonpack.plan.worksheet.close import (
    exit_quiz,
    how_did_i_do,
    reflection,
    secondary_close,
)
from lessonpack.plan.worksheet.part import cycle_worksheet, finished_early, story_with_sort

FLOWING_REFLECTION_LINES = 2


def flowing_sides(lesson: Lesson, help_blocks: list[Block], by_page: bool, named: Block,
                  rooms: Mapping[int, StreamScreen] | None = None) -> list[Block]:
    """The Parts, exit quiz (``named`` over it), How did I do? and reflection of a sheet
    that turns the page for each Part (Year 3 to 6, ``by_page``) or lets them flow (KS3, or
    any lesson whose content plans no sides: ``sheet_layout``). ``rooms``: each Part's room
    of clues to draw under its story (plan/deck/cycle.story_rooms)."""
    rooms = rooms or {}
    blocks: list[Block] = []
    if not by_page and story_with_sort(lesson.cycles[0]):
        # Part 1's story goes overleaf with its sort (kept together), so the help box fills
        # the side the starter leaves: pupils see where to get help before the story.
        blocks += help_blocks
        help_blocks = []
    for n, cycle in enumerate(lesson.cycles, 1):
        if n > 1 and (by_page or _ends_last_story(cycle)):
            # Year 3 turns the page for each Part: its story and task are one side, never
            # a story on one page and its sort on the next. A Part whose story follows the
            # last one's ending (KS3's Sami, after Kai's, read aloud) opens a side: the
            # class turns over as the teacher turns to the new story.
            blocks.append(PageBreak())
        blocks += cycle_worksheet(n, cycle, lesson.audience, run_on=by_page,
                                  room=rooms.get(n), on_cards=bands.on_cards(lesson))
        if by_page:
            blocks += finished_early(cycle, lesson.differentiation.stretch)
    # Who can help closes the last side, after the quiz, How did I do? and the reflection,
    # where it reads as the lesson's close (atop the side it read as the start of the quiz;
    # between KS3's Parts 2 and 3 it left side two a quarter blank and Part 3 two lines an
    # answer). Year 3 to 6 turn the page for the quiz.
    return blocks + _flowing_close(lesson, help_blocks, by_page, named)


def _ends_last_story(cycle: LearningCycle) -> bool:
    return cycle.scenario is not None and cycle.scenario.ending_before is not None


def _flowing_close(lesson: Lesson, help_blocks: list[Block], by_page: bool, named: Block
                   ) -> list[Block]:
    """The exit quiz, How did I do? and the reflection, then the help box still to place
    (none where it filled side one under the starter)."""
    if not by_page and age_of(lesson.audience).sheet.reflection_under_parts:
        # KS3: the reflection under Part 3, as the plenary asks it (Think about it, then
        # the exit quiz), its lines filling side three; the last side the quiz, How did I
        # do? and Who can help, the box's one place, where the lesson ends. Four lines, as
        # a class's own sheet gives it, at least two (with Kai's ending atop side three,
        # four pushed the reflection overleaf); they grow to the side's foot.
        return [*reflection(lesson, FLOWING_REFLECTION_LINES), PageBreak(),
                *secondary_close(lesson, named, bands.quiz_line(lesson)), *help_blocks]
    return [*([PageBreak()] if by_page else []),
            *secondary_close(lesson, named, bands.quiz_line(lesson)), *reflection(lesson),
            *help_blocks]


def planned_sides(lesson: Lesson, help_blocks: list[Block], sheet_two: Block,
                  by_page: bool) -> list[Block]:
    """The sides the lesson's ``sheet_layout`` plans (content/sheet_layout.py), each list
    from a fresh side, each piece where it says: KS4's four, side one the starter, the End
    rows question and Part 1's story, its sort and Part 2 on side two (a) and b) on one side:
    split, b) stood alone overleaf and lost its context when the leaves were parted), Part 3
    and How did I do? on side three (on side four it took the room the help box needed,
    which went to a fifth side), and on side four, under the leaf's Name line, the exit quiz,
    the reflection ("One place I could go for help tonight is…") and Who can help beside
    it, short and in two columns as KS3's (on side one the list was fifty minutes from the
    question that asks for it, on another leaf)."""
    blocks: list[Block] = []
    for n, side in enumerate(lesson.sheet_layout):
        if n:
            blocks.append(PageBreak())
        for piece in side:
            # The Part under the starter, in a list that runs on to a second side (KS4's
            # Part 2 follows it), turns the page after its story.
            blocks += _piece(lesson, piece, help_blocks, sheet_two, by_page,
                             under_starter=not n and piece == _first_part(side),
                             turns=piece != side[-1])
    return _sides_fill(blocks)


def _sides_fill(blocks: list[Block]) -> list[Block]:
    """Each side's last writing lines (or questions' lines) but the last side's take the
    room the side leaves, measured once it is written (render/docx_fill_side): KS4's sides
    one to three each ended a sixth to a quarter blank. The last side keeps its counts (its
    reflection's lines sit above the help box, which closes the sheet)."""
    breaks = [i for i, b in enumerate(blocks) if isinstance(b, PageBreak)]
    last_lines = {max((i for i in range(start, end)
                       if isinstance(blocks[i], WritingLines | Questions)), default=-1)
                  for start, end in zip([0, *[b + 1 for b in breaks]], breaks, strict=False)}
    return [replace(b, fill_side=True) if i in last_lines
            and isinstance(b, WritingLines | Questions) else b for i, b in enumerate(blocks)]


def _first_part(side: Sequence[str]) -> str | None:
    return next((piece for piece in side if part_number(piece) is not None), None)


def _piece(lesson: Lesson, piece: str, help_blocks: list[Block], sheet_two: Block,
           by_page: bool, under_starter: bool, turns: bool = False) -> list[Block]:
    """One piece of a planned side's blocks. The Name line goes over the exit quiz: the leaf
    that holds it holds the "worried me" sentence the class teacher reads that day."""
    n = part_number(piece)
    if n is not None:
        part = cycle_worksheet(n, lesson.cycles[n - 1], lesson.audience, run_on=by_page,
                               on_cards=bands.on_cards(lesson))
        # The Part under the starter ends side one with its story, its sort overleaf: at a
        # page break there, so side two's room can be measured (_sides_fill).
        if not under_starter:
            return part
        part = _story_may_turn(part)
        cycle = lesson.cycles[n - 1]
        return _sort_overleaf(part, n, cycle) if turns and story_with_sort(cycle) else part
    by_name: dict[str, list[Block]] = {
        END_ROWS: _changed_mind(), "how did I do": [how_did_i_do(lesson)],
        "exit quiz": exit_quiz(lesson, sheet_two, bands.quiz_line(lesson)),
        "reflection": reflection(lesson),
        "who can help": help_blocks}
    return by_name[piece]


# The plenary's question, asked as pupils tick the End rows on side one ("Ask what changed
# their minds"): under the starter's End rows, above Part 1's story (``end rows question``).
CHANGED_MIND = "If any tick changed from Start to End, what changed your mind?"
CHANGED_MIND_LABEL = "End of the lesson:"


def _changed_mind() -> list[Block]:
    return [Paragraph(CHANGED_MIND, label=CHANGED_MIND_LABEL), WritingLines(2)]


def _sort_overleaf(blocks: list[Block], n: int, cycle: LearningCycle) -> list[Block]:
    """A Part with a page break after its story box: its steps and sort open the next side
    under the Part's heading again, marked "(continued)", and the story's side says where
    the task is. Printed both sides, a side that opened with bare steps read as a task with
    no Part, and a story ending its side read as the whole of the Part."""
    box = next((i for i, b in enumerate(blocks) if isinstance(b, Callout)), None)
    if box is None:
        return blocks
    cue = f"Turn over to sort {_sorted_things(cycle.task.title)} in the table."
    return [*blocks[:box + 1], Paragraph(cue, "note"), PageBreak(),
            Heading(f"Part {n} (continued): {cycle.task.title}", 2), *blocks[box + 1:]]


def _sorted_things(title: str) -> str:
    """"the warning signs" of a "Warning-sign sort": what the side-two table sorts. Not
    "cards": the class sorts in the sheet's table, and the cut-out cards are for a support
    group only, so a pupil told of cards turned over looking for them."""
    thing = title.removesuffix(" sort")
    if thing == title:
        return "the cards"
    return f"the {thing.replace('-', ' ').lower()}s"


def _story_may_turn(blocks: list[Block]) -> list[Block]:
    """A Part whose story box may end a side with its sort overleaf (the box itself stays
    whole): KS4's Part 1 kept whole left side one half blank under the starter."""
    return [replace(b, keep_next=False) if isinstance(b, Callout) and b.whole else b
            for b in blocks]
