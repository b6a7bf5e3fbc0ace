"""The answer keys a teacher or presenter reads while marking: a quiz's answers, a sort's
columns and a lesson's whole key (statements, each part's checks, tasks and exit quiz). The
lesson's key is in its teacher notes (plan/teacher_notes); a parents' session's quiz key is
in its reference notes (plan/parents/reference_notes)."""

from __future__ import annotations

import re
from dataclasses import replace

from lessonpack.content.brand import Brand
from lessonpack.content.model import Lesson, QuizQuestion, SortActivity
from lessonpack.content.parts import option_letter
from lessonpack.plan import named_people
from lessonpack.plan.deck.votes import vote_word
from lessonpack.plan.model import Block, Heading, Paragraph
from lessonpack.plan.quotes import closed

EXIT_KEY_TAIL = 1  # the exit quiz's last questions kept together (1: each alone)
# Who the key is for, as its note says: the class teacher, or, when a visiting trainer
# delivers the lesson, whoever teaches it (the notes are the trainer's).
KEY_FOR = "For the teacher"
VISIT_KEY_FOR = "For whoever teaches"


def quiz_key(quiz: list[QuizQuestion], numbered: bool = False, others: bool = True
             ) -> list[Paragraph]:
    """Correct answers as pupils saw them: by letter (A, B, C), or by number (1, 2, 3: the
    fingers children hold up where they cannot read yet), each with the reason and (with
    ``others``) the other options, so the key is read without the slides.

    One paragraph a question, kept whole: the question in bold, then on lines of their own
    "Answer: 2 – Show Mum." with the reason, and the other options. Run on, "What should Pip
    do? 2: Show Mum" read as a question 2."""
    def mark(index: int) -> str:
        return str(index + 1) if numbered else option_letter(index)

    blocks: list[Paragraph] = []
    for i, q in enumerate(quiz, 1):
        options, right = q.arranged
        wrong = "; ".join(f"{mark(k)} – {o.rstrip('.')}" for k, o in enumerate(options)
                          if k != right)
        rest = f"\nOther options: {closed(wrong)}" if others else ""
        blocks.append(Paragraph(
            f"\nAnswer: {mark(right)} – {closed(q.correct_text)} {q.explanation}{rest}",
            label=f"{i}. {q.question}", keep_lines=True))
    return blocks


def sort_key(sort: SortActivity) -> list[Block]:
    """Which cards belong in each column (an ordering task: the cards in order)."""
    if sort.ordered:
        return [Paragraph(" → ".join(f"{k}. {i.text} ({i.answer})"
                                     for k, i in enumerate(sort.items, 1)),
                          label="Order:")]
    # "Green: OK" is a column's own name: a dash after it, not a second colon.
    return [Paragraph("; ".join(f"“{_inner_quotes(i.text)}”" for i in sort.items
                                if i.answer == column),
                      label=f"{column} –" if ":" in column else f"{column}:")
            for column in sort.columns]


_QUOTED = re.compile(r'"([^"]*)"')


def _inner_quotes(text: str) -> str:
    """A card's own quotation in single quotes inside the key's double ones: “A friend says
    ‘Well done!’”, never “A friend says "Well done!"”."""
    return _QUOTED.sub("\u2018\\1\u2019", text)


def answer_key(lesson: Lesson, brand: Brand) -> list[Block]:
    """The lesson's key: the starter's statements, each part's checks, sort and model
    answers, then the exit quiz."""
    # After the teacher notes' reference sections, before the sources, not forced onto a
    # page of its own: a key starting a fresh page left the page before it a third empty.
    blocks: list[Block] = [
        Heading("Answer key", 2),
        Paragraph(f"{VISIT_KEY_FOR if named_people.visitor(brand) else KEY_FOR}: pupils' "
                  "worksheets carry no answers.", "note",
                  keep_next=True),
        Heading("Starter and plenary statements", 3),
        *[Paragraph(f"{s.text} {s.why}",
                    label=f"{vote_word(s.agree, lesson.readers)}:")
          for s in lesson.starter.statements],
    ]
    # The exit quiz's answers may break between questions, each kept whole: the sources
    # follow them and end the notes with a tail of their own, so the key need not move
    # overleaf whole (kept together, a KS4 key's four answers left half a page empty).
    # No "Pupils succeed when" lists: each part's feedback slide shows them, and the model
    # answers here say the same.
    # The right answer and why, without the other options: pupils' sheets and the slides
    # print those.
    exit_key = quiz_key(lesson.exit_quiz, not lesson.readers, others=False)
    for n, cycle in enumerate(lesson.cycles, 1):
        # A part's check answers may break over a page turn (two lines at least each side):
        # kept whole, each left a question's height empty at a page foot.
        blocks += [Heading(f"{n}. {cycle.title}", 3),
                   *(replace(p, keep_lines=False)
                     for p in quiz_key(cycle.checks, not lesson.readers, others=False))]
        if cycle.task.sort:
            blocks += sort_key(cycle.task.sort)
        prompts = cycle.task.prompts
        blocks += [Paragraph(p.model_answer, label=f"{p.text} Model answer:")
                   for p in prompts]
    # Each answer kept whole; the heading keeps with the first. (The last four kept
    # together, with nothing after the key, a KS4 key went overleaf and left half a page.)
    tail = len(exit_key) - EXIT_KEY_TAIL
    blocks += [Heading("Exit quiz", 3),
               *(replace(p, keep_next=k >= tail, keep_lines=True)
                 for k, p in enumerate(exit_key[:-1])),
               *(replace(p, keep_lines=True) for p in exit_key[-1:])]
    return blocks
