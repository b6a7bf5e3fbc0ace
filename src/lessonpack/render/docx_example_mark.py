"""The EXAMPLE band at the top edge of every paper built from one of lessonpack's example
files (brand or school ``example: true``).

Every paper built from an example (the letters and invitation, the handout, help cards, the
visit brief, the handovers, plans and sheets) carries the same words, white bold on a dark
red band across the page's top: their made-up names and numbers look finished otherwise,
and a line of small red type there read as a running header nobody saw. A line under the
header's logo and title would take a line from every page (the handout's two sides are
full), so the band is a frame placed on the page above the header, in the room the header
distance leaves: it takes no line of the header or the body, in Word or LibreOffice.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from docx.oxml import parse_xml
from docx.section import Section
from docx.shared import Cm

from lessonpack.render.docx_page import measured
from lessonpack.render.docx_xml import W
from lessonpack.render.ooxml.docx import story_xml

# The band's top from the page's top edge, and its height: a 12 pt line with room above
# and below, ending above the header, which an example build starts at ``HEADER_FLOOR``.
# 2.5 mm down, the band's words print on a school copier (about 4 mm unprinted at the edge
# clips only the red above them).
TOP_TWIPS = 142  # 0.25 cm
BAND_LINE_PT = 15
BAND_TEXT_PT = 12
HEADER_FLOOR = Cm(0.8)


def add_top_mark(section: Section, text: str, *, colour: str) -> None:
    """``text`` in white bold on a ``colour`` band across the page between its margins (as
    wide as the header's rule under it), ``TOP_TWIPS`` from its top edge: a frame, the
    header's first paragraph (the header's own paragraphs keep their places). A line of
    small red type read as a running header and went unseen."""
    width = (measured(section.page_width) - measured(section.left_margin)
             - measured(section.right_margin)) // 635  # EMU to twips
    size = BAND_TEXT_PT * 2
    line = BAND_LINE_PT * 20
    xml = (f'<w:p {W}><w:pPr><w:framePr w:w="{width}" w:wrap="around" w:hAnchor="margin" '
           f'w:vAnchor="page" w:xAlign="center" w:y="{TOP_TWIPS}"/>'
           f'<w:shd w:val="clear" w:color="auto" w:fill="{colour}"/>'
           f'<w:spacing w:before="0" w:after="0" w:line="{line}" w:lineRule="exact"/>'
           '<w:jc w:val="center"/></w:pPr>'
           f'<w:r><w:rPr><w:b/><w:color w:val="FFFFFF"/><w:sz w:val="{size}"/>'
           f'<w:szCs w:val="{size}"/></w:rPr><w:t xml:space="preserve">{escape(text)}</w:t>'
           '</w:r></w:p>')
    story_xml(section.header).insert(0, parse_xml(xml))
