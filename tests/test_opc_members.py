"""Our member-by-member serialisation of a package must be what the library's own save
writes, .rels files included: for every file of a built pack, a trainer's template and ours."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from pptx import Presentation

from lessonpack.io.opc_members import package_members

TEMPLATES = [Path("templates/deck.pptx"), Path("templates/document.docx"),
             Path("examples/templates/brightpath-training/deck.pptx"),
             Path("examples/templates/brightpath-training/document.docx")]


def _library_members(document: object) -> dict[str, bytes]:
    out = io.BytesIO()
    document.save(out)  # type: ignore[attr-defined]
    with zipfile.ZipFile(out) as z:
        return {name: z.read(name) for name in z.namelist()}


def _open(path: Path) -> object:
    return Presentation(str(path)) if path.suffix == ".pptx" else docx.Document(str(path))


def test_same_members_as_the_libraries_save(built_packs: Path) -> None:
    files = [*TEMPLATES, *sorted(built_packs.rglob("*.pptx")), *sorted(built_packs.rglob("*.docx"))]
    assert len(files) > 15
    rels = 0
    for path in files:
        document = _open(path)
        ours = package_members(document.part.package)  # type: ignore[attr-defined]
        theirs = _library_members(document)
        assert ours == theirs, path
        rels += sum(name.endswith(".rels") for name in ours)
    assert rels > 200


@pytest.mark.parametrize("external", [False, True])
def test_external_links_keep_their_target(tmp_path: Path, external: bool) -> None:
    document = docx.Document("templates/document.docx")
    part = document.part
    if external:
        part.relate_to("https://www.childline.org.uk/?a=1&b=<2>", "http://schemas."
                       "openxmlformats.org/officeDocument/2006/relationships/hyperlink",
                       is_external=True)
    assert package_members(part.package) == _library_members(document)


def test_deck_external_link_keeps_its_target() -> None:
    """A deck's .rels are built from the relationships' own fields: an external link keeps
    its target and mode, an internal one its part's relative name, as the library writes."""
    deck = Presentation("templates/deck.pptx")
    part = deck.slides.add_slide(deck.slide_layouts[6]).part
    part.relate_to("https://www.childline.org.uk/?a=1&b=<2>", "http://schemas."
                   "openxmlformats.org/officeDocument/2006/relationships/hyperlink",
                   is_external=True)
    ours = package_members(part.package)
    assert ours == _library_members(deck)
    assert any(b"TargetMode=\"External\"" in blob for name, blob in ours.items()
               if name.endswith(".rels"))


@pytest.mark.parametrize("path", TEMPLATES[:2], ids=lambda p: p.suffix)
def test_content_types_follow_the_parts(path: Path) -> None:
    """[Content_Types].xml is kept by the parts' names and content types: a package with a
    part more (a picture, of a type its template has none of) gets its own, and the
    template's own is still the library's after it."""
    from lessonpack.io import opc_members

    picture = sorted(Path("src/lessonpack/pictures").rglob("*.png"))[0]
    opc_members._CONTENT_TYPES.clear()
    plain, with_picture = _open(path), _open(path)
    if path.suffix == ".pptx":
        slide = with_picture.slides.add_slide(with_picture.slide_layouts[6])  # type: ignore[attr-defined]
        slide.shapes.add_picture(str(picture), 0, 0)
    else:
        with_picture.add_picture(str(picture))  # type: ignore[attr-defined]
    for document in (plain, with_picture, plain):
        ours = package_members(document.part.package)  # type: ignore[attr-defined]
        assert ours["[Content_Types].xml"] == _library_members(document)["[Content_Types].xml"]
    assert len(opc_members._CONTENT_TYPES) == 2
    types = [package_members(d.part.package)["[Content_Types].xml"]  # type: ignore[attr-defined]
             for d in (plain, with_picture)]
    assert b"image/png" not in types[0] and b"image/png" in types[1]



def test_pptx_parts_walk_as_the_library(built_packs: Path) -> None:
    """The parts a deck is saved and recoloured from: the same parts, in the same order, as
    the library's ``iter_parts`` (the order is the zip's and [Content_Types].xml's)."""
    from lessonpack.io.opc_members import pptx_parts

    paths = [*(p for p in TEMPLATES if p.suffix == ".pptx"), *sorted(built_packs.rglob("*.pptx"))]
    assert len(paths) > 4
    for path in paths:
        package = Presentation(str(path)).part.package
        ours, theirs = pptx_parts(package), tuple(package.iter_parts())
        assert len(ours) > 20, path
        assert [id(p) for p in ours] == [id(p) for p in theirs], path
