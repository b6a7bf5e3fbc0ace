"""The Word renderer and the built-in template: render plans, reopen them, check structure."""

from __future__ import annotations

import importlib.util
import io
import os
import shutil
import struct
import subprocess
import sys
import zipfile
import zlib
from datetime import datetime, timezone
from pathlib import Path
from types import ModuleType

import docx
import pytest
from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph as DocxParagraph

from lessonpack.content.brand import DEFAULT_BRAND, Brand
from lessonpack.errors import UserError
from lessonpack.plan.model import (
    BulletList,
    Callout,
    Checklist,
    DocMeta,
    DocPlan,
    Heading,
    MultipleChoice,
    PageBreak,
    Paragraph,
    Table,
    WritingLines,
)
from lessonpack.render.docx import render_docx
from lessonpack.render.docx_styles import PARAGRAPH_STYLES, REQUIRED_STYLES

ROOT = Path(__file__).resolve().parents[1]
TEMPLATE = ROOT / "templates" / "document.docx"
BUILDER = ROOT / "tools" / "build_docx_template.py"
WHEN = datetime(2025, 3, 1, 9, 30, tzinfo=timezone.utc)
CUSTOM = Brand(org_name="Oakfield Academy", primary="#3B1F5C", secondary="#0F6E5A",
               accent="#B3261E", light="#F1ECF7", heading_font="Georgia", body_font="Calibri")

META = DocMeta(title="Going live: staying safe", subject="Live streaming · KS3 · Worksheet 1",
               author="Oakfield Academy", keywords="live streaming, online safety")
QUESTION = MultipleChoice(1, "What is the safest thing for Maya to do?", (
    "Tell the viewer her school so they stop asking",
    "Ignore the question, block the viewer and tell a trusted adult",
    "Carry on streaming but turn the camera away",
))
HELP_TABLE = Table(
    ("Worry", "Who could you tell?", "How would you contact them?"),
    (("Someone asks you to do something on camera", "", ""),
     ("A clip of you is shared without permission", "", "")),
    widths=(2, 1, 1), row_lines=3,
)
KEYWORDS = Table(("Keyword", "Meaning"),
                 (("Live stream", "Video broadcast over the internet as it happens."),
                  ("Gifting", "Viewers send virtual presents that cost real money.")))
BLOCKS = (
    Paragraph("Read each scenario carefully and think about who could help.", "lead"),
    Heading("Part 1: Spot the risk", 1),
    Paragraph("Maya, 13, is streaming a dance routine. A viewer asks which school she goes to."),
    QUESTION,
    Heading("Before you go live", 2),
    Checklist(("My account is private", "Comments are filtered", "I know how to report")),
    Heading("Objectives", 3),
    BulletList(("Describe how streams can be re-shared", "Know how to block and report")),
    BulletList(("Answer the exit quiz", "Check the answers", "Say who can help"), numbered=True),
    BulletList(("Talk to an adult at home", "Write down two helplines"), numbered=True),
    Paragraph("Teacher note: never ask pupils to share their own experiences.", "note"),
    Heading("Part 2: What should Sam do?", 1),
    Paragraph("Write two things Sam could do."),
    WritingLines(4),
    PageBreak(),
    Heading("Part 3: Who can help?", 1),
    HELP_TABLE,
    KEYWORDS,
    Callout("Before you teach", ("Check with your DSL.", "Agree ground rules."),
            "safeguarding"),
    Callout("If something worries you", ("Childline: 0800 1111",), "help"),
    Callout("Good to know", ("Streams can be recorded.",), "info"),
)


def make_plan(kind: str = "worksheet", **changes: object) -> DocPlan:
    fields: dict[str, object] = {
        "filename": "worksheet.docx", "kind": kind, "meta": META,
        "title": META.title, "subtitle": META.subject,
        "header": "Live streaming · KS3", "footer": "Childline 0800 1111",
        "blocks": BLOCKS, "name_line": kind == "worksheet",
    }
    fields.update(changes)
    return DocPlan(**fields)  # type: ignore[arg-type]


def render(plan: DocPlan, brand: Brand = DEFAULT_BRAND, template: Path = TEMPLATE) -> bytes:
    return render_docx(plan, brand, template, WHEN)


def reopen(data: bytes) -> Document:
    return docx.Document(io.BytesIO(data))


@pytest.fixture(scope="module")
def worksheet() -> Document:
    return reopen(render(make_plan()))


def body_items(document: Document) -> list[DocxParagraph | DocxTable]:
    return list(document.iter_inner_content())


def paragraphs(document: Document, style: str) -> list[DocxParagraph]:
    return [p for p in document.paragraphs if p.style is not None and p.style.name == style]


