"""Plans the facilitator notes of the parents' and carers' workshop."""

from __future__ import annotations

from lessonpack.content.brand import Brand
from lessonpack.content.model import (
    FactsFile,
    ParentSession,
)
from lessonpack.plan import (
    footers,
    item_files,
    named_people,
    source_codes,
    visit_logistics,
    visiting,
)
from lessonpack.plan.deck.spare import back_words
from lessonpack.plan.lesson_steps import END_OF_TEACHING, GROUND_RULES
from lessonpack.plan.model import (
    Block,
    BulletList,
    Callout,
    Checklist,
    DeckPlan,
    DocPlan,
    Heading,
    Paragraph,
    SideBySide,
)
from lessonpack.plan.parents import session_sheet, session_steps
from lessonpack.plan.parents.parents_deck import spare_quiz_slides, welcome
from lessonpack.plan.parents.parents_version import version_name, version_note
from lessonpack.plan.parents.reference_notes import REFERENCE_FILE, REFERENCE_NAME
from lessonpack.plan.parents.short_of_time import short_of_time
from lessonpack.plan.safeguarding_checks import without_fill_in_check


def _spares_list(session: ParentSession, deck: DeckPlan | None) -> list[Paragraph]:
    """Under the last Part, the spare quiz slides by number and topic and how to reach them
    and come back: said only in the first answer's speaker notes, they were found mid-session
    by typing numbers a presenter had not planned."""
    spares = spare_quiz_slides(deck)
    if deck is None or not spares:
        return []
    # The slide the spares link back to, as the deck's planner marked it on each of them.
    back = deck.slides[spares[0][0] - 1].back_to
    if not back:
        return []
    which = " and ".join(f"{asked}–{answer} (question {i}: {q.title or q.question})"
                         for i, ((asked, answer), q) in enumerate(
                             zip(spares, session.quiz[1:], strict=False), 2))
    first = spares[0][0]
    # One way back, the one each spare shows at its top and says in its notes (typing the
    # number back as well left the presenter with two to choose between).
    link = back_words(deck.slides[back - 1].title)
    return [Paragraph(f"{which}, hidden at the end. In the show, type {first} and press Enter "
                      f"(H for the next); click “{link}” at the top of a spare to come back. "
                      "Or unhide them before the session (Slide Show, Hide Slide).",
                      label="Spare slides:")]


# Page one's line of what to print (Paragraph.to_mark_page): up to the mark under the last
# step; the footer gives its page as a field Word works out as it lays the pages
# (render/docx_page_ref.py). As the lesson plans say it.
END_OF_SESSION = END_OF_TEACHING
PRINT_TO_RUN = (f"up to the \u201c{END_OF_SESSION}\u201d line (the footer gives its page): "
                "this overview, the ground rules, the disclosure steps and the steps. The rest "
                "prepares the session: print it once, for the DSL to sign the checklist.")


def reference_pointer(session: ParentSession) -> str:
    """Which file to read once before the session, and what it holds."""
    return (f"Read {item_files.file_stem(session, REFERENCE_FILE)}.docx once before the "
            "session. It says how to deliver it safely, then gives the quiz answers and the "
            "sources.")
# A visiting team's page one, full with its logistics: the first clause alone.
PRINT_TO_MARK = f"up to the \u201c{END_OF_SESSION}\u201d line (the footer gives its page)."


def _overview(session: ParentSession, brand: Brand, deck: DeckPlan | None) -> list[Block]:
    """Page one, as a lesson plan's: when, where and who (a visiting team's logistics
    first), the pages to print, what the session is and which version, the running order
    with its slides beside the resources. (The "Fill in first" box goes under it:
    plan/fill_in_first.) No objectives: slide 3 shows them and the summary says them."""
    about = _about(session, brand)
    order = SideBySide(("Running order", session_sheet.running_order(session, deck, brand)),
                       ("Resources", session_sheet.resources(session, brand)), tight=True)
    if named_people.visitor(brand):
        # The running order a list across the page: beside the resources, the two made
        # one table row too tall for what the logistics leave of page one, and
        # LibreOffice moved it whole overleaf, leaving a quarter of page one empty. The
        # resources go with the preparation (_before): the logistics table already says
        # who brings what. The print line short, on one line: page one has no more room,
        # and without it the "Last page" mark was never explained.
        # What to cut if the evening runs short under the running order, where what the
        # session is was: that goes with the preparation (_before), read before the
        # evening, not run from.
        return [*visit_logistics.session_logistics(session, brand),
                *session_sheet.details(brand),
                Paragraph(PRINT_TO_MARK, label="To run the session, print", to_mark_page=True),
                Heading("Running order", 3),
                BulletList(session_sheet.running_order(session, deck, brand),
                           whole_items=True, compact=True),
                *short_of_time(session, deck)]
    return [*visit_logistics.session_logistics(session, brand), *session_sheet.details(brand),
            Paragraph(PRINT_TO_RUN, label="To run the session, print", to_mark_page=True),
            # A school's own page one has room for the reference notes' line (a visiting
            # team's, full with its logistics, has it with the preparation): at the end it
            # ran the default notes onto a seventh page of two lines.
            Paragraph(reference_pointer(session), label=f"{REFERENCE_NAME}:"),
            *about, order,
            # Every session can run short (a school's at pick-up time, or with two table
            # talks and a quiz), so every version says what to cut, as the plans do.
            *short_of_time(session, deck)]


