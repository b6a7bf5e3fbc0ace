"""KS3's Part 3 opens with how Kai's story ended, read aloud, then Sami's stream. The sheet
never prints Kai's ending: under Part 2's sort, and then atop Part 3's side, it answered Part
2's "what can Kai do now?" for anyone who turned over early. Part 3 still opens a side of
its own, and the teacher reads both, as the plan's row says."""

from __future__ import annotations

from lessonpack.api import load
from lessonpack.content.brand import Brand
from lessonpack.content.model import Lesson
from lessonpack.plan.lesson_plan import plan_lesson_plan
from lessonpack.plan.model import Callout, Heading, PageBreak, StepTable
from lessonpack.plan.worksheet.sheet import plan_worksheet
from lessons import plan_strings


def test_kais_ending_is_read_aloud_not_printed_and_part_3_opens_a_side() -> None:
    loaded = load()
    lesson = loaded.items["live-streaming-ks3"].item
    assert isinstance(lesson, Lesson)
    sheet = plan_worksheet(lesson, loaded.facts, Brand(org_name="Riverside Academy"))
    blocks = list(sheet.blocks)
    assert not [t for t in plan_strings(sheet) if "Kai stopped replying" in t]
    assert not any(isinstance(b, Heading) and "ended" in b.text for b in blocks)
    part3 = next(i for i, b in enumerate(blocks) if isinstance(b, Heading)
                 and b.text.startswith("Part 3:"))
    # A side of its own: Part 2's sort is the block before the page turn.
    assert isinstance(blocks[part3 - 1], PageBreak), blocks[part3 - 1]
    sami = blocks[part3 + 1]
    assert isinstance(sami, Callout) and sami.title.startswith("Sami's live stream"), sami
    assert not any("Kai" in line for line in sami.lines), sami.lines
    # What the teacher reads aloud still tells Kai's ending first.
    story = lesson.cycles[2].scenario
    assert story is not None and story.read_aloud.startswith("That night Kai stopped replying")


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
