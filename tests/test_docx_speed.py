"""render/ooxml/docx_speed.py finds the same child as python-docx's own lookup, so every
element python-docx adds goes where the library would put it."""

from __future__ import annotations

import random

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Pt
from lxml import etree

from lessonpack.render.ooxml import docx_speed
from lessonpack.render.ooxml.docx_speed import first_child_found_in

_LIBRARY = docx_speed._LIBRARY_FIRST_CHILD_FOUND_IN
_TAGS = ("w:b", "w:i", "w:sz", "w:color", "w:u", "w:lang", "w:rFonts", "w:shd")


def _element(children: list[str], comments: int) -> BaseOxmlElement:
    parent = OxmlElement("w:rPr")
    for tag in children:
        parent.append(OxmlElement(tag))
    for _ in range(comments):
        parent.insert(random.randrange(len(parent) + 1), etree.Comment("x"))
    return parent


def test_same_child_as_the_library_on_shuffled_children() -> None:
    random.seed(12)
    for _ in range(2000):
        # short lists walked in Python, long ones searched: both against the library
        count = random.choice((0, 1, 3, 6, 12, 40))
        children = [random.choice(_TAGS) for _ in range(count)]
        parent = _element(children, random.randrange(3))
        wanted = tuple(random.sample(_TAGS, random.randrange(1, len(_TAGS) + 1)))
        if random.random() < 0.2:
            wanted += wanted[:1]  # a name twice keeps its first place
        assert first_child_found_in(parent, *wanted) is _LIBRARY(parent, *wanted)


def test_installed_and_the_library_write_the_same_xml() -> None:
    def build() -> bytes:
        document = docx.Document()
        paragraph = document.add_paragraph()
        for n in range(30):
            run = paragraph.add_run(f"word {n}")
            run.font.size = Pt(10 + n % 5)
            run.italic = n % 2 == 0
            run.bold = n % 3 == 0
            run.font.name = "Arial"
            run.underline = n % 4 == 0
        fmt = paragraph.paragraph_format
        fmt.keep_with_next = True
        fmt.space_after = Pt(6)
        fmt.left_indent = Pt(12)
        fmt.keep_together = True
        return etree.tostring(document.element)

    docx_speed.uninstall()
    try:
        library = build()
    finally:
        docx_speed.install()
    assert first_child_found_in is BaseOxmlElement.first_child_found_in
    assert build() == library


def test_cached_qn_is_the_library_s() -> None:
    for tag in ("w:p", "w:rPr", "a:t", "wp:inline", "w:sectPr"):
        assert docx_speed._cached_qn(tag) == qn(tag)


def test_letter_placeholder_runs_are_those_the_run_walk_finds() -> None:
    from lessonpack.render.docx_letter import _PLACEHOLDER, _runs_with_placeholders

    document = docx.Document()
    for n in range(20):
        paragraph = document.add_paragraph()
        for m in range(4):
            paragraph.add_run(f"Dear [parent {n}]" if (n * m) % 3 == 0 else "no marks [x]")
    # a run holding a text box whose own runs hold a placeholder
    outer = document.add_paragraph().add_run("outer")
    inner = etree.SubElement(etree.SubElement(outer._r, qn("w:pict")), qn("w:r"))
    etree.SubElement(inner, qn("w:t")).text = "[inside the box]"
    body = document.element.body
    walked = [run for run in body.iter(qn("w:r"))
              if any(_PLACEHOLDER.search(t.text or "") for t in run.iter(qn("w:t")))]
    assert _runs_with_placeholders(body) == walked
    assert len(walked) > 20
