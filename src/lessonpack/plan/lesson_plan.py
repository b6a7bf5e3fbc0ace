"""Plans the teacher's lesson plan: a one-page overview, the script, the answer key, sources.

The first page is what a teacher glances at before the lesson (outcome, timings, resources,
safeguarding checks); the script after it is followed in the lesson, with "Say", "Task" and
"Watch for" as bold labels; the answer key holds everything pupils must not see.
"""

from __future__ import annotations

from lessonpack.content.brand import Brand
from lessonpack.content.model import (
    AUDIENCE_LABELS,
    FactsFile,
    LearningCycle,
    Lesson,
    QuizQuestion,
    SortActivity,
)
from lessonpack.plan import common
from lessonpack.plan.model import (
    Block,
    BulletList,
    Callout,
    Checklist,
    DocPlan,
    Heading,
    Paragraph,
    SideBySide,
    Table,
)


def _timings(lesson: Lesson) -> tuple[str, ...]:
    """"0–6 min: Starter: …" per stage, the clock running from the start of the lesson."""
    rows, clock = [], 0
    stages = [(f"Starter: {lesson.starter.title}", lesson.starter.minutes)]
    stages += [(f"{n}. {c.title}", c.minutes) for n, c in enumerate(lesson.cycles, 1)]
    stages.append(("Plenary and exit quiz", lesson.plenary.minutes))
    for name, mins in stages:
        rows.append(f"{clock}–{clock + mins} min: {name}")
        clock += mins
    return tuple(rows)


def _overview(lesson: Lesson, brand: Brand) -> list[Block]:
    """Page one: what the lesson is for, how long each part takes, what to have ready and
    the safeguarding checks to make first."""
    contact = f" ({brand.safeguarding_contact})" if brand.safeguarding_contact else ""
    return [
        Paragraph(lesson.outcome, "lead", label="Outcome:"),
        SideBySide(("Timings", _timings(lesson)), ("Resources", tuple(lesson.resources))),
        Heading("Safeguarding checklist", 2),
        Paragraph(f"Talk to {brand.safeguarding_lead}{contact} before you teach this "
                  "lesson.", keep_next=True),
        Checklist(tuple(lesson.safeguarding.checklist)),
    ]


def _before(lesson: Lesson) -> list[Block]:
    sg = lesson.safeguarding
    return [
        # No page break: when the checklist is long the overview runs on rather than
        # leave most of page two empty.
        Heading("Before you teach", 2),
        Paragraph(lesson.summary),
        Heading("Ground rules", 3), BulletList(tuple(sg.ground_rules)),
        Callout("If a child discloses", tuple(sg.disclosure), "safeguarding"),
        Heading("Delivering this lesson safely", 3), BulletList(tuple(sg.notes)),
        Heading("Learning objectives", 3), BulletList(tuple(lesson.objectives), numbered=True),
        Heading("Key words", 3),
        *[Paragraph(k.definition, label=f"{k.term}:") for k in lesson.keywords],
        Heading("Common misconceptions", 3),
        Table(("Pupils may think", "Correction"), tuple(
            (m.belief, m.correction) for m in lesson.misconceptions), widths=(2.8, 3.7)),
    ]


def _cycle_script(n: int, cycle: LearningCycle) -> list[Block]:
    blocks: list[Block] = [
        Heading(f"{n}. {cycle.title} ({cycle.minutes} min)", 3),
        Paragraph(cycle.outcome, label="Outcome:"),
        *common.script(cycle.notes),
    ]
    if cycle.scenario:
        sc = cycle.scenario
        blocks += [Callout(f"Story to read aloud: {sc.character}", (sc.story,))]
    task = cycle.task
    blocks.append(Paragraph(" ".join(task.instructions),
                            label=f"Pupils' task: {task.title} ({task.minutes} min)."))
    return blocks


