"""Content clear of the footer band: cards, help cards, streams and grown text in our own
layouts end at least 0.2 in above it (help cards, streams and big-idea
text ended 0.05 in above the band and read as sliding off the slide)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pptx.shapes.base import BaseShape
from pptx.util import Inches

from built_decks import slides_file

CLEAR = Inches(0.2)
AUDIENCES = ("ks1", "ks2", "ks3", "ks4", "parents")


def _shapes(shapes: object) -> Iterator[BaseShape]:
    for shape in shapes:  # type: ignore[attr-defined]
        if shape.shape_type == MSO_SHAPE_TYPE.GROUP:
            yield from _shapes(shape.shapes)
        else:
            yield shape


def _footer_top(slide: object) -> int:
    """The top of the master's footer band (the shape named so in templates/deck.pptx)."""
    master = slide.slide_layout.slide_master  # type: ignore[attr-defined]
    return next(int(s.top) for s in master.shapes if s.name == "Footer band")


@pytest.mark.parametrize("audience", AUDIENCES)
def test_content_ends_clear_of_the_footer(built_packs: Path, audience: str) -> None:
    path = built_packs / f"live-streaming-{audience}" / slides_file(audience)
    slides = list(Presentation(str(path)).slides)
    checked: set[str] = set()
    for number, slide in enumerate(slides, 1):
        band = _footer_top(slide)
        # KS4's seven-step timeline too (kinds/timeline/drawing.py keeps the gap).
        for shape in _shapes(slide.shapes):
            if shape.top is None or shape.top >= band:
                continue  # the footer's own text
            bottom = int(shape.top) + int(shape.height)
            assert bottom <= band - CLEAR, (audience, number, shape.name,
                                            (band - bottom) / Inches(1))
            checked.add(shape.name.rstrip("0123456789 "))
    # The slides the designer named are among those measured (found by shape name).
    assert "Help card" in checked
