"""A lesson delivered by a visiting trainer (``brand.delivered_by``, set by the school overlay)
is worded for someone who does not belong to the school: no "we"/"our" for the school on the
help slides, and the help-slide notes say how the question box, the helping hands (KS1) and the
baseline sheets reach the school's DSL the same day, and that any concern is handed over in
person before the trainer leaves."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from lessonpack.api import load
from lessonpack.content.brand import DEFAULT_BRAND, Brand
from lessonpack.kinds.signposting import SignpostingSlide
from lessonpack.plan.lesson_deck import plan_lesson_deck
from lessonpack.plan.model import DeckPlan, Slide
from lessonpack.plan.parents.workshop import plan_parents_deck
from lessonpack.plan.visiting import handover_check
from plan_strings import strings_in

ROOT = Path(__file__).resolve().parent.parent
# The example host school and team, read from their files: a new name there changes no test.
_SCHOOL_YML = yaml.safe_load((ROOT / "examples/schools/ashgrove-primary/school.yml")
                             .read_text(encoding="utf-8"))
TEAM = yaml.safe_load((ROOT / "examples/brands/northshire-online-safety/brand.yml")
                      .read_text(encoding="utf-8"))["org_name"]
SCHOOL_NAME, DSL = _SCHOOL_YML["name"], _SCHOOL_YML["dsl_name"]
TRAINER = _SCHOOL_YML["trainer_name"]
SCHOOL = {"org_name": SCHOOL_NAME, "dsl_name": DSL,
          "deputy_dsl_name": _SCHOOL_YML["deputy_dsl_name"]}
# An organisation named without "Team": no article before it ("from Northshire Council").
COUNCIL = "Northshire Council"


def _visiting() -> Brand:
    # model_copy(update=…) sets the field whether or not this Brand declares it yet.
    return DEFAULT_BRAND.model_copy(update={**SCHOOL, "delivered_by": COUNCIL})


def _help_slides(plan: DeckPlan) -> list[Slide]:
    return [s for s in plan.slides if isinstance(s.payload, SignpostingSlide)]


def _all_text(slide: Slide) -> str:
    p = slide.payload
    assert isinstance(p, SignpostingSlide)
    return " ".join([p.intro, *(f"{c.name} {c.blurb} {c.contact}" for c in p.signposts)])


def test_a_visiting_trainer_hands_everything_to_the_school_dsl() -> None:
    index = load()
    for audience, papers in (("ks1", "helping hands"), ("ks3", "baseline sheets")):
        lesson = index.items[f"live-streaming-{audience}"].item
        slides = _help_slides(plan_lesson_deck(lesson, index.facts, _visiting()))
        notes = slides[0].notes
        assert papers in notes and "question box" in notes, notes
        # The concern to the DSL at once, said once here; how (phoned from the room, the
        # class never left) on the title slide, and who reads the papers the same day agreed
        # by the plan's checklist.
        assert f"{DSL} at once" in notes, notes
        assert "phone from the room" in plan_lesson_deck(lesson, index.facts,
                                                         _visiting()).slides[0].notes
        assert any("reads the box straight after the lesson" in c and "that day" in c
                   for c in handover_check(lesson, _visiting()))
        shown = " ".join(_all_text(s) for s in slides)
        assert " our " not in f" {shown.lower()} ", shown
        # KS1's cards show no words (they are said aloud from the notes).
        assert "Your school's" in shown + notes
        assert " our " not in f" {notes.lower()} "
        # A school's own staff keep "our", and no handover paragraph.
        own = _help_slides(plan_lesson_deck(lesson, index.facts,
                                            DEFAULT_BRAND.model_copy(update=SCHOOL)))
        # The school's own staff reach their lead in person or on call, never "phone from
        # the room" (the visitor's route).
        assert "phone from the room" not in own[0].notes
        assert "in person or on call" in own[0].notes
        assert "our question box" in " ".join(_all_text(s) for s in own)


def test_the_parents_help_slide_names_the_school_when_a_trainer_presents() -> None:
    index = load()
    session = index.items["live-streaming-parents"].item
    first = _help_slides(plan_parents_deck(session, index.facts, _visiting()))[0]
    text = _all_text(first)
    assert f"Start with {SCHOOL_NAME}:" in text
    assert "we are here" not in text and "Tell us" not in text, text
    assert f"its DSL, {DSL}, is there to help you." in text
    own = _help_slides(plan_parents_deck(session, index.facts,
                                         DEFAULT_BRAND.model_copy(update=SCHOOL)))[0]
    assert "Start with the school: we are here to help" in _all_text(own)


def _plan_text(plan: object) -> str:
    """Every string in a document plan's blocks, joined (checklists, side-by-side lists)."""
    return " ".join(strings_in(plan))