def _about(session: ParentSession, brand: Brand) -> list[Block]:
    """What the session is, and which version."""
    note = version_note(session, brand)
    return [Paragraph(session.summary), *((Paragraph(note, label="Version:"),) if note else ())]


def _in_the_room(session: ParentSession, brand: Brand) -> list[Block]:
    """Printed with the steps, before them: the ground rules agreed in the welcome and the
    disclosure steps, whole (acted on at once, never read across a page turn). The rules
    may break between rules, but the last two stay together: one rule alone over the next
    heading read as a stray line."""
    sg = session.safeguarding
    return [Heading(GROUND_RULES, 2),
            BulletList(tuple(sg.ground_rules), whole_items=True, keep_tail=2),
            Callout("If a parent or carer discloses a concern",
                    visiting.disclosure(session, brand, sg.disclosure), "safeguarding",
                    whole=True, numbered=True)]


def _steps(session: ParentSession, brand: Brand, deck: DeckPlan | None) -> list[Block]:
    """The session step by step, in the lesson plans' table: the welcome, then each Part
    with its slides, the spare quiz slides under the last Part, where the quiz is asked."""
    slides = session_sheet.part_slides(session, deck)
    opening = session_sheet.opening_slides(deck, slides[0] if slides else None)
    table = session_steps.step_table(session, welcome(brand), slides, opening,
                                     last=_spares_list(session, deck))
    return [Heading(session_steps.CAPTION, 2), table]


# A visiting team's "what the session is", with the preparation.
ABOUT = "About the session"


def _before(session: ParentSession, brand: Brand) -> list[Block]:
    """What is done and read before the session, after the steps as in a lesson plan: a
    visiting team's summary and resources (page one has no room for them), the checks,
    signed and dated as one record (whole), and where the reference notes are."""
    sg = session.safeguarding
    resources: list[Block] = ([Heading(ABOUT, 2), *_about(session, brand),
                               Heading("Resources", 2),
                               BulletList(session_sheet.resources(session, brand))]
                              if named_people.visitor(brand) else [])
    return [
        *resources,
        Heading("Safeguarding checklist", 2),
        Paragraph(f"Agree the session with {brand.safeguarding_lead} first.", keep_next=True),
        Checklist((*(visiting.pack_owner(visiting.school_policy(c, brand), brand)
                     for c in without_fill_in_check(
                       session_sheet.for_phase(sg.checks, brand.phase))),
                   *visiting.handover_check(session, brand)), whole=True),
        # How to deliver it safely, the quiz answers and the sources are read once: the
        # reference notes' file (plan/parents/reference_notes), named here on a visiting
        # team's notes (a school's own name it on page one).
        *((Paragraph(reference_pointer(session), label=f"{REFERENCE_NAME}:"),)
          if named_people.visitor(brand) else ()),
    ]


def plan_facilitator_notes(session: ParentSession, facts: FactsFile, brand: Brand,
                           deck: DeckPlan | None = None) -> DocPlan:
    """``deck``: the session's slides, for the slide numbers of each Part.

    Laid out as a lesson plan: page one's overview, then what is printed to run the session
    (the ground rules, the disclosure steps and the steps), then the handover and what
    prepares it; the quiz answers and sources are the reference notes' file."""
    session = session.for_phase(brand.phase)  # the school's own phase
    sign_in = session.visit.sign_in if session.visit is not None else None
    blocks: list[Block] = [
        *_overview(session, brand, deck), *_in_the_room(session, brand),
        *_steps(session, brand, deck),
        *session_sheet.after_session(brand, sign_in), *_before(session, brand)]
    return DocPlan(item_files.file_stem(session, "facilitator-notes") + ".docx",
                   "facilitator_notes",
                   item_files.meta(session, brand, "facilitator notes"),
                   title=session.title,
                   subtitle=" · ".join(filter(None, (
                       "Facilitator notes for a parents' and carers' workshop",
                       version_name(session, brand.phase)))),
                   header="Facilitator notes",  # the organisation is at the header's left
                   footer=footers.script_footer(session, brand),
                   footer_shorter=footers.script_footer_shorter(session, brand),
                   blocks=source_codes.without_source_codes(tuple(blocks), facts),
                   single_spaced=True)
