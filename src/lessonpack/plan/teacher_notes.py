"""Plans the teacher notes: what a teacher reads once before the lesson and never teaches
from, in a file of its own beside the lesson plan.

The plan printed 9 to 11 pages when its last four held the key words, misconceptions,
differentiation, where to get help, curriculum links, the answer key and the sources; a
teacher printing it to teach from printed them too. Here they are one short document, and the
lesson plan keeps what is used in the room and what the DSL checks: page one, the ground
rules, the disclosure steps, the steps, the resources and the safeguarding checklist.
"""

from __future__ import annotations

import re
from dataclasses import replace

from lessonpack.content.brand import Brand
from lessonpack.content.model import FactsFile, Lesson, QuizQuestion, SortActivity
from lessonpack.content.parts import option_letter
from lessonpack.plan import (
    counts_and_lists,
    footers,
    help_signposts,
    item_files,
    named_people,
    source_codes,
    source_list,
    visiting,
)
from lessonpack.plan.class_line import year_label
from lessonpack.plan.deck.votes import vote_word
from lessonpack.plan.model import Block, BulletList, DocPlan, Heading, Paragraph
from lessonpack.plan.quotes import closed
from lessonpack.plan.safe_notes import safe_notes
from lessonpack.plan.school_classes import class_file

# The file's name after the pack's folder, as every list of the pack's files gives it.
NOTES_FILE = "teacher-notes"
# The notes' first section: the lesson's safe-delivery notes in full (distancing, no blame,
# families, EAL, pupils more at risk). The plan keeps the checklist the DSL signs.
SAFE_TEACHING = "Teaching it safely"
# What the notes are, said first: a teacher who opens them in the lesson looks in the plan.
NOTES_INTRO = ("Read these notes once before the lesson; they are not needed in the room. "
               "The lesson plan holds what you teach from, the safeguarding checklist and "
               "what to do if a child discloses.")


def plan_teacher_notes(lesson: Lesson, facts: FactsFile, brand: Brand) -> DocPlan:
    """The lesson's teacher notes: how to teach it safely, the key words and misconceptions
    to listen for, support and stretch, where adults get help, the curriculum links, the
    answer key (read while marking) and, last, the sources (read only to check a fact)."""
    blocks = [Paragraph(NOTES_INTRO, "note"),
              Heading(SAFE_TEACHING, 2),
              BulletList(safe_notes(lesson, brand, lesson.safeguarding.notes), whole_items=True),
              *_key_words(lesson), *_misconceptions(lesson),
              *_after(lesson, facts, brand),
              *with_sources_last(_answer_key(lesson, brand),
                                 source_list.sources_section(lesson, facts, SOURCES_TAIL))]
    return DocPlan(class_file(lesson, brand, NOTES_FILE) + ".docx", "teacher_notes",
                   item_files.meta(lesson, brand, "teacher notes"),
                   title=lesson.title,
                   subtitle=f"{NOTES_NAME} · {year_label(lesson.audience, brand)} · "
                   "to read before the lesson",
                   header=f"{lesson.audience.value.upper()} teacher notes",
                   footer=footers.script_footer(lesson, brand),
                   footer_shorter=footers.script_footer_shorter(lesson, brand),
                   single_spaced=True,
                   blocks=without_visitor_asides(tuple(blocks), brand, facts))


def _key_words(lesson: Lesson) -> list[Block]:
    """The key words, named: their meanings are on the slides, read aloud in the starter
    (said again here, they took a third of a page)."""
    return [Heading("Key words", 2),
            Paragraph(f"{' · '.join(k.term for k in lesson.keywords)}. Their meanings are on "
                      "the slides, read aloud in the starter.")]


def _misconceptions(lesson: Lesson) -> list[Block]:
    """The misconceptions to listen for: a table of those the starter's statements do not
    answer, and a line naming the statements that answer the rest (their reasons are in the
    answer key; tabled again, each was said twice in the plan). With no table, the line
    stands alone: "Listen for …", not "Listen too for …"."""
    rest = [m for m in lesson.misconceptions if m.statement is None]
    answered = sorted({m.statement for m in lesson.misconceptions if m.statement is not None})
    blocks: list[Block] = [Heading("Common misconceptions", 2)]
    # A paragraph each, the belief run in: in a two-column table each took five lines.
    blocks += [Paragraph(m.correction, label=f"Pupils may think: {m.belief.rstrip('.')}. "
                         "Correction:") for m in rest]
    if answered:
        numbers = counts_and_lists.and_list([str(n) for n in answered])
        noun = "statements" if len(answered) > 1 else "statement"
        also = " too" if rest else ""
        blocks.append(Paragraph(f"Listen{also} for the wrong answers to the starter's {noun} "
                                f"{numbers} (the answer key says why)."))
    return blocks


def _after(lesson: Lesson, facts: FactsFile, brand: Brand) -> list[Block]:
    return [
        *_differentiation(lesson),
        # A line or two a service, its name run in and its contact after what it is for: in
        # three narrow columns each took three lines (a KS4 plan's eight, most of a page).
        Heading("Where to get help", 2),
        *(Paragraph(f"{s.blurb.rstrip('.')}. {s.contact}", label=f"{s.name}:")
          for s in help_signposts.adult_signposts(lesson, facts, brand)),
        # A paragraph a framework, its name run in: as a table, the names wrapped to three
        # lines in a narrow first column and the links took half a page.
        Heading("Curriculum links", 2),
        *(Paragraph(c.detail, label=f"{c.framework}:") for c in lesson.curriculum_links),
    ]