def test_the_trainers_checklists_say_who_keeps_the_box_and_the_handover() -> None:
    """The handover is a checklist item a trainer ticks before the day, not only a line in
    the help slides' notes (the plans' checklists did not say it)."""
    from lessonpack.plan.lesson_plan import plan_lesson_plan
    from lessonpack.plan.parents.workshop import plan_facilitator_notes

    index = load()
    for audience, papers in (("ks1", "helping hands"), ("ks2", "baseline sheets")):
        lesson = index.items[f"live-streaming-{audience}"].item
        text = _plan_text(plan_lesson_plan(lesson, index.facts, _visiting()))
        # The class teacher reads them, as the handover and visit brief say ("agree with the
        # DSL who keeps" them reopened on the day what the brief had settled).
        # The box straight after the lesson, as the handover says.
        said = (rf"Visiting: [^.;]+ keeps the question box and {papers} in school and reads "
                rf"the box straight after the lesson, the {papers} that day; any concern "
                rf"goes to {DSL} at once")
        assert re.search(said, text), audience
        assert "agree with" not in text.split("Visiting:")[1][:80], audience
        own = _plan_text(plan_lesson_plan(lesson, index.facts,
                                          DEFAULT_BRAND.model_copy(update=SCHOOL)))
        assert "Visiting:" not in own
    session = index.items["live-streaming-parents"].item
    notes = _plan_text(plan_facilitator_notes(session, index.facts, _visiting()))
    assert f"Visiting: the school confirms beforehand that {DSL} or the deputy will " \
        "be on site and free all session" in notes
    assert "written confirmation of your enhanced DBS check. Sign in with photo ID; hand any " \
        "concern to them at once" in notes


def test_a_visitors_plan_says_whom_the_school_confirms_to() -> None:
    """"The school confirms before the day" named no one: the plan's checklist says the
    confirmation comes to the trainer by email, as the visit brief's row asks the DSL."""
    from lessonpack.plan.lesson_plan import plan_lesson_plan

    index = load()
    lesson = index.items["live-streaming-ks1"].item
    named = _visiting().model_copy(update={"trainer_name": TRAINER})
    text = _plan_text(plan_lesson_plan(lesson, index.facts, named))
    assert f"the school confirms to you ({TRAINER}) by email that {DSL} or " in text, text
    unnamed = _plan_text(plan_lesson_plan(lesson, index.facts, _visiting()))
    assert f"the school confirms to you by email that {DSL} or " in unnamed
    # The school has the trainer's DBS letter (the team sends it): it never sends it on.
    assert "and that it has " in unnamed and "DBS check. Bring photo ID." in unnamed, unnamed
    # Dated as the visit brief's "DSL cover" row: the reply slips' day.
    from lessonpack.plan.letter_dates import reply_by, short

    day = "Thursday 21 January 2027"
    dated = _plan_text(plan_lesson_plan(lesson, index.facts, _visiting().model_copy(
        update={"lesson_date": day})))
    assert f"By {short(reply_by(day))} the school confirms to you" in dated, dated


