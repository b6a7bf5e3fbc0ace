""""Check your work" shows the sort's cards where pupils sorted them from.

On four trainer's templates KS2's comment sort went from two columns of cards ("Comment
sort: the cards") to three on "Check your work" (smooth-black from three to two): the
answered cards' longer words chose the grid again, and card 3 stood in another row and
column from the one pupils had it in. The answered cards now keep the question's grid,
key and columns. Each deck is reopened and each answered card compared with its card on
the sort slide.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.slide import Slide

from lessonpack.cli import main

pytestmark = pytest.mark.integration

WILD = Path(__file__).parent / "fixtures" / "wild"
TEMPLATES = sorted(p.stem for p in WILD.glob("*.pptx"))
Box = tuple[int, int, int, int]


def _cards(slide: Slide, part: str) -> dict[int, Box]:
    return {int(m.group(1)): (sh.left, sh.top, sh.width, sh.height) for sh in slide.shapes
            if (m := re.fullmatch(rf"{part} (\d+)", sh.name))}


def _chips(slide: Slide) -> list[Box]:
    return [(sh.left, sh.top, sh.width, sh.height) for sh in slide.shapes
            if re.fullmatch(r"Sort column \d+", sh.name)]


@pytest.mark.parametrize("template", TEMPLATES)
def test_answered_cards_stand_where_their_cards_were_sorted(template: str,
                                                            tmp_path: Path) -> None:
    assert main(["build", "-a", "ks2", "-f", "pptx", "--out", str(tmp_path), "-q", "-j", "1",
                 "--template", str(WILD / f"{template}.pptx")]) == 0
    slides = list(Presentation(str(next(tmp_path.glob("*/*-slides.pptx")))).slides)
    pairs = 0
    for n, slide in enumerate(slides):
        answered = _cards(slide, "Answer card")
        if not answered:
            continue
        sorted_on = next(s for s in reversed(slides[:n])
                         if len(_cards(s, "Task card")) == len(answered))
        assert answered == _cards(sorted_on, "Task card"), (template, n + 1)
        assert _chips(slide) == _chips(sorted_on), (template, n + 1)
        pairs += 1
    assert pairs == 1  # the comment sort
