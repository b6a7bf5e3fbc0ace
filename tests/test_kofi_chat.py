"""Kofi watches someone else's stream on his grandma's account: he cannot turn that
stream's chat off, so what the class is told he should do is what a viewer can do (not
chat with anyone he does not know in real life, leave the stream), on the slide and in the
answer key. "People you know" alone is not enough: a child soon feels they know an online
friend, so the pack always says "in real life"."""

from __future__ import annotations

from lessonpack.content.model import Audience
from lessons import lesson_for


def test_kofi_is_told_what_a_viewer_can_do() -> None:
    lesson = lesson_for(Audience.KS2)
    kofi = next(c for c in lesson.cycles if c.task.title == "What should Kofi do?")
    feedback = " ".join(kofi.feedback)
    assert "Only chat with people you know in real life." in feedback
    answers = " ".join(" ".join((p.model_answer or "").split()) for p in kofi.task.prompts)
    assert "Kofi leaves the stream" in answers
    # A public chat is not for his age (the slide before says his grandma types for him):
    # "chats only with people he knows" read as "public chat with friends is fine".
    assert "from now on his grandma types in any public chat for him." in answers
    assert "chats only with people he knows" not in answers
    for text in (feedback, answers):
        assert "chat turned off" not in text and "turns chat off" not in text, text
