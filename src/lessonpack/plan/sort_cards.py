"""Plans the cut-out sort cards of a lesson for readers (Key Stages 2 to 4): a file of its own.

Pupils who sort better by moving cards on a desk (or a whole class working in pairs) get
each sort's cards to cut out, big enough to handle, with the sort's headings as cards to lay
in a row. They are a separate file so the lesson plan stays short and a teacher prints only
the pages they need; each sort starts a page, so "print page 2" gets one sort. A picture-led
lesson (Key Stage 1) prints its picture cards in the lesson plan instead.
"""

from __future__ import annotations

from lessonpack.content.brand import Brand
from lessonpack.content.model import Audience, Lesson
from lessonpack.plan import common
from lessonpack.plan.lesson_docs import printed_order
from lessonpack.plan.model import Block, DocPlan, Heading, PageBreak, Paragraph, SortCards

SUFFIX = "cards"
# Card text in points: larger for 7- to 11-year-olds, whose cards are short.
CARD_PT = {Audience.KS2: 18}


def cards_filename(lesson: Lesson) -> str:
    """"live-streaming-ks2-cards.docx": named in the lesson plan's resources."""
    return common.file_stem(lesson, SUFFIX) + ".docx"


def has_sort_cards(lesson: Lesson) -> bool:
    return lesson.readers and any(c.task.sort for c in lesson.cycles)


def _how(lesson: Lesson, ordered: bool) -> str:
    sort = ("Put the cards in the order they happened, then move each under a heading."
            if ordered else "Lay the heading cards in a row and move each card under one.")
    return f"Print one copy for each pair and cut along the dashed lines. {sort}"


def plan_sort_cards(lesson: Lesson, brand: Brand) -> DocPlan | None:
    """Each sort of the lesson on its own page(s), in the order the worksheet prints the
    cards (an ordering task's cards shuffled, as on the sheet); None when the lesson has no
    sort for readers."""
    if not has_sort_cards(lesson):
        return None
    blocks: list[Block] = []
    for n, cycle in enumerate(lesson.cycles, 1):
        sort = cycle.task.sort
        if sort is None:
            continue
        if blocks:
            blocks.append(PageBreak())
        blocks += [Heading(f"Part {n}: {cycle.task.title}", 2),
                   Paragraph(_how(lesson, sort.ordered), "note", keep_next=True),
                   SortCards(tuple(sort.columns), tuple(i.text for i in printed_order(sort)),
                             size=CARD_PT.get(lesson.audience, 16))]
    return DocPlan(cards_filename(lesson), "worksheet",
                   common.meta(lesson, brand, "sort cards to cut out"), title=lesson.title,
                   subtitle="Sort cards to cut out", header=lesson.topic_title,
                   footer=common.doc_footer(lesson, brand), blocks=tuple(blocks))
