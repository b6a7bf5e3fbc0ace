"""A quiz reveal's reason grows into the height its answers leave on a widescreen template.

On a Google Slides export (10 x 5.625 in, scaled to 13.33 x 7.5) the strip under the
answers was sized while the answers' panels held the area, then moved up under them when
they were cut to their words' height: "The person using tricks is to blame..." sat at 18 pt,
the smallest text on the slide, over an empty band. The strip now grows into that band, up
to what the reason needs at the look's body size, but at most REASON_MORE (4 pt) over the
answers (the reason, the reveal's teaching point, may be set a little larger than they are),
still clear of the panels above it.

Answers one a row (KS4 on every widescreen template) took the height at 22-24 pt in rows
sized for a 0.55 in letter, and every reason sat at 18 pt with room to spare on the slide
(FireRed, Google, ONLYOFFICE, hexagons, German). The rows now trade: a cap on the answers'
size and rows as short as their words (a smaller letter) where that sets the smaller of the
answers and the reason larger, so a reason reads at the answers' size or near it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from lessonpack.cli import main
from lessonpack.render.deck_options import REASON_MORE

TEMPLATE = Path("tests/fixtures/wild/google-slides-export.pptx")


def _sizes(shape: object) -> set[float]:
    return {r.font.size.pt for p in shape.text_frame.paragraphs  # type: ignore[attr-defined]
            for r in p.runs if r.font.size is not None}


def test_reasons_grow_into_the_room_under_their_answers(tmp_path: Path) -> None:
    code = main(["build", "-k", "ks2", "-f", "pptx", "-q", "-j", "1",
                 "--out", str(tmp_path), "--template", str(TEMPLATE)])
    assert code == 0
    for key in ("ks2",):
        deck = Presentation(str(tmp_path / f"live-streaming-{key}"
                                / f"live-streaming-{key}-slides.pptx"))
        reveals, large = 0, 0
        for number, slide in enumerate(deck.slides, 1):
            shapes = {sh.name: sh for sh in slide.shapes}
            if "Answer explanation" not in shapes:
                continue
            reveals += 1
            reason = shapes["Answer explanation"]
            (size,) = _sizes(reason)
            words = [shapes[f"Answer {letter}"] for letter in "ABC" if f"Answer {letter}" in shapes]
            answers = max(pt for sh in words for pt in _sizes(sh))
            assert 18 <= size <= answers + REASON_MORE, (key, number, size, answers)
            large += size >= 22
            panel = shapes["Answer explanation panel"]
            lowest = max(sh.top + sh.height for name, sh in shapes.items()
                         if name.startswith("Answer ") and name.endswith(" panel")
                         and name != "Answer explanation panel")
            assert lowest <= panel.top, (key, number)
            assert panel.top + panel.height <= deck.slide_height
        assert reveals >= 3, key
        # Two of the three reveals have their answers cut to their words and room under them.
        assert large >= 2, key


@pytest.mark.parametrize("template", ["google-slides-export", "lo-cft-fire-red"])
def test_answers_one_a_row_give_their_reason_room(tmp_path: Path, template: str) -> None:
    """KS4's reasons (every one at 18 pt before) at 22 pt or more and at most 2 pt under
    their answers, the rows clear of the strip, the strip on the slide, and the question's
    rows where the reveal's are."""
    code = main(["build", "-k", "ks4", "-f", "pptx", "-q", "-j", "1", "--out", str(tmp_path),
                 "--template", str(TEMPLATE.parent / f"{template}.pptx")])
    assert code == 0
    deck = Presentation(str(tmp_path / "live-streaming-ks4" / "live-streaming-ks4-slides.pptx"))
    slides = list(deck.slides)
    reveals = 0
    for number, slide in enumerate(slides, 1):
        shapes = {sh.name: sh for sh in slide.shapes}
        if "Answer explanation" not in shapes:
            continue
        reveals += 1
        (size,) = _sizes(shapes["Answer explanation"])
        answers = min(pt for letter in "ABC" for pt in _sizes(shapes[f"Answer {letter}"]))
        assert size >= 22 and size >= answers - 2, (number, size, answers)
        panel = shapes["Answer explanation panel"]
        rows = [shapes[f"Answer {letter} panel"] for letter in "ABC"]
        assert max(r.top + r.height for r in rows) <= panel.top, number
        assert panel.top + panel.height <= deck.slide_height, number
        before = {sh.name: sh for sh in slides[number - 2].shapes}
        assert [(r.top, r.height) for r in rows] == [
            (before[f"Answer {letter} panel"].top, before[f"Answer {letter} panel"].height)
            for letter in "ABC"], number
    assert reveals >= 4