def is_lines(table: DocxTable) -> bool:
    """A run of writing lines (a borderless row that keeps them on one page)."""
    return all(p.style.name == "LP Writing Line" for p in table.rows[0].cells[0].paragraphs)


def data_tables(document: Document) -> list[DocxTable]:
    """The document's tables and boxes, not the rows that hold writing lines."""
    return [t for t in document.tables if not is_lines(t)]


def load_builder() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_docx_template", BUILDER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    # Dataclasses look their module up in sys.modules while the module runs.
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def tiny_png() -> bytes:
    """A valid 1x1 PNG without needing Pillow."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))
    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"\x00\x1b\x2a\x4a")) + chunk(b"IEND", b""))


# --------------------------------------------------------------------------- text and styles


def test_opening_has_title_subtitle_and_name_line(worksheet: Document) -> None:
    first = [(p.style.name, p.text) for p in worksheet.paragraphs[:4]]
    assert first[0] == ("LP Title", META.title)
    assert first[1] == ("LP Subtitle", META.subject)
    assert first[2][0] == "LP Name Line"
    assert first[2][1].startswith("Name:") and "Date:" in first[2][1]
    assert first[3] == ("LP Lead", BLOCKS[0].text)  # type: ignore[union-attr]


def test_headings_use_level_styles_in_order(worksheet: Document) -> None:
    found = [(p.style.name, p.text) for p in worksheet.paragraphs
             if p.style.name.startswith("LP Heading")]
    expected = [(f"LP Heading {b.level}", b.text) for b in BLOCKS if isinstance(b, Heading)]
    assert found == expected
    for name in ("LP Heading 1", "LP Heading 2", "LP Heading 3"):
        assert worksheet.styles[name].paragraph_format.keep_with_next is True


def test_paragraph_styles_body_lead_note(worksheet: Document) -> None:
    assert [p.text for p in paragraphs(worksheet, "LP Note")] == [
        "Teacher note: never ask pupils to share their own experiences."]
    assert "Write two things Sam could do." in [p.text for p in paragraphs(worksheet, "LP Body")]


def test_multiple_choice_has_numbered_question_and_lettered_options(worksheet: Document
                                                                   ) -> None:
    [question] = paragraphs(worksheet, "LP Question")
    assert question.text == f"1.\t{QUESTION.question}"
    options = paragraphs(worksheet, "LP Option")
    assert [o.text for o in options] == list(QUESTION.options)
    # Lettered A, B, C by a real list (as on the slides), restarted for the question.
    numbering = worksheet.part.numbering_part.element
    num = numbering.num_having_numId(options[0]._p.pPr.numPr.numId.val)
    start = num.find(qn("w:lvlOverride") + "/" + qn("w:startOverride"))
    assert start is not None and start.get(qn("w:val")) == "1"
    abstract = num.abstractNumId.val
    [fmt] = numbering.xpath(f'w:abstractNum[@w:abstractNumId="{abstract}"]/w:lvl/w:numFmt')
    assert fmt.get(qn("w:val")) == "upperLetter"
    # Options stay on the question's page: all but the last keep with the next.
    assert [o.paragraph_format.keep_with_next for o in options] == [True, True, False]


def test_checklist_items_are_a_list_of_tick_boxes(worksheet: Document) -> None:
    items = paragraphs(worksheet, "LP Checkbox")
    assert [p.text for p in items] == ["My account is private", "Comments are filtered",
                                       "I know how to report"]
    num_id = worksheet.styles["LP Checkbox"].element.pPr.numPr.numId.val
    numbering = worksheet.part.numbering_part.element
    abstract = numbering.num_having_numId(num_id).abstractNumId.val
    [text] = numbering.xpath(f'w:abstractNum[@w:abstractNumId="{abstract}"]/w:lvl/w:lvlText')
    assert text.get(qn("w:val")) == "\u2610"


def test_options_and_boxes_fall_back_to_typed_letters_and_boxes(tmp_path: Path) -> None:
    template = reopen(TEMPLATE.read_bytes())
    for name in ("LP Option", "LP Checkbox"):
        ppr = template.styles[name].element.pPr
        ppr.remove(ppr.numPr)
    bare = tmp_path / "no-lists.docx"
    template.save(str(bare))
    document = reopen(render(make_plan(), template=bare))
    assert [p.text for p in paragraphs(document, "LP Option")] == [
        f"{letter}\t{text}" for letter, text in zip("ABC", QUESTION.options, strict=True)]
    assert paragraphs(document, "LP Checkbox")[0].text == "☐\tMy account is private"


def test_bullets_and_numbered_lists_use_real_numbering(worksheet: Document) -> None:
    assert len(paragraphs(worksheet, "LP Bullet")) == 2
    numbered = paragraphs(worksheet, "LP Number")
    assert [p.text for p in numbered][:3] == ["Answer the exit quiz", "Check the answers",
                                             "Say who can help"]
    num_ids = [p._p.pPr.numPr.numId.val for p in numbered]
    # Each list is its own numbering instance, restarting at 1.
    assert len(set(num_ids[:3])) == 1 and len(set(num_ids[3:])) == 1
    assert num_ids[0] != num_ids[3]
    numbering = worksheet.part.numbering_part.element
    for num_id in (num_ids[0], num_ids[3]):
        start = numbering.num_having_numId(num_id).find(qn("w:lvlOverride") + "/"
                                                         + qn("w:startOverride"))
        assert start is not None and start.get(qn("w:val")) == "1"


def test_numbered_list_falls_back_to_text_numbers(tmp_path: Path) -> None:
    template = reopen(TEMPLATE.read_bytes())
    ppr = template.styles["LP Number"].element.pPr
    ppr.remove(ppr.numPr)
    bare = tmp_path / "no-numbering.docx"
    template.save(str(bare))
    document = reopen(render(make_plan(), template=bare))
    texts = [p.text for p in paragraphs(document, "LP Number")]
    assert texts[:3] == ["1.\tAnswer the exit quiz", "2.\tCheck the answers",
                         "3.\tSay who can help"]
    assert texts[3] == "1.\tTalk to an adult at home"


def test_writing_lines_are_ruled_paragraphs(worksheet: Document) -> None:
    [held] = [t for t in worksheet.tables if is_lines(t)]
    lines = held.rows[0].cells[0].paragraphs
    assert len(lines) == 4 and all(line.text == "" for line in lines)
    # One row that cannot split: the question's lines are never divided by a page turn, and
    # the question above keeps with them (LibreOffice keeps a paragraph with a table after
    # it, not with a run of paragraphs).
    assert held.rows[0]._tr.trPr.find(qn("w:cantSplit")) is not None
    prompt = held._tbl.getprevious()
    style = worksheet.styles["LP Writing Line"]
    assert style.paragraph_format.line_spacing == Pt(22.7)  # 8 mm for secondary pupils
    borders = style.element.pPr.find(qn("w:pBdr"))
    assert {b.tag for b in borders} == {qn("w:bottom"), qn("w:between")}
    assert DocxParagraph(prompt, None).paragraph_format.keep_with_next is True


def test_page_break_applies_to_next_block(worksheet: Document) -> None:
    [heading] = [p for p in worksheet.paragraphs if p.text == "Part 3: Who can help?"]
    assert heading.paragraph_format.page_break_before is True
    assert not any('w:type="page"' in p._p.xml for p in worksheet.paragraphs)


# --------------------------------------------------------------------------- tables


def test_table_has_repeating_header_and_writing_rows(worksheet: Document) -> None:
    table = data_tables(worksheet)[0]
    header, *rows = table.rows
    assert [c.text for c in header.cells] == list(HELP_TABLE.header)
    assert header._tr.trPr.find(qn("w:tblHeader")) is not None
    assert all(r._tr.trPr.find(qn("w:tblHeader")) is None for r in rows)
    assert all(r._tr.trPr.find(qn("w:cantSplit")) is not None for r in table.rows)
    assert [c.paragraphs[0].style.name for c in header.cells] == ["LP Table Header"] * 3
    assert rows[0].cells[0].text == HELP_TABLE.rows[0][0]
    assert rows[0].cells[0].paragraphs[0].style.name == "LP Table Text"
    assert [r.height.cm for r in rows] == pytest.approx([3.0, 3.0], abs=0.01)
    widths = [c.width for c in header.cells]
    assert widths[0] == pytest.approx(2 * widths[1], rel=0.01)
    assert table.style.name == "LP Table"


def test_table_header_fill_is_brand_secondary() -> None:
    document = reopen(render(make_plan(), CUSTOM))
    tables = data_tables(document)
    fill = tables[1].rows[0].cells[0]._tc.tcPr.find(qn("w:shd")).get(qn("w:fill"))
    assert fill == "0F6E5A"
    plain_row = tables[1].rows[1]
    assert [c.text for c in plain_row.cells] == list(KEYWORDS.rows[0])
    assert plain_row.height is None  # row_lines 0: rows fit their text


def test_row_longer_than_header_is_refused() -> None:
    bad = Table(("A", "B"), (("1", "2", "3"),))
    with pytest.raises(ValueError, match="longer than its header"):
        render(make_plan(blocks=(bad,)))


def test_callouts_are_shaded_boxes_with_tone_colours() -> None:
    document = reopen(render(make_plan(), CUSTOM))
    safeguarding, help_box = data_tables(document)[2:]
    cell = safeguarding.rows[0].cells[0]
    assert [p.style.name for p in cell.paragraphs] == [
        "LP Callout Title", "LP Callout Text", "LP Callout Text"]
    assert cell.paragraphs[0].text == "Before you teach"
    assert cell._tc.tcPr.find(qn("w:shd")).get(qn("w:fill")) == "F1ECF7"

    def left_bar(table: DocxTable) -> str:
        tc_pr = table.rows[0].cells[0]._tc.tcPr
        return tc_pr.find(qn("w:tcBorders") + "/" + qn("w:left")).get(qn("w:color"))

    def title_rule(table: DocxTable) -> str | None:
        rule = table.rows[0].cells[0].paragraphs[0]._p.pPr.find(qn("w:pBdr") + "/"
                                                               + qn("w:bottom"))
        return None if rule is None else rule.get(qn("w:color"))

    assert (left_bar(safeguarding), title_rule(safeguarding)) == ("B3261E", "B3261E")
    assert (left_bar(help_box), title_rule(help_box)) == ("0F6E5A", "0F6E5A")
    # The document's last box is drawn with shaded, bordered paragraphs, so that nothing
    # follows it (a paragraph after a table can spill onto a blank page of its own).
    body = document.element.body
    last = body[-2]  # before the section properties
    assert last.tag == qn("w:p") and last.getprevious().tag == qn("w:p")
    box = [DocxParagraph(p, document) for p in body.findall(qn("w:p"))][-2:]
    assert [p.text for p in box] == ["Good to know", "Streams can be recorded."]
    assert [p.style.name for p in box] == ["LP Callout Title", "LP Callout Text"]
    for paragraph in box:
        ppr = paragraph._p.pPr
        assert ppr.find(qn("w:shd")).get(qn("w:fill")) == "F1ECF7"
        assert ppr.find(qn("w:pBdr") + "/" + qn("w:left")).get(qn("w:color")) == "3B1F5C"
    title_rule_colour = box[0]._p.pPr.find(qn("w:pBdr") + "/" + qn("w:bottom"))
    assert title_rule_colour.get(qn("w:color")) == "3B1F5C"
    caption = safeguarding._tbl.tblPr.find(qn("w:tblCaption"))
    assert caption.get(qn("w:val")) == "Before you teach"


def test_tables_are_followed_by_a_spacer(worksheet: Document) -> None:
    items = body_items(worksheet)
    for index, item in enumerate(items):
        if isinstance(item, DocxTable):
            following = items[index + 1]
            assert isinstance(following, DocxParagraph)
            # (before a page break the spacer goes: the next page's first paragraph
            # separates the tables, and the spacer cannot spill onto a blank page)
            assert following.style.name == "LP Spacer" or \
                following.paragraph_format.page_break_before


# --------------------------------------------------------------------------- page furniture


def test_header_and_footer() -> None:
    document = reopen(render(make_plan(), CUSTOM))
    section = document.sections[0]
    [header] = section.header.paragraphs
    assert header.style.name == "LP Header"
    assert header.text == "Oakfield Academy\tLive streaming · KS3"
    [footer] = section.footer.paragraphs
    assert footer.style.name == "LP Footer"
    # The number's groups and "Page 3" each kept together.
    assert footer.text.startswith("Childline 0800\u00a01111\tPage\u00a0")
    fields = [f.get(qn("w:instr")).strip()
              for f in footer._p.iter(qn("w:fldSimple"))]
    assert fields == ["PAGE", "NUMPAGES"]


def test_logo_in_header_has_alt_text(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(tiny_png())
    brand = CUSTOM.model_copy(update={"logo": logo})
    document = reopen(render(make_plan(), brand))
    header = document.sections[0].header._element
    [doc_pr] = header.iter(qn("wp:docPr"))
    assert doc_pr.get("descr") == "Oakfield Academy logo"
    assert "Oakfield Academy" in document.sections[0].header.paragraphs[0].text


def test_header_logo_prints_10_mm_tall_and_8_mm_on_a_pupils_sheet(tmp_path: Path) -> None:
    """A school's name inside its logo reads when printed: 10 mm on what staff and
    families keep, 8 mm on a pupil's sheet (at 6.5 mm it printed at about 3 pt)."""
    logo = tmp_path / "logo.png"
    logo.write_bytes(tiny_png())
    brand = CUSTOM.model_copy(update={"logo": logo})
    for kind, mm in (("lesson_plan", 10), ("handout", 10), ("worksheet", 8)):
        header = reopen(render(make_plan(kind), brand)).sections[0].header._element
        [extent] = header.iter(qn("wp:extent"))
        assert round(int(extent.get("cy")) / 36000) == mm, kind


