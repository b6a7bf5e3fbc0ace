"""Letters find their [placeholder] runs from the texts in one pass: the same runs, in the
same order, as walking every run and every text in it (including a text box's runs)."""

from __future__ import annotations

import docx
from docx.oxml.ns import qn
from lxml import etree


def test_letter_placeholder_runs_are_those_the_run_walk_finds() -> None:
    from lessonpack.content.fill_ins import FIELD
    from lessonpack.render.docx_letter import _runs_with_placeholders

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
              if any(FIELD.search(t.text or "") for t in run.iter(qn("w:t")))]
    assert _runs_with_placeholders(body) == walked
    assert len(walked) > 20
