"""Plans the documents of a pupil lesson: worksheet, teacher lesson plan, letter home."""

from __future__ import annotations

import hashlib

from lessonpack.brand import Brand
from lessonpack.content.model import (
    AUDIENCE_LABELS,
    Audience,
    FactsFile,
    LearningCycle,
    Lesson,
    QuizQuestion,
    SortActivity,
    SortItem,
    WorksheetPrompt,
)
from lessonpack.kinds import scenario
from lessonpack.kinds.signposting import help_box
from lessonpack.plan import common
from lessonpack.plan.model import (
    Block,
    BulletList,
    Callout,
    Checklist,
    DocPlan,
    Heading,
    MultipleChoice,
    PageBreak,
    Paragraph,
    Table,
    WritingLines,
)


def _sort_rows(sort: SortActivity) -> list[SortItem]:
    """Items as printed: an ordering task shows them shuffled (stable for the same content)."""
    if not sort.ordered:
        return list(sort.items)
    return sorted(sort.items, key=lambda i: hashlib.sha256(i.text.encode()).hexdigest())


def _sort_table(sort: SortActivity) -> Table:
    order = ("Order",) if sort.ordered else ()
    # Tick columns wide enough for a one-word heading like "Dismissing" at worksheet size.
    share = max(1.3, 3.9 / len(sort.columns))
    return Table(header=(*order, "Card", *sort.columns),
                 rows=tuple((*("" for _ in order), item.text, *("" for _ in sort.columns))
                            for item in _sort_rows(sort)),
                 widths=(*((1.1,) if order else ()), 2.8, *(share for _ in sort.columns)))


def _prompt_blocks(prompts: list[WorksheetPrompt]) -> list[Block]:
    blocks: list[Block] = []
    for i, prompt in enumerate(prompts):
        label = f"{chr(97 + i)})  " if len(prompts) > 1 else ""  # a), b): the steps are 1, 2
        blocks.append(Paragraph(f"{label}{prompt.text}"))
        if prompt.lines and prompt.space == "box":
            blocks.append(Table(("Draw here",), (("",),), row_lines=prompt.lines))
        elif prompt.lines:
            blocks.append(WritingLines(prompt.lines))
    return blocks


def _cycle_worksheet(n: int, cycle: LearningCycle) -> list[Block]:
    task = cycle.task
    blocks: list[Block] = [Heading(f"Part {n}: {task.title}", 2)]
    if cycle.scenario:
        blocks += scenario.worksheet_blocks(cycle.scenario)
    blocks.append(BulletList(tuple(task.instructions), numbered=True))
    if task.sort:
        blocks.append(_sort_table(task.sort))
        hint = ("Number the cards in the order they happened, then tick the column each "
                "belongs in." if task.sort.ordered else
                "Put a tick (✓) in the column where each card belongs.")
        blocks.append(Paragraph(hint, "note"))
    blocks += _prompt_blocks(task.prompts)
    blocks += [Heading("Check your work", 3), Checklist(tuple(cycle.feedback))]
    return blocks


def _quiz_blocks(quiz: list[QuizQuestion]) -> list[Block]:
    return [MultipleChoice(i, q.question, q.arranged[0])
            for i, q in enumerate(quiz, 1)]


def plan_worksheet(lesson: Lesson, facts: FactsFile, brand: Brand) -> DocPlan:
    st = lesson.starter
    blocks: list[Block] = [
        Paragraph(lesson.outcome, "lead"),
        Heading("Key words", 2),
        Table(("Word", "What it means"), tuple((k.term, k.definition) for k in lesson.keywords),
              widths=(1.0, 3.0)),
        Heading(f"Starter: {st.title}", 2),
        Paragraph(st.instructions),
        Table(("Statement", "Agree", "Disagree", "Not sure"),
              tuple((s.text, "", "", "") for s in st.statements), widths=(3.4, 1.1, 1.3, 1.2)),
        Paragraph("At the end of the lesson, look at your answers again with a different "
                  "colour pen.", "note"),
    ]
    for n, cycle in enumerate(lesson.cycles, 1):
        blocks += _cycle_worksheet(n, cycle)
    blocks += [Heading("Exit quiz", 2), Paragraph("Tick one answer for each question."),
               *_quiz_blocks(lesson.exit_quiz),
               Heading("How did I do?", 2),
               Table(("I can…", "Not yet", "Getting there", "Yes!"),
                     ((lesson.outcome.removeprefix("I can ").rstrip("."), "", "", ""),),
                     widths=(4.0, 1.0, 1.3, 1.0)),
               Heading("Think about it", 3),
               *[b for r in lesson.plenary.reflection for b in (Paragraph(r), WritingLines(1))],
               help_box("Who can help", common.signposts(lesson, facts, brand))]
    return DocPlan(common.file_stem(lesson, "worksheet") + ".docx", "worksheet",
                   common.meta(lesson, brand, "pupil worksheet"), title=lesson.title,
                   subtitle="Pupil worksheet", header=lesson.topic_title,
                   footer=common.footer(lesson, brand), blocks=tuple(blocks), name_line=True,
                   large_print=lesson.audience is Audience.KS1)


