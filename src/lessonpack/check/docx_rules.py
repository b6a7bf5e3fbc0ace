"""Checks of a Word document: alt text, table header rows, text contrast, minimum font size,
and the document's title and language. Locations are ``paragraph N`` and ``table N`` counted
among the body's top-level blocks (as a reader scrolls), or ``header N`` / ``footer N``."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from lxml import etree

from lessonpack import contrast
from lessonpack.check.alttext import alt_text_problem
from lessonpack.check.colour import (
    BLACK,
    DEFAULT_CLR_MAP,
    WHITE,
    Paint,
    fill_of,
    first_colour,
    parse_theme,
    rgb_hex,
)
from lessonpack.check.docx_reference import (
    REFERENCE_MARGIN_PT,
    reference_blocks,
)
from lessonpack.check.docx_text import (
    NS,
    RunLook,
    Styles,
    W,
    layout_table,
    own_runs,
    table_context,
    w,
)
from lessonpack.check.findings import Finding, Options, finding, metadata_findings, quote

WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
V = "urn:schemas-microsoft-com:vml"
DECORATIVE = "{http://schemas.microsoft.com/office/drawing/2017/decorative}decorative"
_GRAPHICS = {
    "http://schemas.openxmlformats.org/drawingml/2006/picture": "picture",
    "http://schemas.openxmlformats.org/drawingml/2006/chart": "chart",
    "http://schemas.openxmlformats.org/drawingml/2006/diagram": "SmartArt diagram",
    "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup": "group",
    "http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas": "drawing canvas",
}


@dataclass(frozen=True)
class Block:
    """A unit a reader can find: a top-level paragraph or table, or a header or footer."""

    location: str
    position: int
    element: etree._Element
    furniture: bool  # header or footer: exempt from the minimum size
    reference: bool = False  # a bookmarked reference list: a little under the minimum


@dataclass
class DocView:
    path: str
    title: str
    language: str
    styles_language: bool
    styles: Styles
    blocks: list[Block]


def _body_blocks(body: etree._Element) -> Iterator[etree._Element]:
    for child in body:
        if child.tag in (w("p"), w("tbl")):
            yield child
        elif child.tag in (w("sdt"), w("customXml")):
            content = child.find("w:sdtContent", NS) if child.tag == w("sdt") else child
            if content is not None:
                yield from _body_blocks(content)


def part_element(part: object) -> etree._Element | None:
    """The XML of a part. python-docx gives a parsed ``element`` only to parts whose content
    type it knows from [Content_Types].xml; a header or styles part listed without one (pandoc
    reference documents have them) is a plain Part with bytes, parsed here. None when the
    bytes are not XML."""
    element = getattr(part, "element", None)
    if element is not None:
        return element
    from docx.oxml.parser import oxml_parser

    try:
        return etree.fromstring(part.blob, oxml_parser)  # type: ignore[attr-defined]
    except etree.XMLSyntaxError:
        return None


def open_document(path: Path | IO[bytes], label: str) -> DocView:
    """Read a .docx into a DocView; raises on files python-docx cannot open."""
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    document = docx.Document(path if not isinstance(path, Path) else str(path))
    part = document.part
    try:
        theme = parse_theme(part.part_related_by(RT.THEME).blob)
    except KeyError:
        theme = parse_theme(None)
    try:
        styles_el = part_element(part.part_related_by(RT.STYLES))
    except KeyError:
        styles_el = None
    styles = Styles(styles_el, theme, part.element)
    blocks: list[Block] = []
    furniture = [(rel.reltype, rel.target_part) for rel in part.rels.values()
                 if rel.reltype in (RT.HEADER, RT.FOOTER) and not rel.is_external]
    for kind, reltype, offset in (("header", RT.HEADER, 1), ("footer", RT.FOOTER, 10**6)):
        parts = sorted((p for t, p in furniture if t == reltype), key=lambda p: str(p.partname))
        for n, furniture_part in enumerate(parts, start=1):
            element = part_element(furniture_part)
            if element is not None:
                blocks.append(Block(f"{kind} {n}", offset + n, element, True))
    counts = {"p": 0, "tbl": 0}
    body = part.element.find("w:body", NS)
    elements = list(_body_blocks(body)) if body is not None else []
    reference = reference_blocks(elements)
    for index, el in enumerate(elements):
        kind = etree.QName(el).localname
        counts[kind] += 1
        name = "paragraph" if kind == "p" else "table"
        blocks.append(Block(f"{name} {counts[kind]}", 1000 + index, el, False,
                            index in reference))
    blocks.sort(key=lambda b: b.position)
    languages = styles_el is not None and any(
        lang.get(w("val")) for lang in styles_el.iter(w("lang")))
    core = document.core_properties
    return DocView(label, (core.title or "").strip(), (core.language or "").strip(), languages,
                   styles, blocks)


# ------------------------------------------------------------------ rules

def document_rules(view: DocView) -> list[Finding]:
    return metadata_findings(view.path, "document", view.title,
                             bool(view.language or view.styles_language))


def _in_fallback(el: etree._Element) -> bool:
    """Inside the legacy copy Word writes next to modern drawings (mc:Fallback), which Word
    itself never shows; checking it would report everything twice, and without alt text."""
    return any(a.tag == FALLBACK for a in el.iterancestors())


def _drawing_targets(block: Block) -> Iterator[tuple[str, str, str]]:
    """(kind, name, alt text) of every picture-like drawing that needs alt text."""
    for doc_pr in block.element.iter(f"{{{WP}}}docPr"):
        if _in_fallback(doc_pr):
            continue
        holder = doc_pr.getparent()
        data = holder.find(f"{{{A}}}graphic/{{{A}}}graphicData") if holder is not None else None
        kind = _GRAPHICS.get(data.get("uri", "")) if data is not None else None
        mark = doc_pr.find(f"{{{A}}}extLst/{{{A}}}ext/{DECORATIVE}")
        if kind is None or (mark is not None and mark.get("val", "1") in ("1", "true")):
            continue
        if kind in ("group", "drawing canvas") and data is not None and "".join(
                t.text or "" for t in data.iter(w("t"))).strip():
            continue  # a drawing whose text is read out needs no description of its own
        yield kind, doc_pr.get("name", ""), doc_pr.get("descr", "")
    for shape in block.element.iter(f"{{{V}}}shape"):
        if shape.find(f"{{{V}}}imagedata") is not None and not _in_fallback(shape):  # VML
            yield "picture", shape.get("id", ""), shape.get("alt", "")


def alt_text(view: DocView, block: Block) -> list[Finding]:
    found = []
    for kind, name, alt in _drawing_targets(block):
        problem = alt_text_problem(alt)
        if problem:
            found.append(finding(view.path, block.location, "LPC101",
                                 f'{kind} "{name}" {problem}',
                                 "right-click > View Alt Text: describe what it shows, or tick "
                                 "Mark as decorative", block.position))
    return found


def _cut_grid(table: etree._Element) -> bool:
    """Every cell's borders dashed (the lines to cut along) or none: cards, not data."""
    cells = table.findall("w:tr/w:tc", NS)
    kinds = {side.get(w("val")) for tc in cells
             for side in tc.findall("w:tcPr/w:tcBorders/*", NS)}
    return bool(cells) and "dashed" in kinds and kinds <= {"dashed", "nil", "none"} and all(
        tc.find("w:tcPr/w:tcBorders", NS) is not None for tc in cells)