def test_handout_title_is_white_on_a_band_of_the_brand_colour() -> None:
    document = reopen(render(make_plan("handout", subtitle=""), CUSTOM))
    title = next(p for p in document.paragraphs if p.style.name == "LP Title")
    shading = title._p.pPr.find(qn("w:shd"))
    assert shading is not None and shading.get(qn("w:fill")) == "3B1F5C"
    assert all(run.font.color.rgb == RGBColor(0xFF, 0xFF, 0xFF) for run in title.runs)
    plan = next(p for p in reopen(render(make_plan("lesson_plan"), CUSTOM)).paragraphs
                if p.style.name == "LP Title")
    assert plan._p.pPr is None or plan._p.pPr.find(qn("w:shd")) is None  # a plan: no band


def test_default_brand_header_shows_no_placeholder_name() -> None:
    document = reopen(render(make_plan()))
    assert "Your school" not in document.sections[0].header.paragraphs[0].text


def test_title_without_subtitle_gets_the_rule() -> None:
    document = reopen(render(make_plan("letter", meta=DocMeta(
        "Your child and live streaming", "", "Oakfield Academy", "letter"),
        title="Your child and live streaming", subtitle=""), CUSTOM))
    title = document.paragraphs[0]
    assert title.style.name == "LP Title"
    assert paragraphs(document, "LP Subtitle") == []
    assert paragraphs(document, "LP Name Line") == []
    rule = title._p.pPr.find(qn("w:pBdr") + "/" + qn("w:bottom"))
    assert rule is not None and rule.get(qn("w:color")) == "0F6E5A"


