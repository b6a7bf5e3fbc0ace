"""A lesson deck's ending: the vote again, reflection, exit quiz, key messages and who can help."""

from __future__ import annotations

from dataclasses import replace

from lessonpack.content.brand import Brand
from lessonpack.content.model import FactsFile, Lesson
from lessonpack.content.parts import option_letter
from lessonpack.content.picture_library import PictureLibrary
from lessonpack.kinds.bullets import BulletSlide
from lessonpack.kinds.exit_quiz import PER_SLIDE, ExitQuizSlide
from lessonpack.kinds.key_messages import KeyMessagesSlide
from lessonpack.kinds.payloads import Answer, Question
from lessonpack.kinds.quiz_answers import AnswersSlide
from lessonpack.kinds.write_on import WriteOnSlide
from lessonpack.plan import pictures as pics
from lessonpack.plan import running_clock, scenes
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
from lessonpack.plan.model import Place, Slide
from lessonpack.plan.notes import join_notes


def _plenary_start(lesson: Lesson) -> int:
    return lesson.starter.minutes + sum(c.minutes for c in lesson.cycles)


def exit_quiz_slides(lesson: Lesson, split: frozenset[str] = frozenset()) -> list[Slide]:
    """Readers' exit quiz: each question with its options lettered A, B, C on panels under
    it, two questions a slide side by side (four on two slides): the teacher reads the
    options aloud from the screen and weaker readers follow them, while pupils ring their
    answer on the worksheet. One slide a question made four look-alike slides, each with its
    foot blank (11-16s' too); the questions alone left the options on the sheet only. The
    answers stay hidden until the answers slide after them (the notes hold them for the
    teacher). ``split``: titles of slides whose text the template had no room for; where one
    is the quiz's, one question a slide (Apache POI "aptia": two columns of options in a
    half-width content area ran five lines deep at 18 pt, out of their panels)."""
    quiz = lesson.exit_quiz
    questions = [Question(i, q.question, q.arranged[0]) for i, q in enumerate(quiz, 1)]
    # 11-16s' longer options too: in half the slide's width they wrap to two or three lines
    # at 19-22 pt (kinds/exit_quiz/drawing.py halves the panels' padding before shrinking).
    per = PER_SLIDE
    if split & {s.title for s in _exit_quiz_slides(questions, per, lesson)}:
        per = 1
    return _exit_quiz_slides(questions, per, lesson)


def _exit_quiz_slides(questions: list[Question], per: int, lesson: Lesson) -> list[Slide]:
    """The exit quiz's slides, ``per`` questions a slide."""
    quiz = lesson.exit_quiz
    parts = [questions[i:i + per] for i in range(0, len(questions), per)]
    every = tuple(q.options for q in questions)
    slides = []
    for part in parts:
        first, last = part[0].number, part[-1].number
        # One wording for the numbers in the kicker and the title ("Questions 3–4 of 4"
        # over "questions 3 and 4": two ways of saying it).
        asked = (f"{first}" if first == last else f"{first} and {last}" if last == first + 1
                 else f"{first}–{last}")
        # Titles stay unique (screen readers list slides by title): the second says which.
        # Short enough for one line on a 4:3 template at 40 pt: on two, the first question
        # sat tight under the title's second line. The notes say where: on the worksheet.
        title = ("Exit quiz: ring A, B or C" if first == 1 else
                 f"Exit quiz: question{'s' * (first != last)} {asked}")
        kicker = (f"Exit quiz · {len(quiz)} questions" if len(parts) == 1 else
                  f"Exit quiz · Question{'s' * (first != last)} {asked} of {len(quiz)}")
        slides.append(Slide(
            title, kicker=kicker, place=Place.EXIT,
            payload=ExitQuizSlide(tuple(part), every),
            notes=join_notes("Pupils answer on their worksheet first: read each question and "
                             "its options aloud, and give them time to ring A, B or C on "
                             "their own." if first == 1 else
                             "Read each question and its options aloud, as before.",
                             *(f"{q.number}. {quiz_answer_note(quiz[q.number - 1], True)}"
                               for q in part))))
    return slides


