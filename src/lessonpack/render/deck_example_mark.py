"""The parents' deck built from an example file (``example: true``) says so on its title
slide, as its letters, handout and sign-in sheet do (render/docx EXAMPLE_MARK): the school
and its people are made up, and a deck that looks finished could be shown to families."""

from __future__ import annotations

from pptx.dml.color import RGBColor
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.presentation import Presentation as PresentationT
from pptx.util import Emu, Pt

from lessonpack.content.brand import Brand
from lessonpack.render.docx import EXAMPLE_MARK, EXAMPLE_MARK_COLOUR

MARK_PT = 10
# A strip along the slide's top edge, clear of a cover's logo and title beneath it.
MARK_TALL = Emu(Pt(16))
MARK_NAME = "Example mark"
# Of the slide's width: the strip's white ground, wide enough for the mark in one line.
MARK_SHARE = 0.56


def mark_example_deck(prs: PresentationT, brand: Brand, look: str) -> None:
    """Put the example mark across the top of a parents' deck's first slide, where an
    example file builds it (pupils' decks are not shown to families)."""
    if not brand.example or look != "parents":
        return
    body_font = brand.body_font
    slide = prs.slides[0]
    width = int(prs.slide_width or 0)
    wide = int(width * MARK_SHARE)
    box = slide.shapes.add_textbox(Emu((width - wide) // 2), Emu(0), Emu(wide), MARK_TALL)
    box.name = MARK_NAME
    # White behind the red: on a brand's dark cover red alone could not be read.
    box.fill.solid()
    box.fill.fore_color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    frame = box.text_frame
    frame.word_wrap = True
    frame.margin_top = frame.margin_bottom = Emu(0)
    frame.vertical_anchor = MSO_ANCHOR.MIDDLE
    paragraph = frame.paragraphs[0]
    paragraph.alignment = PP_ALIGN.CENTER
    run = paragraph.add_run()
    run.text = EXAMPLE_MARK
    run.font.bold = True
    run.font.size = Pt(MARK_PT)
    run.font.name = body_font
    run.font.color.rgb = RGBColor.from_string(EXAMPLE_MARK_COLOUR)