# --------------------------------------------------------------------------- brand and sizes


@pytest.mark.parametrize("brand", [DEFAULT_BRAND, CUSTOM], ids=["default", "custom"])
def test_brand_is_in_the_styles(brand: Brand) -> None:
    document = reopen(render(make_plan(), brand))
    styles = document.styles
    for name in ("LP Title", "LP Heading 1", "LP Heading 2", "LP Heading 3"):
        assert str(styles[name].font.color.rgb) == brand.primary[1:].upper()
        assert styles[name].font.name == brand.heading_font
    for name in ("Normal", "LP Body", "LP Option", "LP Table Text"):
        assert styles[name].font.name == brand.body_font
    assert styles["LP Table Header"].font.color.rgb is not None
    assert str(styles["LP Table Header"].font.color.rgb) == "FFFFFF"
    first_row = styles["LP Table"].element.find(qn("w:tblStylePr"))
    assert first_row.get(qn("w:type")) == "firstRow"
    assert first_row.find(f"{qn('w:tcPr')}/{qn('w:shd')}").get(qn("w:fill")) == \
        brand.secondary[1:].upper()
    subtitle_rule = styles["LP Subtitle"].element.pPr.find(qn("w:pBdr") + "/" + qn("w:bottom"))
    assert subtitle_rule.get(qn("w:color")) == brand.secondary[1:].upper()


