"""The running head and "Page x of y" end at the text's right edge, where the header's and
footer's rules end: a template's own right tab (for its narrower margins) came first and
left the label and page number some 6 mm short of the rule."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Emu
from docx.text.paragraph import Paragraph

from lessonpack.cli import main

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    out = tmp_path_factory.mktemp("edges")
    assert main(["build", "-k", "ks4", "-f", "docx", "-q", "-j", "1",
                 "--out", str(out / "default")]) == 0
    assert main(["build", "-k", "ks2", "-f", "docx", "-q", "-j", "1",
                 "--out", str(out / "trainer"), "--brand",
                 str(ROOT / "examples/brands/northshire-online-safety/brand.yml"),
                 "--template", str(ROOT / "examples/templates/brightpath-training")]) == 0
    return sorted(out.rglob("*.docx"))


def _first_tab(paragraph: Paragraph) -> int:
    """Where the paragraph's first tab character goes (twips): its own stops and its
    style's, less those it clears."""
    own = {stop.position: stop.alignment for stop in paragraph.paragraph_format.tab_stops}
    style = paragraph.style.paragraph_format.tab_stops if paragraph.style else []
    stops = {stop.position for stop in style if stop.position not in own}
    stops |= {at for at, kind in own.items() if kind != WD_TAB_ALIGNMENT.CLEAR}
    return Emu(min(stops)).twips


def test_running_head_and_page_number_end_at_the_text_edge(documents: list[Path]) -> None:
    checked, short = 0, []
    for path in documents:
        document = docx.Document(str(path))
        section = document.sections[-1]
        edge = Emu(section.page_width - section.left_margin - section.right_margin).twips
        for story in (section.header, section.footer):
            for paragraph in story.paragraphs:
                if "\t" not in paragraph.text:
                    continue
                checked += 1
                if abs(_first_tab(paragraph) - edge) > 2:
                    short.append(f"{path.name}: {paragraph.text[:40]!r} tab at "
                                 f"{_first_tab(paragraph)}, edge {edge}")
    assert checked >= 6, checked
    assert not short, "\n".join(short)


def test_two_columns_start_and_end_on_the_text_edges(documents: list[Path]) -> None:
    """The letter after the lesson's two lists ("What the class learned today" | "Questions
    to ask at home") start at the letter's left edge and end at its right: the gap is
    between the columns only."""
    from docx.oxml.ns import qn

    from lessonpack.plan.letter.home import LEARNED_LABEL

    letters = [p for p in documents if p.name.endswith("letter-home-after.docx")]
    assert letters
    for path in letters:
        table = next(t for t in docx.Document(str(path)).tables
                     if t.rows[0].cells[0].paragraphs[0].text.startswith(LEARNED_LABEL))
        first, last = table._tbl.iter(qn("w:tc"))
        assert first.find(f"{qn('w:tcPr')}/{qn('w:tcMar')}/{qn('w:left')}").get(
            qn("w:w")) == "0", path.name
        assert last.find(f"{qn('w:tcPr')}/{qn('w:tcMar')}/{qn('w:right')}").get(
            qn("w:w")) == "0", path.name
