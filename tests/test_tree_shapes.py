"""Shapes added to a slide's shape tree held as XML alone (a kept slide's saved bytes have
no python-pptx slide): render.ooxml.slides.tree_shapes gives python-pptx's shape collection
over the tree. An autoshape is added with the tree's next free id; a picture, which needs
the slide's part, is refused with a clear error, never an AttributeError on None."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE
from pptx.oxml import parse_xml
from pptx.oxml.ns import qn

from lessonpack.errors import InternalError
from lessonpack.render.deck_drawings import new_shape
from lessonpack.render.ooxml.slides import tree_shapes

PICTURE = Path(__file__).parents[1] / "src/lessonpack/pictures/locked.png"


def _saved_tree() -> object:
    """A slide's shape tree parsed from its saved XML, as a kept slide's is."""
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[1])
    slide.shapes.title.text = "Who can help"
    element = parse_xml(slide.part.blob)
    return element.find(f"{qn('p:cSld')}/{qn('p:spTree')}")


def test_an_autoshape_is_added_with_the_next_free_id() -> None:
    tree = _saved_tree()
    ids = [int(e.get("id")) for e in tree.iter(qn("p:cNvPr"))]
    shape = new_shape(tree_shapes(tree), MSO_SHAPE.RECTANGLE, (0, 0, 100, 100), None, "Strip")
    assert shape.shape_id == max(ids) + 1 and shape.name == "Strip"
    assert shape.element.getparent() is tree


def test_a_picture_asks_for_a_part_and_is_refused() -> None:
    with pytest.raises(InternalError, match="no part"):
        tree_shapes(_saved_tree()).add_picture(str(PICTURE), 0, 0)
