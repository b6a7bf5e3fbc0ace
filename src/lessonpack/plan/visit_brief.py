"""The visit brief: one page for the school's office and DSL when a trainer visits, a dated
row per file saying who acts on it and what they do.

The plan's "Visit logistics" block says what the school prints and provides; it did not say
which file goes to whom, when the letters go home, where the reply slips go, who shows the
materials to a parent who asks, or who cuts the cards, so jobs fell between them. The dates come
from the lesson's and the letter's dates (plan/letter_dates.py), never typed.
"""

from __future__ import annotations

from lessonpack.content.brand import Brand
from lessonpack.content.model import Lesson, ParentSession
from lessonpack.plan import common, visiting
from lessonpack.plan.class_line import date_and_class
from lessonpack.plan.handover_sheet import times_line
from lessonpack.plan.letter_dates import (
    approve_by,
    letter_by,
    reply_by,
    school_days_before,
    send_by,
    short,
    sign_off_by,
)
from lessonpack.plan.model import Block, Callout, DocPlan, Paragraph, Table
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


def _head(brand: Brand) -> str:
    """"Mrs Sarah Whitfield (Headteacher)", or the role alone when no head signs the letter."""
    return visiting.head(brand) or "The headteacher"


def rows(lesson: Lesson, brand: Brand) -> tuple[tuple[str, str, str, str], ...]:
    """(when, file, who, what they do), in date order: the files reach the school, the DSL
    checks and signs them off, the head approves the letter, the letter goes home, slips come
    back, printing, the day itself. Short cells and short dates ("Mon 14 Dec"): the brief is
    one page (the files' names are said once, above the table)."""
    day = brand.lesson_date
    before = brand.letter_sent != "after"  # the letter home goes before the lesson
    sent = short(send_by(day, brand.letter_date, before=before)) or "Three school weeks ahead"
    signed = short(sign_off_by(day, brand.letter_date, before=before)) or "A school week ahead"
    letter_day = short(brand.letter_date or letter_by(day)) or "Two school weeks ahead"
    approved = short(approve_by(day, brand.letter_date)) or "The day before the letter"
    back = short(reply_by(day, brand.letter_date)) or "A school week ahead"
    printed = short(school_days_before(day, PRINT_SCHOOL_DAYS)) or "The day before"
    on_the_day = short(day) or "The lesson day"
    dsl, teacher = _dsl(brand), _teacher(lesson, brand)
    who = visiting.trainer(brand) or "the trainer"
    print_what = "; ".join(p[:1].lower() + p[1:] for p in prints(lesson))
    out = [
        # The office passes the slides and plan on the day they come: one row, one date.
        (sent, "All files, by email", f"Office, then {dsl}",
         f"Slides and plan to the DSL, who checks them and tells {who} only what they need "
         f"about pupils who need extra care; letter, worksheet"
         f"{' and cards' if has_cards(lesson) else ''} kept to print."),
        (signed, "Safeguarding checklist (plan)", dsl,
         "Sign and date it; record the trust DSL's sign-off where the trust asks for one."),
    ]
    if before:
        out += [
            (approved, "Letter home", "Headteacher",
             f"Approve the letter you sign; any change to {who} that day."),
            (letter_day, "Letter home", "School office",
             f"Print {CLASS_SIZE}, one side; send one home with each pupil that day."),
        ]
    if before and brand.reply_slip:  # a slip asks to see the materials: where it goes
        out.append((back, "Reply slips", teacher,
                    f"Collect them; pass each request to see the materials, and each "
                    f"question, to {dsl} that day."))
    if before:
        out.append((back, "Materials, if asked", dsl,
                    f"Show them to each parent who asked; questions about the lesson to "
                    f"{who}."))
    out += [
        (printed, "Worksheet" + (" and cards" if has_cards(lesson) else ""), "School office",
         f"Print: {print_what}."),
    ]
    if has_cards(lesson):
        out.append((printed, "Cards, printed", f"{teacher} or a TA",
                    f"Cut them out, each set kept together (about {cut_minutes(lesson)} "
                    "minutes)."))
    out.append((on_the_day, "Handover sheet", teacher,
                "Read it before the lesson; the trainer goes through it on arrival."))
    if not before:
        out.append((on_the_day, "Letter home", "School office",
                    f"Print {CLASS_SIZE}, one side; send one home with each pupil after "
                    "the lesson."))
    evening = _evening(brand)
    if evening:
        out.append(evening)
    return tuple(out)


