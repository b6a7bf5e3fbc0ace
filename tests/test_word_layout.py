"""How the Word documents are built where they printed out of line: the
trainer's template's compatibility mode, the story box, a question's writing lines, the
sources list and the answer key. Each test reopens the built .docx (and LibreOffice's
pages where pages matter)."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import docx
import pytest
from docx.document import Document
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph as DocxParagraph

from conftest import need_libreoffice
from lessonpack.api import load
from lessonpack.cli import main
from lessonpack.plan.quotes import typographic
from lessonpack.render.docx_page import COMPATIBILITY_MODE, modern_layout
from pagefill import measure

TRAINER = Path("examples/templates/brightpath-training")
MODE = ("w:compat/w:compatSetting[@w:name='compatibilityMode']/@w:val")


def _doc(pack: Path, audience: str, name: str) -> Document:
    return docx.Document(str(pack / f"live-streaming-{audience}"
                             / f"live-streaming-{audience}-{name}.docx"))


def _body(document: Document) -> list[DocxParagraph]:
    """Every paragraph in reading order, those in tables too."""
    return [DocxParagraph(p, document) for p in document.element.body.iter(qn("w:p"))]


def test_a_trainers_word_2010_template_gives_word_2013_layout(tmp_path: Path) -> None:
    # In Word 2010's mode (14) a table's edge sits a cell margin left of the text: every
    # Brightpath table hung 2.5 mm into the margin, every box 4.5 mm.
    template = TRAINER / "document.docx"
    before = hashlib.sha256(template.read_bytes()).hexdigest()
    assert docx.Document(str(template)).settings.element.xpath(MODE) == ["14"]
    assert main(["build", "-k", "ks2", "-f", "docx", "--quiet", "--out", str(tmp_path),
                 "--brand", "examples/brands/northshire-online-safety/brand.yml",
                 "--template", str(TRAINER),
                 "--school", "examples/schools/ashgrove-primary/school.yml"]) == 0
    built = sorted(tmp_path.rglob("*.docx"))
    assert built
    for path in built:
        settings = docx.Document(str(path)).settings.element
        assert settings.xpath(MODE) == [COMPATIBILITY_MODE], path.name
        # The template's other compatibility settings are kept.
        assert settings.xpath("w:compat/w:useFELayout"), path.name
    assert hashlib.sha256(template.read_bytes()).hexdigest() == before  # the user's file


def test_a_template_without_compatibility_settings_gets_them_in_schema_order() -> None:
    document = docx.Document()
    settings = document.settings.element
    for compat in settings.findall(qn("w:compat")):
        settings.remove(compat)
    modern_layout(document)
    assert settings.xpath(MODE) == [COMPATIBILITY_MODE]
    names = [child.tag for child in settings]
    compat = names.index(qn("w:compat"))
    # w:rsids and m:mathPr come after w:compat in CT_Settings.
    for later in ("w:rsids", "m:mathPr"):
        if qn(later) in names:
            assert names.index(qn(later)) > compat
    saved = io.BytesIO()
    document.save(saved)  # still a document Word's schema accepts in python-docx's eyes
    assert docx.Document(saved).settings.element.xpath(MODE) == [COMPATIBILITY_MODE]


@pytest.mark.parametrize("audience", ["ks3", "ks4"])
def test_the_story_box_is_one_box_with_a_comment_a_line(built_packs: Path,
                                                        audience: str) -> None:
    # The box is titled "<character>'s live stream" for a scenario with a chat.
    lesson = load().items[f"live-streaming-{audience}"].item
    titles = tuple(typographic(f"{c.scenario.character}'s live stream") for c in lesson.cycles
                   if c.scenario is not None and c.scenario.comments)
    document = _doc(built_packs, audience, "worksheet")
    body = _body(document)
    at = next(i for i, p in enumerate(body) if p.text.startswith(titles))
    head, first = body[at], body[at + 1]
    if head._p.getparent().tag == qn("w:body"):  # drawn in paragraphs (kept with its sort)
        # The lines' box starts right under the title's rule: no paragraph spacing between
        # (printed white, it split the box into a strip and a box).
        assert first.paragraph_format.space_before in (None, 0)
        assert head.paragraph_format.space_after in (None, 0)
        bar = head._p.pPr.find(qn("w:pBdr") + "/" + qn("w:left"))
        first_bar = first._p.pPr.find(qn("w:pBdr") + "/" + qn("w:left"))
        assert bar.get(qn("w:color")) == first_bar.get(qn("w:color"))
        assert first._p.pPr.find(qn("w:shd")) is not None
    # One comment a line, the name in bold (as KS2's): never "Comments: a: … b: …".
    box = body[at + 1:at + 8]
    assert not any(p.text.startswith("Comments:") for p in box)
    comments = [p for p in box if p.runs and p.runs[0].bold and "“" in p.text]
    assert len(comments) >= 3
    assert all(p.text.count("“") == 1 for p in comments)


def test_a_questions_lines_are_one_row_kept_with_it(built_packs: Path) -> None:
    document = _doc(built_packs, "ks4", "worksheet")
    held = [t for t in document.tables
            if all(p.style.name == "LP Writing Line" for p in t.rows[0].cells[0].paragraphs)]
    assert held
    for table in held:
        assert len(table.rows) == 1
        assert table.rows[0]._tr.trPr.find(qn("w:cantSplit")) is not None
        question = DocxParagraph(table._tbl.getprevious(), document)
        assert question.text and question.paragraph_format.keep_with_next is True


def test_no_page_ends_on_a_question_whose_lines_are_overleaf(built_packs: Path) -> None:
    """KS4's Part 2 a) had two of its lines alone at the top of page 3."""
    soffice = need_libreoffice()
    sheets = [built_packs / f"live-streaming-{ks}" / f"live-streaming-{ks}-worksheet.docx"
              for ks in ("ks2", "ks3", "ks4")]
    layouts = measure(sheets, soffice)
    for sheet in sheets:
        document = docx.Document(str(sheet))
        asked = [" ".join(DocxParagraph(t._tbl.getprevious(), document).text.split())
                 for t in document.tables
                 if all(p.style.name == "LP Writing Line"
                        for p in t.rows[0].cells[0].paragraphs)]
        layout = layouts[sheet.name]
        for page in layout.texts[:-1]:
            words = " ".join(page.split())
            for question in asked:
                # The question is on this page and nothing follows it here.
                assert not (question[-40:] in words and words.endswith(question[-40:])), \
                    (sheet.name, question)


