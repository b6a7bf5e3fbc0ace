"""Writes tests/check_fixtures/: a clean deck and document, and one file per `lessonpack check`
rule with exactly that one defect planted in an otherwise clean file.

Run: python tools/make_check_fixtures.py   (same bytes every run: fixed dates, sorted zips)

The files start from python-pptx's and python-docx's own default templates, not lessonpack's,
because the checker must work on any Office file. Expected findings live in tests/test_check.py.
"""

from __future__ import annotations

import io
import struct
import sys
import zlib
from collections.abc import Callable
from pathlib import Path

import docx
from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.shared import Pt as DocPt
from lxml import etree
from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE
from pptx.enum.dml import MSO_THEME_COLOR
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_AUTO_SIZE
from pptx.presentation import Presentation as Deck
from pptx.shapes.autoshape import Shape
from pptx.slide import Slide
from pptx.util import Inches, Pt

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from lessonpack.io.zipnorm import save_reproducibly  # noqa: E402

OUT = ROOT / "tests" / "check_fixtures"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
ADEC = "http://schemas.microsoft.com/office/drawing/2017/decorative"
TITLE_AND_CONTENT, TITLE_ONLY, BLANK = 1, 5, 6


def png(rgb: tuple[int, int, int], size: int = 8) -> bytes:
    """A tiny solid-colour PNG, built by hand so its bytes never depend on an image library."""
    raw = b"".join(b"\x00" + bytes(rgb) * size for _ in range(size))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def logo_png(rgb: tuple[int, int, int], size: int = 16) -> bytes:
    """A logo as schools export them: a solid mark on a see-through ground (RGBA), its
    outer quarter clear all round, built by hand like ``png``."""
    clear, ink = b"\x00\x00\x00\x00", bytes(rgb) + b"\xff"
    edge = size // 4
    raw = b"".join(b"\x00" + b"".join(ink if edge <= x < size - edge and edge <= y < size - edge
                                        else clear for x in range(size))
                   for y in range(size))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def mark_decorative(c_nv_pr: etree._Element) -> None:
    ext = etree.SubElement(etree.SubElement(c_nv_pr, f"{{{A}}}extLst"), f"{{{A}}}ext",
                           uri="{C183D7F6-B498-43B3-948B-1728B52AA6E4}")
    etree.SubElement(ext, f"{{{ADEC}}}decorative", nsmap={"adec": ADEC}).set("val", "1")


# ------------------------------------------------------------------ decks

def titled(prs: Deck, layout: int, title: str) -> Slide:
    slide = prs.slides.add_slide(prs.slide_layouts[layout])
    slide.shapes.title.text = title
    return slide


def text_box(slide: Slide, box: tuple[float, float, float, float], text: str, *,
             size: int | None = 24, name: str | None = None) -> Shape:
    shape = slide.shapes.add_textbox(*(Inches(v) for v in box))
    frame = shape.text_frame
    frame.word_wrap = True
    frame.auto_size = MSO_AUTO_SIZE.NONE
    frame.text = text
    if size is not None:
        frame.paragraphs[0].runs[0].font.size = Pt(size)
    if name:
        shape.name = name
    return shape


