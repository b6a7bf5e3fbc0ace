"""The safeguarding sentences the planners print around a school's names are content
(content/_wording/safeguarding.yml), read where a DSL reads the lessons: the packs print
what the file says, and a sentence holding a name its planner does not fill is refused at
its line, never printed with braces in it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from example_looks import ASHGROVE
from lessonpack.api import load
from lessonpack.content import safeguarding_words as words
from lessonpack.content.brand import DEFAULT_BRAND
from lessonpack.content.model import Lesson
from lessonpack.errors import UserError
from lessonpack.io.resources import builtin_content
from lessonpack.plan import help_cards, school_card
from lessonpack.plan.lesson_deck import plan_lesson_deck
from lessonpack.plan.safe_notes import not_without_teacher
from lessons import plan_strings

FILE = builtin_content() / words.FILE


def _lesson(audience: str) -> Lesson:
    lesson = load().items[f"live-streaming-{audience}"].item
    assert isinstance(lesson, Lesson)
    return lesson


@pytest.fixture
def edited(tmp_path: Path) -> Path:
    """A copy of the file, to change and then plan with (``planned_from``)."""
    copy = tmp_path / "safeguarding.yml"
    copy.write_text(FILE.read_text(encoding="utf-8"), encoding="utf-8")
    return copy


@contextmanager
def planned_from(path: Path) -> Iterator[None]:
    """Planning with the sentences ``path`` holds now, through the seam a --content folder's
    file takes (``planned_with``): every planner reads them, whichever module asks."""
    with words.planned_with(words.read_words(path)):
        yield


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_the_built_in_sentences_read() -> None:
    said = words.safeguarding_words()
    assert said.primary.teacher_takes_you == "Your teacher can take you."
    groups = ("primary", "ks1", "ks2", "secondary", "keep_it_card", "signposting",
              "feedback", "presenter", "visitor_disclosure", "cue")
    assert set(words.NAMES) <= {f"{g}.{f}" for g in groups
                                for f in type(getattr(said, g)).model_fields} | {
        "visitor_without_class_teacher", "sheets_kept_handover"}


def test_each_audiences_school_card_reads_its_own_group() -> None:
    """Named audience by audience (plan/school_card ``card_words``), never looked up by the
    audience's value: a parents' item reads the 11-16s' group, which it never shows."""
    from lessonpack.content.model import Audience

    said = words.safeguarding_words()
    assert {a: school_card.card_words(a) for a in Audience} == {
        Audience.KS1: said.ks1, Audience.KS2: said.ks2, Audience.KS3: said.secondary,
        Audience.KS4: said.secondary, Audience.PARENTS: said.secondary}


def test_the_packs_print_what_the_file_says(edited: Path) -> None:
    ks1, ks3 = _lesson("ks1"), _lesson("ks3")
    before = (school_card.unnamed_lead_heading(ks1, DEFAULT_BRAND),
              not_without_teacher(ks3, DEFAULT_BRAND),
              help_cards.in_school(DEFAULT_BRAND, ks3.audience))
    assert before == ("Our safety grown-up",
                      "If the class teacher cannot be in the room, the lesson does not go "
                      "ahead: phone the school's Designated Safeguarding Lead or a deputy DSL.",
                      before[2])
    assert before[2].startswith("In school: our safeguarding lead, [DSL's name] (in "), before
    _replace(edited, '"{our} safety grown-up"', '"{our} grown-up who keeps you safe"')
    _replace(edited, "the lesson does not go ahead", "the lesson waits")
    _replace(edited, '"In school: {lead}, {dsl} ({reach}), or any adult you trust"',
             '"In school: {lead}, {dsl} ({reach}), or a grown-up you trust"')
    with planned_from(edited):
        assert school_card.unnamed_lead_heading(ks1, DEFAULT_BRAND) == \
            "Our grown-up who keeps you safe"
        assert "the lesson waits: phone" in not_without_teacher(ks3, DEFAULT_BRAND)
        assert help_cards.in_school(DEFAULT_BRAND, ks3.audience).endswith(
            "a grown-up you trust")
    # Outside the planning, the built-in sentences again: nothing is left behind.
    assert school_card.unnamed_lead_heading(ks1, DEFAULT_BRAND) == before[0]


