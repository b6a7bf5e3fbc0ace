"""The KS2 sheet's room of clues: the slides' drawing of Mei's room carried into the
worksheet as a Word drawing group (render/docx_room, render/docx_drawing), under Part 2's
story and above the sort that asks about it, its clues' words printed at 12 pt."""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING, cast

import pytest
from docx import Document
from lxml import etree
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE
from pptx.util import Emu, Pt

from lessonpack import api
from lessonpack.content.brand import DEFAULT_BRAND, Brand
from lessonpack.errors import InternalError
from lessonpack.io.templates import builtin
from lessonpack.kinds.payloads import Question
from lessonpack.plan.model import StoryPicture
from lessonpack.plan.pack import plan_pack
from lessonpack.render import docx_room
from lessonpack.render.deck_theme import scheme_colours
from lessonpack.render.docx import render_docx
from lessonpack.render.docx_drawing import WPG, WPS, group_drawing
from lessonpack.render.ooxml import A

if TYPE_CHECKING:
    from lessonpack.render.docx_writer import DocWriter

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
PICTURE = Path("src/lessonpack/pictures/cat.png")


def _text(el: etree._Element) -> str:
    return "".join(t.text or "" for t in el.iter(f"{W}t"))


def _own_text(p: etree._Element) -> str:
    """A paragraph's words outside any drawing in it."""
    return "".join(t.text or "" for t in p.iter(f"{W}t")
                   if not any(a.tag == f"{W}txbxContent" for a in t.iterancestors()))


def test_the_ks2_sheet_draws_meis_room_between_her_story_and_its_sort(ks2_pack: Path) -> None:
    doc = Document(str(ks2_pack / "live-streaming-ks2-worksheet.docx"))
    body = list(doc.element.body.iterchildren())
    groups = [i for i, el in enumerate(body) if el.find(f".//{{{WPG}}}wgp") is not None]
    assert len(groups) == 1, "one room: Part 2's (Zainab's and Kofi's stories have none)"
    at = groups[0]
    story = max(i for i, el in enumerate(body[:at]) if "Mei draws" in _text(el))
    heading = max(i for i, el in enumerate(body[:at]) if _own_text(el).startswith("Part 2"))
    sort = next(i for i, el in enumerate(body) if i > at and el.tag == f"{W}tbl")
    assert heading < story < at < sort
    assert "The frame on the wall" in _text(body[sort])
    drawing = body[at]
    # The clues' words are written on the things, as on the slide: the street, the name,
    # the school, the address.
    words = " ".join(_text(box) for box in drawing.iter(f"{W}txbxContent"))
    for clue in ("Elm Road", "Mei Chen", "Hillside", "4 Elm Road"):
        assert clue in words
    sizes = {int(sz.get(f"{W}val")) / 2 for box in drawing.iter(f"{W}txbxContent")
             for sz in box.iter(f"{W}sz")}
    assert sizes and min(sizes) >= 12, "a document's least size"
    # Kept with the sort below it, described for a screen reader, within the text width.
    assert drawing.find(f"{W}pPr/{W}keepNext") is not None
    described = drawing.find(f".//{WP}docPr")
    assert "Mei" in described.get("descr")
    extent = drawing.find(f".//{WP}extent")
    section = doc.sections[0]
    assert int(extent.get("cx")) <= section.page_width - section.left_margin \
        - section.right_margin
    # The cat's picture pinned on the wall is an image the document carries.
    assert drawing.find(".//{http://schemas.openxmlformats.org/drawingml/2006/main}blip") \
        is not None


def test_a_slide_group_becomes_a_word_group_with_its_words_and_picture() -> None:
    """The copier on a small group: a labelled box, a line and a picture keep their
    geometry, fill, words (size, weight, colour, face, alignment) and image."""
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    group = slide.shapes.add_group_shape()
    box = group.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, Emu(0), Emu(0), Emu(900000),
                                 Emu(300000))
    run = box.text_frame.paragraphs[0].add_run()
    run.text, run.font.size, run.font.bold, run.font.name = "Elm Road", Pt(18), True, "Arial"
    group.shapes.add_connector(1, Emu(0), Emu(400000), Emu(900000), Emu(400000))
    group.shapes.add_picture(str(PICTURE), Emu(1000000), Emu(0), Emu(300000), Emu(300000))
    doc = Document()
    ids = iter(range(100, 200))
    drawing = group_drawing(group.element, doc,
                            lambda r_id: slide.part.related_part(r_id).blob,
                            lambda: next(ids), "A test drawing", (1300000, 400000))
    shapes = drawing.findall(f".//{{{WPS}}}wsp")
    assert len(shapes) == 2
    geometry = shapes[0].find(".//{http://schemas.openxmlformats.org/drawingml/2006/main}"
                              "prstGeom")
    assert geometry.get("prst") == "roundRect"
    assert shapes[1].find(f"{{{WPS}}}cNvCnPr") is not None  # the line stays a connector
    words = shapes[0].find(f"{{{WPS}}}txbx/{W}txbxContent")
    assert _text(words) == "Elm Road"
    props = words.find(f"{W}p/{W}r/{W}rPr")
    assert props.find(f"{W}b") is not None and props.find(f"{W}sz").get(f"{W}val") == "36"
    assert props.find(f"{W}rFonts").get(f"{W}ascii") == "Arial"
    blip = drawing.find(".//{http://schemas.openxmlformats.org/drawingml/2006/main}blip")
    r_id = blip.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
                    "embed")
    assert doc.part.related_parts[r_id].blob == PICTURE.read_bytes()
    ids_used = [int(e.get("id")) for e in drawing.iter() if e.get("id", "").isdigit()]
    assert len(ids_used) == len(set(ids_used)), "each drawing id once in the document"
    assert drawing.find(f"{WP}inline/{WP}extent").get("cx") == "1300000"



