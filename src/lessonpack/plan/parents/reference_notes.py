"""Plans the parents' session's reference notes: what the presenter reads once before the
session and never runs it from, in a file of its own beside the facilitator notes.

The facilitator notes printed seven pages when their last two held how to deliver the
session safely, the quiz answers and the sources; the lesson plans' read-once reference
went to the teacher notes the same way (plan/teacher_notes). The facilitator notes keep
what is used in the room and what the DSL signs: page one, the ground rules, the disclosure
steps, the steps, after the session and the safeguarding checklist.
"""

from __future__ import annotations

from dataclasses import replace

from lessonpack.content.brand import Brand
from lessonpack.content.model import FactsFile, ParentSession, QuizQuestion
from lessonpack.plan import footers, item_files, source_codes, source_list
from lessonpack.plan.answer_key import quiz_key
from lessonpack.plan.doc_tail import SOURCES_TAIL, with_sources_last
from lessonpack.plan.model import Block, BulletList, DeckPlan, DocPlan, Heading, Paragraph
from lessonpack.plan.parents.parents_deck import spare_quiz_slides
from lessonpack.plan.parents.parents_version import version_name
from lessonpack.plan.safe_notes import safe_notes

# The file's name after the pack's folder, as every list of the pack's files gives it.
REFERENCE_FILE = "reference-notes"
REFERENCE_NAME = "Reference notes"
# The heading the deck's welcome notes point to (parents_deck.SESSION_SAFE_DELIVERY).
SAFE_SESSION = "Delivering this session safely"
# A fifth of a page of sources at least on the last: the notes are single-spaced, and the
# plans' eleven lines came to 18-20% of a page.
NOTES_SOURCES_TAIL = SOURCES_TAIL + 2
REFERENCE_INTRO = ("Read these notes once before the session; they are not needed in the "
                   "room. The facilitator notes hold what you run the session from, the "
                   "safeguarding checklist and what to do if a parent or carer discloses.")


def quiz_key_with_spares(quiz: list[QuizQuestion], deck: DeckPlan | None) -> list[Paragraph]:
    """The quiz's answers, each spare question labelled with its hidden slides: the key
    listed three questions where the running deck shows one, and a presenter hunted for
    the other two mid-session."""
    key = quiz_key(quiz, others=False)
    for i, (asked, answer) in enumerate(spare_quiz_slides(deck), 1):
        if i < len(key) and key[i].label:
            number, question = key[i].label.split(" ", 1)
            key[i] = replace(key[i], label=f"{number} Spare (slides {asked}–{answer}, "
                                           f"hidden): {question}")
    return key


def plan_reference_notes(session: ParentSession, facts: FactsFile, brand: Brand,
                         deck: DeckPlan | None = None) -> DocPlan:
    """How to deliver the session safely, the quiz answers (the quiz is run from its
    slides, which show every option and read out the reason; each answer kept whole, the
    key free to break between answers) and, last, the sources."""
    session = session.for_phase(brand.phase)  # the school's own phase
    key = [replace(p, keep_lines=True) for p in quiz_key_with_spares(session.quiz, deck)]
    blocks: list[Block] = [
        Paragraph(REFERENCE_INTRO, "note"),
        Heading(SAFE_SESSION, 2),
        BulletList(safe_notes(session, brand, session.safeguarding.notes)),
        *with_sources_last([Heading("Quiz answers", 2), *key],
                           source_list.sources_section(session, facts, NOTES_SOURCES_TAIL))]
    return DocPlan(item_files.file_stem(session, REFERENCE_FILE) + ".docx",
                   "reference_notes",
                   item_files.meta(session, brand, "reference notes"),
                   title=session.title,
                   subtitle=" · ".join(filter(None, (
                       f"{REFERENCE_NAME} for a parents' and carers' workshop",
                       version_name(session, brand.phase)))),
                   header=REFERENCE_NAME,
                   footer=footers.script_footer(session, brand),
                   footer_shorter=footers.script_footer_shorter(session, brand),
                   blocks=source_codes.without_source_codes(tuple(blocks), facts),
                   single_spaced=True)