def test_a_visits_dsl_signs_against_the_schools_own_policy() -> None:
    """The DSL signs the checklist against the host school's child protection policy: "our"
    in a visiting team's pack could be the team's. A school's own staff keep "our"."""
    from lessonpack.plan.lesson_plan import plan_lesson_plan
    from lessonpack.plan.parents.workshop import plan_facilitator_notes

    index = load()
    own_brand = DEFAULT_BRAND.model_copy(update=SCHOOL)
    for audience in ("ks1", "ks2"):
        lesson = index.items[f"live-streaming-{audience}"].item
        text = _plan_text(plan_lesson_plan(lesson, index.facts, _visiting()))
        assert "the school's child protection policy" in text, audience
        assert "our child protection policy" not in text, audience
        own = _plan_text(plan_lesson_plan(lesson, index.facts, own_brand))
        assert "our child protection policy" in own, audience
    session = index.items["live-streaming-parents"].item
    notes = _plan_text(plan_facilitator_notes(session, index.facts, _visiting()))
    assert "the school's child protection policy" in notes, notes
    assert "our child protection policy" not in notes, notes
    own = _plan_text(plan_facilitator_notes(session, index.facts, own_brand))
    assert "our child protection policy" in own


def test_a_visitor_never_takes_an_upset_child_aside() -> None:
    """A visitor tells the class teacher, who (or the DSL) checks in with the child in sight of
    others; the visitor passes on what they heard and does not question the child. The
    school's own staff keep a quiet check-in of their own."""
    index = load()
    for audience in ("ks1", "ks2"):
        lesson = index.items[f"live-streaming-{audience}"].item
        visiting = plan_lesson_deck(lesson, index.facts, _visiting())
        notes = " ".join(s.notes for s in visiting.slides)
        assert "speak to them privately" not in notes.lower()
        assert "private word" not in notes
        assert "Tell the class teacher quietly" in visiting.slides[0].notes
        assert "do not question the child" in visiting.slides[0].notes
        assert "Tell the class teacher quietly (they check in" in notes  # the story slides
        own = plan_lesson_deck(lesson, index.facts, DEFAULT_BRAND.model_copy(update=SCHOOL))
        assert "Check in with them quietly" in own.slides[0].notes
        assert "Tell the class teacher quietly" not in own.slides[0].notes


def test_a_named_trainer_introduces_themselves_and_is_named_where_the_school_reads() -> None:
    from lessonpack.plan import visiting
    from lessonpack.plan.lesson_plan import plan_lesson_plan
    from lessonpack.plan.model import Paragraph

    index = load()
    lesson = index.items["live-streaming-ks2"].item
    named = _visiting().model_copy(update={"trainer_name": TRAINER})
    assert f'Introduce yourself: "I\'m {TRAINER} from {COUNCIL}.' in \
        visiting.introduction(lesson, named)
    assert visiting.letter_sentence(lesson, named).startswith(
        f"{TRAINER}, a visiting trainer from {COUNCIL}, will teach it")
    # Page one: the crib, then who is who, before the ground rules that follow the overview.
    blocks = plan_lesson_plan(lesson, index.facts, named).blocks
    end = next(i for i, b in enumerate(blocks) if getattr(b, "text", "") == "Ground rules")
    first = [b.text for b in blocks[:end] if isinstance(b, Paragraph)]
    assert any(t.startswith(f"Visiting trainer: {TRAINER}. DSL: {DSL}") for t in first)
    # Unnamed, the introduction leaves the name to say; a school's own staff get none of it.
    assert "I'm … from" in visiting.introduction(lesson, _visiting())
    own = DEFAULT_BRAND.model_copy(update={**SCHOOL, "trainer_name": TRAINER})
    assert visiting.trainer(own) == "" and visiting.introduction(lesson, own) == ""


def test_a_team_is_from_the_team_and_an_organisation_has_no_article() -> None:
    from lessonpack.plan import visiting

    lesson = load().items["live-streaming-ks2"].item
    base = _visiting().model_copy(update={"trainer_name": TRAINER})
    team = base.model_copy(update={"delivered_by": TEAM})
    assert visiting.letter_sentence(lesson, team).startswith(
        f"{TRAINER}, a visiting trainer from the {TEAM}, will")
    assert f"from the {TEAM}." in visiting.introduction(lesson, team)
    already = base.model_copy(update={"delivered_by": "The Online Safety Team"})
    assert "from The Online Safety Team," in visiting.letter_sentence(lesson, already)
    assert "from the The" not in visiting.letter_sentence(lesson, already)
    assert f"from {COUNCIL}," in visiting.letter_sentence(lesson, base)