def base_deck(*, title_of_slide_3: str = "A chart and a drawing") -> Deck:
    """Three clean slides on python-pptx's default template, exercising what the rules read:
    inherited placeholder text, a picture with alt text and a decorative one, a table with a
    header row, a chart and a group with alt text, white text on a filled shape, and a small
    footer that is exempt from the minimum size."""
    prs = Presentation()
    slide = titled(prs, TITLE_AND_CONTENT, "Staying safe live")
    body = slide.placeholders[1].text_frame
    body.text = "Think before you share"
    body.add_paragraph().text = "Tell a trusted adult"
    text_box(slide, (0.5, 6.9, 4.0, 0.4), "Your school · Online safety", size=11,
             name="Footer text")

    slide = titled(prs, TITLE_ONLY, "Pictures and tables")
    pic = slide.shapes.add_picture(io.BytesIO(png((36, 86, 166))), Inches(0.5), Inches(1.8),
                                   Inches(2), Inches(2))
    pic._element.nvPicPr.cNvPr.set("descr", "A blue phone screen showing a live stream")
    ornament = slide.shapes.add_picture(io.BytesIO(png((200, 16, 46))), Inches(9.2),
                                        Inches(0.2), Inches(0.5), Inches(0.5))
    mark_decorative(ornament._element.nvPicPr.cNvPr)
    table = slide.shapes.add_table(3, 2, Inches(3), Inches(1.8), Inches(6), Inches(1.5)).table
    for r, row in enumerate((("Word", "Meaning"), ("live", "shown as it happens"),
                             ("block", "stop someone contacting you"))):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    badge = slide.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, Inches(0.5), Inches(4.5),
                                   Inches(4), Inches(1))
    badge.fill.solid()
    badge.fill.fore_color.theme_color = MSO_THEME_COLOR.TEXT_2
    badge.text_frame.text = "Stop, block, report"
    badge.text_frame.paragraphs[0].runs[0].font.color.theme_color = MSO_THEME_COLOR.BACKGROUND_1

    slide = titled(prs, TITLE_ONLY, title_of_slide_3)
    data = CategoryChartData()
    data.categories = ["Yes", "No"]
    data.add_series("Pupils", (60, 40))
    chart = slide.shapes.add_chart(XL_CHART_TYPE.BAR_CLUSTERED, Inches(0.5), Inches(1.8),
                                   Inches(5), Inches(4), data)
    chart._element.nvGraphicFramePr.cNvPr.set("descr", "Bar chart: 60 of 100 pupils said yes")
    group = slide.shapes.add_group_shape()
    for x in (6.0, 7.5):
        group.shapes.add_shape(MSO_SHAPE.OVAL, Inches(x), Inches(2), Inches(1), Inches(1))
    group._element.nvGrpSpPr.cNvPr.set("descr", "Two circles for the two choices")

    core = prs.core_properties
    core.title, core.language, core.author = "Check fixture", "en-GB", "lessonpack tests"
    core.last_modified_by = "lessonpack tests"
    return prs


def deck_alt_text(prs: Deck) -> None:
    # python-pptx writes the file name as alt text; that is the defect.
    prs.slides[1].shapes[1]._element.nvPicPr.cNvPr.set("descr", "image.png")


def deck_no_title(prs: Deck) -> None:
    slide = prs.slides.add_slide(prs.slide_layouts[BLANK])
    text_box(slide, (0.5, 1.0, 9.0, 1.0), "A slide someone forgot to title")


def deck_duplicate_title(prs: Deck) -> None:
    prs.slides[2].shapes.title.text = "Pictures and tables"


def deck_reading_order(prs: Deck) -> None:
    slide = titled(prs, TITLE_ONLY, "Reading order")
    text_box(slide, (0.5, 5.0, 9.0, 1.0), "Second point, at the bottom", name="Lower text")
    text_box(slide, (0.5, 2.0, 9.0, 1.0), "First point, at the top", name="Upper text")


def deck_table_header(prs: Deck) -> None:
    table = next(s for s in prs.slides[1].shapes if s.has_table).table
    table.first_row = False


def deck_doc_title(prs: Deck) -> None:
    prs.core_properties.title = ""


def deck_language(prs: Deck) -> None:
    prs.core_properties.language = ""
    for part in prs.part.package.iter_parts():
        element = getattr(part, "_element", None)
        if element is not None:
            for el in element.iter():
                el.attrib.pop("lang", None)


