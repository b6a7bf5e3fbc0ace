"""Plans the letters home of a lesson: the one before it and the one after."""

from __future__ import annotations

from lessonpack.content.brand import Brand
from lessonpack.content.fill_ins import FILL_IN_QUESTIONS, LETTER_DATE_FIELD
from lessonpack.content.lesson_date import dated as lesson_day
from lessonpack.content.model import FactsFile, Lesson
from lessonpack.errors import Problem, UserError
from lessonpack.plan import contact_text, item_files, visiting
from lessonpack.plan.class_line import date_and_class
from lessonpack.plan.letter.help import dsl_sentence, letter_services, out_of_hours
from lessonpack.plan.letter.reply_slip import reply_slip
from lessonpack.plan.letter.school import (
    SIGN_LINE,
    SIGN_SPACE,
    delivered_credit,
    in_schools_voice,
    letterhead,
    role_line,
    signatory,
)
from lessonpack.plan.letter.workshop import workshop_invitation
from lessonpack.plan.letter_dates import letter_by, too_late, undated_without_lesson
from lessonpack.plan.model import (
    Block,
    BulletList,
    DocPlan,
    Heading,
    Paragraph,
    SideBySide,
    WriteOnLine,
)
from lessonpack.plan.rse_sentence import TICK_LEAD, settle_rse, withdrawable
from lessonpack.plan.school_classes import class_file


def _lower_first(text: str) -> str:
    """"Live streaming" -> "live streaming" (after a colon, mid-sentence)."""
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def plan_letters(lesson: Lesson, facts: FactsFile, brand: Brand) -> tuple[DocPlan, ...]:
    """The letters home: the one sent before the lesson (unless the brand sends only the one
    after, ``letter_sent: after``) and, in every pack, the one sent after it, which a teacher
    asked to teach at short notice sends instead. A letter dated on or after the lesson's day
    is the one sent after it: its slip cannot offer a look "before the lesson"."""
    brand = in_schools_voice(undated_without_lesson(brand))
    if brand.letter_sent != "after" and too_late(brand.lesson_date, brand.letter_date):
        _refuse_late_withdrawal(lesson, brand)
        brand = brand.model_copy(update={"letter_sent": "after"})
    before = (plan_letter(lesson, facts, brand),) if brand.letter_sent != "after" else ()
    return (*before, plan_letter(lesson, facts, brand, after=True))


def _refuse_late_withdrawal(lesson: Lesson, brand: Brand) -> None:
    """No build of a letter that may offer the right to withdraw, dated when withdrawing is
    no longer possible: written after the lesson, it would drop that right without a word.
    A school teaching the lesson as relationships or health education says so in
    ``rse_lesson``."""
    offered = withdrawable(brand.rse_lesson)
    if not lesson.letter.rse_withdrawal or offered is False:
        return
    # Taught as sex education, only the lesson can move; not yet said, either.
    health = ("" if offered else
              "; taught as relationships or health education, set rse_lesson: relationships "
              "(or health)")
    raise UserError(Problem(
        "dates", 0, 0, "LP155", "letter_date",
        f"the letter home ({brand.letter_date}) is dated on or after the lesson "
        f"({brand.lesson_date}), and this lesson's letter offers parents the right to "
        "withdraw their child from sex education, which it can no longer give: move the "
        f"lesson, not the letter (date it a school week before){health}"))


def letter_after_file(lesson: Lesson, brand: Brand) -> str:
    """The letter after the lesson's file name, as the plans name it: beside the letter
    home when the folder is sorted by name."""
    return class_file(lesson, brand, "letter-home-after") + ".docx"


LEARNED_LABEL = "What the class learned today"
IF_TOLD_LABEL = "If your child tells you something:"
TIPS_LABEL = "Helpful tips at home:"
HELP_LABEL = "Where to get help:"


