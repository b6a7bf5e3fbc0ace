"""The parents' deck's notes follow the slides: what to say while tables work (the timing,
the model answer) is on the table-questions slide, and the quiz slides the session has no
time for are hidden, not skipped live."""

from __future__ import annotations

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
    quiz = [(notes, hidden) for _, notes, hidden in slides if "Tables hold up A, B or C" in notes]
    assert len(quiz) == 3
    assert [hidden for _, hidden in quiz] == [False, True, True]
    answers = next(hidden for title, _, hidden in slides if title == "Quiz answers")
    assert answers
    part = next(notes for _, notes, _ in slides if notes.count("Quiz (1 min)"))
    assert "hidden" in part


def test_the_facilitator_notes_meet_the_tables_after_their_questions(built_packs: Path) -> None:
    notes = next((built_packs / "live-streaming-parents").glob("*-facilitator-notes.docx"))
    texts = [p.text for p in Document(str(notes)).paragraphs]
    said = [i for i, t in enumerate(texts) if t.startswith(("Table discussion (", "Model answer"))]
    assert said
    for i in said:
        part = max(j for j in range(i) if texts[j].startswith("Part "))
        # After the part's talk, its scenario and its table questions, as on the slides.
        assert "Table questions" in texts[part:i], texts[i]