def test_every_planner_reads_the_edited_file(edited: Path) -> None:
    """The planners no test patched by name (the feedback slides', the visiting trainer's
    disclosure rule) print the edited file's words too: the seam is the one a --content
    folder takes, not a list of modules."""
    _replace(edited, "At every stage help can break the chain; it is never too late to tell "
                     "someone.", "Help can come at any stage.")
    _replace(edited, '"Whoever heard it writes down the child\'s words on the school\'s form '
                     'and gives it to the DSL the same day (a visiting trainer, before '
                     'leaving)."',
             '"The trainer writes down the child\'s own words and gives them to the DSL."')
    index = load()
    with planned_from(edited):
        ks4 = "\n".join(plan_strings(plan_lesson_deck(_lesson("ks4"), index.facts,
                                                        DEFAULT_BRAND)))
        visit = "\n".join(plan_strings(plan_lesson_deck(_lesson("ks2"), index.facts,
                                                          ASHGROVE)))
    assert "sit under the stage each belongs to. At every stage" not in ks4
    assert "sit under the stage each belongs to. Help can come at any stage." in ks4
    assert "The trainer writes down the child's own words and gives them to the DSL." in visit
    assert "on the school's form for the DSL" not in visit


def test_a_name_the_planner_does_not_fill_is_refused_at_its_line(edited: Path) -> None:
    _replace(edited, '"{our} safety grown-up"', '"{school} safety grown-up"')
    line = next(n for n, text in enumerate(edited.read_text().splitlines(), 1)
                if "{school} safety" in text)
    with pytest.raises(UserError) as caught:
        words.read_words(edited)
    said = [str(p) for p in caught.value.problems]
    assert len(said) == 1 and "{school} is not filled in here" in said[0], said
    assert "ks1.unnamed_heading" in said[0] and "{our}" in said[0], said
    assert f"safeguarding.yml:{line}:" in said[0], said


def test_a_reworded_way_to_the_lead_still_names_the_lead_once(edited: Path) -> None:
    """The help slide's card is named with the lead ("Mrs Shah"), so its way there is said
    without the name again ("Your teacher can take you."): found by the file's own words,
    so a DSL's rewording keeps it."""
    from lessonpack.content.brand import Brand
    from lessonpack.plan.deck import help as deck_help

    ks2, brand = _lesson("ks2"), Brand(dsl_name="Mrs Priya Shah")
    _replace(edited, '"Ask your teacher to take you to {lead}"',
             '"Your teacher will walk you to {lead}"')
    with planned_from(edited):
        card = school_card.school_contact(ks2, brand)
        said = deck_help._name_said_once(card)
    assert card.contact == "Your teacher will walk you to Mrs Shah", card
    assert said.contact == "Your teacher can take you.", said


def test_a_content_folders_own_file_replaces_ours_for_its_packs(tmp_path: Path) -> None:
    """A school (or trainer) with a --content folder gives its DSL's wording: its packs
    print it, and packs planned without the folder still print ours."""
    from lessonpack.plan.pack import plan_pack

    own = tmp_path / "ours"
    (own / "_wording").mkdir(parents=True)
    mine = own / words.FILE
    mine.write_text(FILE.read_text(encoding="utf-8"), encoding="utf-8")
    _replace(mine, '"{dsl}, {place}. Or ask {deputy}, {place}."',
             '"{dsl} keeps every pupil safe here. Tell them any worry you carry."')
    index = load([own])
    lesson = index.items["live-streaming-ks2"].item
    printed = " ".join(plan_strings(plan_pack(lesson, index.facts, DEFAULT_BRAND)))
    assert "keeps every pupil safe here. Tell them any worry you carry." in printed
    assert "[DSL's name], [where to find them]. Or ask" not in printed
    ours = " ".join(plan_strings(plan_pack(_lesson("ks2"), load().facts, DEFAULT_BRAND)))
    assert "[DSL's name], [where to find them]. Or ask" in ours
    assert "any worry you carry" not in ours


