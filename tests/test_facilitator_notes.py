"""The parents' facilitator notes as a presenter uses them on the night: the date and room
given, checklist items for this school's phase only, and what to hand over afterwards
(the notes were the pack's weakest document)."""

from __future__ import annotations

import re
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn

from lessonpack.cli import main
from lessonpack.plan.session_sheet import for_phase

ROOT = Path(__file__).resolve().parent.parent
OAKFIELD = ROOT / "examples/brands/oakfield-primary"

ITEMS = ("Print the handouts.",
         "Check the helplines. Primary and all-through sessions: update the 5–7s slide.",
         "Secondary sessions: update the teenagers' slide.")


def test_phase_only_items_keep_their_words_for_that_phase_alone() -> None:
    assert for_phase(ITEMS, "primary") == (
        "Print the handouts.", "Check the helplines. Update the 5–7s slide.")
    assert for_phase(ITEMS, "secondary") == (
        "Print the handouts.", "Check the helplines.", "Update the teenagers' slide.")
    assert for_phase(ITEMS, "all") == for_phase(ITEMS, "primary")


def test_the_notes_give_the_date_room_and_handover(tmp_path: Path) -> None:
    # Oakfield's brand gives the workshop's date and room (parents_session_date, _venue).
    assert main(["build", "-a", "parents", "-k", "ks1", "--out", str(tmp_path / "out"),
                 "-q", "-f", "docx", "-j", "1", "--brand", str(OAKFIELD / "brand.yml")]) == 0
    body = Document(str(next(tmp_path.rglob("*-facilitator-notes.docx")))).element.body
    texts = ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in body.iter(qn("w:p"))]
    assert "Date and time: Thursday 21 January 2027, 3.30pm" in texts
    assert "Venue: Oakfield Primary School, the school hall" in texts
    assert not any("sessions:" in t for t in texts), "a phase lead left in"
    after = texts.index("After the session")
    assert "Mrs Priya Shah" in texts[after + 1] and "question-box" in texts[after + 1]
    # The letter home invites parents to the same evening, in the same words.
    letter = Document(str(next(tmp_path.rglob("*-ks1-letter-home.docx")))).element.body
    assert "Thursday 21 January 2027, 3.30pm, the school hall." in "".join(
        t.text or "" for t in letter.iter(qn("w:t")))