def ending_slides(lesson: Lesson, facts: FactsFile, brand: Brand, library: PictureLibrary | None,
                  split: frozenset[str] = frozenset()) -> list[Slide]:
    st, pl = lesson.starter, lesson.plenary
    slides = votes_slides(
        lesson, "Look back: what do you think now?", "Plenary",
        join_notes(f"{running_clock.section_timing(_plenary_start(lesson), pl.minutes)}.",
                   pl.notes),
        "Answers: " + " ".join(f"{i}. {'Agree' if s.agree else 'Disagree'}: {s.why}"
                              for i, s in enumerate(st.statements, 1)), library,
        "Now tick the End row: your teacher reads your sheet")
    # The plenary opens at the look back (the lesson plan's slide ranges read the mark).
    slides = [replace(s, place=Place.PLENARY) for s in slides]
    readers = lesson.readers
    if readers:
        # The thinking face at the frame's right says "quiet thinking time" in every
        # readers' deck (a line icon in the 11-16s'): the sentence alone in its panel left
        # two-thirds of the slide blank.
        thinking = one(pics.get(library, "thinking"))
        # One sentence to finish goes in a frame to write in.
        slides.append(Slide("Think about it", kicker="Reflection",
                            payload=(WriteOnSlide(pl.reflection[0])
                                     if len(pl.reflection) == 1
                                     else BulletSlide(tuple(pl.reflection))),
                            pictures=thinking,
                            notes="Give pupils quiet thinking time. Say: “Nobody else in "
                                  "the class sees your sheet. Your teacher reads it, to help.”"))
    quiz = lesson.exit_quiz
    if readers:
        slides += exit_quiz_slides(lesson, split)
    for i, q in enumerate([] if readers else quiz, 1):
        # For children who cannot read, each question is read aloud with its pictured
        # answers, and its answer is shown straight after it.
        how = ("Read the question and each answer aloud. " + FINGERS_KS1 +
               " Then show the answer on the next slide.")
        kicker = f"Exit check · Question {i} of {len(quiz)}"
        slides.append(Slide(
            q.slide_title, kicker=kicker, place=Place.EXIT,
            payload=question_slide(i, q, readers, library, revealed=True,
                                   family=scenes.animals(lesson.cycles)),
            pictures=one(quiz_picture(q, library, scenes.animals(lesson.cycles))),
            notes=join_notes(how, quiz_answer_note(q, readers))))
        slides.append(replace(
            reveal(q.slide_title, kicker, i, q, readers, library,
                   scenes.animals(lesson.cycles)),
            notes=join_notes(quiz_answer_note(q, readers),
                             "" if i < len(quiz) else
                             "Then ask, for pupils to answer aloud: "
                             + " ".join(pl.reflection))))
    if readers:
        slides.append(Slide(
            "Exit quiz answers", kicker="Check your answers", place=Place.SELF_CHECK,
            payload=AnswersSlide(tuple(Answer(i, q.question, q.correct_text, q.explanation,
                                              option_letter(q.arranged[1]))
                                       for i, q in enumerate(quiz, 1))),
            notes=join_notes(*(f"{i}. {q.explanation}" for i, q in enumerate(quiz, 1)))))
    slides.append(Slide("Remember", kicker="Key messages", place=Place.CLOSE,
                        payload=(KeyMessagesSlide.led(lesson.key_messages, clause=True)
                                 if lesson.readers
                                 # Non-readers' three short sayings, heard: big and bold.
                                 else KeyMessagesSlide(tuple(lesson.key_messages))),
                        pictures=decoration(lesson, library, "heart"),
                        notes="Read the key messages together, then show who can help."))
    return [*slides, *help_slides(lesson, facts, brand, library)]
