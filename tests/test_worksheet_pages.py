"""Worksheet page planning: a story is on the page of the sort it asks for (KS4's Part 1
may turn the page under the starter), and the help box closes the last side."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn

from lessonpack.api import load
from lessonpack.plan.quotes import typographic

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _lesson(audience: str):
    return next(i.item for i in load(()).items.values() if i.item.audience.value == audience
                and i.item.kind == "lesson")


def _text(el) -> str:
    return "".join(t.text or "" for t in el.iter(f"{W}t"))


def _keeps(p) -> bool:
    return p.find(f"{W}pPr/{W}keepNext") is not None


def test_ks4_story_opens_on_side_one_and_help_closes_the_sheet(built_packs: Path) -> None:
    """KS4: Part 1's story follows the starter on side one (kept to its sort overleaf, it
    left side one to the help box or half blank); Who can help is the sheet's last block,
    after the reflection that asks for a place to go for help (on side one it was fifty
    minutes and a leaf away from that question)."""
    doc = Document(str(built_packs / "live-streaming-ks4" / "live-streaming-ks4-worksheet.docx"))
    body = list(doc.element.body.iterchildren())
    texts = [_text(el) for el in body]
    first = _lesson("ks4").cycles[0]
    starts = _page_starts(body)
    part1 = texts.index(typographic(f"Part 1: {first.task.title}"))
    assert part1 < starts[0]
    helps = [i for i, t in enumerate(texts) if t.startswith("Who can help")]
    reflection = _lesson("ks4").plenary.reflection[-1]
    # Labelled "Think about it:", as the slide before the quiz names it.
    asked = max(i for i, t in enumerate(texts)
                if t.startswith(f"Think about it: {typographic(reflection)[:30]}"))
    # One box, after the reflection on the last side, and the sheet's end: its title, then
    # its routes (in two columns), nothing after them.
    assert len(helps) == 1 and helps[0] > asked > starts[-1]
    last = max(i for i, t in enumerate(texts) if t.strip())
    assert last - helps[0] <= 1 and "Childline" in texts[last]


def _page_starts(body: list) -> list[int]:
    """Where each side after the first starts: the paragraphs a planned page break opens."""
    return [i for i, el in enumerate(body)
            if el.find(f"{W}pPr/{W}pageBreakBefore") is not None]


def test_ks3_help_closes_the_last_side_after_the_quiz(built_packs: Path) -> None:
    """KS3's Who can help has one place: the last side, after the exit quiz and How did I
    do?, where the lesson ends (between Parts 2 and 3 it left side two a quarter blank and
    Part 3 two lines an answer). The reflection is under Part 3, as the plenary asks it
    before the quiz, and side four opens with the leaf's Name line."""
    doc = Document(str(built_packs / "live-streaming-ks3" / "live-streaming-ks3-worksheet.docx"))
    body = list(doc.element.body.iterchildren())
    texts = [_text(el) for el in body]
    cycles = _lesson("ks3").cycles
    helps = [i for i, t in enumerate(texts) if t.startswith("Who can help")]
    last_part = texts.index(typographic(f"Part {len(cycles)}: {cycles[-1].task.title}"))
    think = next(i for i, t in enumerate(texts) if t.startswith("Think about it:"))
    quiz = next(i for i, t in enumerate(texts) if t.startswith("Exit quiz"))
    did = next(i for i, t in enumerate(texts) if t.startswith("How did I do?"))
    assert len(helps) == 1 and last_part < think < quiz < did < helps[0]
    # The title, its two columns of routes (one table) and nothing after them.
    assert body[helps[0] + 1].tag == f"{W}tbl" and not any(texts[helps[0] + 2:])
    assert texts[_page_starts(body)[-1]].startswith("Name:")


