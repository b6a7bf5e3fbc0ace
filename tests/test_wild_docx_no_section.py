"""A Word template with no page set-up at all (no w:sectPr: pandoc's test documents
"codeblock.docx" and "definition_list.docx") was refused as "not what Word writes": looking
for its letterhead read its first section, and there is none. Word lays such a file out with
its defaults; lessonpack builds with A4 and its own margins. The template is python-docx's
default document with its w:sectPr taken out, made in the test."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.oxml.ns import qn

from lessonpack.cli import main


def test_a_word_template_without_a_section_builds(tmp_path: Path) -> None:
    document = Document()
    body = document.element.body
    body.remove(body.find(qn("w:sectPr")))
    assert not document.sections
    template = tmp_path / "no-section.docx"
    document.save(str(template))
    out = tmp_path / "out"
    assert main(["build", "-k", "ks2", "-f", "docx", "-q", "-j", "1", "--out", str(out),
                 "--template", str(template)]) == 0
    letter = Document(str(out / "live-streaming-ks2" / "live-streaming-ks2-letter-home.docx"))
    section = letter.sections[0]
    assert section.page_width is not None and round(section.page_width.mm) == 210
    assert section.page_height is not None and round(section.page_height.mm) == 297
