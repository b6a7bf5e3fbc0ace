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
def test_the_hidden_extras_follow_the_quiz_and_the_deck_ends_on_help(
        look: str, request: pytest.FixtureRequest) -> None:
    """The extra questions sat hidden after the help slides, so a presenter with time to spare
    left the help slides to find them in front of parents: they follow the quiz's first answer,
    hidden (the show skips them), the deck ends on its help slides, and their notes name their
    own numbers as the deck numbers them."""
    slides = _deck(request.getfixturevalue(look))
    first_answer = next(n for n, (title, _, _) in enumerate(slides, 1)
                        if title.startswith("Answer:"))
    extras = [n for n, (_, notes, _) in enumerate(slides, 1) if notes.startswith("Hidden extra")]
    assert extras == list(range(first_answer + 1, first_answer + 5))
    assert all(slides[n - 1][2] for n in extras)
    # After them the deck runs on to its help slides, the last it shows (a hidden "Before
    # you teach" for the teacher may follow them).
    shown = [title for title, _, hidden in slides if not hidden]
    assert shown[-1].startswith("Where to get help"), shown[-1]
    others = [title for n, (title, _, hidden) in enumerate(slides, 1)
              if hidden and n not in extras]
    assert all(title.startswith("Before you teach") for title in others), others
    for n in extras:
        assert slides[n - 1][1].startswith(
            f"Hidden extra, for a session with time to spare: the show skips slides "
            f"{extras[0]}–{extras[-1]}."), slides[n - 1][1]


def test_the_facilitator_notes_meet_the_tables_after_their_questions(built_packs: Path) -> None:
    notes = next((built_packs / "live-streaming-parents").glob("*-facilitator-notes.docx"))
    texts = [p.text for p in Document(str(notes)).paragraphs]
    said = [i for i, t in enumerate(texts) if t.startswith(("Table discussion (", "Model answer"))]
    assert said
    for i in said:
        part = max(j for j in range(i) if texts[j].startswith("Part "))
        # After the part's talk, its scenario and its table questions, as on the slides.
        assert "Table questions" in texts[part:i], texts[i]
