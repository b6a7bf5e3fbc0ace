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
        from pptx.oxml.shapes.groupshape import CT_GroupShape
        from pptx.parts.image import ImagePart
        from pptx.shapes.placeholder import _BaseSlidePlaceholder

        return (BaseShapeElement.ph is pptx_speed._original
                and CT_GroupShape.max_shape_id is pptx_speed._original_max_shape_id
                and ImagePart._px_size is pptx_speed._original_px_size
                and ImagePart._dpi is pptx_speed._original_dpi
                and _BaseSlidePlaceholder._base_placeholder is pptx_speed._original_base
                and docx.oxml.xmlchemy.BaseOxmlElement.first_child_found_in
                is oxml_speed.ORIGINAL_DOCX_FIND
                and pptx.oxml.xmlchemy.BaseOxmlElement.first_child_found_in
                is oxml_speed.ORIGINAL_PPTX_FIND)

    index = api.load()
    plan = plan_pack(index.items["live-streaming-ks2"].item, index.facts, DEFAULT_BRAND)
    assert published()
    api.render_pack(plan, api.Look.of(DEFAULT_BRAND))
    assert published()
    with applied:
        assert BaseShapeElement.ph is not pptx_speed._original
        with applied:  # nested (or another thread's render): still in place
            pass
        assert BaseShapeElement.ph is not pptx_speed._original
    assert published()


def _decks() -> list[object]:
    return [Presentation(str(path)) for path in
            [*TEMPLATES, Path("examples/templates/brightpath-training/deck.pptx")]]


def test_find_ph_matches_elementpath() -> None:
    from pptx.oxml.ns import qn

    path = f"./*/{qn('p:nvPr')}/{qn('p:ph')}"
    checked = 0
    for prs in _decks():
        for part in [*prs.slide_layouts, *prs.slide_masters, *prs.slides]:  # type: ignore[attr-defined]
            for element in part.shapes._spTree.iterchildren():
                assert pptx_speed.find_ph(element) is element.find(path)
                checked += 1
    assert checked > 50


def test_fast_base_placeholder_matches_python_pptx_and_sees_changes() -> None:
    checked = 0
    for prs in _decks():
        for slide in prs.slides:  # type: ignore[attr-defined]
            for ph in slide.placeholders:
                for _ in range(2):  # found, then remembered
                    mine = pptx_speed.fast_base_placeholder(ph)
                    theirs = pptx_speed._original_base.fget(ph)
                    assert (mine is None) == (theirs is None)
                    if mine is not None:
                        assert mine._element is theirs._element
                        assert type(mine) is type(theirs)
                        checked += 1
    assert checked > 20
    # A remembered layout placeholder that leaves its layout is not given again.
    prs = Presentation(str(TEMPLATES[0]))
    slide = next(s for s in prs.slides if any(
        pptx_speed._original_base.fget(ph) is not None for ph in s.placeholders))
    ph = next(p for p in slide.placeholders if pptx_speed._original_base.fget(p) is not None)
    base = pptx_speed.fast_base_placeholder(ph)._element
    base.getparent().remove(base)
    after = pptx_speed._original_base.fget(ph)
    mine = pptx_speed.fast_base_placeholder(ph)
    assert (mine is None and after is None) or mine._element is after._element


def test_fast_max_shape_id_matches_python_pptx() -> None:
    from pptx.oxml.shapes.groupshape import CT_GroupShape

    original = pptx_speed._original_max_shape_id.fget  # type: ignore[attr-defined]
    checked = 0
    for prs in _decks():
        for part in [*prs.slide_layouts, *prs.slide_masters, *prs.slides]:  # type: ignore[attr-defined]
            tree = part.shapes._spTree
            assert isinstance(tree, CT_GroupShape)
            assert pptx_speed.fast_max_shape_id(tree) == original(tree)
            checked += 1
    assert checked > 10


def test_image_size_and_dpi_match_python_pptx() -> None:
    import io

    from PIL import Image as PILImage
    from pptx.parts.image import ImagePart

    from lessonpack.content.picture_library import builtin_library, picture_bytes

    blobs = [picture_bytes(p) for p in list(builtin_library().pictures.values())[:5]]
    for size, dpi in (((40, 20), (150, 150)), ((7, 9), None)):
        out = io.BytesIO()
        PILImage.new("RGB", size).save(out, "PNG", **({"dpi": dpi} if dpi else {}))
        blobs.append(out.getvalue())
    prs = Presentation()
    for blob in blobs:
        part = ImagePart.new(prs.part.package, pptx_speed.Image.from_blob(blob))
        for _ in range(2):  # measured, then kept
            assert pptx_speed.fast_px_size(part) == pptx_speed._original_px_size.fget(part)  # type: ignore[attr-defined]
            assert pptx_speed.fast_dpi(part) == pptx_speed._original_dpi.fget(part)  # type: ignore[attr-defined]
