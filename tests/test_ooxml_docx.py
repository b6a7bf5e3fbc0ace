"""render/ooxml/docx.py's accessors into python-docx's internals still reach the XML that the
public API writes through: when a python-docx upgrade moves them, this fails, not a build."""

from __future__ import annotations

import io
from pathlib import Path

import docx
from docx.oxml.ns import qn
from docx.shared import Cm
from PIL import Image

from lessonpack.render.ooxml.docx import (
    inline_xml,
    own_story_xml,
    paragraph_xml,
    run_xml,
    section_xml,
    story_xml,
)


def test_paragraph_and_run() -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("Hello")
    run = paragraph.add_run(" there")
    run.bold = True
    p = paragraph_xml(paragraph)
    assert p.tag == qn("w:p") and p.getparent() is document.element.body
    assert [t.text for t in p.iter(qn("w:t"))] == ["Hello", " there"]
    r = run_xml(run)
    assert r.getparent() is p and r.find(qn("w:rPr")).find(qn("w:b")) is not None


def test_section() -> None:
    document = docx.Document()
    section = document.sections[-1]
    section.left_margin = Cm(1)
    sect_pr = section_xml(section)
    assert sect_pr.tag == qn("w:sectPr")
    assert sect_pr.find(qn("w:pgMar")).get(qn("w:left")) == str(Cm(1).twips)


def test_inline_picture(tmp_path: Path) -> None:
    png = tmp_path / "dot.png"
    Image.new("RGB", (4, 4), "red").save(png)
    document = docx.Document()
    shape = document.add_picture(str(png), width=Cm(2))
    inline = inline_xml(shape)
    assert inline.tag == qn("wp:inline")
    inline.docPr.set("descr", "A red dot")
    saved = io.BytesIO()
    document.save(saved)
    again = docx.Document(saved)
    assert inline_xml(again.inline_shapes[0]).docPr.get("descr") == "A red dot"


def test_headers_and_footers() -> None:
    document = docx.Document()
    document.add_section()
    first, second = document.sections
    # The second section's header uses the first's: no own XML, and looking adds none.
    assert own_story_xml(second.header) is None
    assert second.header.is_linked_to_previous
    header = story_xml(first.header)
    assert header.tag == qn("w:hdr")
    first.header.add_paragraph("Oakfield Primary")
    assert "Oakfield Primary" in "".join(t.text for t in header.iter(qn("w:t")))
    footer = story_xml(first.footer)
    assert footer.tag == qn("w:ftr") and own_story_xml(first.footer) is footer
    second.footer.is_linked_to_previous = False
    assert own_story_xml(second.footer) is story_xml(second.footer)
    assert own_story_xml(second.footer) is not footer