def deck_contrast(prs: Deck) -> None:
    # Dark blue text (tx2) on an accent-1 blue fill: both theme colours, 2.2:1.
    slide = titled(prs, TITLE_ONLY, "Contrast")
    box = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, Inches(0.5), Inches(2), Inches(9),
                                 Inches(4.5))
    box.name = "Low contrast box"
    box.fill.solid()
    box.fill.fore_color.theme_color = MSO_THEME_COLOR.ACCENT_1
    box.text_frame.text = "Hard to read"
    box.text_frame.paragraphs[0].runs[0].font.color.theme_color = MSO_THEME_COLOR.TEXT_2


def deck_font_size(prs: Deck) -> None:
    # The size is inherited: the master's body style makes level-2 text 14 pt.
    master_styles = prs.slide_master._element.find(
        "{http://schemas.openxmlformats.org/presentationml/2006/main}txStyles")
    lvl2 = master_styles.find(
        f"{{http://schemas.openxmlformats.org/presentationml/2006/main}}bodyStyle/{{{A}}}lvl2pPr")
    lvl2.find(f"{{{A}}}defRPr").set("sz", "1400")
    body = prs.slides[0].placeholders[1].text_frame
    para = body.add_paragraph()
    para.text = "A detail in small print"
    para.level = 1


def deck_overflow(prs: Deck) -> None:
    slide = titled(prs, TITLE_AND_CONTENT, "Too much text")
    frame = slide.placeholders[1].text_frame
    frame.text = "Live streaming means sharing video as it happens, to anyone watching."
    for n in range(9):
        frame.add_paragraph().text = f"Point {n + 2}: keep personal details private online."


def deck_empty_placeholder(prs: Deck) -> None:
    titled(prs, TITLE_AND_CONTENT, "Left unfinished")


def deck_blank_slide(prs: Deck) -> None:
    # One short line under the title: most of the slide below it is empty.
    slide = titled(prs, TITLE_ONLY, "Almost nothing here")
    text_box(slide, (0.5, 1.9, 9.0, 0.6), "A single short line")


def deck_title_widow(prs: Deck) -> None:
    # 32 pt across 9 inches: "stream" ends up alone on the second line.
    slide = titled(prs, TITLE_ONLY, "Keep your personal details private when you stream")
    slide.shapes.title.text_frame.paragraphs[0].runs[0].font.size = Pt(32)
    text_box(slide, (0.5, 1.9, 9.0, 4.6), "Then the slide is full of useful words. " * 12)


def deck_hidden_text(prs: Deck) -> None:
    # A filled panel drawn after the title, over its words (a template's title inside the
    # area a drawing was given).
    slide = titled(prs, TITLE_ONLY, "Hidden under the panel")
    panel = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, Inches(0.3), Inches(0.2), Inches(9.4),
                                   Inches(5.5))
    panel.fill.solid()
    panel.fill.fore_color.theme_color = MSO_THEME_COLOR.BACKGROUND_2
    panel.name = "Panel"


def deck_hidden_line(prs: Deck) -> None:
    # A quiz question's third line under the answer panels drawn after it: a small share of
    # the question's lines (under HIDDEN), but a whole line's words (onlyoffice-ar-SA's KS4 deck).
    slide = titled(prs, TITLE_ONLY, "A question over its answers")
    question = text_box(slide, (0.5, 1.6, 6.0, 1.5), "Which of these replies best challenges "
                        "what the classmate said about the person in the story, and why "
                        "would it help him?", size=24, name="Question")
    question.text_frame.paragraphs[0].runs[0].font.bold = True
    for n, x in enumerate((0.5, 3.6, 6.7)):
        panel = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, Inches(x), Inches(2.6),
                                       Inches(2.8), Inches(2.5))
        panel.fill.solid()
        panel.fill.fore_color.theme_color = MSO_THEME_COLOR.BACKGROUND_2
        panel.name = f"Answer {'ABC'[n]} panel"


