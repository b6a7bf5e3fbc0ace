"""A visiting team's parents' evening: the sign-in sheet, the contact slips and the feedback
form, in the team's own papers' look.

A council team reports who came and what families thought of every evening it runs; with
nothing in the pack, the trainer made their own sheet each time. For some families being at
an evening about grooming is itself private: a list left open by the door is read by everyone
who signs after. So staff hold the sheet at the door and write each name as a family
arrives, and it asks only a name and, if the family wishes, the child's class (no email). A
family who wants to hear of later sessions fills in a slip of its own and hands it to the
trainer folded. The sheet stays in school: it is the school's record of who was on site (site
safety, and following up a concern raised without a name), and the team notes only the
number. What the team does with the slips is its own policy, so the papers state it only
from the brand's ``privacy_notice``; without one they promise nothing and send families to
the trainer (the build notes ask the team for it). The feedback form needs no name. A
school running its own evening has its own ways: none is built.
"""

from __future__ import annotations

from lessonpack.content.brand import Brand
from lessonpack.content.fill_ins import pupil_name
from lessonpack.content.model import ParentSession
from lessonpack.content.parents_model import PlayRegister
from lessonpack.plan import counts_and_lists, footers, item_files, named_people, visiting
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
    WriteOnLine,
    WritingLines,
)

# Rows to sign on: the rest of page one at a handwriting line each, under the notice (read
# before signing, so it comes first). The visit brief prints the page once for each this
# many adults the reply slips count: staff write one name per adult, and a two-carer family
# takes two rows. An example file's sheet has them all: its "EXAMPLE" mark sits above the
# header, as on every other paper, and takes no line (as a line under the header, it cost
# the sheet a row).
SIGN_IN_ROWS = 16



# Children on the play room's register, a handwriting line each, under its box: the rest of
# the page. The visit brief prints it once for each this many children the reply slips count.
PLAY_ROWS = 16


# Contact slips a page, cut apart: one for each family who may want one.
SLIPS_A_PAGE = 4
SLIPS_WORD = counts_and_lists.number_word(SLIPS_A_PAGE)
# Lines to write on under the form's last question: two forms with four each fill their
# page to the footer (with three, the page's foot was left blank under the second).
FEEDBACK_LINES = 4
# The feedback form's questions with a tick-box answer each, and the one to write in.
FEEDBACK_TICKS = (
    ("How useful was tonight?", ("Very useful", "Quite useful", "Not very useful")),
    ("How confident do you feel about talking with your child about live streaming?",
     ("More confident than before", "About the same", "Less confident")),
    ("Do you know what to do if something worrying happens online?",
     # No request to stay behind: the form is anonymous and read after families have gone,
     # so the presenter asks anyone who would tick "Not yet" to come over before they leave.
     ("Yes", "Partly", "Not yet")),
)
FEEDBACK_WRITE = "What one thing would you change, or like us to cover another time?"
# The evening's two boxes, labelled for families: the question box (at the front, read that
# night by the DSL or deputy) and the sealed box by the door for the forms and contact
# slips, which goes sealed to the team. Unlabelled, "the box by the door" could be either,
# and a worry posted in the sealed box reached the DSL only days later.
SEALED_BOX_LABEL = "Contact slips and feedback forms"
SEALED_KIT = (f"a sealed slotted box labelled \u201c{SEALED_BOX_LABEL}\u201d and a "
              "tamper-evident envelope")


def print_counts(brand: Brand, register: bool = True) -> str:
    """The visit brief's printing line for this file: each page's copies from what the reply
    slips count. The sheet takes a row per adult (staff write each adult's name), so its
    pages go by the adults the slips count (the office counts them, parents_visit's
    replies row); counted per family, two-carer families filled the sheets early and names
    went on scrap paper at the door. ``register``: the file ends with the play room's
    register (a session with ``visit.sign_in``), counted by the children coming."""
    # Each page by a word of what it is: with the register's page the line ran the
    # parents' brief onto a second page.
    play = (f"; page 4 (play register) one per {PLAY_ROWS} children and a spare"
            if register else "")
    return (f"Sign-in file: page 1 one per {SIGN_IN_ROWS} adults and a spare; "
            f"page 2 (slips) one per {SLIPS_WORD} families; page 3 (feedback) one per "
            f"two{play}")