def test_validate_names_the_line_of_a_content_folders_refused_sentence(tmp_path: Path) -> None:
    from lessonpack.api import validate

    own = tmp_path / "ours"
    (own / "_wording").mkdir(parents=True)
    mine = own / words.FILE
    mine.write_text(FILE.read_text(encoding="utf-8").replace(
        '"Your teacher can take you to them."', '"Your teacher can take you to {room}."'),
        encoding="utf-8")
    said = [str(p) for p in validate([own]).problems]
    assert len(said) == 1 and "ks2.unnamed_way: {room} is not filled in here" in said[0], said
    assert f"{words.FILE.name}:" in said[0] and "error[LP102]" in said[0], said


def test_the_never_say_list_reads_the_sentences_too(tmp_path: Path) -> None:
    """They reach the same pupils and parents as the lessons: a phrase the never-say list
    bans is refused in them as in a lesson, at its line."""
    from lessonpack.api import validate

    assert not [p for p in validate().problems if words.FILE.name in p.file]
    own = tmp_path / "ours"
    (own / "_wording").mkdir(parents=True)
    mine = own / words.FILE
    mine.write_text(FILE.read_text(encoding="utf-8").replace(
        '"They keep you safe at school. You can tell them any worry."',
        '"They keep you safe from stranger danger. You can tell them any worry."'),
        encoding="utf-8")
    said = [str(p) for p in validate([own]).problems if words.FILE.name in p.file]
    line = next(n for n, text in enumerate(mine.read_text().splitlines(), 1)
                if "stranger danger" in text)
    assert len(said) == 1 and 'never say "stranger danger"' in said[0], said
    assert f"safeguarding.yml:{line}:" in said[0] and "ks1.unnamed_what" in said[0], said


def test_the_presenters_notes_and_stage_help_are_the_files() -> None:
    """The circled clues' talk, the timeline's notes, the help under each stage and the
    presenter's notes before the lesson and on each story are read from the wording file:
    a DSL's rewording reaches the slides and their notes."""
    ours = words.read_words(FILE)
    feedback = ours.feedback.model_copy(update={
        "stage_help_threats": "Never pay. Tell a trusted adult.",
        "timeline": "Walk the timeline; help can come at any stage.",
        "clue_talk_secondary": "Talk through each clue and what it gives away.",
        "clue_talk_primary": "Each clue: who she is, where she lives; she stops and tells."})
    presenter = ours.presenter.model_copy(update={
        "before_lesson": "First read the plan's checklist with {lead}.",
        "story_distancing": "Keep to the character; it is never the child's fault.",
        "private_check": "Private check: written answers only, never a show of hands."})
    cue = ours.cue.model_copy(update={
        "reminder_staff": "Safeguarding: an upset pupil goes to {lead_or_deputy} today."})
    mine = ours.model_copy(update={"feedback": feedback, "presenter": presenter, "cue": cue})
    index = load()
    with words.planned_with(mine):
        ks4 = list(plan_strings(plan_lesson_deck(_lesson("ks4"), index.facts, DEFAULT_BRAND)))
        ks2, ks3 = ("\n".join(plan_strings(plan_lesson_deck(_lesson(ks), index.facts,
                                                             DEFAULT_BRAND)))
                    for ks in ("ks2", "ks3"))
    assert "Never pay. Tell a trusted adult." in ks4
    assert ours.feedback.stage_help_threats not in ks4
    assert "\nWalk the timeline; help can come at any stage." in "\n".join(ks4)
    assert ours.feedback.timeline not in "\n".join(ks4)
    assert "Talk through each clue and what it gives away." in ks3
    assert "Each clue: who she is, where she lives; she stops and tells." in ks2
    assert "Go through each circled clue" not in ks2 + ks3
    lead = DEFAULT_BRAND.safeguarding_lead
    assert f"First read the plan's checklist with {lead}." in ks3
    assert "Keep to the character; it is never the child's fault." in ks3
    assert ours.presenter.story_distancing not in ks2 + ks3
    assert "Private check: written answers only, never a show of hands." in ks2 + ks3
    assert ours.presenter.private_check not in ks2 + ks3
    assert f"Safeguarding: an upset pupil goes to {lead} or a deputy today." in ks3
    assert "A quiet check-in once the class is settled" not in ks2 + ks3