def deck_text_collide(prs: Deck) -> None:
    # A "Who can help" card of two text boxes: a sentence in a box that grows with its text,
    # sized for two lines, which wraps to three over the bold line under it.
    slide = titled(prs, TITLE_ONLY, "Who can help")
    card = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, Inches(0.5), Inches(1.6), Inches(9.0),
                                  Inches(4.8))
    card.fill.solid()
    card.fill.fore_color.theme_color = MSO_THEME_COLOR.BACKGROUND_2
    card.name = "Card"
    words = text_box(slide, (0.7, 1.8, 5.6, 0.9), "Mrs Okafor or Mr Price. They keep you safe: "
                     "talk to them about any worry. You don't have to say why.", size=26,
                     name="Card words")
    words.text_frame.auto_size = MSO_AUTO_SIZE.SHAPE_TO_FIT_TEXT
    where = text_box(slide, (0.7, 2.75, 5.6, 1.0), "Find them in the school office, or ask "
                     "any staff member.", size=26, name="Card contact")
    where.text_frame.paragraphs[0].runs[0].font.bold = True


def deck_off_slide(prs: Deck) -> None:
    # Answers placed below the slide's foot (a template's text body parked off the slide).
    slide = titled(prs, TITLE_ONLY, "Falling off the edge")
    text_box(slide, (0.5, 1.9, 9.0, 4.8), "Most of this slide is full of useful words. " * 12)
    text_box(slide, (0.5, 6.9, 9.0, 1.2), "This answer runs off the foot of the slide.",
             name="Answer")


def deck_footer_overlap(prs: Deck) -> None:
    # The layout's slide number on the slide, a filled panel's corner over its words (a
    # drawing placed in a template's free area reaching into the number's corner).
    import copy

    slide = titled(prs, TITLE_ONLY, "A panel in the corner")
    number = next(ph for ph in slide.slide_layout.placeholders
                  if ph.placeholder_format.type is not None
                  and ph.placeholder_format.type.name == "SLIDE_NUMBER")
    shown = copy.deepcopy(number._element)
    for field in shown.iter(f"{{{A}}}fld"):  # dark, to read on white (the layout's is grey)
        r_pr = field.find(f"{{{A}}}rPr")
        if r_pr is None:
            r_pr = etree.SubElement(field, f"{{{A}}}rPr")
            field.insert(0, r_pr)
        fill = etree.SubElement(r_pr, f"{{{A}}}solidFill")
        etree.SubElement(fill, f"{{{A}}}srgbClr").set("val", "1A1A1A")
    slide.shapes._spTree.append(shown)
    panel = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, Inches(0.5), Inches(1.9), Inches(9.0),
                                   Inches(5.25))
    panel.fill.solid()
    panel.fill.fore_color.theme_color = MSO_THEME_COLOR.TEXT_2
    panel.name = "Panel"
    panel.text_frame.text = "Most of this slide is full of useful words. " * 6
    panel.text_frame.word_wrap = True
    panel.text_frame.paragraphs[0].runs[0].font.size = Pt(24)


