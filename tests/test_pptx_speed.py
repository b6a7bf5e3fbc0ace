"""The faster placeholder lookup must agree with python-pptx's own on every shape."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from lessonpack.content.brand import DEFAULT_BRAND
from lessonpack.plan.pack import plan_pack
from lessonpack.render.ooxml import pptx_speed

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


@pytest.mark.parametrize("ids", [[], [256], [256, 257, 300], [1000, 256], [2147483647],
                                 [256, 2147483647, 258]])
def test_fast_next_id_matches_python_pptx(ids: list[int]) -> None:
    from pptx.oxml import parse_xml

    xml = ('<p:sldIdLst xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"'
           ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
           + "".join(f'<p:sldId id="{i}" r:id="rId{n}"/>' for n, i in enumerate(ids, 2))
           + "</p:sldIdLst>")
    id_list = parse_xml(xml)
    assert pptx_speed.fast_next_id(id_list) == pptx_speed._original_next_id.fget(id_list)


def test_speedups_are_in_place_only_while_lessonpack_renders() -> None:
    """A program using python-pptx or python-docx beside lessonpack gets them as published:
    importing or running the renderers leaves the libraries' own methods in place."""
    import docx.oxml.xmlchemy
    import pptx.oxml.xmlchemy
    from pptx.oxml.shapes.shared import BaseShapeElement

    from lessonpack import api
    from lessonpack.render.ooxml import oxml_speed
    from lessonpack.render.ooxml.speedups import applied

    def published() -> bool:
        return (BaseShapeElement.ph is pptx_speed._original
                and docx.oxml.xmlchemy.BaseOxmlElement.first_child_found_in
                is oxml_speed.ORIGINAL_DOCX_FIND
                and pptx.oxml.xmlchemy.BaseOxmlElement.first_child_found_in
                is oxml_speed.ORIGINAL_PPTX_FIND)

    index = api.load()
    plan = plan_pack(index.items["live-streaming-ks2"].item, index.facts, DEFAULT_BRAND)
    assert published()
    api.render_pack(plan, DEFAULT_BRAND)
    assert published()
    with applied:
        assert BaseShapeElement.ph is not pptx_speed._original
        with applied:  # nested (or another thread's render): still in place
            pass
        assert BaseShapeElement.ph is not pptx_speed._original
    assert published()
