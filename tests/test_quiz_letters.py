"""A quiz option's letter is written in one place (content/parts.py ``option_letter``): the
exit quiz's panels, its answers slide, the notes and the papers all read it there, so the
letter a pupil circles is the letter the answers give."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from lessonpack.api import load
from lessonpack.content.brand import DEFAULT_BRAND
from lessonpack.content.parts import OPTION_LETTERS, option_letter
from lessonpack.kinds.exit_quiz import ExitQuizSlide
from lessonpack.kinds.quiz_answers import AnswersSlide
from lessonpack.plan.pack import plan_pack

SRC = Path(__file__).resolve().parents[1] / "src" / "lessonpack"
# A letter worked out from an index, or the letters written out again.
LETTERS_AGAIN = re.compile(r"chr\(\s*(65|ord\(\s*['\"]A['\"]\s*\))|['\"]ABCD")


def test_no_module_but_the_quiz_model_writes_the_letters() -> None:
    found = [f"{p.relative_to(SRC)}:{n}" for p in sorted(SRC.rglob("*.py"))
             for n, line in enumerate(p.read_text("utf-8").splitlines(), 1)
             if LETTERS_AGAIN.search(line) and p.name != "parts.py"]
    assert not found, found


def test_the_check_finds_letters_written_again() -> None:
    assert LETTERS_AGAIN.search('letter = chr(65 + i)')
    assert LETTERS_AGAIN.search('LETTERS = "ABCDEF"')
    assert not LETTERS_AGAIN.search("letter = option_letter(i)")


def test_a_question_has_a_letter_for_each_option_it_may_have() -> None:
    assert [option_letter(i) for i in range(len(OPTION_LETTERS))] == list("ABCD")


@pytest.mark.parametrize("stage", ["ks2", "ks3", "ks4"])
def test_the_answers_slide_gives_the_letter_the_quiz_shows(stage: str) -> None:
    index = load()
    item = index.items[f"live-streaming-{stage}"].item
    (deck,) = plan_pack(item, index.facts, DEFAULT_BRAND, index.pictures).decks
    shown = {q.number: q for s in deck.slides if isinstance(s.payload, ExitQuizSlide)
             for q in s.payload.questions}
    answers = [a for s in deck.slides if isinstance(s.payload, AnswersSlide)
               for a in s.payload.answers]
    assert shown and answers
    for answer in answers:
        options = shown[answer.number].options
        assert answer.letter == option_letter(options.index(answer.answer))