def _evening(brand: Brand) -> tuple[str, str, str, str] | None:
    """The parents' and carers' workshop on the lesson's own day, in the day's rows: the
    school runs it with the trainer, and its own brief (the parents' pack) says how."""
    if not (brand.parents_workshop and brand.parents_session_date):
        return None
    when = brand.parents_session_date
    same_day = when.split(",")[0].strip() == brand.lesson_date.strip()
    time = when.split(",", 1)[1].strip() if "," in when else ""
    at = f"{time}, {brand.parents_session_venue}" if time and brand.parents_session_venue \
        else time or brand.parents_session_venue
    return ((short(when.split(",")[0]) or when),
            "Parents' visit brief", "Office and DSL",
            f"{'That evening' if same_day else 'Then'}: the parents' workshop"
            f"{f', {at}' if at else ''}; see its own brief.")


HOLIDAYS_NOTE = "Dates skip weekends and Christmas: move them earlier for a half-term."


def on_the_day_box(brand: Brand) -> Callout:
    """What the office tells the trainer and the trainer needs on arrival, and no file
    gives: written in when the visit is booked (the page's lower third was empty). The
    team's own phone and email go here too (the school's replaced them on every page): a
    change on the day needs a number."""
    team = visiting.team_contact(brand)
    return Callout("On the day", (
        "Sign in at: __________________ (photo ID)   Parking: __________________",
        "School contact on the day, name and phone: ______________________________",
        # In one paragraph of two lines with the papers that stay (which then need not add
        # that the trainer takes none): a line of its own ran the KS1 brief to a second page.
        f"Reach the team: {team}. Pupils' sheets, the question box and any note of a "
        "concern stay in school." if team else
        "Pupils' sheets, the question box and any note of a concern stay in school; the "
        "trainer takes nothing about a pupil away."), whole=True)


def plan_visit_brief(lesson: Lesson, brand: Brand) -> DocPlan | None:
    """The brief for a visiting trainer's lesson; None for a school's own staff."""
    if not common.visitor(brand):
        return None
    intro = (f"{visiting.delivered_by(brand)} teaches this lesson. Please pass each row to "
             f"the person named. {HOLIDAYS_NOTE}")
    blocks: list[Block] = [
        date_and_class("Lesson:", lesson.audience, brand),
        times_line(),
        Paragraph(intro),
        Table(("By", "File", "Who", "What to do"), rows(lesson, brand), widths=BRIEF_WIDTHS),
        on_the_day_box(brand),
    ]
    return brief_doc(lesson, brand, f"Visit brief: {lesson.topic_title}", blocks)


# The date column one line wide ("Mon 14 Dec"), the jobs the room.
BRIEF_WIDTHS = (1.3, 1.5, 1.5, 3.7)


def brief_doc(item: Lesson | ParentSession, brand: Brand, title: str,
              blocks: list[Block]) -> DocPlan:
    """A visit brief's document (a class's or the parents' session's): one page for the
    school office and the DSL, named and footed as the pack's other papers."""
    return DocPlan(common.file_stem(item, "visit-brief") + ".docx", "visit_brief",
                   common.meta(item, brand, "visit brief"), title=title,
                   subtitle=f"For the school office and the DSL · {item.title}",
                   header="Visit brief", footer=common.doc_footer(item, brand),
                   blocks=tuple(blocks))
