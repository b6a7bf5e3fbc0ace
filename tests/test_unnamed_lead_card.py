"""The pupils' help slide of a pack built without a DSL's name shows the lead's role as the
card's name ("Our safeguarding lead", and for KS1 what the lead is) with a yellow field for
each name to type over; the KS2 sheet carries the slide's name fields; the help card a pupil
keeps at home carries the slide's [DSL's name] (a card read at home at night names whom to
ask for), and secondary sheets and cards the [DSL's room] too (where to find the lead in
person: never an email, read in school hours only); the staff papers keep their fields, and
the lesson plan's "Fill in first" box lists every file that prints one."""

from __future__ import annotations

from lessonpack.api import load
from lessonpack.content import fill_ins
from lessonpack.content.brand import Brand
from lessonpack.kinds.signposting import SignpostingSlide
from lessonpack.plan import model, school_card
from lessonpack.plan.fill_in_first import fill_in_lines
from lessonpack.plan.model import Callout, HelpCards
from lessonpack.plan.pack import plan_pack

PUPILS = ("ks1", "ks2", "ks3", "ks4")


def _pack(audience: str, brand: Brand):  # type: ignore[no-untyped-def]
    index = load(())
    lesson = next(i.item for i in index.items.values()
                  if i.item.audience.value == audience and i.item.kind == "lesson")
    return plan_pack(lesson, index.facts, brand)


def _school_card(pack) -> model.Signpost:  # type: ignore[no-untyped-def]
    return _school_cards(pack)[0]


def _school_cards(pack) -> tuple[model.Signpost, ...]:  # type: ignore[no-untyped-def]
    help_slide = next(s for s in pack.decks[0].slides if isinstance(s.payload, SignpostingSlide))
    return tuple(help_slide.payload.signposts)


def test_the_pupils_card_names_the_role_and_marks_the_names_as_fields() -> None:
    for audience in PUPILS:
        card = _school_card(_pack(audience, Brand()))
        words = " ".join((card.name, card.blurb, card.contact))
        # A card naming no one and showing no field looked finished: the names are fields.
        assert fill_ins.FILL_IN_DSL in words, (audience, words)
        if audience == "ks1":
            # Children who cannot read see a card per adult, as a named school's deck
            # shows them: the lead's name and where to find them, then the deputy's.
            deputy = _school_cards(_pack(audience, Brand()))[1]
            assert (card.name, card.contact) == (fill_ins.FILL_IN_DSL, fill_ins.FILL_IN_PLACE)
            assert (deputy.name, deputy.contact) == (fill_ins.FILL_IN_DEPUTY,
                                                     fill_ins.FILL_IN_PLACE)
            assert card.picture is not None and card.picture.name == "safety-lead"
            continue
        assert fill_ins.FILL_IN_DEPUTY in words, (audience, words)
        if audience == "ks2":  # each person's place a field, in their own clause
            assert words.count(fill_ins.FILL_IN_PLACE) == 2, words
        assert card.name == "Our safeguarding lead", audience
        # Five-year-olds are told they will be taken: "a grown-up at school" that "your
        # teacher can take you to" read oddly, the teacher being one.
        if audience == "ks2":
            assert card.contact == "Your teacher can take you to them.", audience
        elif audience != "ks1":
            # 11 to 16: the lead in person (their room a field) or any member of staff, with
            # no reason owed; not walked there by a teacher; never an inbox.
            assert "teacher" not in card.contact and "take you" not in card.contact
            assert "any staff member" in card.contact and "say why" in card.blurb
            assert fill_ins.FILL_IN_DSL_ROOM in card.contact
            assert "mail" not in card.contact.lower(), card.contact
        # A primary card's picture is a person at school, not a building, and not the
        # teacher who stands for "a grown-up you trust": the lead wears a staff badge.
        assert card.picture is not None
        assert (card.picture.name == "safety-lead") == (audience in ("ks1", "ks2")), audience


def test_a_visiting_trainer_says_whose_lead() -> None:
    card = _school_card(_pack("ks2", Brand(delivered_by="Northshire Online Safety")))
    assert card.name == "Your school's safeguarding lead"


def test_a_named_dsl_is_on_the_card() -> None:
    card = _school_card(_pack("ks2", Brand(dsl_name="Mrs Amina Shah")))
    assert card.name == "Mrs Shah"  # as pupils say it, never the unnamed lead's heading


def test_a_primary_plan_sends_the_teacher_to_the_cards_field() -> None:
    pack = _pack("ks2", Brand())
    lines = fill_in_lines(pack, pack.documents[1].filename)
    cards = next(line for line in lines if line.split(":")[0].endswith("cards.docx"))
    assert "Worried about something online?" in cards, cards


