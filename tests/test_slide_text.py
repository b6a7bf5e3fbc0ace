"""The reading-level rule grades the text the content model marks as read by pupils on the
slides (content/model.PupilText), wherever it is: a new field is graded once marked."""

from __future__ import annotations

from pydantic import BaseModel

from lessonpack import api
from lessonpack.content.lint.readability import groups, slide_text
from lessonpack.content.model import Lesson, PupilText, Text


class _Card(BaseModel):
    front: PupilText(40)
    teacher_note: Text(40)


class _Quote(BaseModel):
    words: PupilText(120)
    cards: list[_Card]
    lines: list[PupilText(40)] | None = None
    said_by: Text(40)


def test_marked_fields_are_found_at_any_depth_and_nothing_else() -> None:
    quote = _Quote(words="Someone asked for a photo.", cards=[
        _Card(front="Tell an adult", teacher_note="not graded")], lines=["one", "two"],
        said_by="not graded either")
    assert list(slide_text(quote)) == [
        (("words",), "Someone asked for a photo."), (("cards", 0, "front"), "Tell an adult"),
        (("lines", 0), "one"), (("lines", 1), "two")]


def test_every_built_in_lesson_text_is_in_a_named_group() -> None:
    index = api.load()
    lessons = [loaded for loaded in index.items.values() if isinstance(loaded.item, Lesson)]
    assert lessons
    for loaded in lessons:
        found = groups(loaded)
        labels = [g.label for g in found]
        assert "the lesson's other slide text" not in labels
        graded = {loc for g in found for loc, _ in g.fields}
        assert graded == {loc for loc, _ in slide_text(loaded.item)}
        # Slide text only: the teacher's notes and the quiz explanations are not graded.
        assert not any("notes" in loc or "explanation" in loc for loc in graded)
        assert any(loc[-1] == "story" for loc in graded)
