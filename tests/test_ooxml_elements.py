"""lessonpack's faster element classes and parts (render/ooxml) give what python-pptx's and
python-docx's own code gives, on every element of our templates; they reach only the packages
lessonpack opens, and the libraries' classes are left as published."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import docx.oxml.xmlchemy
import pptx.oxml.xmlchemy
import pytest
from docx.enum.section import WD_HEADER_FOOTER
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.document import CT_Body
from docx.oxml.ns import qn
from docx.oxml.text.parfmt import CT_PPr
from lxml import etree
from pptx import Presentation
from pptx.oxml.presentation import CT_SlideIdList
from pptx.oxml.shapes.groupshape import CT_GroupShape
from pptx.oxml.shapes.shared import BaseShapeElement
from pptx.parts.image import Image, ImagePart
from pptx.shapes.placeholder import _BaseSlidePlaceholder

from lessonpack.render.ooxml import docx_elements, elements, slides
from lessonpack.render.ooxml.parts import KnownImagePart
from lessonpack.render.ooxml.placeholders import find_ph, layout_placeholder, placeholders

TEMPLATES = [Path("templates/deck.pptx"), Path("tests/fixtures/templates/deck-libreoffice.pptx"),
             Path("examples/templates/brightpath-training/deck.pptx")]
LIBRARY_PH = BaseShapeElement.ph.fget  # type: ignore[attr-defined]


def _ours(path: Path) -> object:
    return elements.open_presentation(path.read_bytes())


def _parts(prs: object) -> list[object]:
    return [*prs.slide_layouts, *prs.slide_masters, *prs.slides]  # type: ignore[attr-defined]


def test_packages_lessonpack_opens_have_its_classes_and_others_do_not() -> None:
    ours, theirs = _ours(TEMPLATES[0]), Presentation(str(TEMPLATES[0]))
    tree = ours.slide_layouts[0].shapes._spTree  # type: ignore[attr-defined]
    assert type(tree).__module__ == elements.__name__ and isinstance(tree, CT_GroupShape)
    assert type(theirs.slide_layouts[0].shapes._spTree) is CT_GroupShape
    # Nothing of the libraries was replaced.
    assert BaseShapeElement.__dict__["ph"].fget.__module__ == "pptx.oxml.shapes.shared"
    assert CT_GroupShape.__dict__["max_shape_id"].fget.__module__ == \
        "pptx.oxml.shapes.groupshape"
    assert ImagePart.__dict__["_px_size"].fget.__module__ == "pptx.parts.image"
    assert docx.oxml.xmlchemy.BaseOxmlElement.first_child_found_in.__module__ == \
        "docx.oxml.xmlchemy"
    assert pptx.oxml.xmlchemy.BaseOxmlElement.first_child_found_in.__module__ == \
        "pptx.oxml.xmlchemy"


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: p.parent.name)
def test_same_bytes_as_the_library_opens_and_saves(path: Path) -> None:
    def saved(prs: object) -> list[bytes]:
        return [p.blob for p in prs.part.package.iter_parts()]  # type: ignore[attr-defined]

    assert saved(_ours(path)) == saved(Presentation(str(path)))


def test_new_slide_is_the_library_s_add_slide() -> None:
    ours, theirs = _ours(TEMPLATES[0]), Presentation(str(TEMPLATES[0]))
    for n in (0, 3, 3, 5):
        slides.new_slide(ours, ours.slide_layouts[n])  # type: ignore[attr-defined]
        theirs.slides.add_slide(theirs.slide_layouts[n])
    out_ours, out_theirs = io.BytesIO(), io.BytesIO()
    ours.save(out_ours)  # type: ignore[attr-defined]
    theirs.save(out_theirs)
    assert [p.blob for p in ours.part.package.iter_parts()] == \
        [p.blob for p in theirs.part.package.iter_parts()]  # type: ignore[attr-defined]


def test_ph_matches_python_pptx() -> None:
    checked = 0
    for path in TEMPLATES:
        for part in _parts(_ours(path)):
            for element in part.shapes._spTree.iterchildren():  # type: ignore[attr-defined]
                if isinstance(element, BaseShapeElement):
                    assert element.ph is LIBRARY_PH(element)
                    assert type(element).ph is not BaseShapeElement.ph
                    checked += 1
    assert checked > 50


@pytest.mark.parametrize("ids", [[], [256], [256, 257, 300], [1000, 256], [2147483647],
                                 [256, 2147483647, 258]])
def test_next_slide_id_matches_python_pptx(ids: list[int]) -> None:
    from lxml import etree

    xml = ('<p:sldIdLst xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"'
           ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
           + "".join(f'<p:sldId id="{i}" r:id="rId{n}"/>' for n, i in enumerate(ids, 2))
           + "</p:sldIdLst>")
    id_list = etree.fromstring(xml, elements.PPTX_PARSER)
    assert isinstance(id_list, CT_SlideIdList) and type(id_list) is not CT_SlideIdList
    assert id_list._next_id == CT_SlideIdList._next_id.fget(id_list)  # type: ignore[attr-defined]


def test_max_shape_id_matches_python_pptx() -> None:
    checked = 0
    for path in TEMPLATES:
        for part in _parts(_ours(path)):
            tree = part.shapes._spTree  # type: ignore[attr-defined]
            assert tree.max_shape_id == CT_GroupShape.max_shape_id.fget(tree)  # type: ignore[attr-defined]
            checked += 1
    assert checked > 10


def test_find_ph_matches_elementpath() -> None:
    from pptx.oxml.ns import qn

    path = f"./*/{qn('p:nvPr')}/{qn('p:ph')}"
    checked = 0
    for template in TEMPLATES:
        for part in _parts(Presentation(str(template))):
            for element in part.shapes._spTree.iterchildren():  # type: ignore[attr-defined]
                assert find_ph(element) is element.find(path)
                checked += 1
    assert checked > 50


def test_layout_placeholder_matches_python_pptx_and_sees_changes() -> None:
    library = _BaseSlidePlaceholder._base_placeholder.fget  # type: ignore[attr-defined]
    checked = 0
    for path in TEMPLATES:
        for slide in _ours(path).slides:  # type: ignore[attr-defined]
            for ph in placeholders(slide):
                for _ in range(2):  # found, then remembered
                    mine, theirs = layout_placeholder(ph), library(ph)
                    assert (mine is None) == (theirs is None)
                    if mine is not None:
                        assert mine._element is theirs._element
                        assert type(mine) is type(theirs)
                        checked += 1
    assert checked > 20
    # A remembered layout placeholder that leaves its layout is not given again.
    prs = _ours(TEMPLATES[0])
    ph = next(p for s in prs.slides for p in placeholders(s)  # type: ignore[attr-defined]
              if library(p) is not None)
    base = layout_placeholder(ph)._element
    base.getparent().remove(base)
    after, mine = library(ph), layout_placeholder(ph)
    assert (mine is None and after is None) or mine._element is after._element


def test_image_size_and_dpi_match_python_pptx() -> None:
    from PIL import Image as PILImage

    from lessonpack.content.picture_library import builtin_library, picture_bytes

    blobs = [picture_bytes(p) for p in list(builtin_library().pictures.values())[:5]]
    for size, dpi in (((40, 20), (150, 150)), ((7, 9), None)):
        out = io.BytesIO()
        PILImage.new("RGB", size).save(out, "PNG", **({"dpi": dpi} if dpi else {}))
        blobs.append(out.getvalue())
    prs = Presentation()
    for blob in blobs:
        theirs = ImagePart.new(prs.part.package, Image.from_blob(blob))
        ours = KnownImagePart(theirs.partname, theirs.content_type, prs.part.package, blob)
        for _ in range(2):  # measured, then kept
            assert ours.px_size == ours._px_size == theirs._px_size
            assert ours._dpi == theirs._dpi
            assert ours.scale(None, 914400) == theirs.scale(None, 914400)


# Successor lists the library passes (spPr's fill, a paragraph's runs, a shape's text…).
TAG_LISTS = [("a:ln", "a:effectLst", "a:scene3d", "a:sp3d", "a:extLst"),
             ("a:pPr", "a:r", "a:endParaRPr"), ("p:txBody", "p:extLst"), ("a:endParaRPr",)]


def test_first_child_found_in_matches_the_library() -> None:
    library = pptx.oxml.xmlchemy.BaseOxmlElement.first_child_found_in
    checked = found = 0
    for element in (e for part in _parts(_ours(TEMPLATES[0]))
                    for e in part._element.iter()):  # type: ignore[attr-defined]
        if not hasattr(element, "first_child_found_in"):
            continue
        if type(element).__module__ != "pptx.oxml.dml.color":
            assert type(element).first_child_found_in is not library
        more_checked, more_found = _same_children_found(element, library, TAG_LISTS)
        checked, found = checked + more_checked, found + more_found
    assert checked > 1000 and found > 20


def _same_children_found(element: object, library: object,
                         tag_lists: object) -> tuple[int, int]:
    """Asks ``element`` and the library's ``first_child_found_in`` for each list of tags,
    and the list reversed (the first *name* that has a child wins, not the first child in
    the document); the same child each time. How many were asked, and how many found."""
    checked = found = 0
    for tags in tag_lists:  # type: ignore[attr-defined]
        for names in (tags, tuple(reversed(tags))):
            expected = library(element, *names)  # type: ignore[operator]
            assert element.first_child_found_in(*names) is expected  # type: ignore[attr-defined]
            checked += 1
            found += expected is not None
    return checked, found


DOCX_TEMPLATES = [Path("templates/document.docx"),
                  Path("examples/templates/brightpath-training/document.docx")]
DOCX_TAG_LISTS = [("w:pStyle", "w:keepNext", "w:spacing", "w:ind", "w:jc", "w:rPr"),
                  ("w:rStyle", "w:b", "w:sz", "w:color"), ("w:pPr", "w:r"), ("w:sectPr",)]


def _docx_elements(path: Path) -> list[object]:
    document = docx_elements.open_document(path.read_bytes())
    return [e for part in document.part.package.iter_parts()
            if hasattr(part, "_element") for e in part._element.iter()]


def test_documents_lessonpack_opens_have_its_classes_and_others_do_not() -> None:
    ours = docx_elements.open_document(DOCX_TEMPLATES[0].read_bytes())
    theirs = docx.Document(str(DOCX_TEMPLATES[0]))
    assert isinstance(ours.element.body, CT_Body) and type(ours.element.body) is not CT_Body
    assert type(theirs.element.body) is CT_Body
    # A child made through the library's get_or_add is ours too; the library's is its own.
    assert type(ours.paragraphs[0]._p.get_or_add_pPr()).__module__ == elements.__name__
    assert type(theirs.paragraphs[0]._p.get_or_add_pPr()) is CT_PPr
    assert CT_PPr.__dict__["spacing"].fget.__module__ == "docx.oxml.xmlchemy"


@pytest.mark.parametrize("path", DOCX_TEMPLATES, ids=lambda p: p.parent.name)
def test_documents_keep_the_library_s_bytes(path: Path) -> None:
    def saved(document: object) -> list[bytes]:
        return [p.blob for p in document.part.package.iter_parts()]  # type: ignore[attr-defined]

    def edited(document: object) -> object:
        for p in document.paragraphs[:20]:  # type: ignore[attr-defined]
            p.paragraph_format.space_after = 7
            p.paragraph_format.keep_with_next = True
            p.add_run("x").bold = True
        return document

    ours = edited(docx_elements.open_document(path.read_bytes()))
    assert saved(ours) == saved(edited(docx.Document(str(path))))


def _read(getter: object, element: object) -> object:
    """What ``getter`` gives for ``element``, or the error it raises (type and message)."""
    try:
        return getter(element)  # type: ignore[operator]
    except Exception as error:  # a required attribute missing: the same error both ways
        return (type(error), str(error))


def test_docx_child_getters_and_first_child_found_in_match_the_library() -> None:
    """Each faster property reads what the library's reads: the same child element (the
    very one), the same attribute value (equal, of the same type), or the same error."""
    library = docx.oxml.xmlchemy.BaseOxmlElement.first_child_found_in
    checked = found = getters = attributes = 0
    for element in _docx_elements(DOCX_TEMPLATES[0]):
        if not hasattr(element, "first_child_found_in"):
            continue
        theirs = type(element).__mro__[1]
        assert type(element).first_child_found_in is not library
        more_checked, more_found = _same_children_found(element, library, DOCX_TAG_LISTS)
        checked, found = checked + more_checked, found + more_found
        for name, value in vars(type(element)).items():
            if not isinstance(value, property):
                continue
            mine, library_s = _read(value.fget, element), _read(getattr(theirs, name).fget,
                                                                  element)
            if isinstance(library_s, etree._Element) or library_s is None:
                assert mine is library_s, name
                getters += 1
            else:
                assert mine == library_s and type(mine) is type(library_s), name
                attributes += 1
    assert checked > 1000 and found > 50 and getters > 500 and attributes > 500


def test_section_reference_getters_match_the_library() -> None:
    """Every header and footer reference of every section, of each type, found as the
    library's XPath finds it; a type a section lacks is None in both."""
    checked = found = 0
    for path in DOCX_TEMPLATES:
        for section in docx_elements.open_document(path.read_bytes()).sections:
            sect_pr = section._sectPr
            theirs = type(sect_pr).__mro__[1]
            assert type(sect_pr).get_headerReference is not theirs.get_headerReference
            for kind in WD_HEADER_FOOTER:
                for name in ("get_headerReference", "get_footerReference"):
                    expected = getattr(theirs, name)(sect_pr, kind)
                    assert getattr(sect_pr, name)(kind) is expected
                    checked += 1
                    found += expected is not None
    assert checked >= 12 and found >= 2


