"""Who prints, brings and provides what: the block that opens a visiting trainer's lesson plans
and facilitator notes, a school's own one line on printing and cutting, and the visiting
team's credit in the footers of what pupils and parents keep."""

from __future__ import annotations

from pathlib import Path

from lessonpack.api import load
from lessonpack.content.brand import DEFAULT_BRAND, Brand
from lessonpack.content.model import Lesson, ParentSession
from lessonpack.content.school import apply_school_file, load_school
from lessonpack.plan import footers
from lessonpack.plan.lesson_plan import plan_lesson_plan
from lessonpack.plan.letter_dates import send_by, trainer_sends_by
from lessonpack.plan.model import BulletList, Heading, Paragraph, Table
from lessonpack.plan.parents.workshop import plan_facilitator_notes, plan_handout

ROOT = Path(__file__).resolve().parents[1]


def _trainer_in_school() -> Brand:
    from lessonpack.content.brand import load_brand

    brand = load_brand(ROOT / "examples/brands/northshire-online-safety/brand.yml").brand
    return apply_school_file(brand,
                             load_school(ROOT / "examples/schools/ashgrove-primary/school.yml"))


def _lesson(key: str) -> Lesson:
    item = load().items[f"live-streaming-{key}"].item
    assert isinstance(item, Lesson)
    return item


def _session() -> ParentSession:
    item = load().items["live-streaming-parents"].item
    assert isinstance(item, ParentSession)
    return item


def _logistics(blocks: tuple[object, ...]) -> dict[str, str]:
    # The plan's after its crib and lists; the facilitator notes' first.
    # When the files go: a line of its own above the table, not in its header row.
    at = next(i for i, b in enumerate(blocks)
              if isinstance(b, Table) and b.header[0] == "Visit logistics")
    table, send = blocks[at], blocks[at - 1]
    assert isinstance(table, Table) and isinstance(send, Paragraph)
    assert send.label == "Before the day:" and send.panel
    return {"send": send.text, **{who: what for who, what in table.rows}}


def test_files_reach_the_school_before_the_dsl_checks_and_the_letters_go() -> None:
    # A school week for the DSL's check before the sign-off, two school days before the
    # letters home (which offer parents a look before the lesson); the holidays not counted.
    assert send_by("Friday 22 January 2027", "Thursday 7 January 2027") \
        == "Monday 14 December 2026"
    assert send_by("Friday 19 March 2027, 6pm", "Friday 5 March 2027") \
        == "Wednesday 24 February 2027"
    # No letter before the lesson: a school week before the sign-off two days ahead.
    assert send_by("Monday 25 January 2027, 6pm", before=False) == "Thursday 14 January 2027"
    assert send_by("next week") == ""


def test_a_visitors_plans_open_with_who_prints_brings_and_provides() -> None:
    index = load()
    brand = _trainer_in_school()
    ks1 = plan_lesson_plan(_lesson("ks1"), index.facts, brand)
    rows = _logistics(ks1.blocks)
    prints = rows["The school prints"]
    # No date to go stale on the copies the DSL signs and the trainer carries on the day:
    # the brief dates each job (its first row the trainer's own day, Thu 10 Dec, not the
    # office's Mon 14 Dec on which it passes them on).
    assert rows["send"] == "each job, who does it and by when, is in the visit brief."
    assert trainer_sends_by("Friday 22 January 2027", "Thursday 7 January 2027") \
        == "Thursday 10 December 2026"
    # Ashgrove's file: Year 2 has 26 pupils (a page makes four children's lights: seven).
    assert "Worksheet: 26 copies" in prints
    # One side only (cut out); the traffic lights, held up to be read at a glance, in colour.
    assert ("Cards (one side only): pages 1 and 2 once and page 3 seven times in colour"
            in prints)
    assert "HDMI adaptor" in rows["The trainer brings"]
    # The school prints the light cards (the cards file's last page): the trainer does
    # not bring them too.
    assert "Puppets; the question box" in rows["The trainer brings"]
    assert "amber" not in rows["The trainer brings"]
    provides = rows["The school provides"]
    assert "HDMI input" in provides and "Mrs Ruth Evans, the class teacher" in provides
    assert "crayons" in provides  # KS1 draws at tables now: no clipboards
    ks2 = plan_lesson_plan(_lesson("ks2"), index.facts, brand)
    rows = _logistics(ks2.blocks)
    # Ashgrove's Year 4 has 28 pupils: the page of help cards (four a page) 8 times, a
    # card each and four spare, after a page for each of the two sorts (once a table).
    assert ("Cards (one side only): pages 1 and 2 six times (sort cards, a set per table); "
            "page 3 eight times (help cards, one per pupil and spares)"
            ) in rows["The school prints"]
    assert "uppets" not in rows["The trainer brings"]
    notes = plan_facilitator_notes(_session(), index.facts,
                                   brand)
    rows = _logistics(notes.blocks)
    # The evening's notes point to the brief too, with no date to go stale.
    assert rows["send"].startswith("each job, who does it and by when, is in the visit brief")
    assert "December" not in rows["send"]
    # Packed from the notes on the night: the sealed box (labelled, apart from the question
    # box) and the envelope the forms and contact slips leave in.
    assert rows["The trainer brings"].endswith(
        "• The question box (it stays in school); a sealed slotted box labelled \u201cContact "
        "slips and feedback forms\u201d and a tamper-evident envelope")
    # The invitation's slip offers the guide sent home: those families' copies too.
    assert "Handout: one per family coming or asking for the guide" in rows["The school prints"]
    # The same print list as the visit brief: the team's sign-in file, with its counts, so
    # the evening runs from the notes alone; and staff for supervised play.
    from lessonpack.plan.parents.parents_sign_in import print_counts
    assert f"• {print_counts(brand)}" in rows["The school prints"]
    assert rows["The school prints"].count("Sign-in file: page 1 one per") == 1
    assert rows["The school provides"].startswith("• The school hall")
    assert "supervised play" in rows["The school provides"]