def test_staff_papers_keep_their_fields_and_the_plan_points_to_the_slide() -> None:
    pack = _pack("ks3", Brand())
    lines = fill_in_lines(pack, pack.documents[1].filename)
    slides = next(line for line in lines if line.split(":")[0].endswith("slides.pptx"))
    assert "Who can help" in slides
    # The secondary sheet and help cards carry the lead's email field: the box sends the
    # teacher to both (a draft's sheet told pupils to "email them" at no address).
    sheet = next(line for line in lines if "worksheet" in line)
    assert "Who can help" in sheet, sheet
    assert any(line.split(":")[0].endswith("cards.docx") for line in lines), lines
    assert any("letter-home" in line for line in lines)


def _box_lines(pack):  # type: ignore[no-untyped-def]
    sheet = next(d for d in pack.documents if d.filename.endswith("worksheet.docx"))
    box = next(b for b in sheet.blocks if isinstance(b, Callout) and b.title == "Who can help")
    return box.lines


def test_the_pupils_papers_say_what_the_slide_says() -> None:
    """KS2's sheet says the slide's words with its name fields, its card the words; KS3's
    and KS4's carry the slide's name and room fields: where to find the lead, never an inbox
    nobody reads at night."""
    for audience in PUPILS[1:]:
        pack = _pack(audience, Brand())
        lines = _box_lines(pack)
        assert lines[0].startswith("Our safeguarding lead:"), (audience, lines[0])
        primary = audience == "ks2"
        way = ("Your teacher can take you to them." if primary
               else f"Find them in {fill_ins.FILL_IN_DSL_ROOM}, or ask any staff member.")
        assert way in lines[0], (audience, lines[0])
        # Every sheet's school line carries the slide's fields: a KS2 sheet naming nobody
        # beside slide 37's [DSL's name] and [deputy DSL's name] told pupils nothing.
        assert fill_ins.FILL_IN_DSL in lines[0], (audience, lines[0])
        assert fill_ins.FILL_IN_DEPUTY in lines[0], (audience, lines[0])
        cards = [b for d in pack.documents for b in d.blocks if isinstance(b, HelpCards)]
        assert cards, audience  # KS2 to KS4 keep a card: their sheets are collected
        # A card's school line is on its front (KS3's and KS4's backs: the other services).
        schools = [line for card in cards for line in card.lines
                   if line.startswith("In school:")]
        assert len(schools) == 1, audience
        for said in schools:
            assert "our safeguarding lead" in said and fill_ins.FILL_IN_DSL in said, said
            assert ("any teacher can take you" in said) == primary, said
            assert (f"in {fill_ins.FILL_IN_DSL_ROOM}" in said) != primary, said
            assert "email" not in said, said


def test_the_pupils_papers_name_a_named_lead() -> None:
    pack = _pack("ks3", Brand(dsl_name="Mrs Amina Shah"))
    assert _box_lines(pack)[0].startswith("Mrs Amina Shah")
    card = next(b for d in pack.documents for b in d.blocks if isinstance(b, HelpCards))
    assert "In school: Mrs Amina Shah (safeguarding lead), or any adult you trust" in card.lines


def test_a_ks2_card_says_where_to_find_the_deputy() -> None:
    """A child sent to the deputy is told where they are, as the lead's place is given."""
    brand = Brand(dsl_name="Mrs Helen Okafor", deputy_dsl_name="Mr Daniel Price",
                  safeguarding_contact="Mrs Okafor's office, by the school hall; 01632 960419",
                  deputy_dsl_contact="Deputy Head's office, next to reception; 01632 960420")
    pack = _pack("ks2", brand)
    card = _school_card(pack)
    assert card.blurb.replace("\xa0", " ").endswith("Or ask Mr Price, next to reception.")
    # Each person's own place in their own clause: the lead's room last, after the deputy's
    # name, read as the deputy's ("Or ask Mr Price. By the school hall.").
    assert card.blurb.replace("\xa0", " ").startswith(
        "Our safeguarding lead, by the school hall, keeps children safe.")
    assert card.contact == school_card.teacher_takes_you()
    # The worksheet says the same, the deputy's place included.
    (line,) = [x.replace("\xa0", " ") for x in _box_lines(pack) if "Price" in x]
    assert "by the school hall, keeps children safe. Or ask Mr Price, next to reception." \
        in line, line
    assert "Price. By the school hall" not in line
    unplaced = brand.model_copy(update={"deputy_dsl_contact": "01632 960420"})
    assert _school_card(_pack("ks2", unplaced)).blurb.endswith("Price.")
