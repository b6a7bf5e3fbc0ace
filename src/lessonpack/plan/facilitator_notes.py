"""Plans the facilitator notes of the parents' and carers' workshop."""

from __future__ import annotations

from dataclasses import replace

from lessonpack.content.brand import Brand
from lessonpack.content.model import (
    FactsFile,
    ParentSession,
    QuizQuestion,
)
from lessonpack.plan import common, session_sheet, visit_logistics, visiting
from lessonpack.plan.lesson_plan import SOURCES_TAIL, quiz_key
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
from lessonpack.plan.parents_deck import spare_quiz_slides
from lessonpack.plan.parents_figures import chart_sources
from lessonpack.plan.parents_tables import at_tables
from lessonpack.plan.parents_version import version_name, version_note
from lessonpack.plan.safe_notes import safe_notes
from lessonpack.plan.safeguarding_checks import without_fill_in_check


def _quiz_key_with_spares(quiz: list[QuizQuestion], deck: DeckPlan | None) -> list[Paragraph]:
    """The quiz's answers, each spare question labelled with its hidden slides: the key
    listed three questions where the running deck shows one, and a presenter hunted for
    the other two mid-session."""
    key = quiz_key(quiz, others=False)
    for i, slides in enumerate(spare_quiz_slides(deck), 1):
        if i < len(key) and key[i].label:
            number, question = key[i].label.split(" ", 1)
            key[i] = replace(key[i], label=f"{number} Spare (slides {slides}, hidden): "
                                           f"{question}")
    return key


def _spares_list(session: ParentSession, deck: DeckPlan | None) -> list[Paragraph]:
    """Under the last Part, the spare quiz slides by number and topic and how to reach them
    and come back: said only in the first answer's speaker notes, they were found mid-session
    by typing numbers a presenter had not planned."""
    ranges = spare_quiz_slides(deck)
    if deck is None or not ranges:
        return []
    back = next((n for n, s in enumerate(deck.slides, 1)
                 if s.title == "Take home" and not s.hidden), 0)
    if not back:
        return []
    which = " and ".join(f"{r} (question {i}: {q.title or q.question})"
                         for i, (r, q) in enumerate(zip(ranges, session.quiz[1:],
                                                        strict=False), 2))
    first = int(ranges[0].split("–")[0])
    return [Paragraph(f"{which}, hidden at the end. In the show, type {first} and press Enter "
                      f"(H for the next); type {back} and Enter to come back to “Take home”. "
                      "Or unhide them before the evening (Slide Show, Hide Slide).",
                      label="Spare slides:")]


# A fifth of a page of sources at least on the last: the notes are single-spaced now, and
# the plans' eleven lines came to 18-20% of a page.
NOTES_SOURCES_TAIL = SOURCES_TAIL + 2


# Page one's line of what to print, after "pages 1 to N" (N a page field on the mark that
# ends the quiz answers: Paragraph.to_mark_page), the mark named too where the field shows
# no number yet (Word, until it updates fields: render/docx_page_ref.py).
END_OF_SESSION = "Last page"


PRINT_TO_RUN = (f"(the page marked \u201c{END_OF_SESSION}\u201d): the notes and the quiz "
                "answers. The sources follow.")