def deck_footer_wrap(prs: Deck) -> None:
    # The layout's footer on the slide, its words too long for its box: a school's name and
    # a lesson's title in a template's narrow footer run to a second line.
    import copy

    slide = titled(prs, TITLE_ONLY, "A footer on two lines")
    text_box(slide, (0.5, 1.9, 9.0, 4.6), "Then the slide is full of useful words. " * 12)
    footer = next(ph for ph in slide.slide_layout.placeholders
                  if ph.placeholder_format.type is not None
                  and ph.placeholder_format.type.name == "FOOTER")
    shown = copy.deepcopy(footer._element)
    # The layout's box, 0.6 in tall: room for two lines, so the words overflow nothing and
    # only their second line is wrong.
    sp_pr = shown.find(f"{{{P}}}spPr")
    xfrm = etree.SubElement(sp_pr, f"{{{A}}}xfrm")
    etree.SubElement(xfrm, f"{{{A}}}off", x=str(footer.left), y=str(Inches(6.8)))
    etree.SubElement(xfrm, f"{{{A}}}ext", cx=str(footer.width), cy=str(Inches(0.6)))
    sp_pr.insert(0, xfrm)
    body = shown.find(f"{{{P}}}txBody")
    for para in body.findall(f"{{{A}}}p"):
        body.remove(para)
    para = etree.SubElement(body, f"{{{A}}}p")
    run = etree.SubElement(para, f"{{{A}}}r")
    r_pr = etree.SubElement(run, f"{{{A}}}rPr", sz="1200")
    fill = etree.SubElement(r_pr, f"{{{A}}}solidFill")  # dark, to read on white
    etree.SubElement(fill, f"{{{A}}}srgbClr").set("val", "1A1A1A")
    etree.SubElement(run, f"{{{A}}}t").text = (
        "Oakfield Primary School  ·  Live streaming: staying safe when you go live")
    slide.shapes._spTree.append(shown)


def deck_draft_mark(prs: Deck) -> None:
    # A help slide with its lead's name left to fill in and no "Draft" mark on slide 1 (a
    # trainer's cover with no free edge once got no strip).
    slide = titled(prs, TITLE_ONLY, "Who can help")
    text_box(slide, (0.5, 1.9, 9.0, 4.6), "Talk to our safeguarding lead, [DSL's name]. "
             + "Then the slide is full of useful words. " * 11, name="Help card")


def deck_help_name(prs: Deck) -> None:
    # The school's help card cut to fit: the deputy left on it, the lead said in the notes.
    slide = titled(prs, TITLE_ONLY, "Who can help")
    text_box(slide, (0.5, 1.9, 4.2, 0.6), "Our safeguarding lead", name="Help card 1 heading")
    text_box(slide, (0.5, 2.6, 4.2, 1.6), "Or ask Mr Price, next to reception.",
             name="Help card 1 text")
    text_box(slide, (0.5, 4.3, 4.2, 1.0), "Your teacher can take you to them.",
             name="Help card 1 contact")
    text_box(slide, (5.2, 1.9, 4.2, 3.4), "Childline: talk to someone kind. 0800 1111",
             name="Help card 2 text")
    slide.notes_slide.notes_text_frame.text = (
        "Say what each is for: Our safeguarding lead: Mrs Okafor, in the office.")


def _logo(slide: Slide, box: tuple[float, float, float, float]) -> None:
    # Named as the build names the brand's logo (render/deck_master), dark green.
    pic = slide.shapes.add_picture(io.BytesIO(logo_png((30, 77, 43))),
                                   *(Inches(v) for v in box))
    pic.name = "Logo"
    pic._element.nvPicPr.cNvPr.set("descr", "Ashgrove Primary School logo")


def deck_logo_contrast(prs: Deck) -> None:
    # A dark green crest in the corner of a dark grey panel (a dark template's master).
    slide = titled(prs, TITLE_ONLY, "A crest on a dark corner")
    text_box(slide, (0.5, 1.9, 9.0, 4.0), "Then the slide is full of useful words. " * 10)
    band = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, Inches(0), Inches(6.1), Inches(10),
                                  Inches(1.4))
    band.fill.solid()
    band.fill.fore_color.rgb = RGBColor(0x43, 0x43, 0x43)
    band.line.fill.background()
    band.name = "Dark band"
    _logo(slide, (8.4, 6.4, 0.8, 0.8))


def deck_logo_covered(prs: Deck) -> None:
    # A help card run down over the crest in the slide's corner.
    slide = titled(prs, TITLE_ONLY, "A card over the crest")
    _logo(slide, (0.3, 6.4, 0.8, 0.8))
    card = slide.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, Inches(0.5), Inches(1.9),
                                  Inches(9.0), Inches(4.9))
    card.fill.solid()
    card.fill.fore_color.theme_color = MSO_THEME_COLOR.TEXT_2
    card.name = "Help card"
    card.text_frame.text = "Childline: free help with any worry. " * 6
    card.text_frame.word_wrap = True
    card.text_frame.paragraphs[0].runs[0].font.size = Pt(24)
    card.text_frame.paragraphs[0].runs[0].font.color.theme_color = MSO_THEME_COLOR.BACKGROUND_1