def sign_in_words(text: str, brand: Brand) -> str:
    """The sign-in file's words with the school's DSL and deputy by short name ("Mrs
    Okafor"), as the visit brief's rows say them."""
    dsl = pupil_name(named_people.dsl(brand)) or "the DSL"
    deputy = pupil_name(brand.deputy_dsl_name.strip()) or "the deputy DSL"
    return text.replace("{dsl}", dsl).replace("{deputy}", deputy)


def _register(register: PlayRegister, brand: Brand) -> list[Block]:
    """The school's register of the children in supervised play: who brought each child and
    when, who collected them and when, on the file's last page, with what the staff do as a
    child is handed back. The brief asks two staff to sign each child in and out; with no
    page for it, that record, the school's fire roll for the room, was a scrap of paper."""
    # The name and the needs widest (a full name; an allergy in a few words); the times a
    # clock time each. Seven columns across one page, sixteen children a page.
    widths = (1.9, 0.9, 1.6, 1.5, 0.7, 1.5, 0.7)[:len(register.columns)]
    return [
        PageBreak(),
        Heading(register.heading, 2),
        Paragraph(sign_in_words(register.lead, brand), style="lead"),
        Callout(register.rules_title,
                tuple(sign_in_words(r, brand) for r in register.rules), whole=True),
        Table(tuple(register.columns), tuple(("",) * len(register.columns)
                                             for _ in range(PLAY_ROWS)),
              widths=widths, row_lines=1),
    ]


def _team(brand: Brand) -> str:
    """The team at a sentence's start: "The Northshire Online Safety Team", or its name as
    the brand writes it ("Northshire Council Online Safety", "eSafety Training Ltd")."""
    said = visiting.from_visitor(brand)
    return f"The{said[3:]}" if said.startswith("the ") else said


def _kept(brand: Brand, what: str = "it") -> str:
    """How the team keeps what families write on its slips: its privacy notice where the
    brand names one; otherwise no promise, and whom to ask."""
    notice = brand.privacy_notice.strip()
    if notice:
        return (f"How the team keeps {what}, and for how long, is in its privacy notice: "
                f"{notice}.")
    asked = visiting.trainer(brand) or "the trainer"
    return f"To ask how the team keeps {what}, and for how long, speak to {asked} tonight."


def _lower(text: str) -> str:
    return text[:1].lower() + text[1:]


def _removed(brand: Brand) -> str:
    contact = visiting.team_contact(brand, trainers_own=False)
    return (f"To have your slip removed, tell "
            f"{visiting.from_visitor(brand)}{f': {contact}' if contact else ''}.")


def _ask_the_school(brand: Brand) -> str:
    """Whom a parent asks what the school keeps of the sheet: the school's office, with its
    number when the school file gives one. Not a promise to take a name off: the sheet is
    the school's record of who was on site (the fire roll), which erasure on request would
    undo, and that right is not absolute."""
    office = " ".join(brand.phone.split())
    return ("To ask what it keeps, and for how long, ask the school office"
            + (f": {office}." if office else "."))