def test_ks3_box_is_short_and_names_every_route_and_the_card() -> None:
    """The sheet's box names each route by its number or address (the help card's words)
    and sends pupils to the card they keep: with each route's description it took a fifth
    side or Part 3's lines. The school's line stays whole, as the help slide says it."""
    from lessonpack.content.brand import Brand
    from lessonpack.plan.model import Callout
    from lessonpack.plan.worksheet.sheet import CARD_LINE, plan_worksheet

    lesson = _lesson("ks3")
    facts = load(()).facts
    riverside = Brand(dsl_name="Mr Daniel Okafor", extra_helplines=[
        {"name": "Riverside Student Support", "contact": "Room G14", "what_for": "Talk.",
         "audience": "pupils"}])
    for brand in (Brand(), riverside):
        blocks = plan_worksheet(lesson, facts, brand).blocks
        (box,) = [b for b in blocks if isinstance(b, Callout) and b.title == "Who can help"]
        assert box.columns == 2 and blocks[-1] == box
        by_id = {h.id: h for h in facts.helplines}
        for ref in lesson.signposting:
            h = by_id[ref]
            assert any(line.startswith(f"{h.name}: {h.card or h.web or h.contact}")
                       for line in box.lines), (ref, box.lines)
        assert box.lines[-1].startswith(CARD_LINE)
        # Routes only: no service's description (the card's and the slides' words).
        assert not any(by_id["childline"].young_people in line for line in box.lines)
    assert any(line.startswith("Riverside Student Support: Room G14") for line in box.lines)


def test_ks3_answers_have_four_lines() -> None:
    """Every written KS3 answer has four lines, a clue's too: two or three were too few
    for a Year 8 hand to write a sentence and its reason."""
    from lessonpack.content.brand import Brand
    from lessonpack.plan.ages import SECONDARY_LINES
    from lessonpack.plan.model import Paragraph, Questions, WritingLines
    from lessonpack.plan.worksheet.sheet import plan_worksheet

    lesson = _lesson("ks3")
    blocks = plan_worksheet(lesson, load(()).facts, Brand()).blocks
    asked = {typographic(p.text) for c in lesson.cycles for p in c.task.prompts if p.lines}
    counts = [(a.text, b.count) for a, b in pairwise(blocks)
              if isinstance(a, Paragraph) and isinstance(b, WritingLines)
              and typographic(a.text) in asked]
    counts += [(text, count) for b in blocks if isinstance(b, Questions)
               for _, text, count in b.items if typographic(text) in asked]
    assert len(counts) == len(asked) == 5
    assert all(count >= SECONDARY_LINES for _, count in counts), counts


def test_ks4_sides_are_planned_with_help_on_the_last(built_packs: Path) -> None:
    """KS4's four sides, each page turn planned: Part 1's story on side one, ending with where
    its task is, its steps and sort opening side two under the Part's heading marked
    "(continued)" (under bare steps, printed both sides, the sort read as a task with no
    Part), then Part 2 whole (a) and b) split over a page turn, b) stood alone), Part 3 and
    How did I do? on side three, the Name line, exit quiz, reflection and Who can help on
    side four."""
    doc = Document(str(built_packs / "live-streaming-ks4" / "live-streaming-ks4-worksheet.docx"))
    body = list(doc.element.body.iterchildren())
    texts = [_text(el) for el in body]
    starts = _page_starts(body)
    cycles = _lesson("ks4").cycles
    assert len(starts) == 3
    # The one "(continued)" is Part 1's heading, over its steps and sort on side two.
    continued = typographic(f"Part 1 (continued): {cycles[0].task.title}")
    assert [t for t in texts if "(continued)" in t] == [continued]
    part1 = texts.index(typographic(f"Part 1: {cycles[0].task.title}"))
    assert part1 < starts[0] and texts[starts[0]] == continued
    assert texts[starts[0] + 1] == typographic(cycles[0].task.instructions[0])
    # Side one's last words say where the story's task is.
    story_side = [t for t in texts[part1:starts[0]] if t.strip()]
    # The class sorts in the table overleaf (the cut-out cards are a support group's only).
    assert cycles[0].task.title == "Warning-sign sort"
    assert story_side[-1] == typographic("Turn over to sort the warning signs in the table.")
    part2 = texts.index(typographic(f"Part 2: {cycles[1].task.title}"))
    assert starts[0] < part2 < starts[1]
    assert texts[starts[1]] == typographic(f"Part 3: {cycles[2].task.title}")
    did = next(i for i, t in enumerate(texts) if t.startswith("How did I do?"))
    assert starts[1] < did < starts[2]
    assert texts[starts[2]].startswith("Name:")
    assert texts[starts[2] + 1].startswith("Exit quiz")
    helps = [i for i, t in enumerate(texts) if t.startswith("Who can help")]
    assert helps and helps[0] > starts[2]


