"""A Word template with a style that names no type (Apache POI's 60329.docx: a report
writer's "EmptyCellLayoutStyle", no w:type and no w:styleId) was refused as "not what Word
writes (KeyError: None)": python-docx has no class for a style without a type. The schema
makes such a style a paragraph style, and Word reads it so; the template now builds. The
template is python-docx's default document with such a style added, made in the test."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.oxml import parse_xml

from lessonpack.cli import main
from lessonpack.io.templates import as_package

UNTYPED = ('<w:style xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:name w:val="EmptyCellLayoutStyle"/><w:basedOn w:val="Normal"/>'
           '<w:rPr><w:sz w:val="2"/></w:rPr></w:style>')


def _template(folder: Path) -> Path:
    document = Document()
    document.styles.element.append(parse_xml(UNTYPED))
    path = folder / "untyped-style.docx"
    document.save(str(path))
    return path


def test_a_style_without_a_type_reads_as_a_paragraph_style(tmp_path: Path) -> None:
    data = as_package(_template(tmp_path).read_bytes())
    fixed = tmp_path / "fixed.docx"
    fixed.write_bytes(data)
    style = next(s for s in Document(str(fixed)).styles if s.name == "EmptyCellLayoutStyle")
    assert style.type == 1  # WD_STYLE_TYPE.PARAGRAPH


def test_a_word_template_with_an_untyped_style_builds(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["build", "-k", "ks2", "-f", "docx", "-q", "-j", "1", "--out", str(out),
                 "--template", str(_template(tmp_path))]) == 0
    letter = Document(str(out / "live-streaming-ks2" / "live-streaming-ks2-letter-home.docx"))
    assert any("Dear" in p.text for p in letter.paragraphs)