def test_one_disclosure_rule_in_the_handover_the_plan_and_the_title_slide() -> None:
    """A DSL found three rules for a disclosure at a visit: "one of you stays with the class"
    (the handover: the class teacher could leave the visitor alone with the class), "the
    class teacher stays with the class" (the plan) and "in person or by phone" (the title
    slide: the trainer walking out mid-lesson). The plan and the title slide now say the same
    sentences: the class teacher never leaves, the DSL is phoned from the room or fetched,
    and whoever heard it writes down the child's words on the school's form and gives it to
    the DSL the same day (a visiting trainer, before leaving): the class teacher, in the room
    all lesson, may be the one told. The handover, given to a teacher at 8.45am, says the
    same acts in two lines and points to the plan's box for the rest (the whole rule there
    ran to five)."""
    from lessonpack.content.fill_ins import pupil_name
    from lessonpack.plan import visit_disclosure
    from lessonpack.plan.lesson_plan import plan_lesson_plan
    from lessonpack.plan.local_help import LOCAL_HELP_CONTACT
    from lessonpack.plan.visit_brief.handover_sheet import plan_handover

    index = load()
    brand = _visiting().model_copy(update={
        "safeguarding_contact": "office by the hall; 01632 960419",
        "deputy_dsl_contact": "01632 960420", "headteacher": "Mrs Sarah Whitfield",
        "headteacher_phone": "07700 900388"})
    rule = visit_disclosure.rule(brand)
    assert "phone from the room, or send a TA or runner." in rule
    assert "The class teacher never leaves the trainer alone with the class." in rule
    assert ("Whoever heard it writes down the child's words on the school's form and gives it "
            "to the DSL the same day (a visiting trainer, before leaving).") in rule
    assert f"{DSL} (01632 960419), or the deputy, " in rule
    for audience in ("ks1", "ks2"):
        lesson = index.items[f"live-streaming-{audience}"].item
        handover = plan_handover(lesson, brand)
        assert handover is not None
        said = {"handover": _plan_text(handover),
                "title slide": plan_lesson_deck(lesson, index.facts, brand).slides[0].notes}
        assert rule in " ".join(said["title slide"].split()), audience
        short = visit_disclosure.pointer(brand)
        leads = (f"{pupil_name(DSL)} (01632 960419) or "
                 f"{pupil_name(SCHOOL['deputy_dsl_name'])} (01632 960420)")
        # Both leads' phones can ring out: the head next, then the council's line (a yellow
        # field where the school file names none), from the school's data.
        assert short == (f"A disclosure: phone {leads} from the room at once; no answer? "
                         "Mrs Whitfield (07700\u00a0900388), then children's services "
                         f"({LOCAL_HELP_CONTACT}); in danger now, 999. Never leave the trainer "
                         "alone with the class."), short
        # Spaces compared as spaces: the phone numbers are held whole by no-break spaces.
        assert " ".join(short.split()) in " ".join(said["handover"].split()), audience
        assert rule not in " ".join(said["handover"].split()), audience
        box = _plan_text(plan_lesson_plan(lesson, index.facts, brand))
        assert f"Act immediately (KCSIE). {visit_disclosure.tell(brand)}" in box, audience
        assert visit_disclosure.record() in box, audience
        for text in (*said.values(), box):
            for other in ("one of you stays", "in person or by phone",
                          "the class teacher stays with the class"):
                assert other not in text, (audience, other)


