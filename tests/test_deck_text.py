"""Text written straight into slide XML must be what python-pptx writes: every placeholder
of our template, a LibreOffice-saved one and a trainer's, many kinds of lines."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from lxml import etree
from pptx import Presentation
from pptx.oxml.ns import qn
from pptx.text.text import TextFrame
from pptx.util import Pt

from lessonpack.render.deck_text import fill_body
from lessonpack.render.ooxml import set_lang

TEMPLATES = [Path("templates/deck.pptx"), Path("tests/fixtures/templates/deck-libreoffice.pptx"),
             Path("examples/templates/brightpath-training/deck.pptx")]
CASES = [
    (["One line"], (), False),
    (["First", "Second", "Third"], (), False),
    (["Heading", "point one", "point two"], (), True),
    (["Only a heading"], (), True),
    (["Answer one", "Answer two"], ("1.   ", "2.   "), False),
    ([" leading and trailing ", "tab\there", "bell\x07 and vt\x0b"], (), False),
    (["", "after an empty line"], (), False),
]


def _python_pptx_fill(frame: TextFrame, lines: list[str], bold_prefix: tuple[str, ...],
                      lead: bool, size: int | None) -> None:
    """The renderer's fill before it wrote XML directly: the reference."""
    frame.clear()
    plain = bool(bold_prefix) or len(lines) == 1
    for i, line in enumerate(lines):
        para = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        if plain or (lead and i == 0):
            ppr = para._p.get_or_add_pPr()
            ppr.set("marL", "0")
            ppr.set("indent", "0")
            for old in ppr.findall(qn("a:buNone")):
                ppr.remove(old)
            ppr.insert(0, ppr.makeelement(qn("a:buNone"), {}))
        if bold_prefix:
            prefix = para.add_run()
            prefix.text = bold_prefix[i]
            prefix.font.bold = True
        run = para.add_run()
        run.text = line
        if lead and i == 0:
            run.font.bold = True
        elif bold_prefix:  # the words after a bold lead: regular, in any placeholder
            run.font.bold = False
    set_lang(frame._txBody, "en-GB")
    if size is not None:
        for para in frame.paragraphs:
            for run in para.runs:
                run.font.size = Pt(size)


def _bodies() -> list[object]:
    bodies = []
    for path in TEMPLATES:
        prs = Presentation(str(path))
        for owner in [*prs.slide_layouts, *prs.slides]:
            for shape in owner.shapes:
                if shape.has_text_frame:
                    bodies.append(shape.text_frame._txBody)
    return bodies


@pytest.mark.parametrize("case", range(len(CASES)))
@pytest.mark.parametrize("size", [None, 12])
def test_same_xml_as_python_pptx(case: int, size: int | None) -> None:
    lines, prefix, lead = CASES[case]
    bodies = _bodies()
    assert len(bodies) > 40
    for body in bodies:
        theirs, ours = copy.deepcopy(body), copy.deepcopy(body)
        _python_pptx_fill(TextFrame(theirs, None), lines, prefix, lead, size)
        fill_body(ours, lines, bold_prefix=prefix, lead=lead, size_pt=size)
        assert etree.tostring(ours) == etree.tostring(theirs)
