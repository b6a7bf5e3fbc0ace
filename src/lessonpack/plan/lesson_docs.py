"""Plans the pupil worksheet (Key Stages 2 to 4) and the letter home of a lesson."""

from __future__ import annotations

import hashlib

from lessonpack.content.brand import Brand
from lessonpack.content.model import (
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
    Checklist,
    CutLine,
    DocPlan,
    Heading,
    Letterhead,
    MultipleChoice,
    Paragraph,
    SideBySide,
    Table,
    WriteOnLine,
    WritingLines,
)
from lessonpack.plan.picture_sheet import plan_picture_worksheet


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


# Writing lines per prompt at most, by age: enough to answer in full sentences without a
# worksheet running past four sides.
MAX_LINES = {Audience.KS2: 3, Audience.KS3: 3, Audience.KS4: 3}


def _prompt_blocks(prompts: list[WorksheetPrompt], audience: Audience) -> list[Block]:
    blocks: list[Block] = []
    for i, prompt in enumerate(prompts):
        label = f"{chr(97 + i)})" if len(prompts) > 1 else ""  # a), b): the steps are 1, 2
        blocks.append(Paragraph(prompt.text, label=label, keep_next=bool(prompt.lines)))
        if prompt.lines and prompt.space == "box":
            blocks.append(Table(("Draw here",), (("",),), row_lines=prompt.lines))
        elif prompt.lines:
            blocks.append(WritingLines(min(prompt.lines, MAX_LINES.get(audience, 4))))
    return blocks


def _cycle_worksheet(n: int, cycle: LearningCycle, audience: Audience) -> list[Block]:
    task = cycle.task
    blocks: list[Block] = [Heading(f"Part {n}: {task.title}", 2)]
    if cycle.scenario:
        blocks += scenario.worksheet_blocks(cycle.scenario)
    blocks.append(BulletList(tuple(task.instructions), numbered=True))
    if task.sort and task.sort.ordered:
        blocks.append(Paragraph("Number the cards in the order they happened, then tick the "
                                "column each belongs in.", "note"))
    if task.sort:  # the steps above say how to sort; a tick column per choice
        blocks.append(_sort_table(task.sort))
    # The success criteria ("Check your work") give the answers away: they are the teacher's,
    # in the lesson plan's answer key, never on the pupil's sheet.
    return blocks + _prompt_blocks(task.prompts, audience)


def quiz_blocks(quiz: list[QuizQuestion]) -> list[Block]:
    """Questions with options lettered as on the slides (the key uses the same letters)."""
    return [MultipleChoice(i, q.question, q.arranged[0]) for i, q in enumerate(quiz, 1)]


def plan_worksheet(lesson: Lesson, facts: FactsFile, brand: Brand) -> DocPlan:
    if not lesson.readers:  # children who cannot read yet: a sheet led by drawings
        return plan_picture_worksheet(lesson, facts, brand)
    st = lesson.starter
    # Key words are on the slides and in the lesson plan; four sides leave no room for them.
    blocks: list[Block] = [
        Paragraph(lesson.outcome, "lead"),
        Heading(f"Starter: {st.title}", 2),
        Paragraph(st.instructions),
        Table(("Statement", "Agree", "Disagree", "Not sure"),
              tuple((s.text, "", "", "") for s in st.statements), widths=(3.6, 1.0, 1.2, 1.1)),
        Paragraph("At the end of the lesson, look at your answers again with a different "
                  "colour pen.", "note"),
    ]
    for n, cycle in enumerate(lesson.cycles, 1):
        blocks += _cycle_worksheet(n, cycle, lesson.audience)
    blocks += [Heading("Exit quiz", 2),
               Paragraph("Ring the letter of one answer for each question."),
               *quiz_blocks(lesson.exit_quiz),
               Heading("How did I do?", 2),
               Table(("I can…", "Not yet", "Getting there", "Yes!"),
                     ((lesson.outcome.removeprefix("I can ").rstrip("."), "", "", ""),),
                     widths=(4.0, 1.0, 1.3, 1.0)),
               *[b for r in lesson.plenary.reflection
                 for b in (Paragraph(r, keep_next=True), WritingLines(1))],
               help_box("Who can help", common.signposts(lesson, facts, brand))]
    return DocPlan(common.file_stem(lesson, "worksheet") + ".docx", "worksheet",
                   common.meta(lesson, brand, "pupil worksheet"), title=lesson.title,
                   subtitle="Pupil worksheet", header=lesson.topic_title,
                   footer=common.doc_footer(lesson, brand), blocks=tuple(blocks), name_line=True,
                   print_size="pupil" if lesson.audience is Audience.KS2 else "standard")


LETTER_HELPLINES = 3


def _signatory(lesson: Lesson, brand: Brand) -> tuple[str, str]:
    """Name and role under "Yours sincerely": the brand's, else clear placeholders."""
    primary = lesson.audience in (Audience.KS1, Audience.KS2)
    role = brand.letter_signatory_role or ("Class teacher" if primary else "Head of PSHE")
    return brand.letter_signatory or "[Name]", role


def letterhead(brand: Brand) -> Letterhead:
    """Name, address and contacts from the brand, in [brackets] where it gives none."""
    contacts = "  ·  ".join((brand.phone or "[Phone]", brand.email or "[Email]",
                             brand.website or "[Website]"))
    return Letterhead(brand.named or "[School name]",
                      (brand.address or "[School address]", contacts))


def dsl_sentence(brand: Brand) -> str:
    name = brand.dsl_name or "[name of the Designated Safeguarding Lead]"
    contact = brand.safeguarding_contact or "[phone or email]"
    return (f"If you have any worries about your child's safety, online or offline, please "
            f"contact our Designated Safeguarding Lead, {name} ({contact}).")


def plan_letter(lesson: Lesson, facts: FactsFile, brand: Brand) -> DocPlan:
    letter = lesson.letter
    name, role = _signatory(lesson, brand)
    # The services a parent most needs (the NSPCC, CEOP, then the lesson's first) and the
    # school's own: a letter is one page; the lesson plan lists every service.
    services = common.adult_signposts(lesson, facts, brand)
    local = len(services) - len(brand.extra_helplines)  # the school's own come last
    helps = "  ·  ".join(f"{s.name}: {s.contact}" for s in (
        *services[:local][:LETTER_HELPLINES], *services[local:]))
    blocks: list[Block] = [
        letterhead(brand),
        WriteOnLine("Date:", "right"),
        Heading(f"Online safety lesson: {letter.subject}", 1),
        Paragraph("Dear parent or carer,"),
        *[Paragraph(p) for p in letter.paragraphs],
        SideBySide(("Things to talk about at home", tuple(letter.conversation_starters)),
                   ("Helpful tips", tuple(letter.tips))),
        Paragraph(helps, label="Where to get help:"),
        Paragraph(dsl_sentence(brand)),
        Paragraph("Yours sincerely,", keep_next=True),
        WriteOnLine("", reach=0.45),
        Paragraph(name, keep_next=True),
        Paragraph(", ".join(filter(None, (role, brand.named)))),
    ]
    if brand.reply_slip:
        blocks += [
            CutLine("Reply slip: please cut off and return to school."),
            Checklist(("I would like to see the lesson materials before the lesson.",
                       "I have a question; please contact me.")),
            WriteOnLine("Child's name and class:  ...................................   "
                        "Parent or carer:"),
        ]
    return DocPlan(common.file_stem(lesson, "letter-home") + ".docx", "letter",
                   common.meta(lesson, brand, "letter home"), title="", subtitle="",
                   header="", footer="", blocks=tuple(blocks), furniture=False)