def _script(lesson: Lesson) -> list[Block]:
    st, pl = lesson.starter, lesson.plenary
    blocks: list[Block] = [
        Heading("The lesson, step by step", 2),
        Heading(f"Starter: {st.title} ({st.minutes} min)", 3),
        Paragraph(st.instructions, label="Pupils:"), *common.script(st.notes),
    ]
    for n, cycle in enumerate(lesson.cycles, 1):
        blocks += _cycle_script(n, cycle)
    blocks += [
        Heading(f"Plenary ({pl.minutes} min)", 3), *common.script(pl.notes),
        Paragraph("; ".join(pl.reflection), label="Reflection:"),
        Paragraph("Key messages to finish on:", label="", keep_next=True),
        BulletList(tuple(lesson.key_messages)),
    ]
    return blocks


def _after(lesson: Lesson, facts: FactsFile, brand: Brand) -> list[Block]:
    diff = lesson.differentiation
    return [
        Heading("Differentiation", 2),
        Heading("Support", 3), BulletList(tuple(diff.support)),
        Heading("Stretch", 3), BulletList(tuple(diff.stretch)),
        Heading("SEND", 3), BulletList(tuple(diff.send)),
        Heading("Where to get help", 2),
        Table(("Service", "What it is for", "Contact"), tuple(
            (s.name, s.blurb, s.contact)
            for s in common.adult_signposts(lesson, facts, brand)),
            widths=(1.6, 3.0, 2.4)),
        Heading("Curriculum links", 2),
        Table(("Framework", "Link"), tuple((c.framework, c.detail)
                                           for c in lesson.curriculum_links), widths=(2.0, 5.0)),
    ]


def quiz_key(quiz: list[QuizQuestion]) -> list[Block]:
    """Correct answers by the letter pupils saw (A, B, C), each with the reason."""
    return [Paragraph(f"{q.question} {chr(65 + q.arranged[1])}: "
                      f"{_sentence(q.correct_text)} {q.explanation}", label=f"{i}.")
            for i, q in enumerate(quiz, 1)]


def _sentence(text: str) -> str:
    return text if text[-1:] in ".!?" else f"{text}."


def _sort_key(sort: SortActivity) -> list[Block]:
    """Which cards belong in each column (an ordering task: the cards in order)."""
    if sort.ordered:
        return [Paragraph(" → ".join(f"{k}. {i.text} ({i.answer})"
                                     for k, i in enumerate(sort.items, 1)),
                          label="Order:")]
    return [Paragraph("; ".join(f"“{i.text}”" for i in sort.items if i.answer == column),
                      label=f"{column}:") for column in sort.columns]


def _answer_key(lesson: Lesson) -> list[Block]:
    blocks: list[Block] = [
        Heading("Answer key", 2),
        Paragraph("For the teacher: pupils' worksheets carry no answers.", "note",
                  keep_next=True),
        Heading("Starter and plenary statements", 3),
        *[Paragraph(f"{s.text} {s.why}", label=f"{'Agree' if s.agree else 'Disagree'}:")
          for s in lesson.starter.statements],
    ]
    for n, cycle in enumerate(lesson.cycles, 1):
        blocks += [Heading(f"{n}. {cycle.title}", 3), *quiz_key(cycle.checks)]
        if cycle.task.sort:
            blocks += _sort_key(cycle.task.sort)
        blocks += [Paragraph(p.model_answer, label=f"{p.text} Model answer:")
                   for p in cycle.task.prompts]
        blocks.append(Paragraph("; ".join(cycle.feedback), label="Pupils succeed when:"))
    blocks += [Heading("Exit quiz", 3), *quiz_key(lesson.exit_quiz)]
    return blocks


def plan_lesson_plan(lesson: Lesson, facts: FactsFile, brand: Brand) -> DocPlan:
    blocks = [*_overview(lesson, brand), *_before(lesson), *_script(lesson),
              *_after(lesson, facts, brand), *_answer_key(lesson),
              *common.sources_section(lesson, facts)]
    return DocPlan(common.file_stem(lesson, "lesson-plan") + ".docx", "lesson_plan",
                   common.meta(lesson, brand, "teacher lesson plan"), title=lesson.title,
                   subtitle=f"Teacher lesson plan · {AUDIENCE_LABELS[lesson.audience]} · "
                   f"{lesson.duration_minutes} minutes",
                   header="Teacher lesson plan",  # the organisation is at the left of the header
                   footer=common.doc_footer(lesson, brand),
                   blocks=common.without_source_codes(tuple(blocks), facts))
