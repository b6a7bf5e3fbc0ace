"""KS3's Part 3 opens with how Kai's story ended, then Sami's stream: the sheet prints Kai's
ending under a label of its own, so a Year 8 never reads Kai's outcome under Sami's name
(run on, Kai's ending sat under Sami's heading). The teacher still reads both."""

from __future__ import annotations

from lessonpack.api import load
from lessonpack.content.brand import Brand
from lessonpack.content.model import Lesson
from lessonpack.plan.lesson_docs import plan_worksheet
from lessonpack.plan.model import Callout, Paragraph


def test_kais_ending_has_its_own_box_before_samis_stream() -> None:
    loaded = load()
    lesson = loaded.items["live-streaming-ks3"].item
    assert isinstance(lesson, Lesson)
    sheet = plan_worksheet(lesson, loaded.facts, Brand(org_name="Riverside Academy"))
    blocks = list(sheet.blocks)
    kai = next(i for i, b in enumerate(blocks) if isinstance(b, Paragraph)
               and b.label == "How Kai's story ended:")
    sami = blocks[kai + 1]
    assert isinstance(sami, Callout) and sami.title.startswith("Sami's live stream"), sami
    ending = blocks[kai]
    assert isinstance(ending, Paragraph) and "None of it was Kai's fault." in ending.text
    assert not any("Kai" in line for line in sami.lines), sami.lines
    # What the teacher reads aloud still tells Kai's ending first.
    part3 = lesson.cycles[2].scenario
    assert part3 is not None and part3.read_aloud.startswith("That night Kai stopped replying")