def _worksheet_room(brand: Brand) -> etree._Element:
    """The room drawn on the KS2 worksheet for ``brand``, built in this process."""
    index = api.load()
    plan = plan_pack(index.items["live-streaming-ks2"].item, index.facts, brand,
                     index.pictures)
    sheet = next(d for d in plan.documents if d.filename.endswith("worksheet.docx"))
    built = Document(io.BytesIO(render_docx(sheet, brand, builtin().document, None)))
    return next(el for el in built.element.body.iterchildren()
                if el.find(f".//{{{WPG}}}wgp") is not None)


@pytest.mark.integration
def test_a_room_drawn_once_takes_each_schools_colours() -> None:
    """The room is drawn once a process (render/docx_room's _DRAWN) and coloured on a
    copy: a second school's sheet shows its own colours, and the first school's comes out
    as before, not in the colours of the school built in between."""
    first = DEFAULT_BRAND.model_copy(update={"org_name": "Elm School", "primary": "#123524",
                                             "secondary": "#1F6B45", "accent": "#B3261E"})
    second = first.model_copy(update={"org_name": "Ash School", "primary": "#3B1F5C",
                                      "secondary": "#5B3A8C", "accent": "#B00050"})
    docx_room._DRAWN.clear()
    before = _worksheet_room(first)
    other = _worksheet_room(second)
    again = _worksheet_room(first)
    assert len(docx_room._DRAWN) == 1, "one room, drawn once for all three sheets"

    def colours(room: etree._Element) -> set[str]:
        return {c.get("val") for c in room.iter(f"{{{A}}}srgbClr")}

    assert not list(again.iter(f"{{{A}}}schemeClr")), "every colour fixed to the brand's"
    assert etree.tostring(again) == etree.tostring(before)
    assert colours(other) != colours(before)
    assert scheme_colours(second)["lt2"] in colours(other), "the wall in its light tint"


def test_a_story_picture_of_anything_but_a_stream_is_an_error_not_a_blank() -> None:
    """Only a stream has a room: a sheet whose sort points into a picture must not lose
    the picture without a word (it had printed nothing)."""
    block = StoryPicture(Question(1, "Which is safe?", ("A", "B")), alt="A room")
    with pytest.raises(InternalError, match="not a Question"):
        docx_room.story_picture(cast("DocWriter", None), block)


def test_a_theme_colour_the_brand_does_not_give_is_an_error_not_black() -> None:
    room = etree.fromstring(
        f'<a:solidFill xmlns:a="{A}"><a:schemeClr val="tx2"><a:lumMod val="50000"/>'
        '</a:schemeClr><a:schemeClr val="phClr"/></a:solidFill>')
    colours = scheme_colours(DEFAULT_BRAND)
    with pytest.raises(InternalError, match="'phClr'"):
        docx_room._fixed_colours(room, colours)
    known = etree.fromstring(
        f'<a:solidFill xmlns:a="{A}"><a:schemeClr val="tx2"><a:lumMod val="50000"/>'
        '</a:schemeClr></a:solidFill>')
    docx_room._fixed_colours(known, colours)
    fixed = known.find(f"{{{A}}}srgbClr")
    assert fixed.get("val") == colours["dk2"], "a text slot by its theme name"
    assert fixed.find(f"{{{A}}}lumMod") is not None, "its shade kept"


def test_a_shape_word_cannot_draw_is_an_error_not_left_out() -> None:
    """A chart or table in a slide drawing has no Word drawing shape to become: the copy
    says which and where, where it had printed the drawing without it."""
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    group = slide.shapes.add_group_shape()
    group.name = "Story room"
    group.shapes.add_shape(MSO_SHAPE.RECTANGLE, Emu(0), Emu(0), Emu(900000), Emu(300000))
    table = slide.shapes.add_table(2, 2, Emu(0), Emu(400000), Emu(900000), Emu(300000))
    group.element.append(table._element)
    with pytest.raises(InternalError, match="'graphicFrame' \\(in 'Story room'\\)"):
        group_drawing(group.element, Document(), lambda r_id: b"", iter(range(1, 99)).__next__,
                      "A room", (900000, 700000))
