"""A paragraph set as a tinted panel: a letter's "Where to get help" block.

The school's own sentence first, then a service a line with its name in bold, on the
brand's light tint with its colour's bar down the left: one block a parent finds on the page,
as a school prints its contacts, not run-in lines among the letter's paragraphs. One
paragraph (line breaks between services, single-spaced), so it costs the one-page letter
only its padding.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt

from lessonpack.render.docx_xml import (
    W,
    add_run,
    border_xml,
    keep_lines,
    set_paragraph_borders,
    shading_xml,
)
from lessonpack.render.ooxml.docx import paragraph_xml

if TYPE_CHECKING:
    from docx.oxml.xmlchemy import BaseOxmlElement
    from docx.text.paragraph import Paragraph as DocxParagraph

    from lessonpack.render.docx_writer import DocWriter

BAR = 24  # eighths of a point: a 3 pt bar, lighter than a box's
# A quiet panel's: a 1 pt hairline in the brand's colour, and the tint this far from the
# brand's light colour to white (half: a parent sees a box of contacts, not a block of colour).
QUIET_BAR = 8
QUIET_PALER = 0.5
SIDE_PAD = 8  # points between the bar and the text, and at the right
END_PAD = 2  # points of tint above and below the text
# A service's name: a short run of words before ": " at a line's start or after " · "
# ("NSPCC Helpline:", "Northshire Early Help:"); never a sentence's colon.
_NAME = re.compile(r"(^|(?<= · ))([^:?.·\n]{2,40}):(?= )")


def _bold(p: BaseOxmlElement, text: str) -> None:
    run = add_run(p, text)
    run.insert(0, parse_xml(f"<w:rPr {W}><w:b/><w:bCs/></w:rPr>"))


def write_lines(p: BaseOxmlElement, label: str, text: str, *, names: bool = True) -> None:
    """``label`` in bold, then ``text``'s lines; from the second line on, each service's
    name in bold, unless not ``names`` (a quiet panel: its label its one bold run)."""
    first, *rest = text.split("\n")
    if label:
        _bold(p, f"{label} ")
    add_run(p, first)
    for line in rest:
        add_run(p, "\n")
        if not names:
            add_run(p, line)
            continue
        at = 0
        for name in _NAME.finditer(line):
            if name.start(2) > at:
                add_run(p, line[at:name.start(2)])
            _bold(p, f"{name.group(2)}:")
            at = name.end()
        if at < len(line):
            add_run(p, line[at:])


def paler(colour: str, share: float) -> str:
    """``colour`` ("#EEF2F9") ``share`` of the way to white, as "F7F9FC"."""
    rgb = [int(colour.lstrip("#")[n:n + 2], 16) for n in (0, 2, 4)]
    return "".join(f"{round(c + (255 - c) * share):02X}" for c in rgb)


def as_panel(writer: DocWriter, paragraph: DocxParagraph, *,
             pad: tuple[float, float] = (SIDE_PAD, SIDE_PAD),
             space: tuple[float, float] = (2, 4), tinted_edges: bool = True,
             quiet: bool = False) -> None:
    """Tint, bar and padding round ``paragraph``, single-spaced, on one page. ``pad``: points
    between the bar and the words, and at the right; ``space``: points above and below;
    ``tinted_edges``: tinted padding above, below and at the right (not in a table's cell);
    ``quiet``: a paler tint and a hairline bar."""
    light = str(writer.brand.light)
    fill = paler(light, QUIET_PALER) if quiet else light
    ppr = paragraph_xml(paragraph).get_or_add_pPr()
    bar = border_xml("left", QUIET_BAR if quiet else BAR, str(writer.brand.primary),
                     int(pad[0]))
    # Borders in the tint's own colour are padding that the shading fills.
    set_paragraph_borders(ppr, [border_xml("top", 4, fill, END_PAD), bar,
                                border_xml("bottom", 4, fill, END_PAD),
                                border_xml("right", 4, fill, SIDE_PAD)]
                          if tinted_edges else [bar])
    ppr.find(qn("w:pBdr")).addnext(parse_xml(shading_xml(fill).replace("<w:shd ", f"<w:shd {W} ")))
    fmt = paragraph.paragraph_format
    fmt.left_indent = Pt((QUIET_BAR if quiet else BAR) / 8 + pad[0])
    fmt.right_indent = Pt(pad[1])
    fmt.line_spacing = 1.0
    # The letter's 4 pt between paragraphs below the tint; 2 above it, where the two
    # columns of tips end in their own spacing. (A one-page letter has no more to give.)
    fmt.space_before, fmt.space_after = Pt(space[0]), Pt(space[1])
    keep_lines(paragraph_xml(paragraph))