def _sign_in(brand: Brand) -> list[Block]:
    school = brand.named or "the school"
    # The school keeps its own record of who was on site (site safety, and following up a
    # concern raised without a name); the team needs only the number, and takes away only
    # what its privacy notice covers: the contact slips.
    keeps = (f"{school[:1].upper()}{school[1:]} keeps this sheet, as its record of who was "
             f"on site tonight, under the school's privacy notice; "
             f"{visiting.from_visitor(brand)} notes only how many came.")
    return [
        # Held by staff, not left open: a family arriving late never reads who came. One
        # reader: "your name" beside "Staff hold" spoke to staff and parents at once.
        Paragraph("Staff at the door write each adult's name as they arrive.",
                  style="lead"),
        Callout("What happens to this sheet", (
            # The sheet is the school's: a parent who wants their name off it asks the
            # school. The team's notice and contact cover only its own slips, said as such.
            f"{keeps} {_ask_the_school(brand)}",
            "No email here: for later sessions, fill in a contact slip. Slips: "
            f"{_lower(_kept(brand, 'them'))} {_removed(brand)}"), whole=True),
        Table(("Name", "Child's class (optional)"),
              tuple(("", "") for _ in range(SIGN_IN_ROWS)),
              widths=(3, 2), row_lines=1),
    ]


def _slip(brand: Brand) -> list[Block]:
    """One family's contact slip: asked for by ticking, handed in folded, read by the team
    alone."""
    trainer = visiting.trainer(brand) or "the trainer"
    return [
        Heading("Hear about more sessions for families", 2),
        Paragraph(f"Only if you would like to. Fold this slip and post it in the sealed box "
                  f"by the door: only {trainer} opens it, and only "
                  f"{visiting.from_visitor(brand)} reads it. {_kept(brand)}"),
        Paragraph("\u2610 Yes, please email me about sessions like this one."),
        WriteOnLine("Your name:"),
        WriteOnLine("Email:"),
    ]


def _slips(brand: Brand) -> list[Block]:
    blocks = _slip(brand)
    for _ in range(SLIPS_A_PAGE - 1):
        blocks += [CutLine("Cut here: a slip for each family"), *_slip(brand)]
    return blocks


def _ticks(answers: tuple[str, ...]) -> str:
    """"☐ Yes   ☐ Partly   ☐ No": a question's answers on one line."""
    return "   ".join(f"\u2610 {a}" for a in answers)


def _feedback(brand: Brand) -> list[Block]:
    """One feedback form: its heading, what to do with it, the questions."""
    # Posted in the sealed box by the door, as the contact slips are (session_sheet's
    # close): the presenter collecting them at the door could not also give a private word,
    # and forms left on chairs were scattered.
    blocks: list[Block] = [
        Heading("Your views on tonight", 2),
        # One line: "as you go" is said aloud at the close, and cost the line a last word.
        Paragraph("No name needed. Post it in the sealed box by the door: it helps us make "
                  "the next evening better."),
    ]
    for number, (question, answers) in enumerate(FEEDBACK_TICKS, 1):
        blocks += [Paragraph(question, label=f"{number}.", keep_next=True),
                   Paragraph(_ticks(answers))]
    blocks += [Paragraph(FEEDBACK_WRITE, label=f"{len(FEEDBACK_TICKS) + 1}.",
                         keep_next=True), WritingLines(FEEDBACK_LINES)]
    return blocks


def plan_sign_in(session: ParentSession, brand: Brand) -> DocPlan | None:
    """The sign-in sheet (page one), the contact slips (page two) and the feedback form
    (page three, two to a page) of a visiting team's evening; None for a school's own
    session."""
    if not named_people.visitor(brand):
        return None
    when = session_day(brand.parents_session_date) or brand.parents_session_date
    subtitle = " · ".join(filter(None, ("Parents' and carers' workshop",
                                        brand.named or "the school", when)))
    # Two forms a page, cut apart: one a family without a half-empty page each.
    blocks = [*_sign_in(brand), PageBreak(), *_slips(brand), PageBreak(), *_feedback(brand),
              CutLine("Cut here: two forms a page"), *_feedback(brand),
              *(_register(session.visit.sign_in.play, brand) if session.visit else [])]
    return DocPlan(item_files.file_stem(session, "sign-in") + ".docx", "team_form",
                   item_files.meta(session, brand, "sign-in and feedback"),
                   title=f"Sign in: {session.topic_title}", subtitle=subtitle,
                   header="Sign-in and feedback",
                   footer=footers.doc_footer(session, brand), blocks=tuple(blocks),
                   single_spaced=True)
