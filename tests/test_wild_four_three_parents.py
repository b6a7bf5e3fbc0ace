"""The parents' deck on a trainer's 4:3 template (Coreoz, klee2): the slides parents most
need to remember keep their words readable.

In the s29 end read (docs/reviews/2026-12-07-s29/end/end-wild.md) "If something happens"
was four narrow columns of one to three words a line ("Talk / of / self-harm?").
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from pptx.presentation import Presentation as Deck
from pptx.util import Inches

from lessonpack.cli import main

WILD = Path(__file__).parent / "fixtures" / "wild"


@pytest.fixture(scope="module", params=["coreoz-ppt-templates", "klee2-libreoffice"])
def deck(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Deck:
    out = tmp_path_factory.mktemp(request.param)
    assert main(["build", "-a", "parents", "-f", "pptx", "--out", str(out), "-q", "-j", "1",
                 "--template", str(WILD / f"{request.param}.pptx")]) == 0
    built = Presentation(str(next(out.glob("live-streaming-parents/*-slides.pptx"))))
    assert built.slide_width / built.slide_height < 1.5  # a 4:3 deck, as the template
    return built


def _titled(deck: Deck, start: str) -> list:
    return [s for s in deck.slides if s.shapes.title is not None
            and s.shapes.title.text_frame.text.startswith(start)]


def test_four_steps_go_two_by_two(deck: Deck) -> None:
    slide = _titled(deck, "If something happens")[0]
    cards = [sh for sh in slide.shapes if sh.name in {f"Step {n}" for n in (1, 2, 3, 4)}]
    assert len(cards) == 4
    # Two columns and two rows, read across then down; no arrows between columns.
    assert len({c.left for c in cards}) == 2 and len({c.top for c in cards}) == 2
    assert not [sh for sh in slide.shapes if sh.name.endswith(" arrow")]
    for n in (1, 2, 3, 4):
        words = next(sh for sh in slide.shapes if sh.name == f"Step {n} text")
        # Room for whole phrases a line: over 3 in where the columns were 1.47 in.
        assert words.width >= Inches(3), (n, words.width)
        size = words.text_frame.paragraphs[0].runs[0].font.size
        assert size is not None and size.pt >= 20, (n, size)
