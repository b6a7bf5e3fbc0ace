"""The Year 2 letters say what the stories are about, not how they are told: a school may
tell them with pictures, a visiting trainer brings puppets, and "puppets or pictures" in a
visitor's letter read as if nobody knew which."""

from __future__ import annotations

from lessonpack.api import load

LESSON = load().items["live-streaming-ks1"].item


def test_the_letters_name_the_stories_not_how_they_are_told() -> None:
    before = " ".join(LESSON.letter.paragraphs)
    after = LESSON.letter.after.opening
    for text in (before, after):
        assert "Pip the rabbit" in " ".join(text.split()) and "Olly the owl" in text
        assert "pictures" not in text and "puppet" not in text
