"""KS3's Part 3 opens with how Kai's story ended, then Sami's stream: the sheet prints Kai's
ending under a heading of its own before Part 3's, so a Year 8 never reads Kai's outcome as
the start of Sami's part (run on, it sat under Sami's heading; then, under a bold label,
still under "Part 3: Sami's viewers can help"). It opens Part 3's side: under Part 2's sort
it answered Part 2's "what can Kai do now?" before the class had talked about it. The
teacher still reads both, and the plan's row says so."""

from __future__ import annotations

from lessonpack.api import load
from lessonpack.content.brand import Brand
from lessonpack.content.model import Lesson
from lessonpack.plan.lesson_plan import plan_lesson_plan
from lessonpack.plan.model import Callout, Heading, PageBreak, Paragraph, StepTable
from lessonpack.plan.worksheet.sheet import plan_worksheet


def test_kais_ending_has_its_own_heading_before_part_3() -> None:
    loaded = load()
    lesson = loaded.items["live-streaming-ks3"].item
    assert isinstance(lesson, Lesson)
    sheet = plan_worksheet(lesson, loaded.facts, Brand(org_name="Riverside Academy"))
    blocks = list(sheet.blocks)
    kai = next(i for i, b in enumerate(blocks) if isinstance(b, Heading)
               and b.text == "How Kai's story ended")
    ending, part3_heading, sami = blocks[kai + 1:kai + 4]
    assert blocks[kai].level == 3  # a small heading, above Part 3's
    # A side of its own with Part 3: Part 2's sort is the block before the page turn.
    assert isinstance(blocks[kai - 1], PageBreak), blocks[kai - 1]
    assert isinstance(ending, Paragraph) and "None of it was Kai's fault." in ending.text
    assert isinstance(part3_heading, Heading) and part3_heading.text.startswith("Part 3:")
    assert isinstance(sami, Callout) and sami.title.startswith("Sami's live stream"), sami
    assert not any("Kai" in line for line in sami.lines), sami.lines
    # What the teacher reads aloud still tells Kai's ending first.
    part3 = lesson.cycles[2].scenario
    assert part3 is not None and part3.read_aloud.startswith("That night Kai stopped replying")


def test_plan_row_says_it_reads_kais_ending_then_samis_story() -> None:
    loaded = load()
    lesson = loaded.items["live-streaming-ks3"].item
    assert isinstance(lesson, Lesson)
    plan = plan_lesson_plan(lesson, loaded.facts, Brand(org_name="Riverside Academy"))
    table = next(b for b in plan.blocks if isinstance(b, StepTable))
    read = [line for stage in table.stages for row in stage.rows for line in row.lines
            if line.label.startswith("Read aloud")]
    assert [line.label for line in read] == ["Read aloud (Kai):", "Read aloud (Kai):",
                                             "Read aloud (Kai's ending, then Sami):"]
    assert read[2].text.startswith("That night Kai stopped replying")