def _letter_body(lesson: Lesson, brand: Brand, after: bool, tight: bool) -> list[Block]:
    """What the letter says between its greeting and where to get help. Before the lesson:
    what it will cover and tips for home. After it: what the class learned, questions to ask
    at home, and what to do if the child tells them something."""
    letter = lesson.letter
    visit = visiting.letter_sentence(lesson, brand, taught=after)
    if not after:
        # The school's RSE policy, where its file gives it, makes the letter's RSE choice.
        paragraphs = [p.replace(FILL_IN_QUESTIONS, school_contact(brand) or FILL_IN_QUESTIONS)
                      .replace(FILL_IN_POLICY, brand.rse_policy_url.strip() or FILL_IN_POLICY)
                      for p in settle_rse(letter.paragraphs, brand.rse_lesson,
                                         lesson.audience)]
        # Who teaches it ends the first paragraph (what the lesson is), not a paragraph of
        # its own: the letter and its reply slip stay on one page.
        split = [p.partition(f"\n{TICK_LEAD}") for p in paragraphs]
        body: list[Block] = [Paragraph(f"{p} {visit}".strip() if n == 0 else p)
                             for n, (p, _lead, _ticks) in enumerate(split)]
        if letter.rules:  # under the paragraph that leads into them
            body.insert(2, BulletList(tuple(letter.rules), whole_items=True))
        # The part of RSHE still to tick: its lines a paragraph of their own under the one
        # they end, kept whole (run on from its last sentence, they read as its words).
        for text, lead, ticks in split:
            if lead:
                at = next(k for k, b in enumerate(body)
                          if isinstance(b, Paragraph) and b.text.startswith(text))
                body.insert(at + 1, Paragraph(lead.lstrip("\n") + ticks, keep_lines=True))
        # The tips alone, the width of the page: questions to talk about come with the
        # letter after the lesson, when there is something to ask about (two columns of
        # both filled the page to its slip, a form more than a letter).
        return [*body, Paragraph("", label=TIPS_LABEL, keep_next=True),
                BulletList(tuple(letter.tips), whole_items=True)]
    taught = lesson.letter.after
    return [Paragraph(f"{taught.opening} {visit}".strip()),
            SideBySide((LEARNED_LABEL, tuple(taught.learned)),
                       ("Questions to ask at home", tuple(taught.conversation_starters)),
                       tight=tight),
            # The steps one a line under their bold label: a parent finds them again the day
            # it matters. Not a second panel: the help box is the letter's one box.
            Paragraph("\n".join(taught.if_told), label=IF_TOLD_LABEL, keep_lines=True)]


# Where parents read the school's RSHE policy, as the lesson files write it (the brand's
# ``rse_policy_url`` in its place).
FILL_IN_POLICY = "[where to read it]"


def school_contact(brand: Brand) -> str:
    """"01632 960 500": the school office's phone from the brand (else its email), which
    answers a parent's questions when the letter names no one else; "" when it gives neither
    (the letter keeps its fill-in). One of them: both, the paragraph took a line the reply
    slip's margin needs, and the letterhead above gives both."""
    return contact_text.unbroken(brand.phone.strip()) or brand.email.strip()