def test_brand_fonts_override_theme_fonts() -> None:
    document = reopen(render(make_plan(), CUSTOM))
    rfonts = document.styles["LP Body"].element.rPr.rFonts
    assert rfonts.get(qn("w:cs")) == "Calibri" and rfonts.get(qn("w:eastAsia")) == "Calibri"
    assert not [name for name in rfonts.attrib if "Theme" in name]


def test_worksheet_text_is_larger_than_lesson_plan_text() -> None:
    sheet = reopen(render(make_plan("worksheet", print_size="pupil")))
    plan = reopen(render(make_plan("lesson_plan", name_line=False)))
    # Running text is larger; a card's line, a quiz option and a story in its box stay at
    # 12 pt (a Key Stage 2 sheet is four sides), never smaller than a plan's.
    for name in ("LP Body", "LP Checkbox", "LP Lead"):
        assert sheet.styles[name].font.size == Pt(13 if name != "LP Lead" else 14)
    for name in ("LP Body", "LP Option", "LP Checkbox", "LP Table Text", "LP Callout Text"):
        assert sheet.styles[name].font.size >= Pt(12)
        assert plan.styles[name].font.size == Pt(12)
    assert sheet.styles["LP Heading 1"].font.size > plan.styles["LP Heading 1"].font.size


@pytest.mark.parametrize("kind", ["worksheet", "lesson_plan", "letter", "handout"])
def test_no_text_below_12_points(kind: str) -> None:
    document = reopen(render(make_plan(kind)))
    sizes = [el.get(qn("w:val")) for el in document.styles.element.iter(qn("w:sz"))]
    sizes += [el.get(qn("w:val")) for el in document.element.iter(qn("w:sz"))]
    assert sizes and min(int(s) for s in sizes) >= 24


# --------------------------------------------------------------------------- metadata


