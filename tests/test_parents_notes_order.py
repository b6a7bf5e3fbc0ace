"""The parents' deck's notes follow the slides: what to say while tables work (the timing,
the model answer) is on the table-questions slide, and the quiz slides the session has no
time for are hidden spares at the deck's end, not skipped live."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from docx import Document
from pptx import Presentation

# Built looks reached through request.getfixturevalue, which the conftest's marking
# cannot see: these build whole packs, so they stay out of the unit loop.
pytestmark = pytest.mark.integration


def _deck(root: Path) -> list[tuple[str, str, bool]]:
    deck = next((root / "live-streaming-parents").glob("*-slides.pptx"))
    return [(s.shapes.title.text_frame.text if s.shapes.title is not None else "",
             "\n".join(p.text for p in s.notes_slide.notes_text_frame.paragraphs),
             s.element.get("show") == "0")
            for s in Presentation(str(deck)).slides]


@pytest.mark.parametrize("look", ["built_packs", "brightpath_at_ashgrove"])
def test_model_answers_on_the_table_questions_slide(look: str,
                                                    request: pytest.FixtureRequest) -> None:
    slides = _deck(request.getfixturevalue(look))
    answered = [i for i, (_, notes, _) in enumerate(slides) if "Model answer" in notes]
    assert len(answered) >= 2
    for i in answered:
        title, notes, _ = slides[i]
        # The slide tables talk over (the story's beats and the questions), which the
        # scenario slide before it introduces.
        assert title.startswith("Table talk") and title.endswith("story"), title
        assert slides[i - 1][1].startswith("Read the scenario aloud")
        assert notes.index("Table discussion (") < notes.index("Model answer")


@pytest.mark.parametrize("look", ["built_packs", "brightpath_at_ashgrove"])
def test_only_the_asked_quiz_question_is_shown(look: str, request: pytest.FixtureRequest
                                               ) -> None:
    slides = _deck(request.getfixturevalue(look))
    asked = [i for i, (_, notes, _) in enumerate(slides) if "Tables hold up A, B or C" in notes]
    assert len(asked) == 3
    assert [slides[i][2] for i in asked] == [False, True, True]
    # Each question is followed by its answer, shown or hidden as the question is: the one
    # question asked must have its answer shown.
    for i in asked:
        title, _, hidden = slides[i]
        answer, notes, answer_hidden = slides[i + 1]
        assert " ".join(answer.split()) == f"Answer: {' '.join(title.split())}"
        assert answer_hidden == hidden and "Show the answer" in notes
    part = next(notes for _, notes, _ in slides if notes.count("Quiz (1 min)"))
    assert "hidden" in part


@pytest.mark.parametrize("look", ["built_packs", "brightpath_at_ashgrove"])
def test_the_spare_questions_end_the_deck_after_a_hidden_divider(
        look: str, request: pytest.FixtureRequest) -> None:
    """Hidden after the first quiz answer, the spare questions made the footer numbers the
    room sees jump (18, then 23) and the notes' ranges stop matching the screen: they end the
    deck, hidden, after a hidden "Spare slides" divider; the show ends on its help slides."""
    slides = _deck(request.getfixturevalue(look))
    shown = [n for n, (_, _, hidden) in enumerate(slides, 1) if not hidden]
    assert shown == list(range(1, len(shown) + 1))
    assert slides[shown[-1] - 1][0].startswith("Where to get help")
    divider = len(shown) + 1
    assert slides[divider - 1][0] == "Spare slides"
    spares = [n for n, (_, notes, _) in enumerate(slides, 1) if notes.startswith("Spare slide")]
    assert spares == list(range(divider + 1, divider + 5))
    # After them only the presenter's "Before you present", where the deck has fields to
    # fill or example contacts to replace.
    assert all(title.startswith("Before you present") for title, _, _ in slides[spares[-1]:])
    first_answer = next(n for n, (title, _, _) in enumerate(slides, 1)
                        if title.startswith("Answer:"))
    assert f"slides {spares[0]}–{spares[-1]}" in slides[first_answer - 1][1]
    assert slides[first_answer][0] == "Take home"


def test_the_facilitator_notes_meet_the_tables_after_their_questions(built_packs: Path) -> None:
    """In the notes' step table, each Part's model answer comes after its table questions,
    as the facilitator meets them on the slides: the story, the questions, then the answer."""
    notes = next((built_packs / "live-streaming-parents").glob("*-facilitator-notes.docx"))
    steps = next(t for t in Document(str(notes)).tables
                 if t.rows[0].cells[0].text == "Time")
    # Each paragraph of the words column with its row's name (a Part's band names itself).
    rows = [(row.cells[0].text, p.text) for row in steps.rows for p in row.cells[-1].paragraphs]
    said = [i for i, (name, _) in enumerate(rows) if name.startswith("Model answer")]
    assert said
    for i in said:
        part = max(j for j in range(i) if re.match(r"\d\. ", rows[j][0]))
        assert any(t.startswith("Table questions:") for _, t in rows[part:i]), rows[i]
