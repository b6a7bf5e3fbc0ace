"""A visiting team's parents' evening: the sign-in sheet and the feedback form, one page
each, in the team's own papers' look.

A council team reports who came and what families thought of every evening it runs; with
nothing in the pack, the trainer made their own sheet each time. The sign-in asks only a
name, the child's class if the family wishes, and a tick for being contacted again (with an
email only beside a tick), and says in plain words what happens to the sheet. The feedback
form needs no name. A school running its own evening has its own ways: neither is built.
"""

from __future__ import annotations

from lessonpack.content.brand import Brand
from lessonpack.content.model import ParentSession
from lessonpack.plan import common, visiting
from lessonpack.plan.letter_dates import session_day
from lessonpack.plan.model import (
    Block,
    Callout,
    CutLine,
    DocPlan,
    Heading,
    PageBreak,
    Paragraph,
    Table,
    WritingLines,
)

# Rows to sign on: the rest of the page at a handwriting line each, under the notice
# (read before signing, so it comes first).
SIGN_IN_ROWS = 13
# The feedback form's questions with a tick-box answer each, and the one to write in.
FEEDBACK_TICKS = (
    ("How useful was tonight?", ("Very useful", "Quite useful", "Not very useful")),
    ("How confident do you feel about talking with your child about live streaming?",
     ("More confident than before", "About the same", "Less confident")),
    ("Do you know what to do if something worrying happens online?",
     ("Yes", "Partly", "Not yet: please ask us before you go")),
)
FEEDBACK_WRITE = "What one thing would you change, or like us to cover another time?"


def _team(brand: Brand) -> str:
    """"The Northshire Online Safety Team" at a sentence's start."""
    said = visiting.from_visitor(brand)
    return said[:1].upper() + said[1:]


def _sign_in(brand: Brand) -> list[Block]:
    team, contact = _team(brand), visiting.team_contact(brand, trainers_own=False)
    school = brand.named or "the school"
    return [
        Paragraph("Please sign in as you arrive: your name is enough.", style="lead"),
        Callout("What happens to this sheet", (
            f"{team} counts who came, for its record of tonight's workshop at {school}.",
            "We contact you only if you tick, and only about sessions like this one for "
            "families. Not ticking changes nothing about tonight.",
            "The team keeps the sheet securely, shares it with no one else and destroys it "
            "when it is no longer needed, as its privacy notice says.",
            f"Changed your mind, or want your details removed? Tell {team[:1].lower()}"
            f"{team[1:]}{f': {contact}' if contact else ''}."), whole=True),
        Table(("Your name", "Your child's class (optional)",
               "Email (only if you tick)", "Contact me"),
              tuple(("", "", "", "") for _ in range(SIGN_IN_ROWS)),
              widths=(3, 2.2, 3.2, 1), row_lines=1, tick_columns=1),
    ]


def _ticks(answers: tuple[str, ...]) -> str:
    """"☐ Yes   ☐ Partly   ☐ No": a question's answers on one line."""
    return "   ".join(f"\u2610 {a}" for a in answers)


def _feedback(brand: Brand) -> list[Block]:
    """One feedback form: its heading, what to do with it, the questions."""
    trainer = visiting.trainer(brand) or "the trainer"
    blocks: list[Block] = [
        Heading("Your views on tonight", 2),
        Paragraph(f"No name needed. Leave this on your chair or hand it to {trainer} as you "
                  "go: it helps us make the next evening better."),
    ]
    for number, (question, answers) in enumerate(FEEDBACK_TICKS, 1):
        blocks += [Paragraph(question, label=f"{number}.", keep_next=True),
                   Paragraph(_ticks(answers))]
    blocks += [Paragraph(FEEDBACK_WRITE, label=f"{len(FEEDBACK_TICKS) + 1}.",
                         keep_next=True), WritingLines(3)]
    return blocks


def plan_sign_in(session: ParentSession, brand: Brand) -> DocPlan | None:
    """The sign-in sheet (page one) and the feedback form (page two, two to a page) of a
    visiting team's evening; None for a school's own session."""
    if not common.visitor(brand):
        return None
    when = session_day(brand.parents_session_date) or brand.parents_session_date
    school = brand.named or "the school"
    subtitle = " · ".join(filter(None, ("Parents' and carers' workshop", school, when)))
    # Two forms a page, cut apart: one a family without a half-empty page each.
    blocks = [*_sign_in(brand), PageBreak(), *_feedback(brand),
              CutLine("Cut here: two forms a page"), *_feedback(brand)]
    return DocPlan(common.file_stem(session, "sign-in") + ".docx", "handover",
                   common.meta(session, brand, "sign-in and feedback"),
                   title=f"Sign in: {session.topic_title}", subtitle=subtitle,
                   header="Sign-in and feedback",
                   footer=common.doc_footer(session, brand), blocks=tuple(blocks),
                   single_spaced=True)