def test_ks4_sides_lines_take_the_room_each_side_leaves(built_packs: Path) -> None:
    """Sides one to three ended a sixth to a quarter blank: the last lines on each (what
    changed your mind, Part 2 b), Part 3's rewrite) take the room left once the side is
    written (render/docx_fill_side), more than the two (four) they are planned with on sides
    one and three. Side two's spare line went to its "Part 1 (continued)" heading: Part 2 b)
    keeps its four, never fewer. Side four and the count of sides are
    tests/test_page_layout.py's."""
    from lessonpack.plan.ages import SECONDARY_LINES

    doc = Document(str(built_packs / "live-streaming-ks4" / "live-streaming-ks4-worksheet.docx"))
    body = list(doc.element.body.iterchildren())
    starts = [0, *_page_starts(body)]
    for side, (a, b) in enumerate(pairwise(starts), 1):
        runs, run = [], 0
        for el in body[a:b]:
            for p in el.iter(f"{W}p"):
                styled = p.find(f"{W}pPr/{W}pStyle")
                line = styled is not None and "Writing" in styled.get(f"{W}val", "")
                run = run + 1 if line else 0
                runs.append(run)
        planned = 2 if side == 1 else SECONDARY_LINES
        if side == 2:
            assert max(runs) >= planned, (side, max(runs))
        else:
            assert max(runs) > planned, (side, max(runs))
        if side == 1:
            # Three more than planned: the starter's statements, each merged down over its
            # Start and End rows, are measured once (counted in each first row, they left
            # side one a sixth blank under "Turn over").
            assert max(runs) >= planned + 3, (side, max(runs))


def test_ks4_side_one_asks_what_changed_under_the_starter() -> None:
    """The plenary asks what changed their minds as pupils tick the End rows on side one:
    the question and its lines sit under the starter's note, above Part 1, and the plan's
    plenary says the sheet has them."""
    from lessonpack.content.brand import Brand
    from lessonpack.plan.model import Heading, Paragraph, WritingLines
    from lessonpack.plan.worksheet.sheet import plan_worksheet
    from lessonpack.plan.worksheet.sides import CHANGED_MIND

    lesson = _lesson("ks4")
    blocks = plan_worksheet(lesson, load(()).facts, Brand()).blocks
    at = next(i for i, b in enumerate(blocks)
              if isinstance(b, Paragraph) and b.text == CHANGED_MIND)
    note, lines, part1 = blocks[at - 1], blocks[at + 1], blocks[at + 2]
    assert isinstance(note, Paragraph) and note.text.startswith("At the end of the lesson")
    assert isinstance(lines, WritingLines) and lines.count >= 2
    assert isinstance(part1, Heading) and part1.text.startswith("Part 1:")
    assert "side one" in lesson.plenary.notes


