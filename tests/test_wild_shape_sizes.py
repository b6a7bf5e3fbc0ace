"""No shape with a zero or negative size on a template too small for what a slide holds.

On the small-area template (tests/built_decks.small_area_template) KS2's task and answer
cards, the idea cards' pictures and the "thinking" picture were drawn less than nothing
high or wide: a file PowerPoint calls damaged and repairs.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from pptx.oxml.ns import qn

from built_decks import small_area_template
from lessonpack.cli import main
from lessonpack.render.deck_extents import no_empty_extents

pytestmark = pytest.mark.integration

_OWN = ("p:spPr/a:xfrm/a:ext", "p:grpSpPr/a:xfrm/a:ext", "p:xfrm/a:ext")
_NS = {"a": "http://schemas.openxmlformats.org/drawingml/2006/main",
       "p": "http://schemas.openxmlformats.org/presentationml/2006/main"}


def _sizes(slide: object) -> list[tuple[str, int, int]]:
    found = []
    tree = slide.shapes.element  # type: ignore[attr-defined]
    for shape in tree.iter(qn("p:sp"), qn("p:pic"), qn("p:grpSp"), qn("p:graphicFrame")):
        ext = next((e for path in _OWN if (e := shape.find(path, _NS)) is not None), None)
        if ext is not None and shape is not tree:
            name = shape.find(f".//{qn('p:cNvPr')}").get("name")
            found.append((name, int(ext.get("cx")), int(ext.get("cy"))))
    return found


def test_every_shape_on_a_small_area_template_has_a_size(tmp_path: Path) -> None:
    assert main(["build", "-a", "ks2", "-f", "pptx", "--out", str(tmp_path / "out"), "-q",
                 "-j", "1", "--template", str(small_area_template(tmp_path))]) == 0
    deck = Presentation(str(next((tmp_path / "out").rglob("*-slides.pptx"))))
    empty = [(n, name, cx, cy) for n, slide in enumerate(deck.slides, 1)
             for name, cx, cy in _sizes(slide) if cx <= 0 or cy <= 0]
    assert not empty, empty
    # The words of a squeezed box are kept (they overflow, and the build warns).
    assert any(name == "Answer card 2 text" for slide in deck.slides
               for name, _cx, _cy in _sizes(slide))


def test_a_shape_without_words_and_no_room_is_left_out() -> None:
    deck = Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[6])
    panel = slide.shapes.add_shape(1, 0, 0, 100, 100)
    # python-pptx refuses a negative size; a drawing's arithmetic wrote one in the XML.
    panel._element.find(_OWN[0], _NS).set("cy", "-5")
    words = slide.shapes.add_textbox(0, 0, 100, 100)
    words.text_frame.text = "Stop, Tell, Save, Report."
    words.height = 0
    assert no_empty_extents(slide) == 2
    assert [(name, cx, cy) for name, cx, cy in _sizes(slide)] == [(words.name, 100, 1)]
