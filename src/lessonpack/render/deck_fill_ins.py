"""Fields a school fills in, marked on the slide as fields: a draft built without a school's
details shows "[DSL's name]" on the slide children most need to read, and a square-bracketed
name read as part of the design. Each bracketed field is on the pale tint the documents
mark theirs with, so a teacher sees at a glance what is left to fill in, and held on one
line by no-break spaces: a yellow field broken over two lines ("[deputy" / "DSL's name]",
default parents' slide 21) read as two fields, or as a field and a stray word. The check's
measure counts a no-break space as a letter (check.measure), so a held field is measured
as drawn. A teacher types over the field, so the held spaces go with it."""

from __future__ import annotations

import copy

from lxml import etree

from lessonpack.content.brand import Brand
from lessonpack.content.fill_ins import fill_ins
from lessonpack.render.fill_in_marks import INK, TINT
from lessonpack.render.ooxml import A

_FILLS = {f"{{{A}}}{n}" for n in ("noFill", "solidFill", "gradFill", "blipFill", "pattFill",
                                   "grpFill")}
# Where a:highlight goes in a run's properties (CT_TextCharacterProperties): before these.
_AFTER = {f"{{{A}}}{n}" for n in ("uLnTx", "uLn", "uFillTx", "uFill", "latin", "ea", "cs",
                                   "sym", "hlinkClick", "hlinkMouseOver", "rtl", "extLst")}


def mark_fill_ins(tree: etree._Element, brand: Brand | None = None) -> int:
    """Highlight every [bracketed field] in the runs under ``tree`` (a slide's shape tree),
    and an example ``brand``'s made-up contacts (content/fill_ins), splitting a run where
    a field starts and ends; the number of fields marked."""
    field = fill_ins(brand)
    marked = 0
    for run in list(tree.iter(f"{{{A}}}r")):
        t = run.find(f"{{{A}}}t")
        if t is None or not t.text or not field.search(t.text):
            continue
        parts = [p for p in field.split(t.text) if p]
        for part in parts:
            piece = copy.deepcopy(run)
            piece.find(f"{{{A}}}t").text = part
            if field.fullmatch(part):
                piece.find(f"{{{A}}}t").text = held(part)
                _highlight(piece)
                marked += 1
            run.addprevious(piece)
        run.getparent().remove(run)
    return marked


NBSP = "\u00a0"


# The longest field held whole (characters, brackets included): "[headteacher's name and
# phone]" is 30. A longer one (a letter's choice of three to strike through) wraps inside
# itself, as a sentence does: held, it would be one word wider than its box.
HELD_MOST = 30


def held(part: str) -> str:
    """A [bracketed field]'s words held on one line ("[deputy DSL's name]" with no-break
    spaces); an example school's made-up contact (a name, "Northshire Children's
    Services" in a card's heading) and a long field as they are."""
    if not part.startswith("[") or len(part) > HELD_MOST:
        return part
    return part.replace(" ", NBSP)


def _highlight(run: etree._Element) -> None:
    props = run.find(f"{{{A}}}rPr")
    if props is None:
        props = etree.Element(f"{{{A}}}rPr")
        run.insert(0, props)
    for fill in [child for child in props if child.tag in _FILLS]:
        props.remove(fill)
    ink = etree.Element(f"{{{A}}}solidFill")
    etree.SubElement(ink, f"{{{A}}}srgbClr", val=INK)
    outline = props.find(f"{{{A}}}ln")  # the schema puts a run's fill straight after ln
    if outline is not None:
        outline.addnext(ink)
    else:
        props.insert(0, ink)
    mark = etree.Element(f"{{{A}}}highlight")
    etree.SubElement(mark, f"{{{A}}}srgbClr", val=TINT)
    follower = next((child for child in props if child.tag in _AFTER), None)
    if follower is not None:
        follower.addprevious(mark)
    else:
        props.append(mark)
