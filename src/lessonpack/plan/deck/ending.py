"""A lesson deck's ending: the vote again, reflection, exit quiz, key messages and who can help."""

from __future__ import annotations

from dataclasses import replace

from lessonpack.content.brand import Brand
from lessonpack.content.model import FactsFile, Lesson
from lessonpack.content.picture_library import PictureLibrary
from lessonpack.kinds.bullets import BulletSlide
from lessonpack.kinds.checklist import ChecklistSlide
from lessonpack.kinds.key_messages import KeyMessagesSlide
from lessonpack.kinds.quiz_answers import Answer, AnswersSlide
from lessonpack.kinds.write_on import WriteOnSlide
from lessonpack.plan import common, scenes
from lessonpack.plan.deck.art import decoration, one
from lessonpack.plan.deck.help import help_slides
from lessonpack.plan.deck.quiz import (
    FINGERS_KS1,
    question_slide,
    quiz_answer_note,
    quiz_picture,
    reveal,
)
from lessonpack.plan.deck.votes import votes_slides
from lessonpack.plan.model import Slide
from lessonpack.plan.notes import join_notes

LETTERS = "ABCDEF"


def _plenary_start(lesson: Lesson) -> int:
    return lesson.starter.minutes + sum(c.minutes for c in lesson.cycles)


def exit_quiz_slide(lesson: Lesson, library: PictureLibrary | None) -> Slide:
    """Readers' exit quiz on one slide: its questions in numbered rows across the slide;
    the options are on the worksheet, where pupils ring their answer. One slide in
    the question slides' A/B/C panels per question made four look-alike slides in a row,
    and pupils answer on the sheet anyway. The answers stay hidden until the answers slide
    after it (the notes hold them for the teacher)."""
    quiz = lesson.exit_quiz
    return Slide(
        "Exit quiz: ring A, B or C on your worksheet",
        kicker=f"Exit quiz · {len(quiz)} questions",
        # The questions across the whole width: a page and pencil beside them only
        # decorated, and took a quarter of the slide from the words.
        payload=ChecklistSlide(tuple(q.question for q in quiz), numbered=True),
        notes=join_notes("Pupils answer on their worksheet first: read each question and its "
                         "options aloud, and give them time to ring A, B or C on their own.",
                         *(f"{i}. {quiz_answer_note(q, True)}"
                           for i, q in enumerate(quiz, 1))))


def ending_slides(lesson: Lesson, facts: FactsFile, brand: Brand, library: PictureLibrary | None
                  ) -> list[Slide]:
    st, pl = lesson.starter, lesson.plenary
    slides = votes_slides(
        lesson, "Look back: what do you think now?", "Plenary",
        join_notes(f"{common.section_timing(_plenary_start(lesson), pl.minutes)}.", pl.notes),
        "Answers: " + " ".join(f"{i}. {'Agree' if s.agree else 'Disagree'}: {s.why}"
                              for i, s in enumerate(st.statements, 1)), library,
        "Now tick the End row on your sheet, privately")
    readers = lesson.readers
    if readers:
        thinking = decoration(lesson, library, "thinking")
        # One sentence to finish goes in a frame to write in (KS2's thinking face small at
        # its right: large, it outweighed the sentence).
        slides.append(Slide("Think about it", kicker="Reflection",
                            payload=(WriteOnSlide(pl.reflection[0])
                                     if len(pl.reflection) == 1
                                     else BulletSlide(tuple(pl.reflection))),
                            pictures=thinking,
                            notes="Give pupils quiet thinking time. Nobody has to share their "
                                  "answer."))
    quiz = lesson.exit_quiz
    if readers:
        slides.append(exit_quiz_slide(lesson, library))
    for i, q in enumerate([] if readers else quiz, 1):
        # For children who cannot read, each question is read aloud with its pictured
        # answers, and its answer is shown straight after it.
        how = ("Read the question and each answer aloud. " + FINGERS_KS1 +
               " Then show the answer on the next slide.")
        kicker = f"Exit check · Question {i} of {len(quiz)}"
        slides.append(Slide(
            q.question, kicker=kicker,
            payload=question_slide(i, q, readers, library, revealed=True,
                                   family=scenes.animals(lesson.cycles)),
            pictures=one(quiz_picture(q, library, scenes.animals(lesson.cycles))),
            notes=join_notes(how, quiz_answer_note(q, readers))))
        slides.append(replace(
            reveal(q.question, kicker, i, q, readers, library,
                   scenes.animals(lesson.cycles)),
            notes=join_notes(quiz_answer_note(q, readers),
                             "" if i < len(quiz) else
                             "Then ask, for pupils to answer aloud: "
                             + " ".join(pl.reflection))))
    if readers:
        slides.append(Slide(
            "Exit quiz answers", kicker="Check your answers",
            payload=AnswersSlide(tuple(Answer(i, q.question, q.correct_text, q.explanation,
                                              LETTERS[q.arranged[1]])
                                       for i, q in enumerate(quiz, 1))),
            notes=join_notes(*(f"{i}. {q.explanation}" for i, q in enumerate(quiz, 1)))))
    slides.append(Slide("Remember", kicker="Key messages",
                        payload=KeyMessagesSlide(tuple(lesson.key_messages)),
                        pictures=decoration(lesson, library, "heart"),
                        notes="Read the key messages together. Leave this slide up while pupils "
                              "pack away."))
    return [*slides, *help_slides(lesson, facts, brand, library)]