def test_notes_end_on_the_handover_the_quiz_answers_then_the_sources() -> None:
    """After the session, then Quiz answers, then the sources last, as in the lesson plans:
    the answers are used, the sources only checked. The key is kept together (each answer
    whole, each tied to the next), and the sources' tail keeps together, so no last page
    holds a source alone."""
    from lessonpack.api import load
    from lessonpack.content.brand import Brand
    from lessonpack.plan.common import SOURCE_LINE_CHARS
    from lessonpack.plan.lesson_plan import SOURCES_TAIL
    from lessonpack.plan.model import BulletList, Paragraph
    from lessonpack.plan.parents import PRINT_TO_RUN, plan_facilitator_notes

    index = load(())
    session = next(i.item for i in index.items.values() if i.item.kind != "lesson")
    blocks = list(plan_facilitator_notes(session, index.facts, Brand()).blocks)
    texts = [getattr(b, "text", "") for b in blocks]
    sources, after, answers = (texts.index(t) for t in
                               ("Sources", "After the session", "Quiz answers"))
    assert after < answers < sources
    # The page to print to is the one the sources start on (the answers end there), named
    # by its heading, not by a number.
    assert any(isinstance(b, Paragraph) and b.text == PRINT_TO_RUN for b in blocks[:answers])
    assert "\u201cSources\u201d" in PRINT_TO_RUN
    # A visiting team's page one has no line to spare: no print line.
    visit = Brand(delivered_by="Northshire Online Safety Team")
    assert not any(isinstance(b, Paragraph) and b.text == PRINT_TO_RUN
                   for b in plan_facilitator_notes(session, index.facts, visit).blocks)
    key = blocks[answers + 1:sources]
    assert len(key) == len(session.quiz)
    assert all(b.keep_lines for b in key)
    assert [b.keep_next for b in key] == [True] * (len(key) - 1) + [False]
    listed = blocks[sources + 1]
    assert isinstance(listed, BulletList) and 0 < listed.keep_tail < len(listed.items)
    # The tail kept together makes up at least SOURCES_TAIL lines of the last page.
    held = sum(-(-len(f"{label} {text}") // SOURCE_LINE_CHARS) for label, text in
               zip(listed.labels[-listed.keep_tail:], listed.items[-listed.keep_tail:],
                   strict=True))
    assert held >= SOURCES_TAIL
    assert blocks[-1] is listed


def test_the_quiz_answers_give_each_answers_words_beside_its_letter() -> None:
    """A presenter reads the key without the slides: "Answer: B – Short, regular chats…"
    under the question, never the letter alone, and the letter is the one the slide shows."""
    from lessonpack.api import load
    from lessonpack.content.brand import Brand
    from lessonpack.plan.parents import plan_facilitator_notes
    from lessonpack.plan.quotes import typographic

    index = load(())
    session = next(i.item for i in index.items.values() if i.item.kind != "lesson")
    blocks = list(plan_facilitator_notes(session, index.facts, Brand()).blocks)
    texts = [getattr(b, "text", "") for b in blocks]
    key = texts[texts.index("Quiz answers") + 1:texts.index("Sources")]
    for line, q in zip(key, session.quiz, strict=True):
        options, right = q.arranged
        assert line.startswith(f"\nAnswer: {chr(65 + right)} – {typographic(q.correct_text)}")
        assert options[right] == q.correct_text


def test_questions_have_a_slot_of_their_own_and_the_spares_are_listed(tmp_path: Path) -> None:
    """Questions are the point of the evening: a timed step of at least ten minutes, not the
    end of a seven-minute handout step. The hidden spare slides are listed by number under
    the last Part, with how to reach them and come back, not only in one slide's notes."""
    assert main(["build", "-a", "parents", "--out", str(tmp_path / "out"), "-q", "-f", "docx",
                 "-f", "pptx", "-j", "1", "--brand", str(OAKFIELD / "brand.yml")]) == 0
    doc = Document(str(next(tmp_path.rglob("*-facilitator-notes.docx"))))
    texts = [p.text for p in doc.paragraphs]
    questions = next(t for t in texts if t.startswith("Questions ("))
    minutes = int(questions.split("(")[1].split(" min")[0])
    assert minutes >= 10, questions
    spares = next(t for t in texts if t.startswith("Spare slides:"))
    from pptx import Presentation
    deck = Presentation(str(next(tmp_path.rglob("*-slides.pptx"))))
    hidden = [n for n, s in enumerate(deck.slides, 1) if s._element.get("show") == "0"]
    # Each range said is a spare question and its answer, hidden; the slide to come back to
    # is the deck's "Take home".
    said = [(int(a), int(b)) for a, b in re.findall(r"(\d+)–(\d+)", spares)]
    assert len(said) == 2 and all(a in hidden and b == a + 1 and b in hidden for a, b in said)
    back = next(n for n, s in enumerate(deck.slides, 1)
                if s.shapes.title is not None and s.shapes.title.text == "Take home")
    assert f"type {back} and Enter" in spares, spares


def test_a_visiting_teams_page_one_puts_the_checks_before_the_running_order() -> None:
    """A visiting team's notes open with the visit's logistics table, under which the running
    order (kept whole) no longer fitted: page one was a third blank. There the checklist
    (breaking between checks) comes first, then the running order, then the disclosure box
    before the ground rules and safety notes, which may run on. A school's own notes keep
    the lesson plan's order: the running order, the checks, the notes, then the box."""
    from lessonpack.api import load
    from lessonpack.content.brand import Brand
    from lessonpack.plan.model import Callout, SideBySide
    from lessonpack.plan.parents import plan_facilitator_notes

    index = load(())
    session = next(i.item for i in index.items.values() if i.item.kind != "lesson")

    def order(brand: Brand) -> list[str]:
        names = []
        for block in plan_facilitator_notes(session, index.facts, brand).blocks:
            if isinstance(block, SideBySide):
                names.append("running order")
            elif isinstance(block, Callout) and "discloses" in block.title:
                names.append("disclosure")
            elif getattr(block, "text", "") in ("Safeguarding checklist", "Ground rules"):
                names.append(block.text)
        return names

    visiting = Brand(org_name="Ashgrove Primary School",
                     delivered_by="Northshire Online Safety Team")
    assert order(visiting) == ["Safeguarding checklist", "running order", "disclosure",
                               "Ground rules"]
    assert order(Brand()) == ["running order", "Safeguarding checklist", "Ground rules",
                              "disclosure"]
