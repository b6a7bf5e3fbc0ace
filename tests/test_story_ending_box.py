"""KS3's Part 3 opens with how Kai's story ended, then Sami's stream: the sheet prints Kai's
ending in a box of its own, so a Year 8 never reads Kai's outcome under Sami's name (a
teacher's read: "Kai's ending sits under Sami's heading"). The teacher still reads both."""

from __future__ import annotations

from lessonpack.api import load
from lessonpack.content.brand import Brand
from lessonpack.content.model import Lesson
from lessonpack.plan.lesson_docs import plan_worksheet
from lessonpack.plan.model import Callout


def test_kais_ending_has_its_own_box_before_samis_stream() -> None:
    loaded = load()
    lesson = loaded.items["live-streaming-ks3"].item
    assert isinstance(lesson, Lesson)
    sheet = plan_worksheet(lesson, loaded.facts, Brand(org_name="Riverside Academy"))
    boxes = [b for b in sheet.blocks if isinstance(b, Callout)]
    titles = [b.title for b in boxes]
    kai = titles.index("How Kai's story ended")
    sami = next(i for i, t in enumerate(titles) if t.startswith("Sami's live stream"))
    assert sami == kai + 1, titles
    assert "None of it was Kai's fault." in " ".join(boxes[kai].lines)
    assert not any("Kai" in line for line in boxes[sami].lines), boxes[sami].lines
    # What the teacher reads aloud still tells Kai's ending first.
    part3 = lesson.cycles[2].scenario
    assert part3 is not None and part3.read_aloud.startswith("That night Kai stopped replying")