def table_headers(view: DocView, block: Block) -> list[Finding]:
    found = []
    for table in block.element.iter(w("tbl")):  # the block itself and nested tables
        rows = table.findall("w:tr", NS)
        columns = table.findall("w:tblGrid/w:gridCol", NS)
        first = rows[0].find("w:trPr/w:tblHeader", NS) if rows else None
        header = first is not None and first.get(w("val"), "true") not in ("0", "false", "off")
        # One row or one column is a layout box (a callout) rather than data; so is a grid
        # of cards to cut out, every cell framed by dashed cut lines, and a table marked as
        # layout (a form's labels beside their answer cells).
        if header or len(rows) < 2 or len(columns) < 2 or _cut_grid(table) \
                or layout_table(table, view.styles):
            continue
        heading = " | ".join(
            "".join(t.text or "" for t in tc.iter(w("t"))) for tc in rows[0].findall("w:tc", NS))
        found.append(finding(view.path, block.location, "LPC105",
                             f"table starting {quote(heading)} has no header row",
                             "select the first row and tick Table Properties > Row > Repeat as "
                             "header row (w:tblHeader)", block.position))
    return found


def _box_paint(p: etree._Element, view: DocView) -> Paint | None:
    """The fill of the text box or shape a paragraph sits in; None outside shapes."""
    shape = next(p.iterancestors(f"{{{WPS}}}wsp"), None)
    if shape is None:
        return None
    theme = view.styles.theme
    paint = fill_of(shape.find(f"{{{WPS}}}spPr"), theme, DEFAULT_CLR_MAP)
    if paint is None:
        ref = shape.find(f"{{{WPS}}}style/{{{A}}}fillRef")
        found = first_colour(ref, theme, DEFAULT_CLR_MAP) if ref is not None \
            and ref.get("idx", "0") != "0" else None
        paint = Paint((found[0],), found[1]) if found else None
    return paint