def test_a_visitors_parents_session_never_runs_without_the_dsl_and_forms_are_read() -> None:
    """A visitor's evening: "if neither could come, say so" let a session run with no DSL on
    site, and the feedback forms (a parent may write a worry there) left with the team
    unread. The session does not start without the DSL or deputy; the trainer reads every
    form and gives any concern to them before leaving. A school's own staff keep theirs."""
    from lessonpack.plan.parents.workshop import plan_facilitator_notes

    index = load()
    session = index.items["live-streaming-parents"].item
    evening = _visiting().model_copy(update={"parents_session_date": "Friday 15 January "
                                             "2027, 6pm"})
    deck = plan_parents_deck(session, index.facts, evening)
    notes = " ".join(s.notes for s in deck.slides)
    assert "if neither could come" not in notes and "or say how to reach them" not in notes
    assert f"introduce yourself and {DSL} or the deputy, whichever is here." in notes
    assert f"If neither {DSL} nor the deputy is on site, do not start" in deck.slides[0].notes
    first_help = _help_slides(deck)[0].notes
    assert "here tonight (one is on site all session: without one, you do not start)" \
        in first_help, first_help
    close = _help_slides(deck)[-1].notes
    assert f"Read every form before leaving; any concern to {DSL}" in close, close
    # The form is anonymous: a "Not yet" is asked for aloud, and the forms and slips go in
    # the sealed box by the door, leaving the presenter free for private words.
    assert "\u201cNot yet\u201d? See me" in close and "box by the door" in close, close
    facilitator = _plan_text(plan_facilitator_notes(session, index.facts, evening))
    assert f"Before you leave, read every feedback form, then give {DSL} (or the deputy) " \
        "the question-box slips" in facilitator
    own = DEFAULT_BRAND.model_copy(update={**SCHOOL, "parents_session_date":
                                           "Friday 15 January 2027, 6pm"})
    own_notes = " ".join(s.notes for s in plan_parents_deck(session, index.facts, own).slides)
    # A school's own evening is no different: the office is shut and an
    # email unread at 6pm, so the session needs the DSL or deputy on site too.
    assert "if neither could come" not in own_notes
    assert f"introduce yourself and {DSL} or the deputy, whichever is here." in own_notes
    assert "without one, you do not start" in own_notes
    assert "feedback form" not in _plan_text(plan_facilitator_notes(session, index.facts, own))


def test_what_pupils_hand_in_follows_the_lessons_readers_setting() -> None:
    """Helping hands for a class that does not read yet, sheets for one that does: decided
    by the lesson's ``readers``, so a KS1 lesson written for readers is not told to collect
    helping hands it never drew, in the help notes, the plan's checklist or the handover."""
    from lessonpack.plan import visiting
    from lessonpack.plan.visit_brief import handover_sheet

    index = load()
    ks1 = index.items["live-streaming-ks1"].item
    reading = ks1.model_copy(update={"readers": True})
    brand = _visiting()
    assert visiting.help_note(ks1, brand).startswith(
        "Visiting: the question box and helping hands stay")
    assert visiting.help_note(reading, brand).startswith(
        "Visiting: the question box and the pupils' baseline sheets stay")
    assert "keeps the question box and helping hands in school" in handover_check(ks1, brand)[0]
    assert "keeps the question box and baseline sheets in school" in \
        handover_check(reading, brand)[0]
    assert handover_sheet._papers(ks1) == "the question box and the helping hands"
    assert handover_sheet._papers(reading) == "the question box and the pupils' sheets"


def test_sheets_the_second_adult_collects_are_not_handed_over_again() -> None:
    """KS2's plenary marks its second adult's job as collecting the sheets
    (``second_adult_collects_sheets``): the trainer hands over the question box alone. The
    mark decides, not the job's words: unmarked, the same job hands the sheets over too."""
    from lessonpack.plan.visit_brief import handover_sheet

    ks2 = load().items["live-streaming-ks2"].item
    assert ks2.plenary.second_adult_collects_sheets
    assert handover_sheet._papers(ks2) == "the question box"
    unmarked = ks2.model_copy(update={"plenary": ks2.plenary.model_copy(
        update={"second_adult_collects_sheets": False})})
    assert any("collect" in job for job in unmarked.plenary.second_adult)
    assert handover_sheet._papers(unmarked).startswith("the question box and the ")


def test_collected_sheets_need_a_second_adult_job_that_collects_them() -> None:
    import pydantic
    import pytest

    from lessonpack.content.model import Plenary

    ks3 = load().items["live-streaming-ks3"].item
    assert ks3.plenary.second_adult == []
    with pytest.raises(pydantic.ValidationError, match="second_adult_collects_sheets is set"):
        Plenary.model_validate({**ks3.plenary.model_dump(), "second_adult_collects_sheets": True})