def deck_clue_words(prs: Deck) -> None:
    # A room of clues' close-up drawn too small for its words: its alt text names the words
    # pupils search for, and the drawing shows the sign but not the certificate's name.
    slide = titled(prs, TITLE_ONLY, "Mei's stream, close up")
    group = slide.shapes.add_group_shape()
    sign = group.shapes.add_shape(MSO_SHAPE.RECTANGLE, Inches(0.5), Inches(1.8), Inches(4.5),
                                  Inches(4.9))
    sign.text_frame.text = "Elm Road"
    sign.text_frame.paragraphs[0].runs[0].font.size = Pt(24)
    sign.name = "Clue words: street-sign"
    group.shapes.add_shape(MSO_SHAPE.RECTANGLE, Inches(5.2), Inches(1.8), Inches(4.3),
                           Inches(4.9))
    group.name = "Close-up of the stream"
    group._element.nvGrpSpPr.cNvPr.set(
        "descr", "Close-up of Mei’s room in the stream: a street sign seen through the window, "
        "reading “Elm Road”; a certificate on the wall with her full name, reading “Mei Chen”.")


DECKS: dict[str, Callable[[Deck], None] | None] = {
    "clean": None,
    "alt-text": deck_alt_text,
    "no-title": deck_no_title,
    "duplicate-title": deck_duplicate_title,
    "reading-order": deck_reading_order,
    "table-header": deck_table_header,
    "doc-title": deck_doc_title,
    "language": deck_language,
    "contrast": deck_contrast,
    "font-size": deck_font_size,
    "overflow": deck_overflow,
    "empty-placeholder": deck_empty_placeholder,
    "blank-slide": deck_blank_slide,
    "title-widow": deck_title_widow,
    "hidden-text": deck_hidden_text,
    "hidden-line": deck_hidden_line,
    "off-slide": deck_off_slide,
    "text-collide": deck_text_collide,
    "footer-overlap": deck_footer_overlap,
    "footer-wrap": deck_footer_wrap,
    "draft-mark": deck_draft_mark,
    "help-name": deck_help_name,
    "logo-contrast": deck_logo_contrast,
    "logo-covered": deck_logo_covered,
    "clue-words": deck_clue_words,
}


# ------------------------------------------------------------------ documents

Doc = DocxDocument


def base_document() -> Doc:
    """A clean document on python-docx's default template: 12 pt body, headings, a picture
    with alt text and a decorative one, a table with a repeating header row, a one-cell
    callout (needs no header), white text on dark shading, and a 9 pt footer (exempt)."""
    document = docx.Document()
    document.styles["Normal"].font.size = DocPt(12)
    document.add_heading("Staying safe online", level=1)
    document.add_paragraph("Think before you share anything about yourself.")
    run = document.add_paragraph().add_run()
    run.add_picture(io.BytesIO(png((36, 86, 166))), width=docx.shared.Cm(2))
    run._r.find(".//{*}docPr").set("descr", "A blue phone screen showing a live stream")
    ornament = document.add_paragraph().add_run()
    ornament.add_picture(io.BytesIO(png((200, 16, 46))), width=docx.shared.Cm(0.5))
    mark_decorative(ornament._r.find(".//{*}docPr"))
    table = document.add_table(rows=3, cols=2)
    for r, row in enumerate((("Word", "Meaning"), ("live", "shown as it happens"),
                             ("block", "stop someone contacting you"))):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    header_row = table.rows[0]._tr.get_or_add_trPr()
    header_row.append(parse_xml(f'<w:tblHeader xmlns:w="{W}"/>'))
    callout = document.add_table(rows=1, cols=1)
    cell = callout.cell(0, 0)
    cell.text = "Remember: you can always tell a trusted adult."
    cell._tc.get_or_add_tcPr().append(parse_xml(
        f'<w:shd xmlns:w="{W}" w:val="clear" w:color="auto" w:fill="1F3864"/>'))
    cell.paragraphs[0].runs[0].font.color.rgb = docx.shared.RGBColor(0xFF, 0xFF, 0xFF)
    footer = document.sections[0].footer.paragraphs[0]
    footer.text = "Your school · Online safety"
    footer.runs[0].font.size = DocPt(9)
    core = document.core_properties
    core.title, core.language, core.author = "Check fixture", "en-GB", "lessonpack tests"
    core.last_modified_by, core.comments = "lessonpack tests", ""
    return document


