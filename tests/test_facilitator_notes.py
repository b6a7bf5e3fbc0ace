"""The parents' facilitator notes as a presenter uses them on the night: the date and room
given, checklist items for this school's phase only, and what to hand over afterwards
(the notes were the pack's weakest document)."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from lessonpack.cli import main
from lessonpack.plan.parents.session_sheet import for_phase

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
    # The running order's spans from 3.30pm, one form at the hour: "3.54–4.00pm" above
    # "4.00–4.06pm" (it printed "3.54–4pm").
    order = [t for t in texts if re.match(r"\d+\.\d\d–\d+\.\d\d[ap]m · slide", t)]
    assert order[0].startswith("3.30–3.35pm") and order[-1].startswith("4.14–4.30pm")
    assert any(t.startswith("3.54–4.00pm") for t in order), order
    assert not [t for t in texts if re.search(r"–\d+[ap]m · slide", t)]
    assert not any("sessions:" in t for t in texts), "a phase lead left in"
    after = texts.index("After the session")
    assert "Mrs Priya Shah" in texts[after + 1] and "question-box" in texts[after + 1]
    # The letter home invites parents to the same evening, in the same words.
    letter = Document(str(next(tmp_path.rglob("*-ks1-letter-home.docx")))).element.body
    assert "Thursday 21 January 2027, 3.30pm, the school hall." in "".join(
        t.text or "" for t in letter.iter(qn("w:t")))


def test_notes_end_on_the_handover_the_quiz_answers_then_the_sources() -> None:
    """As a lesson plan: the steps, marked under the last one as the last page to print,
    then After the session and the checks; the reference notes' file holds the safe-delivery
    notes, Quiz answers, then the sources last (only checked). Each answer of the key is
    whole, but the key may break between answers (chained, it moved overleaf from a third of
    a page), and the sources' tail keeps together, so no last page holds a source alone."""
    from lessonpack.api import load
    from lessonpack.content.brand import Brand
    from lessonpack.plan.doc_tail import SOURCES_TAIL
    from lessonpack.plan.model import OWN_PAPERS, BulletList, Paragraph, StepTable
    from lessonpack.plan.parents.facilitator_notes import (
        END_OF_SESSION,
        PRINT_TO_MARK,
        PRINT_TO_RUN,
        plan_facilitator_notes,
    )
    from lessonpack.plan.parents.reference_notes import SAFE_SESSION, plan_reference_notes
    from lessonpack.plan.source_list import SOURCE_LINE_CHARS

    index = load(())
    session = next(i.item for i in index.items.values() if i.item.kind != "lesson")
    blocks = list(plan_facilitator_notes(session, index.facts, Brand()).blocks)
    texts = [getattr(b, "text", "") for b in blocks]
    after = texts.index("After the session")
    (steps,) = [i for i, b in enumerate(blocks) if isinstance(b, StepTable)]
    assert steps < after and "Quiz answers" not in texts and "Sources" not in texts
    assert any("-parents-reference-notes.docx once before the session" in t for t in texts)
    # The page to print to is the one the steps end on, named by the mark under the last
    # step, not by a number (an estimate of it was a page short in two looks of four).
    assert any(isinstance(b, Paragraph) and b.text == PRINT_TO_RUN for b in blocks[:steps])
    assert f"\u201c{END_OF_SESSION}\u201d" in PRINT_TO_RUN
    table = blocks[steps]
    assert isinstance(table, StepTable) and table.end_line == END_OF_SESSION
    # A visiting team's page one, full with its logistics, has the print line's first
    # clause alone (one line): without it the "Print to here" mark was never explained, and
    # the footer gives its page as every other look's does.
    visit = Brand(delivered_by="Northshire Online Safety Team")
    visiting = plan_facilitator_notes(session, index.facts, visit)
    said = [b for b in visiting.blocks if isinstance(b, Paragraph) and b.to_mark_page]
    assert [(b.label, b.text) for b in said] == [("To run the session, print", PRINT_TO_MARK)]
    assert PRINT_TO_MARK.startswith(f"up to the \u201c{END_OF_SESSION}\u201d line (the "
                                    "footer gives its page)")
    assert any(isinstance(b, StepTable) and b.end_line == END_OF_SESSION
               for b in visiting.blocks)
    reference = plan_reference_notes(session, index.facts, Brand())
    # Its own kind, set as a teacher's paper: what is said of a lesson's teacher notes
    # (their sections, their pages) does not reach the parents' notes unasked.
    assert reference.kind == "reference_notes" and reference.kind in OWN_PAPERS
    blocks = list(reference.blocks)
    texts = [getattr(b, "text", "") for b in blocks]
    safe, answers, sources = (texts.index(t) for t in (SAFE_SESSION, "Quiz answers", "Sources"))
    assert safe < answers < sources
    key = blocks[answers + 1:sources]
    assert len(key) == len(session.quiz)
    assert all(b.keep_lines and not b.mark for b in key)
    listed = blocks[sources + 1]
    assert isinstance(listed, BulletList) and 0 < listed.keep_tail <= len(listed.items)
    # The tail kept together makes up at least SOURCES_TAIL lines of the last page; or, at
    # the sources' 9 pt, the whole list is fewer lines and goes with the last answer.
    held = sum(-(-len(f"{label} {text}") // SOURCE_LINE_CHARS) for label, text in
               zip(listed.labels[-listed.keep_tail:], listed.items[-listed.keep_tail:],
                   strict=True))
    whole = listed.keep_tail == len(listed.items)
    assert held >= SOURCES_TAIL or whole
    assert [b.keep_next for b in key] == [False] * (len(key) - 1) + [whole]
    assert blocks[-1] is listed


def test_the_quiz_answers_give_each_answers_words_beside_its_letter() -> None:
    """A presenter reads the key without the slides: "Answer: B – Short, regular chats…"
    under the question, never the letter alone, and the letter is the one the slide shows."""
    from lessonpack.api import load
    from lessonpack.content.brand import Brand
    from lessonpack.plan.parents.reference_notes import plan_reference_notes
    from lessonpack.plan.quotes import typographic

    index = load(())
    session = next(i.item for i in index.items.values() if i.item.kind != "lesson")
    blocks = list(plan_reference_notes(session, index.facts, Brand()).blocks)
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
    steps = next(t for t in doc.tables if t.rows[0].cells[0].text == "Time")
    # The step's row: its span on the session's clock over its name ("44–54", "Questions").
    spans = [row.cells[0].text.split("\n") for row in steps.rows]
    start, end = next(span[0] for span in spans if span[-1] == "Questions").split("–")
    assert int(end) - int(start) >= 10, (start, end)
    # A row of its own, named in the time column (the "Print to here" mark under it), the last.
    spares = next(row.cells[-1].text for row in steps.rows
                  if row.cells[0].text.startswith("Spare slides"))
    from pptx import Presentation
    deck = Presentation(str(next(tmp_path.rglob("*-slides.pptx"))))
    hidden = [n for n, s in enumerate(deck.slides, 1) if s._element.get("show") == "0"]
    # Each range said is a spare question and its answer, hidden; the slide to come back to
    # is the deck's "Take home".
    said = [(int(a), int(b)) for a, b in re.findall(r"(\d+)–(\d+)", spares)]
    assert len(said) == 2 and all(a in hidden and b == a + 1 and b in hidden for a, b in said)
    back = next(n for n, s in enumerate(deck.slides, 1)
                if s.shapes.title is not None and s.shapes.title.text == "Take home")
    # One way back, as each spare's own link and notes say it, not a number as well.
    assert "click “Back to Take home” at the top of a spare to come back" in spares, spares
    assert f"type {back} and Enter" not in spares, spares


def test_the_notes_are_laid_out_as_a_lesson_plan() -> None:
    """Page one's overview (the running order), then what is printed to run the session:
    the ground rules, the disclosure box and the steps; the checks made before the evening
    after them, as a lesson plan's "Before you teach". A visiting team's notes the same."""
    from lessonpack.api import load
    from lessonpack.content.brand import Brand
    from lessonpack.plan.model import Callout, SideBySide, StepTable
    from lessonpack.plan.parents.workshop import plan_facilitator_notes

    index = load(())
    session = next(i.item for i in index.items.values() if i.item.kind != "lesson")

    def order(brand: Brand) -> list[str]:
        names = []
        for block in plan_facilitator_notes(session, index.facts, brand).blocks:
            if isinstance(block, SideBySide):
                names.append("running order")
            elif isinstance(block, Callout) and "discloses" in block.title:
                names.append("disclosure")
            elif isinstance(block, StepTable):
                names.append("steps")
            elif getattr(block, "text", "") == "Running order":
                names.append("running order")
            elif getattr(block, "text", "") in ("Safeguarding checklist", "Ground rules",
                                                "Resources"):
                names.append(block.text)
        return names

    visiting = Brand(org_name="Ashgrove Primary School",
                     delivered_by="Northshire Online Safety Team")
    assert order(Brand()) == ["running order", "Ground rules", "disclosure", "steps",
                              "Safeguarding checklist"]
    # A visiting team's page one is its logistics and the running order: the resources
    # go with the preparation, the logistics table having said who brings what.
    assert order(visiting) == ["running order", "Ground rules", "disclosure", "steps",
                               "Resources", "Safeguarding checklist"]


# What the primary version's slides never show: the teenage sextortion reports and advice,
# and Ofcom's codes (the law answer only the teenage versions give).
TEEN_ONLY = ("Annual Data and Insights Report 2024", "Child sexual extortion cases",
             "campaign to tackle", "When teens share nudes", "Internet Matters",
             "Protection of Children Codes")


def _sources_printed(phase: str) -> str:
    from lessonpack.api import load
    from lessonpack.content.brand import Brand
    from lessonpack.plan.model import BulletList
    from lessonpack.plan.parents.reference_notes import plan_reference_notes

    index = load(())
    session = next(i.item for i in index.items.values() if i.item.kind != "lesson")
    blocks = list(plan_reference_notes(session, index.facts, Brand(phase=phase)).blocks)
    listed = blocks[-1]
    assert isinstance(listed, BulletList)
    return " ".join(f"{label} {text}" for label, text in
                    zip(listed.labels, listed.items, strict=True))


def test_each_version_lists_the_sources_it_cites() -> None:
    """The primary notes listed six lines of teenage sextortion sources their slides never
    use: each version prints its own list. The all-through and secondary versions, which
    show the IWF's and NCA's sextortion figures, keep them."""
    primary = _sources_printed("primary")
    assert not [s for s in TEEN_ONLY if s in primary], primary
    # What the primary version does show stays: CEOP's tactics, the age rules, the helplines.
    for cited in ("Digital Families 2018", "TikTok LIVE", "Report Remove", "Take It Down",
                  "Keeping children safe in education", "About Childline"):
        assert cited in primary, cited
    for phase in ("all", "secondary"):
        printed = _sources_printed(phase)
        assert all(s in printed for s in TEEN_ONLY), phase


def test_a_version_cites_only_the_sessions_sources() -> None:
    """A version's list picks from the session's: one naming a source the session does not
    list is refused where it is written."""
    import pydantic

    from lessonpack.api import load

    index = load(())
    loaded = next(i for i in index.items.values() if i.item.kind != "lesson")
    data = loaded.item.model_dump(mode="json", exclude_unset=True)
    data["versions"]["primary"]["sources"] = ["S1", "S-NOT-LISTED"]
    with pytest.raises(pydantic.ValidationError) as raised:
        type(loaded.item).model_validate(data)
    error = raised.value.errors()[0]
    assert error["loc"] == ("versions", "primary", "sources", 1)
    assert "S-NOT-LISTED" in error["msg"]


def test_a_figure_a_version_shows_needs_a_source_in_its_list() -> None:
    """validate warns (LP171) when a version's own list leaves out every source of a fact
    it shows: without S1, the primary notes would print CEOP's tactics with no source."""
    from lessonpack.api import load
    from lessonpack.content.lint.figures import uncited_in_versions

    index = load(())
    loaded = next(i for i in index.items.values() if i.item.kind != "lesson")
    fact_sources = {f.id: list(f.sources) for f in index.facts.facts}
    fact_text = {f.id: f.text for f in index.facts.facts}
    assert uncited_in_versions(loaded, fact_sources, fact_text) == []
    version = loaded.item.versions["primary"]
    assert version.sources and "S1" in version.sources
    dropped = version.model_copy(update={"sources": [s for s in version.sources if s != "S1"]})
    item = loaded.item.model_copy(update={"versions": {**loaded.item.versions,
                                                       "primary": dropped}})
    found = uncited_in_versions(replace(loaded, item=item), fact_sources, fact_text)
    assert [p.code for p in found] == ["LP171"]
    assert "ceop_tactics" in found[0].message and "primary" in found[0].message


def test_the_last_two_ground_rules_stay_together() -> None:
    """The ground rules may break between rules, but never leave one rule alone over the
    next heading: the last two keep together on one page."""
    from lessonpack.api import load
    from lessonpack.content.brand import Brand
    from lessonpack.plan.model import BulletList, Heading
    from lessonpack.plan.parents.workshop import plan_facilitator_notes

    index = load(())
    session = next(i.item for i in index.items.values() if i.item.kind != "lesson")
    blocks = list(plan_facilitator_notes(session, index.facts, Brand()).blocks)
    at = next(i for i, b in enumerate(blocks)
              if isinstance(b, Heading) and b.text == "Ground rules")
    rules = blocks[at + 1]
    assert isinstance(rules, BulletList) and rules.whole_items
    assert rules.items == tuple(session.safeguarding.ground_rules)
    assert rules.keep_tail == 2


def test_page_one_says_what_to_cut_if_short_of_time_from_the_steps_and_the_deck() -> None:
    """An evening planned to its last minute had no slack. Page one lists what to cut, as a
    lesson plan does, each saving worked out from the step's minutes and each slide found
    in the deck (never typed), and what is never cut: the help slides."""
    from lessonpack.api import load
    from lessonpack.content.brand import Brand
    from lessonpack.plan.model import BulletList, Paragraph
    from lessonpack.plan.parents.parents_deck import plan_parents_deck
    from lessonpack.plan.parents.workshop import plan_facilitator_notes

    index = load(())
    session = next(i.item for i in index.items.values() if i.item.kind != "lesson")
    brand = Brand(org_name="Ashgrove Primary School", phase="primary",
                  delivered_by="Northshire Online Safety Team")
    deck = plan_parents_deck(session.for_phase("primary"), index.facts, brand)
    blocks = list(plan_facilitator_notes(session, index.facts, brand, deck).blocks)
    at = next(i for i, b in enumerate(blocks) if isinstance(b, Paragraph)
              and b.label == "If short of time, cut these:")
    # Under the running order, on page one, before what the session is.
    assert getattr(blocks[at - 2], "text", "") == "Running order"
    cuts = blocks[at + 1]
    assert isinstance(cuts, BulletList)
    numbers = {n: s for n, s in enumerate(deck.slides, 1)}
    quiz = [n for n, s in numbers.items() if s.kind == "quiz_question" and not s.hidden]
    helps = [n for n, s in numbers.items() if s.kind == "signposting"]
    part_two = next(n for n, s in numbers.items() if s.kicker == "Part 2")
    assert cuts.items == (
        f"Why children love live video (slide {part_two - 1}): skip the ice-breaker "
        "(saves 2 min).",
        f"What children do online (slide {part_two}): say it in one line (saves 3 min).",
        f"Quiz (slides {quiz[0]}\u2013{quiz[-1]}): skip it; go straight to questions "
        "(saves 1 min).",
        f"Never cut \u201cWhere to get help\u201d (slides {helps[0]}\u2013{helps[-1]}).")
    # A secondary evening keeps its figures whole: the one-line cut is the primary's own.
    secondary = plan_facilitator_notes(session, index.facts,
                                       brand.model_copy(update={"phase": "secondary"}))
    said = [b for b in secondary.blocks if isinstance(b, BulletList)
            and any(i.startswith("Never cut") for i in b.items)]
    assert said and not any("one line" in i for i in said[0].items), said


@pytest.mark.parametrize("phase", ["primary", "secondary", "all"])
def test_a_schools_own_notes_say_what_to_cut_and_its_own_childcare(phase: str) -> None:
    """A school's own session runs short too (a primary's at pick-up time, a secondary's
    with two table talks and a quiz): its page one lists the cuts as a visiting team's does.
    Its checklist gives only its own phase's arrangement for children, as its letters do,
    with the room and the two staff to write in where children come."""
    from lessonpack.api import load
    from lessonpack.content.brand import Brand
    from lessonpack.plan.model import Checklist, Paragraph
    from lessonpack.plan.parents.parents_deck import plan_parents_deck
    from lessonpack.plan.parents.workshop import plan_facilitator_notes

    index = load(())
    session = next(i.item for i in index.items.values() if i.item.kind != "lesson")
    brand = Brand(org_name="Oakfield Primary School", phase=phase)
    deck = plan_parents_deck(session.for_phase(phase), index.facts, brand)
    blocks = list(plan_facilitator_notes(session, index.facts, brand, deck).blocks)
    labels = [b.label for b in blocks if isinstance(b, Paragraph)]
    assert "If short of time, cut these:" in labels
    (checks,) = [b for b in blocks if isinstance(b, Checklist)]
    play = [i for i in checks.items if "another room" in i]
    adults = [i for i in checks.items if "adults only" in i]
    if phase == "secondary":
        assert adults and not play, checks.items
    else:
        assert play and not adults, checks.items
        assert "two staff sign each child in and out: ______ and ______" in play[0]
    assert not any("sessions:" in i for i in checks.items), checks.items
