"""The lesson plan's first page: a crib to teach from (the running sheet and the answers), so
a teacher preparing overnight or standing at the front has the lesson on one sheet; the
step table after it (plan/lesson_steps.py) says the same at length, the stories read aloud
in the steps that read them.

A teacher found the teachable part of a 9–12 page plan starting on page 3 or 4, after
logistics and reference, and taught from presenter view instead.
"""

from __future__ import annotations

from lessonpack.content.model import Lesson, QuizQuestion
from lessonpack.content.parts import option_letter
from lessonpack.plan.deck.votes import vote_word
from lessonpack.plan.model import Block, Heading, Paragraph

# The most characters of an answer's words on the crib: enough to recognise it by (the
# slide shows it whole); a key stage's six checks and four exit questions in full ran the
# crib onto a second page.
ANSWER_CHARS = 32


# Words a cut answer does not end on: "(Someone of any age or gender, a…)" and "(a reason
# to…)" read as broken off mid-sentence; "(… any age or gender…)" says as much.
_DANGLING = frozenset({"a", "an", "the", "and", "or", "but", "so", "to", "of", "in", "on",
                       "at", "by", "for", "with", "if"})


def _gist(text: str) -> str:
    """The answer's first words, whole words to ANSWER_CHARS, "…" where cut (never after a
    little word that only leads into the next)."""
    text = text.rstrip(".")
    if len(text) <= ANSWER_CHARS:
        return text
    words = text[:ANSWER_CHARS].rsplit(" ", 1)[0].split(" ")
    while len(words) > 2 and words[-1].rstrip(",;:").lower() in _DANGLING:
        words.pop()
    return " ".join(words).rstrip(",;:") + "…"


def _answer(q: QuizQuestion, numbered: bool) -> str:
    """"C (Tell a grown-up)": the letter, or the number children show on their fingers."""
    _, right = q.arranged
    mark = (f"{right + 1} finger{'s' if right else ''}" if numbered
            else option_letter(right))
    return f"{mark} ({_gist(q.correct_text)})"


def spoken_answer(q: QuizQuestion) -> str:
    """"B: Private chats are less …": the letter and the answer's words whole, to say
    aloud where no slide shows them."""
    _, right = q.arranged
    return f"{option_letter(right)}: {q.correct_text}"


def _answers(quiz: list[QuizQuestion], numbered: bool) -> str:
    """"Q1 C (…) · Q2 A (…)" for a quiz; the answer alone for a single question."""
    if len(quiz) == 1:
        return _answer(quiz[0], numbered)
    return " · ".join(f"Q{n} {_answer(q, numbered)}" for n, q in enumerate(quiz, 1))


ANSWERS = "The answers (reasons: in the teacher notes)"


def answers(lesson: Lesson) -> list[Block]:
    """The answers a teacher says in the lesson: the starter statements (agree or not),
    each part's check, the exit quiz. The answer key at the plan's end gives the reasons."""
    numbered = not lesson.readers  # children who cannot read yet answer with fingers
    votes = " · ".join(f"{n} {vote_word(s.agree, lesson.readers).lower()}"
                       for n, s in enumerate(lesson.starter.statements, 1))
    # The lines kept together, under their heading: split, the last line alone opened
    # page two, away from the heading that says what it answers. Set close, as a list's
    # items are: at the body's gap under each, KS3's and a Year 6 class's plan lacked the
    # line that starts the step table on page two.
    return [
        Heading(ANSWERS, 2),
        Paragraph(votes, label="Starter and plenary statements:", keep_next=True, close=True),
        *(Paragraph(_answers(c.checks, numbered), label=f"Part {n} check:", keep_next=True,
                    close=True)
          for n, c in enumerate(lesson.cycles, 1) if c.checks),
        Paragraph(_answers(lesson.exit_quiz, numbered), label="Exit quiz:"),
    ]