def _differentiation(lesson: Lesson) -> list[Block]:
    """Support, stretch and SEND as one compact block: a bold label and its lines run on in
    one paragraph each. Under headings of their own, one bulleted line an idea, they took
    half a page, and a teacher reads them once, the day before, not in the lesson."""
    diff = lesson.differentiation
    return [Heading("Differentiation", 2),
            *(Paragraph(" ".join(lines), label=f"{label}:")
              for label, lines in (("Support", diff.support), ("Stretch", diff.stretch),
                                   ("SEND", diff.send)) if lines)]


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


def _sort_key(sort: SortActivity) -> list[Block]:
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


EXIT_KEY_TAIL = 1  # the exit quiz's last questions kept together (1: each alone)
# The lines of sources that end a plan and share its last page at the least (a third of a
# page): left to break anywhere, a plan's last page held two or three lines, and sixteen
# lines at the sources' 10 pt left four plans ending on a page of sources 24-29% used, which
# reads as a page printed by mistake. The page before gives up those lines and stays over
# three quarters used. (21 lines at 10 pt; at 9 pt, 21 left a KS4 plan's last page 28% used.)
SOURCES_TAIL = 24


# Who a plan is for, as its subtitle and answer key say it: the class teacher, or, when a
# visiting trainer delivers the lesson, whoever teaches it (the plan is the trainer's).
PLAN_NAME = "Teacher lesson plan"
VISIT_PLAN_NAME = "Lesson plan"
NOTES_NAME = "Teacher notes"
KEY_FOR = "For the teacher"
VISIT_KEY_FOR = "For whoever teaches"


def _answer_key(lesson: Lesson, brand: Brand) -> list[Block]:
    # After the reference sections, before the sources (no page carries both the key and
    # the lesson's steps), not forced onto a page of its own: that left the page before it
    # a third empty and put the KS2-KS4 plans a page over their limits.
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
    # follow them and end the plan with a tail of their own, so the key need not move
    # overleaf whole (kept together, a KS4 key's four answers left half a page empty).
    # No "Pupils succeed when" lists: each part's feedback slide shows them, and the model
    # answers here say the same; repeated, they held the plans a page over issue 13's limit.
    # The right answer and why, without the other options: pupils' sheets and the slides
    # print those, and with the crib on page one they cost the KS4 plan a thirteenth page.
    exit_key = quiz_key(lesson.exit_quiz, not lesson.readers, others=False)
    for n, cycle in enumerate(lesson.cycles, 1):
        # A part's check answers may break over a page turn (two lines at least each side):
        # kept whole, each left a question's height empty at a page foot, a thirteenth page
        # for a branded KS3 plan.
        blocks += [Heading(f"{n}. {cycle.title}", 3),
                   *(replace(p, keep_lines=False)
                     for p in quiz_key(cycle.checks, not lesson.readers, others=False))]
        if cycle.task.sort:
            blocks += _sort_key(cycle.task.sort)
        prompts = cycle.task.prompts
        blocks += [Paragraph(p.model_answer, label=f"{p.text} Model answer:")
                   for p in prompts]
    # Each answer kept whole; the heading keeps with the first. (Its last four kept
    # together, with nothing after the key, a KS4 plan's went overleaf and left half a page.)
    tail = len(exit_key) - EXIT_KEY_TAIL
    blocks += [Heading("Exit quiz", 3),
               *(replace(p, keep_next=k >= tail, keep_lines=True)
                 for k, p in enumerate(exit_key[:-1])),
               *(replace(p, keep_lines=True) for p in exit_key[-1:])]
    return blocks


def with_sources_last(before: list[Block], sources: list[Block]) -> list[Block]:
    """``before`` then ``sources``, the last paragraph before them kept with them where the
    sources are fewer lines than SOURCES_TAIL and held whole: a KS1 plan's nine sources
    alone made a last page 28% used; with the answer key's last answer above them it is
    fuller, and reads as the plan's end."""
    listed = next((b for b in sources if isinstance(b, BulletList)), None)
    if listed is None or listed.keep_tail < len(listed.items) or not before \
            or not isinstance(before[-1], Paragraph):
        return [*before, *sources]
    return [*before[:-1], replace(before[-1], keep_next=True, keep_lines=True), *sources]


def without_visitor_asides(blocks: tuple[Block, ...], brand: Brand,
                           facts: FactsFile | None = None) -> tuple[Block, ...]:
    """The plan as the school's own teacher reads it: no asides for a visiting trainer (they
    cluttered the safeguarding steps of Miss Cole's own plan); kept for a visitor's pack.
    With ``facts``, citation codes removed too, in the same walk of every text (a walk of
    the whole plan is a per cent or two of a warm pack)."""
    strip = source_codes.code_stripper(facts) if facts is not None else None
    if named_people.visitor(brand):
        return blocks if strip is None else source_codes.map_texts(blocks, strip)
    if strip is None:
        return source_codes.map_texts(blocks, lambda text: visiting.for_own_staff(text, brand))
    return source_codes.map_texts(
        blocks, lambda text: visiting.for_own_staff(strip(text), brand))
