"""The lesson plan says each thing once, where the slides do it: Key Stage 1's reflection
after the exit check's last answer (not also under "Thumbs again"), and a cut that skips
a check names its slides, found in the deck."""

from __future__ import annotations

from lessonpack.api import load
from lessonpack.content.brand import Brand
from lessonpack.content.model import Lesson
from lessonpack.plan.class_fit import for_class
from lessonpack.plan.lesson_plan import check_slides
from lessonpack.plan.model import BulletList, StepTable
from lessonpack.plan.pack import plan_pack


def _lesson(key: str) -> Lesson:
    item = load().items[f"live-streaming-{key}"].item
    assert isinstance(item, Lesson)
    return item


def _plan(lesson: Lesson, brand: Brand):  # type: ignore[no-untyped-def]
    pack = plan_pack(lesson, load().facts, brand)
    return pack, next(d for d in pack.documents if d.kind == "lesson_plan")


def test_the_ks1_reflection_is_asked_once_after_the_exit_check() -> None:
    _, plan = _plan(_lesson("ks1"), Brand())
    table = next(b for b in plan.blocks if isinstance(b, StepTable))
    rows = {row.step: row for stage in table.stages for row in stage.rows}
    said = [step for step, row in rows.items()
            if any(line.label == "Reflection:" for line in row.lines)]
    assert said == ["Exit check"], said
    thumbs = " ".join(line.text for line in rows["Thumbs again"].lines)
    assert "stop hand" not in thumbs


def test_a_year_4_cut_names_the_check_slides_it_skips() -> None:
    year4 = Brand(org_name="Ashgrove Primary School", classes=["Year 4, Miss Laura Bennett"])
    pack, plan = _plan(for_class(_lesson("ks2"), year4), year4)
    deck = pack.decks[0]
    slides = check_slides(deck, 1)
    assert slides.startswith("slides ")
    first = int(slides.split()[1].split("\u2013")[0])
    assert "Quick check" in deck.slides[first - 1].kicker
    cuts = next(b for b in plan.blocks if isinstance(b, BulletList)).items
    skip = next(c for c in cuts if "quick check" in c)
    assert f"Part 1\u2019s quick check ({slides})".replace("\u2019", "'") in skip.replace(
        "\u2019", "'")
    assert "{check" not in " ".join(cuts)
    assert check_slides(None, 1) == ""


def test_the_ks1_plan_shows_the_dsl_on_the_help_slide_by_number() -> None:
    """The help slide shows a drawing until the school gives a photo: the plan points at the
    slide (or the DSL in person), never at a photo that may not be there."""
    from lessonpack.plan.lesson_plan import help_slide
    from lessonpack.plan.model import Checklist

    pack, plan = _plan(_lesson("ks1"), Brand())
    slide = help_slide(pack.decks[0])
    number = int(slide.split()[1])
    assert pack.decks[0].slides[number - 1].title.startswith("Who can help")
    checks = " ".join(i for b in plan.blocks if isinstance(b, Checklist) for i in b.items)
    assert f"on the help slide ({slide}), or in person" in checks
    assert "photo of" not in checks and "{help slide}" not in checks
    assert help_slide(None) == ""