def _sequence(lesson: Lesson) -> Table:
    rows, clock = [], 0
    stages = [(f"Starter: {lesson.starter.title}", lesson.starter.minutes,
               lesson.starter.instructions)]
    stages += [(f"Learning cycle {n}: {c.title}", c.minutes, c.outcome)
               for n, c in enumerate(lesson.cycles, 1)]
    stages.append(("Plenary, exit quiz and signposting", lesson.plenary.minutes,
                   "Revisit the starter statements, exit quiz, reflection, who can help."))
    for name, mins, what in stages:
        rows.append((f"{clock}–{clock + mins} min", name, what))
        clock += mins
    return Table(("Time", "Stage", "What happens"), tuple(rows), widths=(1.1, 2.2, 3.7))


def _cycle_plan(n: int, cycle: LearningCycle) -> list[Block]:
    blocks: list[Block] = [
        Heading(f"Learning cycle {n}: {cycle.title} ({cycle.minutes} min)", 2),
        Paragraph(f"Outcome: {cycle.outcome}", "lead"),
        Heading("Explain", 3), BulletList(tuple(cycle.explain)),
        Heading("Teacher script and notes", 3), *_note_paragraphs(cycle.notes),
    ]
    if cycle.scenario:
        sc = cycle.scenario
        blocks += [Heading(f"Case study: {sc.character}", 3), Paragraph(sc.story),
                   Table(("Comment", "Type"), tuple((f"{c.user}: {c.text}",
                                                     c.kind.replace("-", " "))
                                                    for c in sc.comments), widths=(4.5, 1.5))]
    blocks += [Heading(f"Practice: {cycle.task.title} ({cycle.task.minutes} min)", 3),
               BulletList(tuple(cycle.task.instructions), numbered=True),
               Heading("Feedback: success criteria", 3), BulletList(tuple(cycle.feedback))]
    return blocks


def _note_paragraphs(notes: str) -> list[Block]:
    """Teacher notes separate their stages with line breaks: one paragraph each."""
    return [Paragraph(line.strip()) for line in notes.split("\n") if line.strip()]


def _answer_key(lesson: Lesson) -> list[Block]:
    blocks: list[Block] = [
        PageBreak(), Heading("Answer key", 1),
        Heading("Starter and plenary statements", 2),
        Table(("Statement", "Answer", "Why"),
              tuple((s.text, "Agree" if s.agree else "Disagree", s.why)
                    for s in lesson.starter.statements), widths=(2.6, 1.2, 3.2)),
    ]
    for n, cycle in enumerate(lesson.cycles, 1):
        blocks.append(Heading(f"Learning cycle {n}: {cycle.title}", 2))
        blocks.append(_quiz_key(cycle.checks, "Check"))
        sort = cycle.task.sort
        if sort and sort.ordered:
            blocks.append(Table(("Order", "Card", "Belongs in"), tuple(
                (str(n), i.text, i.answer) for n, i in enumerate(sort.items, 1)),
                widths=(0.8, 4.2, 1.8)))
        elif sort:
            blocks.append(Table(("Card", "Belongs in"), tuple(
                (i.text, i.answer) for i in sort.items), widths=(4.5, 1.8)))
        for p in cycle.task.prompts:
            blocks += [Paragraph(p.text, "lead"), Paragraph(f"Model answer: {p.model_answer}")]
    blocks += [Heading("Exit quiz", 2), _quiz_key(lesson.exit_quiz, "Question")]
    return blocks


def _quiz_key(quiz: list[QuizQuestion], label: str) -> Table:
    return Table((label, "Correct answer", "Why"), tuple(
        (f"{i}. {q.question}", f"{chr(65 + q.arranged[1])}: {q.correct_text}",
         q.explanation) for i, q in enumerate(quiz, 1)), widths=(2.4, 1.9, 2.7))


