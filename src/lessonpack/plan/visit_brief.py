"""The visit brief: one page for the school's office and DSL when a trainer visits, a dated
row per file saying who acts on it and what they do.

The plan's "Visit logistics" block says what the school prints and provides; it did not say
which file goes to whom, when the letters go home, where the reply slips go, who shows the
materials to a parent who asks, or who cuts the cards, so jobs fell between them. The dates come
from the lesson's and the letter's dates (plan/letter_dates.py), never typed.
"""

from __future__ import annotations

from lessonpack.content.brand import Brand
from lessonpack.content.model import Lesson
from lessonpack.plan import common, visiting
from lessonpack.plan.class_line import date_and_class
from lessonpack.plan.handover_sheet import times_line
from lessonpack.plan.letter_dates import letter_by, reply_by, school_days_before, send_by
from lessonpack.plan.model import Block, DocPlan, Paragraph, Table
from lessonpack.plan.sort_cards import CLASS_SIZE, has_cards
from lessonpack.plan.visit_logistics import cut_minutes, prints

# Printing is done and checked the school day before the lesson, not on the morning.
PRINT_SCHOOL_DAYS = 1


def _dsl(brand: Brand) -> str:
    name = brand.dsl_name.strip()
    return f"{name} (DSL)" if name else "The DSL"


def _teacher(lesson: Lesson, brand: Brand) -> str:
    teacher = visiting.after_owner(lesson, brand)
    return teacher[:1].upper() + teacher[1:]


def rows(lesson: Lesson, brand: Brand) -> tuple[tuple[str, str, str, str], ...]:
    """(when, file, who, what they do), in date order: the files reach the school, the DSL
    checks them, the letter goes home, slips come back, printing, the day itself. Short
    cells: the brief is one page (the files' names are said once, above the table)."""
    day = brand.lesson_date
    sent = send_by(day, brand.letter_date) or "A school week ahead"
    letter_day = brand.letter_date or letter_by(day) or "Two school weeks ahead"
    back = reply_by(day, brand.letter_date) or "A school week ahead"
    printed = school_days_before(day, PRINT_SCHOOL_DAYS) or "The day before"
    dsl, teacher = _dsl(brand), _teacher(lesson, brand)
    who = visiting.trainer(brand) or "the trainer"
    print_what = "; ".join(p[:1].lower() + p[1:] for p in prints(lesson))
    before = brand.letter_sent != "after"  # the letter home goes before the lesson
    out = [
        (sent, "All files, by email", "School office",
         f"Slides and lesson plan to {dsl}; letter, worksheet"
         f"{' and cards' if has_cards(lesson) else ''} kept to print."),
        (sent, "Slides and lesson plan", dsl,
         f"Check them; tell {who} only what they need about pupils who need extra care."),
        (letter_day if before else day or "The lesson day", "Letter home", "School office",
         f"Print {CLASS_SIZE}, one side; send one home with each pupil that day"
         f"{'' if before else ', after the lesson'}."),
    ]
    if before and brand.reply_slip:  # a slip asks to see the materials: where it goes
        out.append((back, "Reply slips", teacher,
                    f"Collect them; pass each request to see the materials, and each "
                    f"question, to {dsl} that day."))
    if before:
        out.append((back, "Slides and worksheet, for parents who ask", dsl,
                    f"Show them to each parent who asked, before the lesson; questions about "
                    f"the lesson itself to {who}."))
    out += [
        (printed, "Worksheet" + (" and cards" if has_cards(lesson) else ""), "School office",
         f"Print: {print_what}."),
    ]
    if has_cards(lesson):
        out.append((printed, "Cards, printed", f"{teacher} or a teaching assistant",
                    f"Cut them out, each set kept together (about {cut_minutes(lesson)} "
                    "minutes with the printing)."))
    out.append((day or "The lesson day", "Handover sheet", teacher,
                "Read it before the lesson; the trainer goes through it on arrival."))
    return tuple(out)


def plan_visit_brief(lesson: Lesson, brand: Brand) -> DocPlan | None:
    """The brief for a visiting trainer's lesson; None for a school's own staff."""
    if not common.visitor(brand):
        return None
    intro = (f"{visiting.delivered_by(brand)} teaches this lesson. A row for each file: by "
             "when, who and what; please pass each row to the person named. Each file's name "
             f"starts {common.pack_folder(lesson)}-.")
    blocks: list[Block] = [
        date_and_class("Lesson:", lesson.audience, brand),
        times_line(),
        Paragraph(intro),
        Table(("By", "File", "Who", "What to do"), rows(lesson, brand),
              widths=(1.4, 1.6, 1.4, 3.6)),
        Paragraph("Pupils' sheets, the question box and any note of a concern stay in "
                  "school; the trainer takes nothing about a pupil away.", style="note"),
    ]
    return DocPlan(common.file_stem(lesson, "visit-brief") + ".docx", "lesson_plan",
                   common.meta(lesson, brand, "visit brief"),
                   title=f"Visit brief: {lesson.topic_title}",
                   subtitle=f"For the school office and the DSL · {lesson.title}",
                   header="Visit brief", footer=common.doc_footer(lesson, brand),
                   blocks=tuple(blocks))
