"""Question slides (a cycle's checks and the exit quiz) and the slides that reveal their answers."""

from __future__ import annotations

from dataclasses import replace

from lessonpack.content.model import QuizQuestion
from lessonpack.content.parts import option_letter
from lessonpack.content.picture_library import Picture, PictureLibrary
from lessonpack.kinds.bullets import BulletSlide
from lessonpack.kinds.payloads import Question
from lessonpack.kinds.quiz_question import QuestionSlide
from lessonpack.plan import pictures as pics
from lessonpack.plan.deck.art import one
from lessonpack.plan.model import Slide, SplitRef
from lessonpack.plan.notes import answer_note, join_notes
from lessonpack.plan.quotes import closed


def quiz_picture(question: QuizQuestion, library: PictureLibrary | None,
                 family: dict[str, str]) -> Picture | None:
    """Beside a question: a story child it names who is an animal (``family``, the lesson's:
    plan/scenes.animals), else nothing (a thinking face on every quiz slide was wallpaper;
    the answers get the room)."""
    return pics.characters(library, question.question, family)


# How pupils show a multiple-choice answer, said the same way in every slide's notes.
FINGERS = "Pupils show A, B or C: one, two or three fingers, or a whiteboard."
# Children who cannot read see the answers numbered, with a picture each.
FINGERS_KS1 = "Children show 1, 2 or 3 fingers for the answer they choose."
# The same, on the question slide, in the strip where the reveal shows why.
SHOW = "Show A, B or C with your fingers or on a whiteboard."
SHOW_KS1 = "Show 1, 2 or 3 fingers."
# A private check (blame, what should happen to a victim): written, never shown by hand.
PRIVATE = "Write A, B or C privately on your worksheet. No hands."
# Its presenter's note is the wording file's (presenter.private_check).
# The exit quiz is answered on the worksheet; its answers come at the end, all together.
ON_SHEET = "Ring A, B or C on your worksheet."


def question_slide(n: int, q: QuizQuestion, readers: bool, library: PictureLibrary | None,
                   reveal: bool = False, revealed: bool = True, how: str = "",
                   family: dict[str, str] | None = None, why: str | None = None
                   ) -> QuestionSlide:
    """A question's answer panels (numbered, with pictures, for non-readers); with
    ``reveal``, the same panels with the right one ticked and why it is right. A question
    ``revealed`` on the next slide says how to answer where the reveal says why; one that is
    not says ``how`` there (the exit quiz: on the worksheet). ``why``: what the reveal's
    strip says instead of the question's explanation (a reason on a slide of its own)."""
    options, right = q.arranged
    explanation = q.explanation if why is None else why
    return QuestionSlide(
        Question(n, q.question, options,
                 () if readers else pics.option_pictures(library, options, q.question,
                                                         family or {}),
                 # The reason on a question revealed next too (shown on the reveal only):
                 # its strip is sized to it on both, so no panel moves between them.
                 right if reveal else None, explanation if reveal or revealed else "",
                 # How to answer, on a reveal too (not shown there): its strip is sized to
                 # the longer of it and the reason, as the question's is, so it is as tall.
                 (PRIVATE if q.private else SHOW if readers else SHOW_KS1)
                 if revealed else how, asked=q.question if q.title else ""),
        pics.get(library, "check", "A tick: the right answer") if reveal else None)


def quiz_answer_note(q: QuizQuestion, readers: bool) -> str:
    if readers:
        return answer_note(q)
    return f"Answer: {q.arranged[1] + 1}, {closed(f'“{q.correct_text}”')} {q.explanation}"


def reveal(title: str, kicker: str, n: int, q: QuizQuestion, readers: bool,
           library: PictureLibrary | None, family: dict[str, str] | None = None,
           why: str | None = None) -> Slide:
    """The question slide plus a layer: the same picture, panels and title lines (the
    drawing fits "Answer: ..." to the question's lines), the right panel ticked. ``why``:
    the strip's words when the reason has a slide of its own (``reason_slide``)."""
    # Slide titles stay unique (screen readers list slides by title); crowded, it is
    # split under its question's title (``Slide.split_as``).
    return Slide(f"Answer: {title}", kicker=f"{kicker} · Answer", split_as=SplitRef(title),
                 payload=question_slide(n, q, readers, library, reveal=True, family=family,
                                        why=why),
                 pictures=one(quiz_picture(q, library, family or {})),
                 notes=join_notes("Show the answer once everyone has written it down. Talk "
                                  "through why it is right; do not ask who chose what."
                                  if q.private else
                                  "Show the answer once everyone has chosen. Ask a pupil why "
                                  "it is right before you read the reason.",
                                  quiz_answer_note(q, readers),
                                  "" if why is None else "Why it is right is on the next "
                                  "slide: read it with the class."))


def answer_label(q: QuizQuestion, readers: bool) -> str:
    """The right answer as the panels name it: a letter, or a number for non-readers."""
    right = q.arranged[1]
    return option_letter(right) if readers else str(right + 1)


def short_why(q: QuizQuestion, readers: bool) -> str:
    """The reveal's strip when its reason is on the next slide: one line."""
    return f"Why {answer_label(q, readers)} is right: on the next slide."


def reason_slide(title: str, kicker: str, q: QuizQuestion, readers: bool) -> Slide:
    """A check's reason on a slide of its own, after its reveal: where a template's content
    area cannot hold the question, its answers and the reason at 18 pt on one slide."""
    label = answer_label(q, readers)
    return Slide(f"Why {label}: {title}", kicker=f"{kicker} · Why",
                 payload=BulletSlide((f"{label}: {q.correct_text}", q.explanation)),
                 notes=join_notes("Read the reason aloud, then ask what else could help "
                                  "the person in the story.",
                                  quiz_answer_note(q, readers)))


def one_answer_size(slides: list[Slide]) -> list[Slide]:
    """``slides`` with each quiz slide told every answer on the deck's quiz slides, so the
    renderer sets the answers at one size across the deck (kinds/quiz_question ``like``)."""
    questions = [s.payload.question for s in slides if isinstance(s.payload, QuestionSlide)]
    answers = tuple(dict.fromkeys(q.options for q in questions))
    return [replace(s, payload=replace(s.payload, question=replace(s.payload.question,
                                                                   like=answers)))
            if isinstance(s.payload, QuestionSlide) else s for s in slides]
