"""Plans the teacher notes: what a teacher reads once before the lesson and never teaches
from, in a file of its own beside the lesson plan.

The plan printed 9 to 11 pages when its last four held the key words, misconceptions,
differentiation, where to get help, curriculum links, the answer key and the sources; a
teacher printing it to teach from printed them too. Here they are one short document, and the
lesson plan keeps what is used in the room and what the DSL checks: page one, the ground
rules, the disclosure steps, the steps, the resources and the safeguarding checklist.
"""

from __future__ import annotations

from lessonpack.content.brand import Brand
from lessonpack.content.model import Audience, FactsFile, Lesson
from lessonpack.plan import counts_and_lists, footers, help_signposts, item_files, source_list
from lessonpack.plan.answer_key import answer_key
from lessonpack.plan.class_line import year_label
from lessonpack.plan.doc_tail import SOURCES_TAIL, with_sources_last
from lessonpack.plan.model import Block, BulletList, DocPlan, Heading, Paragraph
from lessonpack.plan.safe_notes import safe_notes
from lessonpack.plan.school_classes import class_file
from lessonpack.plan.visitor_asides import without_visitor_asides

# The file's name after the pack's folder, as every list of the pack's files gives it.
NOTES_FILE = "teacher-notes"
# What the notes call themselves on their cover, and the lesson plan names them so.
NOTES_NAME = "Teacher notes"
# The notes' first section: the lesson's safe-delivery notes in full (distancing, no blame,
# families, EAL, pupils more at risk). The plan keeps the checklist the DSL signs.
SAFE_TEACHING = "Teaching it safely"
# The notes' sources in points: over the 9 pt reference size, as the notes' last page has the
# room (at 9 pt KS3's sources took a last page of their own, a third used). KS2's keep 9 pt:
# its key holds the year routes' sorts, and a Year 6 class's notes end on a full last page
# even at 9 pt (at 10 they took a fifth page).
SOURCES_PT = 10.5
# What the notes are, said first: a teacher who opens them in the lesson looks in the plan.
NOTES_INTRO = ("Read these notes once before the lesson; they are not needed in the room. "
               "The lesson plan holds what you teach from, the safeguarding checklist and "
               "what to do if a child discloses.")


def plan_teacher_notes(lesson: Lesson, facts: FactsFile, brand: Brand) -> DocPlan:
    """The lesson's teacher notes: how to teach it safely, the key words and misconceptions
    to listen for, support and stretch, where adults get help, the curriculum links, the
    answer key (read while marking) and, last, the sources (read only to check a fact)."""
    blocks = [Paragraph(NOTES_INTRO, "note"),
              Heading(SAFE_TEACHING, 2),
              BulletList(safe_notes(lesson, brand, lesson.safeguarding.notes), whole_items=True),
              *_key_words(lesson), *_misconceptions(lesson),
              *_after(lesson, facts, brand),
              *with_sources_last(answer_key(lesson, brand),
                                 source_list.sources_section(
                                     lesson, facts, SOURCES_TAIL,
                                     0.0 if lesson.audience is Audience.KS2 else SOURCES_PT))]
    return DocPlan(class_file(lesson, brand, NOTES_FILE) + ".docx", "teacher_notes",
                   item_files.meta(lesson, brand, "teacher notes"),
                   title=lesson.title,
                   subtitle=f"{NOTES_NAME} · {year_label(lesson.audience, brand)} · "
                   "to read before the lesson",
                   header=f"{lesson.audience.value.upper()} teacher notes",
                   footer=footers.script_footer(lesson, brand),
                   footer_shorter=footers.script_footer_shorter(lesson, brand),
                   single_spaced=True,
                   blocks=without_visitor_asides(tuple(blocks), brand, facts))


def _key_words(lesson: Lesson) -> list[Block]:
    """The key words, named: their meanings are on the slides, read aloud in the starter
    (said again here, they took a third of a page)."""
    return [Heading("Key words", 2),
            Paragraph(f"{' · '.join(k.term for k in lesson.keywords)}. Their meanings are on "
                      "the slides, read aloud in the starter.")]


def _misconceptions(lesson: Lesson) -> list[Block]:
    """The misconceptions to listen for: a table of those the starter's statements do not
    answer, and a line naming the statements that answer the rest (their reasons are in the
    answer key; tabled again, each was said twice in the plan). With no table, the line
    stands alone: "Listen for …", not "Listen too for …"."""
    rest = [m for m in lesson.misconceptions if m.statement is None]
    answered = sorted({m.statement for m in lesson.misconceptions if m.statement is not None})
    blocks: list[Block] = [Heading("Common misconceptions", 2)]
    # A paragraph each, the belief run in: in a two-column table each took five lines.
    blocks += [Paragraph(m.correction, label=f"Pupils may think: {m.belief.rstrip('.')}. "
                         "Correction:") for m in rest]
    if answered:
        numbers = counts_and_lists.and_list([str(n) for n in answered])
        noun = "statements" if len(answered) > 1 else "statement"
        also = " too" if rest else ""
        blocks.append(Paragraph(f"Listen{also} for the wrong answers to the starter's {noun} "
                                f"{numbers} (the answer key says why)."))
    return blocks


def _after(lesson: Lesson, facts: FactsFile, brand: Brand) -> list[Block]:
    return [
        *_differentiation(lesson),
        # A line or two a service, its name run in and its contact after what it is for: in
        # three narrow columns each took three lines (a KS4 plan's eight, most of a page).
        Heading("Where to get help", 2),
        *(Paragraph(f"{s.blurb.rstrip('.')}. {s.contact}", label=f"{s.name}:")
          for s in help_signposts.adult_signposts(lesson, facts, brand)),
        # A paragraph a framework, its name run in: as a table, the names wrapped to three
        # lines in a narrow first column and the links took half a page.
        Heading("Curriculum links", 2),
        *(Paragraph(c.detail, label=f"{c.framework}:") for c in lesson.curriculum_links),
    ]


def _differentiation(lesson: Lesson) -> list[Block]:
    """Support, stretch and SEND as one compact block: a bold label and its lines run on in
    one paragraph each. Under headings of their own, one bulleted line an idea, they took
    half a page, and a teacher reads them once, the day before, not in the lesson."""
    diff = lesson.differentiation
    return [Heading("Differentiation", 2),
            *(Paragraph(" ".join(lines), label=f"{label}:")
              for label, lines in (("Support", diff.support), ("Stretch", diff.stretch),
                                   ("SEND", diff.send)) if lines)]
