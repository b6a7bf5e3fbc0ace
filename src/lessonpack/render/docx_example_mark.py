"""The EXAMPLE mark at the top edge of a document with a running header, built from one of
lessonpack's example files (brand or school ``example: true``).

The letters carry the mark in their empty header (render/docx.py). Every other paper built
from an example (the handout, help cards, the visit brief, the handovers, plans and sheets)
carries the same words, bold dark red, centred at the page's top edge: their made-up names
and numbers look finished otherwise, and a trainer or teacher found the mark on some papers
and not others. A line under the header's logo and title would take a line
from every page (the handout's two sides are full), so the mark is a frame placed on the
page above the header, in the room the header distance leaves: it takes no line of the
header or the body, in Word or LibreOffice.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from docx.oxml import parse_xml
from docx.section import Section
from docx.shared import Pt

from lessonpack.render.docx_page import measured
from lessonpack.render.docx_xml import W
from lessonpack.render.ooxml.docx import story_xml

# From the page's top edge to the top of the mark's line: inside the header distance of
# every built-in and example template (0.6-0.75 cm), the 9 pt line ending above the header.
TOP_TWIPS = 113  # 0.2 cm


def add_top_mark(section: Section, text: str, *, pt: float, colour: str) -> None:
    """``text`` as a frame centred across the page's margins, ``TOP_TWIPS`` from its top
    edge, the header's first paragraph (the header's own paragraphs keep their places)."""
    width = (measured(section.page_width) - measured(section.left_margin)
             - measured(section.right_margin)) // 635  # EMU to twips
    size = int(Pt(pt).pt * 2)
    xml = (f'<w:p {W}><w:pPr><w:framePr w:w="{width}" w:wrap="around" w:hAnchor="margin" '
           f'w:vAnchor="page" w:xAlign="center" w:y="{TOP_TWIPS}"/>'
           '<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>'
           '<w:jc w:val="center"/></w:pPr>'
           f'<w:r><w:rPr><w:b/><w:color w:val="{colour}"/><w:sz w:val="{size}"/>'
           f'<w:szCs w:val="{size}"/></w:rPr><w:t xml:space="preserve">{escape(text)}</w:t>'
           '</w:r></w:p>')
    story_xml(section.header).insert(0, parse_xml(xml))
