"""How many copies of which page of a cards file: said in the plan's resources and on each
sort page, with numbers for the school file's class (a Year 4 teacher pressing Print once
got one set of sort cards; pressing it "about six" times, twelve help cards for 29 pupils),
else for a class of 30, said to be for 30."""

from __future__ import annotations

from lessonpack.api import load
from lessonpack.content.brand import Brand
from lessonpack.content.model import Lesson
from lessonpack.plan.class_fit import for_class
from lessonpack.plan.lesson_plan import plan_lesson_plan
from lessonpack.plan.model import Paragraph
from lessonpack.plan.sort_cards import card_sets, plan_sort_cards


def _lesson(key: str) -> Lesson:
    item = load().items[f"live-streaming-{key}"].item
    assert isinstance(item, Lesson)
    return item


def _year4(size: int) -> Brand:
    return Brand(org_name="Oakfield Primary School", dsl_name="Mrs Priya Shah",
                 classes=["Year 4, Mr Tom Okoro"], class_sizes={"Year 4": size})


def _plan_text(lesson: Lesson, brand: Brand) -> str:
    plan = plan_lesson_plan(lesson, load().facts, brand)
    return "\n".join(str(b) for b in plan.blocks)


def _notes(lesson: Lesson, brand: Brand) -> list[str]:
    doc = plan_sort_cards(lesson, brand)
    assert doc is not None
    return [b.text for b in doc.blocks if isinstance(b, Paragraph) and b.style == "note"]


def test_a_year_4_plan_says_which_pages_how_many_times() -> None:
    brand = _year4(29)
    lesson = for_class(_lesson("ks2"), brand)
    text = _plan_text(lesson, brand)
    assert "cards.docx, pages 1 and 2 six times, page 3 (help cards) 8 times." in text, text
    assert "about six" not in text and "counted for a class of 30" not in text
    # The sort pages' own print lines give the same number.
    sorts = [n for n in _notes(lesson, brand) if "cut along the dashed lines" in n]
    assert sorts and all(n.startswith("Print 6 copies, one for each table") for n in sorts)


def test_a_bigger_class_gets_more_sets() -> None:
    brand = _year4(33)
    lesson = for_class(_lesson("ks2"), brand)
    assert card_sets(lesson, 33) == 7
    assert "pages 1 and 2 seven times, page 3 (help cards) 9 times" in _plan_text(lesson,
                                                                                brand)
    assert any(n.startswith("Print 7 copies") for n in _notes(lesson, brand))


def test_without_a_class_size_the_counts_are_for_30_and_say_so() -> None:
    brand = Brand(org_name="Oakfield Primary School", dsl_name="Mrs Priya Shah")
    lesson = _lesson("ks2")
    text = _plan_text(lesson, brand)
    assert "page 3 (help cards) 8 times" in text, text
    assert "(counted for a class of 30)" in text, text
    notes = _notes(lesson, brand)
    assert any(n.startswith("Print 6 copies, one for each table (a group of four or five) "
                            "in a class of 30") for n in notes), notes
    assert any("8 copies give 30 pupils a card each" in n for n in notes), notes


def test_a_support_groups_cards_are_not_counted_for_the_whole_class() -> None:
    """KS3 and KS4 sort on the worksheet; the cards are for a support group: six sets for a
    class of 30 printed cards nobody uses. The help cards are every pupil's: counted."""
    brand = Brand(org_name="Riverside Academy", dsl_name="Mr Daniel Okafor")
    for key in ("ks3", "ks4"):
        lesson = _lesson(key)
        text = _plan_text(lesson, brand)
        # The help cards front and back: both pages, on both sides of one sheet.
        assert "once for each support-group table, pages " in text, text
        assert "(help cards, both sides) 8 times" in text
        notes = _notes(lesson, brand)
        assert any(n.startswith("Print one per support-group table")
                   for n in notes), notes
        # Which group: the teacher notes' Differentiation, named where the copies are
        # counted.
        assert any("(teacher notes: Differentiation)" in n for n in notes), notes
        assert any("8 copies give 30 pupils a card each" in n for n in notes), notes


def test_the_help_cards_spare_count_is_what_the_copies_leave() -> None:
    """Whole pages round up: 29 pupils take 8 pages of four cards, 32 cards, three spare (a
    note once said the least spares, not what the pages leave: a printed sum a teacher
    checks); 30 take 8, two spare."""
    for size, spare in ((29, "three"), (30, "two"), (28, "four"), (33, "three")):
        brand = _year4(size)
        notes = _notes(for_class(_lesson("ks2"), brand), brand)
        line = f"one for each of the class's {size} pupils and {spare} spare."
        assert any(line in n for n in notes), (size, notes)
    brand = _year4(29)
    assert "page 3 (help cards) 8 times" in _plan_text(for_class(_lesson("ks2"), brand), brand)