def plan_letter(lesson: Lesson, facts: FactsFile, brand: Brand, *,
                after: bool = False) -> DocPlan:
    """The letter home: sent before the lesson (what it will cover, a slip to see the
    materials first), or ``after`` it (what the class learned, questions for home, what to do
    if a child tells, a slip for questions). The help and signatory are the same in both."""
    # Sent after the lesson alone, it goes out on the letter's date; with the one before, on
    # the lesson's day (the letter's date is the first one's).
    # Undated by the school, the one before goes out two school weeks ahead of the lesson
    # (the day the plan says to send it by): dated so, as a letter that names its lesson's day.
    dated = brand.lesson_date if after and brand.letter_sent != "after" else (
        brand.letter_date or ("" if after else letter_by(brand.lesson_date)))
    name, role = signatory(lesson, brand)
    # Both letters list the crisis lines in the help box, where a parent looks for help at
    # night: the one after names them in what the class learned too, without numbers.
    helps, own = letter_services(lesson, facts, brand, crisis=True)
    visit = visiting.letter_sentence(lesson, brand, taught=after)
    blocks: list[Block] = [
        # The letter's own date in the letterhead (a headteacher's letter goes out dated):
        # alone above the heading, it read as a form's field.
        # Undated, the letter's date is a yellow field like its lesson date and reply-by
        # day: the checklist sends the teacher to "every yellow field", and a ruled line
        # among them was the blank the office missed.
        letterhead(brand, dated or LETTER_DATE_FIELD),
        Heading(f"{'After y' if after else 'Y'}our child's online safety lesson: "
                f"{_lower_first(lesson.topic_title)}", 1),
        # When the lesson is and whose class, under the subject: apart from the letter's own
        # date above (the letter never named the class).
        *_lesson_line(lesson, brand, dated, after),
        # A line's space under the lesson and class (the greeting ran on
        # from them).
        Paragraph("Dear parent or carer,", space_before=4),
        *_letter_body(lesson, brand, after, tight=own),
        # The school's own people first, then the services, one a line, under one label:
        # a quiet box (pale, a hairline bar, the label its one bold run), under the letter's
        # message rather than louder than it.
        Paragraph(" ".join(filter(None, (dsl_sentence(brand), out_of_hours(lesson, brand))))
                  + f"\n{helps}", label=HELP_LABEL, panel=True, quiet=True),
        # Sent after the lesson, no invitation to a workshop already held.
        *(workshop_invitation(brand, lesson.audience, dated if after else "")
          if not after or _still_to_come(brand.parents_session_date, dated) else []),
        # Every letter offers itself in another form: families with English as an
        # additional language or low literacy are the ones a dense letter loses, and a
        # safeguarding message that does not reach them does not protect their child.
        Paragraph(other_formats(brand)),
        Paragraph("Yours sincerely,", keep_next=True),
        # A letter's signature space: room to sign above a short line, the name and role
        # under it, one paragraph (with no line it read as a form's end, the name floating
        # under a gap; a paragraph for the line took the room the slip's air needs).
        Paragraph(f"{SIGN_LINE}\n{name}\n{role_line(role, brand)}", space_before=SIGN_SPACE),
    ]
    if brand.reply_slip:
        blocks += [*reply_slip(lesson, brand, after),
                   # A signature, as a school's reply slips ask for: the parent's to sign.
                   WriteOnLine("Signed (parent or carer):", lead=("Child's name and class:", ""))]
    # The school's letter (its letterhead, its signatory). A visiting trainer is named in its
    # first paragraph, so no credit at the page foot: there it printed under the reply slip,
    # was cut off with it and returned, and took the lines the slip's margin needs.
    return DocPlan(letter_after_file(lesson, brand) if after
                   else class_file(lesson, brand, "letter-home") + ".docx", "letter",
                   item_files.meta(lesson, brand, "letter home after the lesson" if after
                                   else "letter home", schools=True),
                   title="", subtitle="", header="",
                   footer="" if visit else delivered_credit(brand, "Lesson"),
                   blocks=tuple(blocks), furniture=False)


def _lesson_line(lesson: Lesson, brand: Brand, dated: str, after: bool) -> list[Block]:
    """"Lesson date: …" (and the class, where the letter names one) under the heading; none
    on a letter after the lesson dated on the lesson's day with no class to name: its
    letterhead's date already says the day, and the repeated line took the room above the
    reply slip that the fullest letters need."""
    line = date_and_class("Lesson date:", lesson.audience, brand, class_line=not brand.named,
                          fields=not brand.named, date_field=True)
    said = after and dated and dated == brand.lesson_date
    if said and isinstance(line, Paragraph) and line.text == brand.lesson_date:
        return []
    return [line]


def other_formats(brand: Brand, paper: str = "letter", *, questions: bool = True) -> str:
    """The standard line offering the letter (``paper``: "invitation" on the parents'
    flyer) in another language, read aloud or explained, and answering questions, with who
    to ask (the school's phone, else its email, else the fill-in): one line on every letter,
    before and after the lesson, at every age. ``questions=False``: the offer alone, where
    the paper names who answers questions already (the flyer's team contact)."""
    asked = f"Questions, or this {paper}" if questions else f"This {paper}"
    return (f"{asked} in another language, read aloud or explained? "
            f"Ask us: {school_contact(brand) or FILL_IN_QUESTIONS}.")


def _still_to_come(event: str, letter_date: str) -> bool:
    """Whether ``event`` ("Thursday 21 January 2027, 3.30pm") is on or after the letter's
    date; True when either is not a full date (the letter then keeps the invitation)."""
    when, sent = lesson_day(event.split(",")[0]), lesson_day(letter_date)
    return when is None or sent is None or when >= sent