def plan_lesson_plan(lesson: Lesson, facts: FactsFile, brand: Brand) -> DocPlan:
    sg, diff = lesson.safeguarding, lesson.differentiation
    contact = f" ({brand.safeguarding_contact})" if brand.safeguarding_contact else ""
    blocks: list[Block] = [
        Paragraph(lesson.subtitle, "lead"),
        Table(("At a glance", "Details"), (
            ("Audience", AUDIENCE_LABELS[lesson.audience]),
            ("Duration", f"{lesson.duration_minutes} minutes"),
            ("Learning outcome", lesson.outcome),
            ("Resources", "; ".join(lesson.resources)),
        ), widths=(1.6, 5.0)),
        Paragraph(lesson.summary),
        Callout("Before the lesson: safeguarding checklist", (
            f"Talk to {brand.safeguarding_lead}{contact} before you teach this lesson.",),
            "safeguarding"),
        Checklist(tuple(sg.checklist)),
        Heading("Ground rules", 2), BulletList(tuple(sg.ground_rules)),
        Callout("If a child discloses", tuple(sg.disclosure), "safeguarding"),
        Heading("Delivering this lesson safely", 2), BulletList(tuple(sg.notes)),
        Heading("Learning objectives", 2), BulletList(tuple(lesson.objectives), numbered=True),
        Heading("Prior knowledge", 2), BulletList(tuple(lesson.prior_knowledge)),
        Heading("Key words", 2),
        Table(("Word", "Meaning"), tuple((k.term, k.definition) for k in lesson.keywords),
              widths=(1.5, 5.0)),
        Heading("Common misconceptions", 2),
        Table(("Pupils may think", "Correction"), tuple(
            (m.belief, m.correction) for m in lesson.misconceptions), widths=(2.8, 3.7)),
        Heading("Lesson sequence", 2), _sequence(lesson),
        Heading(f"Starter: {lesson.starter.title} ({lesson.starter.minutes} min)", 2),
        Paragraph(lesson.starter.instructions, "lead"), *_note_paragraphs(lesson.starter.notes),
    ]
    for n, cycle in enumerate(lesson.cycles, 1):
        blocks += _cycle_plan(n, cycle)
    blocks += [
        Heading(f"Plenary ({lesson.plenary.minutes} min)", 2),
        *_note_paragraphs(lesson.plenary.notes),
        BulletList(tuple(lesson.plenary.reflection)),
        Heading("Differentiation", 2),
        Heading("Support", 3), BulletList(tuple(diff.support)),
        Heading("Stretch", 3), BulletList(tuple(diff.stretch)),
        Heading("SEND", 3), BulletList(tuple(diff.send)),
        Heading("Key messages", 2), BulletList(tuple(lesson.key_messages)),
        Heading("Signposting", 2),
        Table(("Service", "What it is for", "Contact"), tuple(
            (s.name, s.blurb, s.contact)
            for s in common.adult_signposts(lesson, facts, brand)),
            widths=(1.6, 3.0, 2.4)),
        Heading("Curriculum links", 2),
        Table(("Framework", "Link"), tuple((c.framework, c.detail)
                                           for c in lesson.curriculum_links), widths=(2.0, 5.0)),
        *_answer_key(lesson),
        Heading("Sources", 2),
        Paragraph("Facts and guidance in this lesson come from these sources.", "note"),
        BulletList(common.source_lines(lesson, facts)),
    ]
    return DocPlan(common.file_stem(lesson, "lesson-plan") + ".docx", "lesson_plan",
                   common.meta(lesson, brand, "teacher lesson plan"), title=lesson.title,
                   subtitle=f"Teacher lesson plan · {AUDIENCE_LABELS[lesson.audience]} · "
                   f"{lesson.duration_minutes} minutes",
                   header=" · ".join(filter(None, (brand.named, "Teacher lesson plan"))),
                   footer=common.footer(lesson, brand), blocks=tuple(blocks))


def _signatory(lesson: Lesson) -> str:
    primary = lesson.audience in (Audience.KS1, Audience.KS2)
    return "Class teacher" if primary else "PSHE lead"


def plan_letter(lesson: Lesson, facts: FactsFile, brand: Brand) -> DocPlan:
    letter = lesson.letter
    lead = brand.safeguarding_lead
    contact = f" on {brand.safeguarding_contact}" if brand.safeguarding_contact else ""
    adult_help = common.adult_signposts(lesson, facts, brand)
    blocks: list[Block] = [
        Paragraph("Dear parent or carer,"),
        *[Paragraph(p) for p in letter.paragraphs],
        Heading("Things you could talk about at home", 2),
        BulletList(tuple(letter.conversation_starters)),
        Heading("Helpful tips", 2), BulletList(tuple(letter.tips)),
        Heading("Where to get help", 2),
        BulletList(tuple(f"{s.name}: {s.contact}" for s in adult_help)),
        Paragraph(f"If you have any worries about your child's safety, please speak to "
                  f"{lead}{contact}."),
        Paragraph("Yours sincerely,"),
        WritingLines(1),
        Paragraph(", ".join(filter(None, (_signatory(lesson), brand.named)))),
    ]
    return DocPlan(common.file_stem(lesson, "letter-home") + ".docx", "letter",
                   common.meta(lesson, brand, "letter home"), title=letter.subject, subtitle="",
                   header="",
                   footer=common.footer(lesson, brand), blocks=tuple(blocks))
