"""Quiz question slides: lettered answer panels as tall as their letter and words need, the
"how to answer" strip right under them (260 px cards with a line in the
middle read as empty; the parents' quiz had no strip)."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation
from pptx.util import Inches

from built_decks import slides_file
from lessonpack.check.measure import count_lines


def _quiz_slides(built: Path, audience: str) -> list:
    path = built / f"live-streaming-{audience}" / slides_file(audience)
    return [s for s in Presentation(str(path)).slides
            if any(sh.name == "Answer A panel" for sh in s.shapes)
            and not any(sh.name == "Answer explanation" for sh in s.shapes)]


def test_word_panels_are_sized_to_their_words(built_packs: Path) -> None:
    seen = 0
    for audience in ("ks2", "ks3", "ks4", "parents"):
        for slide in _quiz_slides(built_packs, audience):
            shapes = {sh.name: sh for sh in slide.shapes}
            if "Answer A picture" in shapes:
                continue
            panel = shapes["Answer A panel"]
            strip = shapes["How to answer panel"]
            # The strip follows the panels (the last row's, answers one a row), with a gap,
            # not a band of blank slide.
            foot = max(sh.top + sh.height for name, sh in shapes.items()
                       if name.startswith("Answer ") and name.endswith(" panel"))
            assert 0 <= strip.top - foot <= Inches(0.3)
            # The panel holds its letter and its words with padding, no more.
            longest = 0.0
            for letter in "ABC":
                sh = shapes.get(f"Answer {letter}")
                if sh is None:
                    continue
                run = sh.text_frame.paragraphs[0].runs[0]
                size = run.font.size.pt
                lines = count_lines(sh.text_frame.text, run.font.name or "Arial", size,
                                    sh.width / 12700 - 14.4, True)
                longest = max(longest, lines * size * 1.2 * 12700)
            # Panels are laid out for the words at their own slide's size; the deck then sets
            # every quiz's answers at one size (render/deck_sizes: up to a fifth smaller), so
            # an evened slide's panel keeps a little more padding round its words.
            assert panel.height - longest <= Inches(2.2), (audience, panel.height, longest)
            seen += 1
    assert seen >= 12


def test_the_parents_quiz_says_how_to_answer(built_packs: Path) -> None:
    slides = _quiz_slides(built_packs, "parents")
    assert len(slides) == 3  # three questions: five minutes left for questions
    for slide in slides:
        strip = next(sh for sh in slide.shapes if sh.name == "How to answer")
        assert "A, B or C" in strip.text_frame.text
