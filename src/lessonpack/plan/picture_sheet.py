"""The Key Stage 1 worksheet: two pages led by pictures, for children who cannot yet read.

An adult reads everything aloud; children colour or tick traffic-light circles beside each
card, draw and write on a hand outline, ring what a character can say and colour a face to
show how they did. The starter and exit quiz are done aloud (thumbs and fingers), so they are
in the lesson plan, not on this sheet.
"""

from __future__ import annotations

from lessonpack.content.brand import Brand
from lessonpack.content.model import (
    Audience,
    FactsFile,
    LearningCycle,
    Lesson,
    SortActivity,
)
from lessonpack.plan import common
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
)

# Traffic-light colours, printed as they look on the slides' cards.
LIGHTS = {"green": "#2E9E4F", "amber": "#F2A900", "red": "#D62828"}
NEUTRAL = ("#5B8DEF", "#9B6BD6", "#3FB8AF")


def _choice_colours(sort: SortActivity) -> tuple[tuple[str, str], ...]:
    """Each column's label with its colour: by name for traffic lights, else distinct."""
    out = []
    for n, column in enumerate(sort.columns):
        colour = next((c for word, c in LIGHTS.items() if word in column.lower()),
                      NEUTRAL[n % len(NEUTRAL)])
        out.append((column, colour))
    return tuple(out)


def _activity(n: int, cycle: LearningCycle) -> list[Block]:
    task = cycle.task
    blocks: list[Block] = [Heading(f"{n}. {task.title}", 2),
                           Paragraph(" ".join(task.instructions), "note", label="Read aloud:",
                                     keep_next=True)]
    if task.sort:
        blocks.append(CircleChoice(tuple(i.text for i in task.sort.items),
                                   _choice_colours(task.sort)))
    for prompt in task.prompts:
        if prompt.space == "box" and "hand" in prompt.text.lower():
            blocks.append(HandOutline(prompt.text))
        elif prompt.space == "box":
            blocks += [Paragraph(prompt.text, keep_next=True),
                       Table(("Draw here",), (("",),), row_lines=prompt.lines)]
        else:
            blocks.append(Paragraph(prompt.text, "lead"))
    return blocks


def plan_picture_worksheet(lesson: Lesson, facts: FactsFile, brand: Brand) -> DocPlan:
    helps = common.signposts(lesson, facts, brand)
    blocks: list[Block] = [
        Paragraph("read each card and instruction aloud; the starter and exit quiz are done "
                  "aloud too. ", "note", label="For the adult:"),
    ]
    for n, cycle in enumerate(lesson.cycles, 1):
        if n > 1:
            blocks.append(PageBreak())  # the second activity starts page two
        blocks += _activity(n, cycle)
    blocks += [
        Heading("How did I do?", 2),
        SmileyScale(lesson.outcome),
        Paragraph("  ·  ".join(f"{s.name}: {s.contact}" for s in helps), label="Who can help:"),
    ]
    return DocPlan(common.file_stem(lesson, "worksheet") + ".docx", "worksheet",
                   common.meta(lesson, brand, "pupil worksheet"), title=lesson.title,
                   subtitle="Pupil worksheet", header=lesson.topic_title,
                   footer=common.doc_footer(lesson, brand), blocks=tuple(blocks), name_line=True,
                   print_size="large" if lesson.audience is Audience.KS1 else "pupil")
