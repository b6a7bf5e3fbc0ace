"""The hidden "Before you teach" slide speaks to whoever runs the deck, one value saying who
(kinds/look.Reader: teacher, presenter, trainer): its title, kicker and notes are built from
it, and its notes follow what its lines are about (the kind lines_for returns), not the
wording of its first line, so rewording a message changes no behaviour."""

from __future__ import annotations

import pytest

from lessonpack.kinds.look import LOOKS, Reader, reader_of
from lessonpack.render import deck_before
from lessonpack.render.deck_before import STRIP_LINE, kicker_for, lines_for, notes_for, title_for

TEACHER, PRESENTER, TRAINER = Reader("teacher"), Reader("presenter", True), Reader("trainer")
FOUND = [(7, "Who can help", ["[DSL's name]"])]


def test_the_reader_comes_from_the_look_and_the_visit() -> None:
    assert reader_of(LOOKS["ks2"], visiting=False) == TEACHER
    assert reader_of(LOOKS["parents"], visiting=False) == PRESENTER
    assert reader_of(LOOKS["ks1"], visiting=True) == TRAINER
    # A visiting trainer's parents' session: theirs, and presented.
    assert reader_of(LOOKS["parents"], visiting=True) == Reader("trainer", True)


@pytest.mark.parametrize(("reader", "kicker", "title"), [
    (TEACHER, "For the teacher · hidden slide", "Before you teach: fill these in"),
    (PRESENTER, "For the presenter · hidden slide", "Before you present: fill these in"),
    (TRAINER, "For the trainer · hidden slide", "Before you teach: fill these in"),
])
def test_kicker_and_title_name_the_reader(reader: Reader, kicker: str, title: str) -> None:
    assert kicker_for(reader) == kicker
    assert title_for(FOUND, reader) == title
    assert title_for([], reader) == title.split(":")[0]


def test_the_lines_say_what_they_are_about() -> None:
    assert lines_for(FOUND, TEACHER)[0] == "fields"
    assert lines_for([], TEACHER, example=True)[0] == "example"
    assert lines_for([], TEACHER)[0] == "nothing"


def test_a_list_of_fields_ends_by_saying_to_delete_the_draft_strip() -> None:
    # The strip is on slide 1 exactly when fields are left: the list a teacher works
    # through ends with it, and says nothing of it when there is no strip.
    assert lines_for(FOUND, TEACHER)[1][-1] == STRIP_LINE
    assert lines_for([], TEACHER, in_notes=[(1, ["[school phone]"])])[1][-1] == STRIP_LINE
    assert STRIP_LINE not in lines_for([], TEACHER)[1]
    assert STRIP_LINE not in lines_for([], TEACHER, example=True)[1]


def test_a_presented_sessions_example_line_names_its_own_papers() -> None:
    _left, (first, *_rest) = lines_for([], PRESENTER, example=True)
    assert "facilitator notes" in first and "lesson plan" not in first
    # A lesson's deck names its lesson plan only: it has no facilitator notes.
    _left, (first, *_rest) = lines_for([], TEACHER, example=True)
    assert "lesson plan" in first and "facilitator notes" not in first


def test_notes_follow_the_kind_not_the_wording(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(deck_before, "EXAMPLE_LEFT", "Reworded: {papers}.")
    left, lines = lines_for([], TRAINER, example=True)
    assert lines[0].startswith("Reworded")
    trainer_notes, teacher_notes = notes_for(left, TRAINER), notes_for(left, TEACHER)
    assert "example data" in trainer_notes and "the school’s own" in trainer_notes
    assert "your school’s own" in teacher_notes
    assert notes_for("nothing", TEACHER) == deck_before.NOTES_DONE
    assert notes_for("fields", TRAINER) == deck_before.NOTES
