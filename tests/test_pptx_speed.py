"""The faster placeholder lookup must agree with python-pptx's own on every shape."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation

from lessonpack.render import pptx_speed

TEMPLATES = [Path("templates/deck.pptx"),
             Path("tests/fixtures/templates/deck-libreoffice.pptx")]


def test_fast_ph_matches_python_pptx() -> None:
    checked = 0
    for path in TEMPLATES:
        prs = Presentation(str(path))
        parts = [*prs.slide_layouts, *prs.slide_masters, *prs.slides]
        for part in parts:
            for shape in part.shapes:
                element = shape._element
                assert pptx_speed.fast_ph(element) is pptx_speed.original_ph(element)
                checked += 1
    assert checked > 50