def _looks(view: DocView, block: Block) -> Iterator[RunLook]:
    for p in block.element.iter(w("p")):  # the block itself, cells, text boxes
        if _in_fallback(p):
            continue
        table, box = table_context(p), _box_paint(p, view)
        for r in own_runs(p):
            look = view.styles.look(r, p, table, box)
            if look is not None:
                yield look


def text_rules(view: DocView, block: Block, options: Options) -> list[Finding]:
    """Worst contrast and smallest size within the block: one finding each at most."""
    worst: tuple[float, float, RunLook] | None = None
    smallest: RunLook | None = None
    for look in _looks(view, block):
        if smallest is None or look.size < smallest.size:
            smallest = look
        if look.colour is None or look.background is None:
            continue
        need = contrast.required_ratio(look.size, look.bold)
        ratio = contrast.ratio(look.colour, look.background)
        if worst is None or ratio / need < worst[0] / worst[1]:
            worst = (ratio, need, look)
    found = []
    if worst is not None and worst[0] < worst[1]:
        ratio, need, look = worst
        found.append(finding(
            view.path, block.location, "LPC201",
            f"text {quote(look.text)} has contrast {contrast.format_ratio(ratio)} "
            f"({rgb_hex(look.colour or BLACK)} on {rgb_hex(look.background or WHITE)}); "
            f"needs {need:g}:1",
            "darken the text or lighten the shading (check with a WCAG contrast checker)",
            block.position))
    if smallest is not None and not block.furniture:
        found += _size_rule(view, block, smallest, options)
    return found


def _size_rule(view: DocView, block: Block, smallest: RunLook, options: Options
               ) -> list[Finding]:
    """LPC202 for the block's smallest text: the document's minimum, or a little under it
    in a bookmarked reference list (check/docx_reference.py)."""
    least = options.min_doc_pt - (REFERENCE_MARGIN_PT if block.reference else 0)
    if smallest.size >= least - 0.01:
        return []
    where = "a reference list needs" if block.reference else "documents need"
    return [finding(view.path, block.location, "LPC202",
                    f"text {quote(smallest.text)} is {smallest.size:g} pt; {where} at least "
                    f"{least:g} pt", f"set the style or text to {least:g} pt or more",
                    block.position)]


def _first_set(p: etree._Element, view: DocView, tag: str) -> etree._Element | None:
    """The paragraph's own w:pPr/<tag>, else the nearest style's in its inheritance chain."""
    own = p.find(f"w:pPr/w:{tag}", NS)
    if own is not None:
        return own
    for style in view.styles.paragraph_styles(p):
        found = style.find(f"w:pPr/w:{tag}", NS)
        if found is not None:
            return found
    return None


def _is_heading(p: etree._Element, view: DocView) -> bool:
    level = _first_set(p, view, "outlineLvl")
    if level is not None:
        return level.get(w("val"), "9") not in ("9",)
    names = [(s.find("w:name", NS).get(w("val"), "") if s.find("w:name", NS) is not None
              else "").lower() for s in view.styles.paragraph_styles(p)]
    return any(n.startswith(("heading", "title")) for n in names)


def stranded_headings(view: DocView, block: Block) -> list[Finding]:
    """LPC401: a heading that does not keep with what follows it can end a page alone.
    A heading that is the document's last paragraph, or has no text, is left alone."""
    p = block.element
    text = "".join(t.text or "" for t in p.iter(w("t"))).strip()
    if block.furniture or p.tag != w("p") or not text:
        return []
    if not _is_heading(p, view):
        return []
    keep = _first_set(p, view, "keepNext")
    if keep is not None and keep.get(w("val"), "1") not in ("0", "false", "off"):
        return []
    if p.getnext() is None or p.getnext().tag == w("sectPr"):
        return []
    return [finding(view.path, block.location, "LPC401",
                    f"heading {quote(text)} has no keep-with-next, so it can be left at the "
                    "foot of a page without what follows it",
                    "turn on 'Keep with next' for the heading or its style (Word: Paragraph > "
                    "Line and Page Breaks)", block.position)]


def check_document(view: DocView, options: Options) -> list[Finding]:
    found = document_rules(view)
    for block in view.blocks:
        found += alt_text(view, block)
        found += table_headers(view, block)
        found += text_rules(view, block, options)
        found += stranded_headings(view, block)
    return found


__all__ = ["W", "check_document", "open_document"]