def test_core_properties_and_language(monkeypatch: pytest.MonkeyPatch) -> None:
    # The stated time is the one the renderer is given (WHEN); the environment, read where
    # a build is asked for, is never read again while rendering.
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    data = render(make_plan())
    props = reopen(data).core_properties
    assert (props.title, props.subject, props.author) == (META.title, META.subject, META.author)
    assert props.keywords == META.keywords and props.language == "en-GB"
    # Created and modified at the stated time; never printed, so no "Last printed".
    assert props.created == props.modified == WHEN
    assert props.last_printed is None
    assert props.revision == 1 and props.comments == "" and props.category == ""
    assert props.last_modified_by == META.author
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        core = package.read("docProps/core.xml").decode()
        styles = package.read("word/styles.xml").decode()
    assert "python-docx" not in core and "2013" not in core and "lastPrinted" not in core
    assert '<w:lang w:val="en-GB"' in styles


def test_no_dates_without_a_stated_build_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without a stated time a file states no dates (Word shows none, then its own at the
    first save), not the fixed 2000-01-01 the zip members carry; built twice, the same.
    SOURCE_DATE_EPOCH in the environment changes nothing: the request read it, or not."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")

    def render(plan: DocPlan) -> bytes:
        return render_docx(plan, DEFAULT_BRAND, TEMPLATE, None)

    data = render(make_plan())
    props = reopen(data).core_properties
    assert props.created is None and props.modified is None and props.last_printed is None
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        core = package.read("docProps/core.xml").decode()
    assert "2000-01-01" not in core and "dcterms:created" not in core, core
    assert "2023-11-14" not in core
    assert render(make_plan()) == data


def test_same_plan_gives_same_parts() -> None:
    def parts(data: bytes) -> dict[str, bytes]:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            return {n: package.read(n) for n in package.namelist()}
    assert parts(render(make_plan(), CUSTOM)) == parts(render(make_plan(), CUSTOM))


# --------------------------------------------------------------------------- template


def test_template_builds_reproducibly_and_matches_committed_copy() -> None:
    builder = load_builder()
    first, second = builder.build_template(), builder.build_template()
    assert first == second
    assert first == TEMPLATE.read_bytes(), "run tools/build_docx_template.py and commit"
    with zipfile.ZipFile(io.BytesIO(first)) as package:
        names = package.namelist()
        assert names == sorted(names)
        assert {info.date_time for info in package.infolist()} == {(2024, 1, 1, 0, 0, 0)}
        assert "word/stylesWithEffects.xml" not in names
        assert "docProps/thumbnail.jpeg" not in names


def test_template_is_trimmed_a4_and_clean() -> None:
    template = reopen(TEMPLATE.read_bytes())
    names = {s.name for s in template.styles}
    assert set(REQUIRED_STYLES) <= names
    # Word's own Heading 1-3 stay: the LP headings are based on them (navigation pane).
    assert names - set(REQUIRED_STYLES) <= {"Normal", "Default Paragraph Font",
                                            "Normal Table", "No List", "Heading 1",
                                            "Heading 2", "Heading 3"}
    assert all(template.styles[n].type == WD_STYLE_TYPE.PARAGRAPH for n in PARAGRAPH_STYLES)
    section = template.sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)
    assert round(section.left_margin.cm, 1) == round(section.right_margin.cm, 1) == 2.0
    props = template.core_properties
    assert props.author == "lessonpack" and props.comments == "" and props.language == "en-GB"


def test_missing_styles_are_listed_in_one_error(tmp_path: Path) -> None:
    template = reopen(TEMPLATE.read_bytes())
    for name in ("LP Callout Title", "LP Writing Line"):
        element = template.styles[name].element
        element.getparent().remove(element)
    broken = tmp_path / "broken.docx"
    template.save(str(broken))
    with pytest.raises(UserError) as caught:
        render(make_plan(), template=broken)
    message = str(caught.value)
    assert "LP130" in message and str(broken) in message
    assert "'LP Callout Title'" in message and "'LP Writing Line'" in message


# --------------------------------------------------------------------------- a real client


