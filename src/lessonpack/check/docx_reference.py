"""Which body blocks of a document are reference matter: those within the hidden bookmark
``BOOKMARK`` (a plan's sources, set smaller than its body by render/docx_reference.py).

Reference text may sit ``REFERENCE_MARGIN_PT`` under the document's minimum size and no
more (9 pt under the usual 12, as render/docx_reference.py sets it): it is read only to
check a fact, never in a lesson or a workshop. Everything else keeps the full minimum
(LPC202), the take-away help cards a pupil keeps included: printed on both sides where
they have many routes, they hold the minimum four to a page.
"""

from __future__ import annotations

from collections.abc import Sequence

from lxml import etree

from lessonpack.check.docx_text import w

BOOKMARK = "_LpReference"  # hidden in Word: the name begins with "_"
REFERENCE_MARGIN_PT = 3.0


def reference_blocks(blocks: Sequence[etree._Element], name: str = BOOKMARK) -> set[int]:
    """Indexes into ``blocks`` (the body's paragraphs and tables, in order) that lie within
    the bookmark ``name`` (the reference list's unless told), from the block holding its
    start to the one holding its end."""
    inside: set[int] = set()
    open_ids: set[str] = set()
    for index, block in enumerate(blocks):
        for mark in block.iter(w("bookmarkStart"), w("bookmarkEnd")):
            if mark.tag == w("bookmarkStart") and mark.get(w("name")) == name:
                open_ids.add(mark.get(w("id")) or "")
        if open_ids:
            inside.add(index)
        for mark in block.iter(w("bookmarkEnd")):
            open_ids.discard(mark.get(w("id")) or "")
    return inside