def test_ks4_answers_have_four_lines() -> None:
    """KS4: four lines under every written question (three under one the content asks as
    a short answer, a clue or a name); three were squeezed under Part 3's sort."""
    from lessonpack.content.brand import Brand
    from lessonpack.plan.ages import SECONDARY_LINES
    from lessonpack.plan.model import Paragraph, Questions, WritingLines
    from lessonpack.plan.worksheet.sheet import plan_worksheet

    lesson = _lesson("ks4")
    blocks = plan_worksheet(lesson, load(()).facts, Brand()).blocks
    asked = {typographic(p.text): p.lines for c in lesson.cycles for p in c.task.prompts
             if p.lines}
    pairs = [(a.text, b.count) for a, b in pairwise(blocks)
             if isinstance(a, Paragraph) and isinstance(b, WritingLines)
             and typographic(a.text) in asked]
    # A Part's two questions kept on one side together: one block, each with its lines.
    pairs += [(text, count) for b in blocks if isinstance(b, Questions)
              for _, text, count in b.items if typographic(text) in asked]
    assert len(pairs) == len(asked)  # every written question found, with its lines
    for text, count in pairs:
        least = SECONDARY_LINES - 1 if asked[typographic(text)] == 1 else SECONDARY_LINES
        assert count >= least, (text, count)


def _named_leaf(path: Path) -> str:
    """The Name line over the exit quiz (on the sheet's second leaf), its text."""
    body = list(Document(str(path)).element.body.iterchildren())
    texts = [_text(el) for el in body]
    quiz = next(i for i, t in enumerate(texts) if t.startswith("Exit quiz"))
    assert texts[quiz - 1].startswith("Name:"), (path.name, texts[quiz - 1])
    # One Name line on each leaf: under the title, and over the quiz.
    assert sum(t.startswith("Name:") for t in texts) == 2, path.name
    return texts[quiz - 1]


def test_every_leaf_of_a_worksheet_has_a_name_line(built_packs: Path,
                                                   brightpath_at_ashgrove: Path) -> None:
    """The exit quiz and the "worried me" sentence the class teacher reads that day are on
    the sheet's second leaf (side three or four, printed double-sided): unnamed, a loose
    leaf could not be traced to a child, nor a worry on it followed up. KS2 (four sides), a
    Year 4 class's three-side sheet, KS3 and KS4."""
    for ks in ("ks2", "ks3", "ks4"):
        _named_leaf(built_packs / f"live-streaming-{ks}" / f"live-streaming-{ks}-worksheet.docx")
    year4 = brightpath_at_ashgrove / "live-streaming-ks2" / "live-streaming-ks2-worksheet.docx"
    # The school file names the class: printed, not written in.
    assert "Year 4" in _named_leaf(year4)


def test_help_box_lines_end_in_a_full_stop_unless_an_address(built_packs: Path) -> None:
    doc = Document(str(built_packs / "live-streaming-ks2" / "live-streaming-ks2-worksheet.docx"))
    # Year 3 to 6: the title over a table of two columns of services (render/docx_box_columns).
    title = next(p for p in doc.paragraphs if p.text == "Who can help")
    box = title._p.getnext()
    assert box.tag == qn("w:tbl") and title.paragraph_format.keep_with_next
    lines = ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in box.iter(qn("w:p"))]
    lines = [t for t in lines if t]
    assert lines and any(t.startswith("A trusted adult:") for t in lines)
    for line in lines:
        last = line.rsplit(" ", 1)[-1]
        assert line.endswith((".", ")")) or "." in last, line


def test_ks1_sheet_leads_no_child_to_an_answer_and_keeps_the_adult_to_a_line(
        built_packs: Path) -> None:
    doc = Document(str(built_packs / "live-streaming-ks1" / "live-streaming-ks1-worksheet.docx"))
    hand = next(p for c in _lesson("ks1").cycles for p in c.task.prompts if p.space == "box")
    frame = next(t for t in doc.tables if t._tbl.find(f".//{W}tblCaption") is not None
                 and t._tbl.find(f".//{W}tblCaption").get(f"{W}val").startswith("A box to draw"))
    # Nothing printed inside the frame (a hand traced upright ran into its text); the words
    # read aloud above it, one instruction (the task's: grown-ups on the fingers), and the
    # line under it the adult's for the names, not a second task.
    assert not frame.cell(0, 0).text.strip()
    above = "".join(t.text or "" for t in frame._tbl.getprevious().iter(f"{W}t"))
    under = "".join(t.text or "" for t in frame._tbl.getnext().getnext().iter(f"{W}t"))
    words = above + under
    task = next(c.task for c in _lesson("ks1").cycles if hand in c.task.prompts)
    assert typographic(" ".join(task.instructions)) in above and "fingers" in above.lower()
    assert hand.text not in words and under.startswith("Who did I draw?")
    roles = ("grandparent", "club leader", "a carer")
    assert [r for r in roles if r in hand.model_answer] and not [r for r in roles if r in words]
    adult = [p for p in doc.paragraphs if p.text.startswith("For the adult:")]
    assert len(adult) == 1 and len(adult[0].text) < 120
    assert not any("For the adult" in t.cell(0, 0).text for t in doc.tables)