def doc_alt_text(document: Doc) -> None:
    document.add_paragraph().add_run().add_picture(io.BytesIO(png((46, 125, 79))),
                                                   width=docx.shared.Cm(2))


def doc_table_header(document: Doc) -> None:
    table = document.add_table(rows=2, cols=2)
    for r, row in enumerate((("Day", "Task"), ("Monday", "Check privacy settings"))):
        for c, text in enumerate(row):
            table.cell(r, c).text = text


def doc_doc_title(document: Doc) -> None:
    document.core_properties.title = ""


def doc_language(document: Doc) -> None:
    document.core_properties.language = ""
    for el in list(document.styles.element.iter(f"{{{W}}}lang")):
        el.getparent().remove(el)


def doc_contrast(document: Doc) -> None:
    # Word's "White, Background 1, Darker 25%": a theme colour with a shade, #BFBFBF.
    run = document.add_paragraph().add_run("Pale grey text")
    run._r.get_or_add_rPr().append(parse_xml(
        f'<w:color xmlns:w="{W}" w:val="BFBFBF" w:themeColor="background1" w:themeShade="BF"/>'))


def doc_font_size(document: Doc) -> None:
    # The size comes through the basedOn chain: Fine Print → Small Base (9 pt).
    base = document.styles.add_style("Small Base", WD_STYLE_TYPE.PARAGRAPH)
    base.base_style = document.styles["Normal"]
    base.font.size = DocPt(9)
    fine = document.styles.add_style("Fine Print", WD_STYLE_TYPE.PARAGRAPH)
    fine.base_style = base
    document.add_paragraph("Terms and conditions apply.", style=fine)


def doc_stranded_heading(document: Doc) -> None:
    # A heading whose keep-with-next is turned off: it can end a page on its own.
    heading = document.add_heading("What to do next", level=1)
    heading.paragraph_format.keep_with_next = False
    document.add_paragraph("Tell a trusted adult.")


DOCUMENTS: dict[str, Callable[[Doc], None] | None] = {
    "clean": None,
    "alt-text": doc_alt_text,
    "table-header": doc_table_header,
    "doc-title": doc_doc_title,
    "language": doc_language,
    "contrast": doc_contrast,
    "font-size": doc_font_size,
    "stranded-heading": doc_stranded_heading,
}


def build_all() -> dict[str, bytes]:
    """File name → bytes of every fixture."""
    files: dict[str, bytes] = {}
    for name, plant in DECKS.items():
        prs = base_deck()
        if plant is not None:
            plant(prs)
        files[f"{name}.pptx"] = save_reproducibly(prs)
    for name, plant in DOCUMENTS.items():
        document = base_document()
        if plant is not None:
            plant(document)
        files[f"{name}.docx"] = save_reproducibly(document)
    return files


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, data in build_all().items():
        (OUT / name).write_bytes(data)
        print(f"wrote {(OUT / name).relative_to(ROOT)}")


if __name__ == "__main__":
    main()
