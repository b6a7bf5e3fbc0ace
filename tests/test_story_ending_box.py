"""KS3's Part 3 opens with how Kai's story ended, then Sami's stream: the sheet prints Kai's
ending under a heading of its own before Part 3's, so a Year 8 never reads Kai's outcome as
the start of Sami's part (run on, it sat under Sami's heading; then, under a bold label,
still under "Part 3: Sami's viewers can help"). The teacher still reads both."""

from __future__ import annotations

from lessonpack.api import load
from lessonpack.content.brand import Brand
from lessonpack.content.model import Lesson
from lessonpack.plan.model import Callout, Heading, Paragraph
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
    assert blocks[kai].level == 3  # a small heading, under Part 2's, above Part 3's
    assert isinstance(ending, Paragraph) and "None of it was Kai's fault." in ending.text
    assert isinstance(part3_heading, Heading) and part3_heading.text.startswith("Part 3:")
    assert isinstance(sami, Callout) and sami.title.startswith("Sami's live stream"), sami
    assert not any("Kai" in line for line in sami.lines), sami.lines
    # What the teacher reads aloud still tells Kai's ending first.
    part3 = lesson.cycles[2].scenario
    assert part3 is not None and part3.read_aloud.startswith("That night Kai stopped replying")