def test_the_help_box_never_splits_over_a_page(built_packs: Path) -> None:
    """LibreOffice splits a long box's row line by line: Riverside's KS3 box left its own
    drop-in's last line overleaf. Every sheet's "Who can help" box is one row that cannot
    split (or, ending the sheet, paragraphs kept together)."""
    for ks in ("ks2", "ks3", "ks4"):
        doc = Document(str(built_packs / f"live-streaming-{ks}" /
                           f"live-streaming-{ks}-worksheet.docx"))
        body = doc.element.body
        (box,) = [t for t in body.iter(f"{W}tbl")
                  if t.find(f"{W}tblPr/{W}tblCaption[@{W}val='Who can help']") is not None]
        rows = box.findall(f"{W}tr")
        assert len(rows) == 1 and rows[0].find(f"{W}trPr/{W}cantSplit") is not None, ks


def test_only_lines_that_end_a_side_fill_it() -> None:
    """KS2 turns the page for each Part: the lines under a Part's last question end its
    side and take its room; lines with more of the sheet under them keep their count, and
    so do lines on a side with a room drawn on it (a full side: one line more went overleaf
    with its question)."""
    from lessonpack.content.brand import Brand
    from lessonpack.plan.model import PageBreak, StoryPicture, WritingLines
    from lessonpack.plan.worksheet.sheet import plan_worksheet

    blocks = plan_worksheet(_lesson("ks2"), load(()).facts, Brand()).blocks
    ends = [*blocks[1:], PageBreak()]
    drawn, sides = False, []
    for b in blocks:
        drawn = (drawn or isinstance(b, StoryPicture)) and not isinstance(b, PageBreak)
        sides.append(drawn)
    lines = [(b, after, under) for b, after, under in zip(blocks, ends, sides, strict=True)
             if isinstance(b, WritingLines)]
    assert any(under and isinstance(after, PageBreak) for _, after, under in lines), \
        "Part 2's lines end a side with Mei's room on it"
    assert all(b.fill_page == (isinstance(after, PageBreak) and not under)
               for b, after, under in lines)
    # KS3's reflection ends its side with no room drawn above it: its lines fill it.
    ks3 = plan_worksheet(_lesson("ks3"), load(()).facts, Brand()).blocks
    assert [b.fill_page for b in ks3 if isinstance(b, WritingLines)][-1]


def test_every_sheets_reflection_is_labelled_as_the_slide_names_it() -> None:
    """The slide before the quiz tells pupils to finish "Think about it" on their sheet: the
    Year 3-6 sheet's and KS4's sentence under How did I do? or the quiz was unlabelled, and
    a teacher found nothing by that name (Year 4's sheet had the label)."""
    from lessonpack.content.brand import Brand
    from lessonpack.plan.model import WriteOnLine
    from lessonpack.plan.worksheet.close import THINK
    from lessonpack.plan.worksheet.sheet import plan_worksheet

    for stage in ("ks2", "ks3", "ks4"):
        lesson = _lesson(stage)
        blocks = plan_worksheet(lesson, load(()).facts, Brand()).blocks
        said = [b for b in blocks if isinstance(b, WriteOnLine)
                and b.said == lesson.plenary.reflection[0]]
        assert len(said) == 1 and said[0].label == THINK, stage