def plan_facilitator_notes(session: ParentSession, facts: FactsFile, brand: Brand,
                           deck: DeckPlan | None = None) -> DocPlan:
    """``deck``: the session's slides, for the slide numbers of each Part."""
    session = session.for_phase(brand.phase)  # the school's own phase
    sg = session.safeguarding
    # Page one as in a lesson plan: when, where and who, what it is, the running order with
    # its slides, the resources, the safeguarding checks to make first.
    slides = session_sheet.part_slides(session, deck)
    order = SideBySide(("Running order", session_sheet.running_order(session, deck, brand)),
                       ("Resources", session_sheet.resources(session, brand)),
                       # Single-spaced, as a plan's page one: the notes keep to eight pages.
                       tight=True)
    checklist: list[Block] = [
        Heading("Safeguarding checklist", 2),
        Paragraph(f"Agree the session with {brand.safeguarding_lead} first.", keep_next=True),
        Checklist((*without_fill_in_check(session_sheet.for_phase(sg.checks, brand.phase)),
                   *visiting.handover_check(session, brand)),
                  # On one page, heading and all: the checks are signed and dated as one
                  # record (split, the first two sat under page one's foot, the rest overleaf).
                  whole=True)]
    # Whole, on one page: steps someone acts on at once are not read across a page turn.
    disclosure = Callout("If a parent or carer discloses a concern",
                         visiting.disclosure(session, brand, sg.disclosure), "safeguarding",
                         whole=True, numbered=True)
    # The box straight after the checks, the safety notes (they may run overleaf) after it:
    # after the notes, the box moved whole overleaf and left the primary notes' page two a
    # seventh empty, and the notes took an eighth page for the end of their sources.
    # The ground rules may break between rules (each whole, the first with the heading):
    # kept as one unit they went overleaf and left page two a sixth or a fifth empty. The
    # last two stay together: one rule alone over the next heading read as a stray line.
    rules: list[Block] = [Heading("Ground rules", 2),
                          BulletList(tuple(sg.ground_rules), whole_items=True, keep_tail=2),
                          Heading("Delivering this session safely", 2),
                          BulletList(safe_notes(session, brand, sg.notes))]
    # A visiting team's page one opens with the visit's logistics table: the running order
    # (kept whole) no longer fits under it and left a third of the page blank. There the
    # checks made before the evening come first, breaking between checks to fill the page,
    # then the running order, then the disclosure box ahead of the notes that may run on
    # (after them, it moved whole overleaf and left page three half blank).
    first: list[Block] = [*checklist, order, disclosure, *rules] if common.visitor(brand) \
        else [order, *checklist, disclosure, *rules]
    blocks: list[Block] = [
        *visit_logistics.session_logistics(session, brand),
        *session_sheet.details(brand),
        # The last page may hold only sources (twenty-odd organisations): the page to
        # print to, found where the notes are laid out. Not in a visiting team's notes:
        # their page one is full, and a line more moved the running order to page three.
        *(() if common.visitor(brand) else (
            Paragraph(PRINT_TO_RUN, label="To run the session, print", to_mark_page=True),)),
        Paragraph(session.summary),
        *((Paragraph(note, label="Version:"),) if (note := version_note(session, brand))
          else ()),
        *first,
        # The objectives are on slide 3, read aloud in the welcome, and page one's summary
        # says them: a list of them here cost the notes a ninth page.
    ]
    for n, section in enumerate(session.sections, 1):
        # What is said while tables work (their timing, the model answer) follows the
        # scenario and its questions, as the facilitator meets them on the slides: read the
        # story, ask, then compare with the answer.
        talk, tables = at_tables(section.notes) if section.discussion else (section.notes, "")
        answers = common.script(tables)
        where = f", {session_sheet.slides_label(slides[n - 1])}" if slides else ""
        blocks += [Heading(f"Part {n}: {section.title} ({section.minutes} min{where})", 2),
                   *common.script(talk)]
        for chart in section.charts:
            # A second chart's own script (its framing), then where its figures come from.
            blocks += [*(common.script(chart.notes) if chart.notes else ()),
                       Paragraph(chart_sources(chart, facts), "note")]
        if section.scenario:
            # Named in bold at the start of the story, not in a heading of its own: a
            # heading holds its first lines, and a seven-line story held whole under it
            # moved overleaf twice and left pages four and six a sixth empty (notes: nine
            # pages, the issue asks eight).
            blocks += [Paragraph(section.scenario.story,
                                 label=f"Scenario: {section.scenario.character}.")]
        if section.discussion:
            # May break between questions (each whole): kept together, three questions went
            # overleaf with their heading and left page five a sixth empty.
            blocks += [Heading("Table questions", 3),
                       BulletList(tuple(section.discussion), whole_items=True)]
        blocks += answers
    blocks += _spares_list(session, deck)  # under the last Part, where the quiz is asked
    # The quiz is run from its slides, which show every option: the key gives the answer
    # and what to say about it (the wrong options too left the notes' last page holding
    # only the end of the sources).
    # The handover after the session, then the quiz's answers, then the sources last, as in
    # the lesson plans: the answers are used in the session, the sources only checked, so
    # they need not be printed. Each answer is kept whole, under its heading, but the key
    # may break between answers: kept together, heading and all, it moved overleaf from a
    # third of a page and the all-through notes ended on a ninth page of sources. The
    # sources' last lines keep together too, so no last page holds a source or two alone.
    key = _quiz_key_with_spares(session.quiz, deck)
    # The last answer ends on the mark page one names as the last page to print.
    marked = [replace(p, keep_lines=True, mark=END_OF_SESSION if n == len(key) else "")
              for n, p in enumerate(key, 1)]
    sign_in = session.visit.sign_in if session.visit is not None else None
    blocks += [*session_sheet.after_session(brand, sign_in), Heading("Quiz answers", 2),
               *marked,
               *common.sources_section(session, facts, NOTES_SOURCES_TAIL)]
    return DocPlan(common.file_stem(session, "facilitator-notes") + ".docx",
                   "facilitator_notes",
                   common.meta(session, brand, "facilitator notes"),
                   title=session.title,
                   subtitle=" · ".join(filter(None, (
                       "Facilitator notes for a parents' and carers' workshop",
                       version_name(session, brand.phase)))),
                   header="Facilitator notes",  # the organisation is at the header's left
                   footer=common.script_footer(session, brand),
                   blocks=common.without_source_codes(tuple(blocks), facts),
                   # Single-spaced as a lesson plan: at 1.05 the notes ran a fifth of a
                   # page onto a ninth (default, Riverside) with a few sources alone there.
                   single_spaced=True)
