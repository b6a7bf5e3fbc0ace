"""KS3's story (Kai's stream) has nothing sexual in it, yet its help slide brings in a threat
to share a nude and Report Remove: the teacher notes' "Teaching it safely" says so, so no
teacher meets that line for the first time in front of the class."""

from __future__ import annotations

from lessonpack.api import load
from lessonpack.content.brand import DEFAULT_BRAND
from lessonpack.plan.model import BulletList
from lessonpack.plan.pack import plan_pack


def _plan_bullets(key: str) -> list[str]:
    index = load()
    pack = plan_pack(index.items[f"live-streaming-{key}"].item, index.facts, DEFAULT_BRAND)
    plan = next(d for d in pack.documents if "teacher-notes" in d.filename)
    return [item for block in plan.blocks if isinstance(block, BulletList)
            for item in block.items]


def test_the_ks3_plan_warns_that_nude_images_come_up() -> None:
    flagged = [b for b in _plan_bullets("ks3") if b.startswith("Nude images:")]
    assert len(flagged) == 1, flagged
    note = flagged[0]
    assert "nothing sexual" in note and "Report Remove" in note, note
    # Where it comes up, by the slide's title, and Year 7's words as its slides say them.
    assert "Get help, help others" in note and "Year 7: " in note, note