def test_a_schools_own_plan_says_how_long_printing_and_cutting_takes() -> None:
    ks2 = plan_lesson_plan(_lesson("ks2"), load().facts, DEFAULT_BRAND)
    at = next(i for i, b in enumerate(ks2.blocks)
              if isinstance(b, Heading) and b.text == "Resources")
    resources = ks2.blocks[at + 1]
    assert isinstance(resources, BulletList)
    first = resources.items[0]
    assert first.startswith("Before the lesson: print and cut (about ")
    assert first.endswith(" minutes).")
    assert not any(isinstance(b, Table) and b.header[0] == "Visit logistics"
                   for b in ks2.blocks)


def test_the_visiting_team_is_credited_on_what_pupils_and_parents_keep() -> None:
    index = load()
    brand = _trainer_in_school()
    lesson = _lesson("ks2")
    # The class's year group (Year 4), not the whole key stage's ages: the sheet is for
    # one class.
    assert footers.doc_footer(lesson, brand) == \
        "Delivered by Northshire Online Safety Team  ·  Year 4 (ages 8–9)"
    assert "Delivered by" not in footers.doc_footer(lesson, DEFAULT_BRAND)
    handout = plan_handout(_session(), index.facts, brand)
    # The team's website and office phone, for another session or a word about this one.
    assert handout.footer == ("Session delivered by Northshire Online Safety Team\n"
                              "www.northshire.example.gov.uk/onlinesafety  ·  0306 999 0100")
    own = plan_handout(_session(), index.facts, DEFAULT_BRAND)
    assert "delivered by" not in own.footer.lower()


def test_a_schools_own_plan_says_when_the_letter_home_goes() -> None:
    from lessonpack.content.brand import DEFAULT_BRAND
    from lessonpack.plan.letter_dates import letter_by

    assert letter_by("Wednesday 20 January 2027") == "Wednesday 6 January 2027"
    index = load()

    def said(brand: Brand) -> list[str]:
        plan = plan_lesson_plan(_lesson("ks2"), index.facts, brand)
        texts = [t for b in plan.blocks for t in _strings(b)]
        # The names check, printed just before the letter's date, says "letter home" too.
        return [t for t in texts if "letter home" in t.lower() and not t.startswith("Names:")]

    dated = DEFAULT_BRAND.model_copy(update={"lesson_date": "Wednesday 20 January 2027"})
    assert any("by Wednesday 6 January 2027" in t for t in said(dated))
    assert any("two school weeks before" in t for t in said(DEFAULT_BRAND))
    # A letter the school has dated is sent on the date it carries (a lesson two school weeks
    # or more after it needs no short-notice route); a visitor's school sends its own.
    sent = dated.model_copy(update={"letter_date": "Monday 4 January 2027"})
    assert any("send it on Monday 4 January 2027, the date it carries" in t for t in said(sent))
    assert not any("short notice" in t.lower() for t in said(sent))
    assert said(_trainer_in_school()) == []


def _strings(block: object) -> list[str]:
    """Every string a plan block holds, however nested (lists, tables, side by side)."""
    if isinstance(block, str):
        return [block]
    if isinstance(block, (tuple, list)):
        return [t for item in block for t in _strings(item)]
    fields = getattr(block, "__dataclass_fields__", None)
    if fields is None:
        return []
    return [t for name in fields for t in _strings(getattr(block, name))]


def test_a_schools_own_ks1_plan_counts_its_own_class() -> None:
    """A school's own file that sizes its Year 2 (27) gets seven pages of lights and the
    cutting timed for 27, as a visit's papers do; with no size, 30 (eight pages)."""
    from lessonpack.plan.model import Block

    def said(brand: Brand) -> str:
        plan = plan_lesson_plan(_lesson("ks1"), load().facts, brand)

        def lines(blocks: tuple[Block, ...]) -> list[str]:
            return [i for b in blocks if isinstance(b, BulletList) for i in b.items]
        return " ".join(lines(plan.blocks))

    own = said(Brand(org_name="Oakfield Primary School", class_name="Year 2",
                     class_sizes={"Year 2": 27}))
    assert "page 3 seven times" in own and "print and cut (about 45 minutes)" in own
    default = said(DEFAULT_BRAND)
    assert "page 3 eight times" in default and "print and cut (about 50 minutes)" in default