def test_sources_are_a_numbered_list_in_plain_type(built_packs: Path) -> None:
    for audience, name in (("ks1", "teacher-notes"), ("ks4", "teacher-notes"),
                           ("parents", "reference-notes")):
        document = _doc(built_packs, audience, name)
        body = document.paragraphs
        at = next(i for i, p in enumerate(body) if p.text == "Sources")
        listed = []
        for paragraph in body[at + 2:]:
            if paragraph.style.name != "LP Number":
                break
            listed.append(paragraph)
        # One organisation a line, its name in bold, its documents after it.
        assert len(listed) >= 8, (audience, name)
        assert sum(p.text.count(" · ") + 1 for p in listed) >= 15, (audience, name)
        assert all(p._p.pPr.numPr is not None for p in listed)
        assert all(p.runs[0].bold and p.runs[0].text.endswith(": ") for p in listed)
        assert not any(r.bold for p in listed for r in p.runs[1:])
        assert not any(r.italic for p in listed for r in p.runs)
        assert not document.styles["LP Number"].font.italic
        assert not any("?." in p.text for p in listed)
        # Set close (no gap between organisations): they no longer spill onto a last page.
        assert all(p.paragraph_format.space_after == 0 for p in listed[:-1])


def test_the_answer_key_is_a_table_of_question_answer_why(built_packs: Path) -> None:
    """A teacher marks down the key's tables: the question, the answer by its letter (or
    number) and words, and why. Run on as paragraphs under each question, a KS4 key's
    twelve answers read as a wall."""
    for audience in ("ks1", "ks2", "ks3", "ks4"):
        document = _doc(built_packs, audience, "teacher-notes")
        headers = [[c.text for c in t.rows[0].cells] for t in document.tables]
        keys = [t for t, h in zip(document.tables, headers, strict=True)
                if h in (["Question", "Answer", "Why"], ["Statement", "Answer", "Why"])]
        assert len(keys) >= 3, (audience, headers)  # statements, a part's checks, exit quiz
        for table in keys:
            for row in table.rows[1:]:
                question, answer, why = (c.text for c in row.cells)
                assert question.strip() and why.strip(), (audience, question)
                if table.rows[0].cells[0].text == "Question":
                    assert question[0].isdigit() and " – " in answer[:4], (audience, answer)
                assert '"' not in question + answer + why  # curly quotes only, never mixed
            assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None  # repeated


def test_the_footer_sits_low_enough_to_clear_a_full_page(built_packs: Path) -> None:
    """A page filled to its foot ended 2 mm above the footer's rule (Oakfield's KS1 sheet);
    the footer sits 8 mm from the edge, where a school copier still prints (at 6 mm its ink
    ended 6.3 mm from the edge), its rule 3 pt over its line, and the text
    stops about 3.5 mm above the rule."""
    from docx.shared import Cm

    for audience, name in (("ks1", "worksheet"), ("ks4", "worksheet"), ("ks2", "lesson-plan"),
                           ("parents", "facilitator-notes")):
        for section in _doc(built_packs, audience, name).sections:
            assert Cm(0.79) <= section.footer_distance <= Cm(0.81), (audience, name)
            # the footer's line and rule, and 3.5 mm clear above the rule
            assert section.bottom_margin - section.footer_distance >= Cm(0.89), name
