"""The answer keys a teacher or presenter reads while marking: a quiz's answers, a sort's
columns and a lesson's whole key (statements, each part's checks, tasks and exit quiz). The
lesson's key is in its teacher notes (plan/teacher_notes); a parents' session's quiz key is
in its reference notes (plan/parents/reference_notes)."""

from __future__ import annotations

import re
import textwrap
from functools import lru_cache

from lessonpack.content.brand import Brand
from lessonpack.content.model import Lesson, QuizQuestion, SortActivity
from lessonpack.content.parts import option_letter
from lessonpack.plan import named_people
from lessonpack.plan.deck.votes import vote_word
from lessonpack.plan.model import Block, Heading, Paragraph, Table
from lessonpack.plan.quotes import closed

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


# The key's tables: the question, the right answer as pupils saw it, and why it is right.
KEY_HEADER = ("Question", "Answer", "Why")
STATEMENT_HEADER = ("Statement", "Answer", "Why")
# About how many characters of a 12 pt line the page's full width holds, and how many a
# cell's side padding takes: enough to share the width out by (``shared_widths``).
LINE_CHARS = 92
CELL_PAD_CHARS = 2
# The least share of the width a column keeps, and the step the shares are tried in.
LEAST_SHARE = 0.18
SHARE_STEP = 0.02


def _chars(share: float) -> int:
    """Characters a line holds in a column ``share`` of the width, less its padding."""
    return max(1, int(share * LINE_CHARS) - CELL_PAD_CHARS)


# Kept between packs: the key's rows are the lesson's, the same for every school a batch or
# a web server builds for. One entry a table of a lesson; the values are three floats.
@lru_cache(maxsize=256)
def shared_widths(rows: tuple[tuple[str, str, str], ...]) -> tuple[float, float, float]:
    """The three columns' shares of the width that make the rows shortest in all: a reason
    of four lines beside a question of one gets the width (at fixed shares, KS2's notes
    ran a page longer)."""
    steps = round((1 - 3 * LEAST_SHARE) / SHARE_STEP)
    # Each cell wrapped once at each width a column can have (a couple of dozen), not once
    # for every split of the width it is tried in (some three hundred).
    # Wrapped at its words: a count of characters alone let a narrow column break
    # "prize!” What" mid-word and called it a line shorter.
    wrapped: dict[tuple[str, int], int] = {}

    def lines(text: str, share: float) -> int:
        key = (text, _chars(share))
        if key not in wrapped:
            wrapped[key] = len(textwrap.wrap(text, key[1]))
        return wrapped[key]

    best: tuple[tuple[int, int, float, float], tuple[float, float, float]] | None = None
    for a in range(steps + 1):
        for b in range(steps + 1 - a):
            shares = (LEAST_SHARE + a * SHARE_STEP, LEAST_SHARE + b * SHARE_STEP,
                      1 - 2 * LEAST_SHARE - (a + b) * SHARE_STEP)
            cells = [[lines(text, share) for text, share in zip(row, shares, strict=True)]
                     for row in rows]
            # Of widths that make the rows equally short, the one whose cells wrap least,
            # then whose question is widest, then whose question and answer are both wide
            # (the wider their narrower one): the least any column may have
            # broke "“Tap for a prize!” What now?" over three lines beside a reason of two.
            score = (sum(max(c) for c in cells), sum(sum(c) for c in cells),
                     -shares[0], -min(shares[:2]))
            if best is None or score < best[0]:
                best = (score, shares)
    return best[1] if best is not None else (1 / 3, 1 / 3, 1 / 3)


def _key_table(header: tuple[str, str, str], rows: tuple[tuple[str, str, str], ...]
               ) -> Table:
    return Table(header, rows, widths=shared_widths(rows), narrow_sides=True, may_break=True)


def key_rows(quiz: list[QuizQuestion], numbered: bool = False
             ) -> tuple[tuple[str, str, str], ...]:
    """A quiz's answers as the key's table rows: the question with its number, the right
    answer by its letter (or number: the fingers children hold up where they cannot read
    yet) and its words, then the reason."""
    rows: list[tuple[str, str, str]] = []
    for i, q in enumerate(quiz, 1):
        _options, right = q.arranged
        mark = str(right + 1) if numbered else option_letter(right)
        rows.append((f"{i}. {q.question}", f"{mark} – {closed(q.correct_text)}",
                     q.explanation))
    return tuple(rows)


def answer_key(lesson: Lesson, brand: Brand) -> list[Block]:
    """The lesson's key: the starter's statements, each part's checks, sort and model
    answers, then the exit quiz. Each set of answers is a table a teacher marks down: the
    question, the answer, why (run on under each question, twelve answers read as a wall
    of paragraphs)."""
    # After the teacher notes' reference sections, before the sources, not forced onto a
    # page of its own: a key starting a fresh page left the page before it a third empty.
    numbered = not lesson.readers
    blocks: list[Block] = [
        Heading("Answer key", 2),
        Paragraph(f"{VISIT_KEY_FOR if named_people.visitor(brand) else KEY_FOR}: pupils' "
                  "worksheets carry no answers.", "note",
                  keep_next=True),
        Heading("Starter and plenary statements", 3),
        _key_table(STATEMENT_HEADER,
                   tuple((s.text, vote_word(s.agree, lesson.readers), s.why)
                         for s in lesson.starter.statements)),
    ]
    # No "Pupils succeed when" lists: each part's feedback slide shows them, and the model
    # answers here say the same. The right answer and why, without the other options:
    # pupils' sheets and the slides print those.
    for n, cycle in enumerate(lesson.cycles, 1):
        blocks.append(Heading(f"{n}. {cycle.title}", 3))
        if cycle.checks:
            blocks.append(_key_table(KEY_HEADER, key_rows(cycle.checks, numbered)))
        if cycle.task.sort:
            blocks += sort_key(cycle.task.sort)
        prompts = cycle.task.prompts
        blocks += [Paragraph(p.model_answer, label=f"{p.text} Model answer:")
                   for p in prompts]
    # The exit quiz's rows may break between questions, each row whole, its header row
    # repeated: the sources follow and end the notes with a tail of their own, so the key
    # need not move overleaf whole (kept together, a KS4 key's four answers left half a
    # page empty).
    blocks += [Heading("Exit quiz", 3),
               _key_table(KEY_HEADER, key_rows(lesson.exit_quiz, numbered))]
    return blocks
