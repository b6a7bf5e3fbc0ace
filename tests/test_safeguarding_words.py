"""The safeguarding sentences the planners print around a school's names are content
(content/_wording/safeguarding.yml), read where a DSL reads the lessons: the packs print
what the file says, and a sentence holding a name its planner does not fill is refused at
its line, never printed with braces in it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from lessonpack.api import load
from lessonpack.content import safeguarding_words as words
from lessonpack.content.brand import DEFAULT_BRAND
from lessonpack.content.model import Lesson
from lessonpack.errors import UserError
from lessonpack.io.resources import builtin_content
from lessonpack.plan import common, help_cards
from lessonpack.plan.safe_notes import not_without_teacher

FILE = builtin_content() / words.FILE


def _lesson(audience: str) -> Lesson:
    lesson = load().items[f"live-streaming-{audience}"].item
    assert isinstance(lesson, Lesson)
    return lesson


@pytest.fixture
def edited(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A copy of the file that the planners read in its place once written."""
    copy = tmp_path / "safeguarding.yml"
    copy.write_text(FILE.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setattr(words, "safeguarding_words", lambda: words.read_words(copy))
    for module in (common, help_cards):  # (deck/help.py asks common)
        monkeypatch.setattr(module, "safeguarding_words", lambda: words.read_words(copy))
    monkeypatch.setattr("lessonpack.plan.safe_notes.safeguarding_words",
                        lambda: words.read_words(copy))
    yield copy


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_the_built_in_sentences_read() -> None:
    said = words.safeguarding_words()
    assert said.primary.teacher_takes_you == "Your teacher can take you."
    assert set(words.NAMES) <= {f"{g}.{f}" for g in ("primary", "ks1", "ks2", "secondary",
                                                     "keep_it_card", "signposting")
                                for f in type(getattr(said, g)).model_fields} | {
        "visitor_without_class_teacher"}


def test_the_packs_print_what_the_file_says(edited: Path) -> None:
    ks1, ks3 = _lesson("ks1"), _lesson("ks3")
    before = (common.unnamed_lead_heading(ks1, DEFAULT_BRAND),
              not_without_teacher(ks3, DEFAULT_BRAND),
              help_cards.in_school(DEFAULT_BRAND, ks3.audience))
    assert before == ("Our safety grown-up",
                      "If the class teacher cannot be in the room, the lesson does not go "
                      "ahead: phone the school's Designated Safeguarding Lead or a deputy DSL.",
                      before[2])
    assert before[2].startswith("In school: our safeguarding lead, [DSL's name] (email "), before
    _replace(edited, '"{our} safety grown-up"', '"{our} grown-up who keeps you safe"')
    _replace(edited, "the lesson does not go ahead", "the lesson waits")
    _replace(edited, '"In school: {lead}, {dsl} ({reach}), or any adult you trust"',
             '"In school: {lead}, {dsl} ({reach}), or a grown-up you trust"')
    assert common.unnamed_lead_heading(ks1, DEFAULT_BRAND) == "Our grown-up who keeps you safe"
    assert "the lesson waits: phone" in not_without_teacher(ks3, DEFAULT_BRAND)
    assert help_cards.in_school(DEFAULT_BRAND, ks3.audience).endswith("a grown-up you trust")


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
    card = common.school_contact(ks2, brand)
    assert card.contact == "Your teacher will walk you to Mrs Shah", card
    said = deck_help._name_said_once(card)
    assert said.contact == "Your teacher can take you.", said


def _printed(value: object) -> list[str]:
    """Every string in a planned pack (slides, notes and documents)."""
    import dataclasses

    if isinstance(value, str):
        return [value]
    if isinstance(value, (tuple, list)):
        return [s for v in value for s in _printed(v)]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [s for f in dataclasses.fields(value) for s in _printed(getattr(value, f.name))]
    return []


def test_a_content_folders_own_file_replaces_ours_for_its_packs(tmp_path: Path) -> None:
    """A school (or trainer) with a --content folder gives its DSL's wording: its packs
    print it, and packs planned without the folder still print ours."""
    from lessonpack.plan.pack import plan_pack

    own = tmp_path / "ours"
    (own / "_wording").mkdir(parents=True)
    mine = own / words.FILE
    mine.write_text(FILE.read_text(encoding="utf-8"), encoding="utf-8")
    _replace(mine, '"They keep children safe at school. You can tell them any worry."',
             '"They keep every pupil safe here. Tell them any worry you carry."')
    index = load([own])
    lesson = index.items["live-streaming-ks2"].item
    printed = " ".join(_printed(plan_pack(lesson, index.facts, DEFAULT_BRAND)))
    assert "They keep every pupil safe here. Tell them any worry you carry." in printed
    assert "They keep children safe at school. You can tell them any worry." not in printed
    ours = " ".join(_printed(plan_pack(_lesson("ks2"), load().facts, DEFAULT_BRAND)))
    assert "They keep children safe at school. You can tell them any worry." in ours
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