def test_libreoffice_converts_it(tmp_path: Path) -> None:
    soffice = shutil.which("soffice")
    if soffice is None:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice (soffice) is required in CI")
        pytest.skip("LibreOffice is not installed")
    source = tmp_path / "worksheet.docx"
    source.write_bytes(render(make_plan(), CUSTOM))
    subprocess.run(
        [soffice, "--headless", "--norestore", f"-env:UserInstallation=file://{tmp_path}/lo",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)],
        check=True, capture_output=True, timeout=120,
    )
    pdf = (tmp_path / "worksheet.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and pdf.count(b"/Type /Page\n") + pdf.count(b"/Type/Page") >= 2


def test_key_stage_1_worksheets_are_in_large_print(built_packs: Path) -> None:
    ks1 = docx.Document(str(built_packs / "live-streaming-ks1"
                            / "live-streaming-ks1-worksheet.docx"))
    ks2 = docx.Document(str(built_packs / "live-streaming-ks2"
                            / "live-streaming-ks2-worksheet.docx"))
    for name in ("LP Body", "LP Option", "LP Checkbox", "LP Question"):
        assert ks1.styles[name].font.size == Pt(18)
        # Key stage 2: running text 13 pt, quiz questions and options 12 (half-width columns)
        assert ks2.styles[name].font.size == Pt(13 if name in ("LP Body", "LP Checkbox")
                                                 else 12)
    assert ks1.styles["LP Table Text"].font.size == Pt(16)  # four columns still fit
    assert ks1.styles["LP Heading 1"].font.size > ks2.styles["LP Heading 1"].font.size


def test_a_quiz_keeps_its_introduction(built_packs: Path) -> None:
    # The quiz's heading says how to answer ("Exit quiz: ring one letter…"), straight
    # before the grid and kept with question 1 (LibreOffice moves only the paragraph before
    # a table with it). An intro line under a heading was the room a leaf's Name line
    # needed. (Key stage 1 does its quiz aloud: no quiz on the sheet.)
    for audience in ("ks2", "ks3", "ks4"):
        sheet = docx.Document(str(built_packs / f"live-streaming-{audience}"
                                  / f"live-streaming-{audience}-worksheet.docx"))
        heading = next(p for p in sheet.paragraphs if p.text.startswith("Exit quiz"))
        assert heading.text == "Exit quiz: ring one letter for each question"
        assert heading.paragraph_format.keep_with_next or \
            heading.style.paragraph_format.keep_with_next
        grid = heading._p.getnext()
        if grid.tag == qn("w:p"):
            # The default KS2 sheet's one line on which years answer which questions
            # (plan/worksheet/bands.py), itself kept with the grid: no other paragraph.
            note = DocxParagraph(grid, heading._parent)
            assert audience == "ks2" and note.text.startswith("Years 3–4: questions"), note.text
            assert note.paragraph_format.keep_with_next
            grid = grid.getnext()
        assert grid.tag == qn("w:tbl")
        first_row = grid.find(qn("w:tr"))
        assert first_row.find(f".//{qn('w:gridSpan')}") is None  # no intro row
        assert not any(p.text.startswith("Ring the letter") for p in sheet.paragraphs)


def test_a_fill_in_is_dark_ink_on_its_tint_whatever_the_text_colour() -> None:
    """White header text (a table's header row on the brand colour) would be white on the
    field's tint: the field carries its own dark ink, on the slides' pale tint (a run
    shading), not Word's marker-yellow highlight."""
    from lessonpack.render.docx_letter import highlight_placeholders
    from lessonpack.render.fill_in_marks import INK, TINT

    document = docx.Document()
    run = document.add_paragraph().add_run("Send the files to [school email] by Monday")
    run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    run.font.size = Pt(11)
    highlight_placeholders(document.element.body)
    runs = document.paragraphs[0].runs
    field = next(r for r in runs if r.text == "[school email]")
    assert field.font.highlight_color is None
    assert field._r.rPr.find(qn("w:shd")).get(qn("w:fill")) == TINT
    assert str(field.font.color.rgb) == INK
    # The rest of the line keeps its colour, and the properties keep the schema's order.
    assert all(str(r.font.color.rgb) == "FFFFFF" for r in runs if r is not field)
    tags = [c.tag.split("}")[1] for c in field._r.rPr]
    assert tags.index("color") < tags.index("sz") < tags.index("shd")


def test_a_table_read_by_its_first_column_bolds_it_and_bands_every_other_row() -> None:
    """A dated brief's table: the dates in bold and every second body row tinted, so the eye
    keeps its row across the page; a table not read so keeps plain rows."""
    rows = tuple((f"Mon {d} Dec", "Letters", "Office", "Print them.") for d in range(1, 6))
    header = ("By", "File", "Who", "What to do")
    plan = make_plan(blocks=(Table(header, rows, read_by_first=True),
                             Table(header, rows)))
    read, plain = reopen(render(plan)).tables[-2:]

    def fills(table: DocxTable) -> list[str | None]:
        found = []
        for row in table.rows[1:]:
            shd = row.cells[0]._tc.tcPr.find(qn("w:shd"))
            found.append(None if shd is None else shd.get(qn("w:fill")))
        return found

    banded = fills(read)
    assert banded[0] is None and banded[2] is None and banded[4] is None
    assert banded[1] and banded[1] == banded[3] and banded[1].upper() != "FFFFFF"
    assert all(r.bold for row in read.rows[1:] for r in row.cells[0].paragraphs[0].runs)
    assert not any(r.bold for row in read.rows[1:] for r in row.cells[3].paragraphs[0].runs)
    assert fills(plain) == [None] * 5
    assert not any(r.bold for row in plain.rows[1:] for r in row.cells[0].paragraphs[0].runs)


# ECMA-376 Part 1's sequences: a run's properties (CT_RPr) and a cell's (CT_TcPr), in the
# order Word requires (it may refuse a file whose properties are out of it).
RPR_SEQUENCE = (
    "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike",
    "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden",
    "color", "spacing", "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect",
    "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout",
    "specVanish", "oMath",
)
TCPR_SEQUENCE = (
    "cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap", "tcMar",
    "textDirection", "tcFitText", "vAlign", "hideMark", "headers", "cellIns", "cellDel",
    "cellMerge", "tcPrChange",
)


def _in_sequence(parent: object, sequence: tuple[str, ...]) -> list[str]:
    tags = [c.tag.split("}")[1] for c in parent]  # type: ignore[attr-defined]
    assert len(tags) == len(set(tags)), tags
    assert tags == sorted(tags, key=sequence.index), tags
    return tags


def test_a_table_read_by_its_first_column_keeps_each_run_and_cell_in_schema_order() -> None:
    """Bold goes into a run's own properties (a yellow field in the first column has some:
    never a second w:rPr) and a band's shading before a cell's margins and alignment."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    from lessonpack.render.docx_xml import embolden, shade_cell

    rows = tuple((f"[Date {d}] by", "Letters", "Office", "Print.") for d in range(1, 5))
    plan = make_plan(blocks=(Table(("By", "File", "Who", "What"), rows, read_by_first=True),))
    table = reopen(render(plan)).tables[-1]
    for row in table.rows[1:]:
        runs = row.cells[0].paragraphs[0].runs
        assert runs and all(r.bold for r in runs)
        for run in runs:
            assert len(run._r.findall(qn("w:rPr"))) == 1
            _in_sequence(run._r.rPr, RPR_SEQUENCE)
        for cell in row.cells:
            _in_sequence(cell._tc.tcPr, TCPR_SEQUENCE)
    field = next(r for r in table.rows[1].cells[0].paragraphs[0].runs if r.text.startswith("["))
    assert field._r.rPr.find(qn("w:shd")) is not None  # still the field's yellow
    # A cell and a run already carrying later properties: each new one lands before them.
    w = nsdecls("w")
    tc = parse_xml(f'<w:tc {w}><w:tcPr><w:tcW w:w="900" w:type="dxa"/><w:tcMar/>'
                   '<w:vAlign w:val="center"/></w:tcPr><w:p/></w:tc>')
    shade_cell(tc, "EEEEEE")
    shade_cell(tc, "DDDDDD")
    assert _in_sequence(tc.tcPr, TCPR_SEQUENCE) == ["tcW", "shd", "tcMar", "vAlign"]
    assert tc.tcPr.find(qn("w:shd")).get(qn("w:fill")) == "DDDDDD"
    r = parse_xml(f'<w:r {w}><w:rPr><w:rFonts w:ascii="Arial"/><w:b w:val="0"/>'
                  '<w:color w:val="111111"/><w:shd w:val="clear" w:fill="FFF3B0"/></w:rPr>'
                  '<w:t>[DSL]</w:t></w:r>')
    embolden(r)
    assert _in_sequence(r.rPr, RPR_SEQUENCE) == ["rFonts", "b", "bCs", "color", "shd"]
    assert r.rPr.find(qn("w:b")).get(qn("w:val")) is None  # on, not "0"


def _writing_lines(document: Document) -> int:
    body = document.element.body
    return sum(1 for p in body.iter(qn("w:p"))
               if (s := p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")) is not None
               and s.get(qn("w:val")) == "LPWritingLine")


def test_lines_that_end_a_page_take_its_room_and_no_more() -> None:
    """Writing lines a page break follows grow into the room left on their page (a side
    half blank under a five-line answer), at most twice over; a full page adds none."""
    few = (Heading("Part 2", 2), Paragraph("What should Mei do now?"),
           WritingLines(3, fill_page=True), PageBreak(), Paragraph("Exit quiz"))
    short = _writing_lines(reopen(render(make_plan(blocks=few))))
    assert 3 < short <= 8
    plain = _writing_lines(reopen(render(make_plan(blocks=(*few[:2], WritingLines(3),
                                                           *few[3:])))))
    assert plain == 3
    full = (*(Paragraph("A long paragraph of the story. " * 12) for _ in range(14)), *few)
    assert _writing_lines(reopen(render(make_plan(blocks=full)))) == 3