def test_default_style_matches_the_library() -> None:
    """The default style of each type, as the library finds it, in both Word templates, and
    after another paragraph style is marked default too (the last one marked wins)."""
    found = 0
    for path in DOCX_TEMPLATES:
        styles = docx_elements.open_document(path.read_bytes()).styles.element
        theirs = type(styles).__mro__[1]
        assert type(styles).default_for is not theirs.default_for
        other = next(s for s in styles.iterchildren(qn("w:style"))
                     if s.get(qn("w:type")) == "paragraph" and s.get(qn("w:default")) is None)
        for marked in (None, other):
            if marked is not None:
                marked.set(qn("w:default"), "1")
            for kind in WD_STYLE_TYPE:
                expected = theirs.default_for(styles, kind)
                assert styles.default_for(kind) is expected
                found += expected is not None
        assert styles.default_for(WD_STYLE_TYPE.PARAGRAPH) is other
    assert found >= 4


def test_parts_that_name_their_root_twice_hold_ours() -> None:
    # A settings change made through python-docx's settings object reaches the saved part.
    document = docx_elements.open_document(DOCX_TEMPLATES[1].read_bytes())
    settings = document.settings.element
    assert settings is document.part._settings_part.element
    assert type(settings).__module__ == elements.__name__


def test_the_docx_speed_up_still_finds_the_library_s_generated_methods() -> None:
    """The faster classes recognise python-docx's generated child getters and makers by the
    library's own inner names (``_BaseChildElement._getter.<locals>...``). A release that
    renames them would leave every class with only ``first_child_found_in``: documents would
    still be right but the speed-up would be gone without a word. Fail loudly instead."""
    from docx.oxml.text.paragraph import CT_P
    from docx.oxml.text.run import CT_R

    from lessonpack.render.ooxml.docx_elements import _docx_faster

    assert {"pPr", "_new_pPr", "_new_r"} <= set(_docx_faster(CT_P))
    assert {"rPr", "_new_rPr", "_new_t"} <= set(_docx_faster(CT_R))
    # And the attribute readers (``_OPTIONAL_READER``, ``_REQUIRED_READER``).
    from docx.oxml.shared import CT_DecimalNumber, CT_OnOff
    from docx.oxml.text.parfmt import CT_Spacing

    assert {"val"} <= set(_docx_faster(CT_DecimalNumber)) & set(_docx_faster(CT_OnOff))
    assert {"after", "before", "line", "lineRule"} <= set(_docx_faster(CT_Spacing))


def test_documents_from_a_kept_template_share_nothing() -> None:
    """The second document opened from the same template bytes reads them from the kept
    reader; what is written into one is in neither the other nor a third, and each saves
    the bytes the library's own document saves."""
    data = DOCX_TEMPLATES[1].read_bytes()
    docx_elements._READERS.clear()
    first = docx_elements.open_document(data)
    assert len(docx_elements._READERS) == 1
    second = docx_elements.open_document(data)
    first.add_paragraph("only in the first")
    first.styles["Normal"].font.bold = True
    third = docx_elements.open_document(data)
    assert first.element is not second.element
    for document in (second, third):
        assert "only in the first" not in [p.text for p in document.paragraphs]
        assert document.styles["Normal"].font.bold is not True
        theirs = docx.Document(io.BytesIO(data))
        assert [p.blob for p in document.part.package.iter_parts()] == [
            p.blob for p in theirs.part.package.iter_parts()]
