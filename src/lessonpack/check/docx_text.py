"""Resolves the size, weight and colours of Word text through its style inheritance.

A run property comes from the first place that sets it: the run's own ``w:rPr`` → its
character style (and that style's basedOn chain) → the paragraph style (or the default
paragraph style) and its basedOn chain → the table style (the first-row conditional format,
then the whole table) → ``w:docDefaults`` → Word's built-in 10 pt. Shading behind text comes
from the run, else the paragraph (and its style), else the table cell (and the table style),
else the page background, else white paper.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from lessonpack.check.colour import (
    HIGHLIGHTS,
    RGB,
    WHITE,
    Paint,
    Theme,
    blend,
    hex_rgb,
    word_colour,
)

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
DEFAULT_SIZE = 10.0


def w(name: str) -> str:
    return f"{{{W}}}{name}"


def _on(el: etree._Element | None) -> bool:
    """A toggle property such as w:b: present and not switched off."""
    return el is not None and el.get(w("val"), "true") not in ("0", "false", "off")


@dataclass(frozen=True)
class TableContext:
    table: etree._Element
    first_row: bool  # the cell is in the table's first row
    cell: etree._Element


@dataclass(frozen=True)
class RunLook:
    text: str
    size: float
    bold: bool
    colour: RGB | None  # None: automatic colour, which Word keeps readable itself
    background: RGB | None  # None: text on a picture or pattern, whose colour is unknown


class Styles:
    """A document's styles part and theme, with lookups along the inheritance chain."""

    def __init__(self, styles: etree._Element | None, theme: Theme,
                 page: etree._Element | None) -> None:
        self.theme = theme
        self.by_id: dict[str, etree._Element] = {}
        self.default_paragraph: etree._Element | None = None
        self.defaults: etree._Element | None = None
        if styles is not None:
            for style in styles.findall("w:style", NS):
                self.by_id[style.get(w("styleId"), "")] = style
                if style.get(w("type")) == "paragraph" and _on_attr(style.get(w("default"))):
                    self.default_paragraph = style
            self.defaults = styles.find("w:docDefaults/w:rPrDefault/w:rPr", NS)
        self.page = WHITE
        if page is not None:
            background = page.find("w:background", NS)
            if background is not None:
                self.page = word_colour(background.get(w("color")),
                                        background.get(w("themeColor")),
                                        background.get(w("themeTint")),
                                        background.get(w("themeShade")), theme) or WHITE

    def chain(self, style: etree._Element | str | None) -> list[etree._Element]:
        """A style and the styles it is based on, most specific first (cycles cut)."""
        current = self.by_id.get(style) if isinstance(style, str) else style
        found: list[etree._Element] = []
        while current is not None and all(current is not s for s in found):
            found.append(current)
            based = current.find("w:basedOn", NS)
            current = self.by_id.get(based.get(w("val"), "")) if based is not None else None
        return found

    def paragraph_styles(self, p: etree._Element) -> list[etree._Element]:
        ref = p.find("w:pPr/w:pStyle", NS)
        if ref is not None and ref.get(w("val")) in self.by_id:
            return self.chain(ref.get(w("val")))
        return self.chain(self.default_paragraph)

    def _table_parts(self, table: TableContext | None, tag: str) -> list[etree._Element]:
        """Properties (``w:rPr`` or ``w:tcPr``) the table style gives a cell."""
        if table is None:
            return []
        ref = table.table.find("w:tblPr/w:tblStyle", NS)
        styles = self.chain(ref.get(w("val"))) if ref is not None else []
        found = []
        if table.first_row and _first_row_on(table.table):
            for style in styles:
                found += style.findall(f"w:tblStylePr[@w:type='firstRow']/w:{tag}", NS)
        for style in styles:
            found += style.findall(f"w:{tag}", NS)
        return found

    def run_props(self, r: etree._Element, p: etree._Element, table: TableContext | None
                  ) -> list[etree._Element]:
        own = r.find("w:rPr", NS)
        ref = own.find("w:rStyle", NS) if own is not None else None
        character = self.chain(ref.get(w("val"))) if ref is not None else []
        props = [own, *(s.find("w:rPr", NS) for s in character),
                 *(s.find("w:rPr", NS) for s in self.paragraph_styles(p)),
                 *self._table_parts(table, "rPr"), self.defaults]
        return [el for el in props if el is not None]

    def _shading(self, props: list[etree._Element]) -> RGB | None:
        for el in props:
            shd = el.find("w:shd", NS)
            if shd is not None:
                fill = word_colour(shd.get(w("fill")), shd.get(w("themeFill")),
                                   shd.get(w("themeFillTint")), shd.get(w("themeFillShade")),
                                   self.theme)
                if fill is not None:
                    return fill
        return None

    def background(self, props: list[etree._Element], p: etree._Element,
                   table: TableContext | None, box: Paint | None = None) -> RGB | None:
        for el in props:
            mark = el.find("w:highlight", NS)
            if mark is not None and mark.get(w("val")) in HIGHLIGHTS:
                return hex_rgb(HIGHLIGHTS[mark.get(w("val"), "")]) or WHITE
        found = self._shading(props)
        if found is None:
            paragraph = [p.find("w:pPr", NS), *(s.find("w:pPr", NS)
                                                for s in self.paragraph_styles(p))]
            found = self._shading([el for el in paragraph if el is not None])
        if found is None and box is not None and not box.transparent:
            # Text in a text box or shape sits on the shape's fill (the first gradient stop).
            return None if box.unknown else blend(box.colours[0], box.alpha, self.page)
        if found is None and table is not None:
            cell = [table.cell.find("w:tcPr", NS), *self._table_parts(table, "tcPr"),
                    table.table.find("w:tblPr", NS)]
            found = self._shading([el for el in cell if el is not None])
        return found or self.page

    def look(self, r: etree._Element, p: etree._Element, table: TableContext | None,
             box: Paint | None = None) -> RunLook | None:
        """How a run appears; None for hidden runs and runs without text."""
        text = "".join(t.text or "" for t in r.findall("w:t", NS))
        props = self.run_props(r, p, table)
        if not text.strip() or _on(_first(props, "w:vanish")):
            return None
        size_el = _first(props, "w:sz")
        size = int(size_el.get(w("val"), "20")) / 2 if size_el is not None else DEFAULT_SIZE
        colour_el = _first(props, "w:color")
        colour = None
        if colour_el is not None:
            colour = word_colour(colour_el.get(w("val")), colour_el.get(w("themeColor")),
                                 colour_el.get(w("themeTint")), colour_el.get(w("themeShade")),
                                 self.theme)
        return RunLook(text, size, _on(_first(props, "w:b")), colour,
                       self.background(props, p, table, box))


def _on_attr(value: str | None) -> bool:
    return value in ("1", "true", "on")


def _first(props: list[etree._Element], path: str) -> etree._Element | None:
    for el in props:
        found = el.find(path, NS)
        if found is not None:
            return found
    return None


def layout_table(table: etree._Element, styles: Styles) -> bool:
    """Whether the table is marked as layout the way Word marks one: in Table Normal (no
    table style, or the document's default table style), which Word's accessibility
    checker asks no header row of, and with the header-row look off, so the table itself
    says it has none. A data table left in Table Normal with its header row on is still
    data."""
    style = table.find("w:tblPr/w:tblStyle", NS)
    name = style.get(w("val"), "") if style is not None else ""
    found = styles.by_id.get(name)
    normal = not name or (found is not None and found.get(w("type")) == "table"
                          and _on_attr(found.get(w("default"))))
    return normal and not _first_row_on(table)


def _first_row_on(table: etree._Element) -> bool:
    """Whether the table applies its style's first-row format (tblLook)."""
    look = table.find("w:tblPr/w:tblLook", NS)
    if look is None:
        return True  # Word's default look includes the header row
    if look.get(w("firstRow")) is not None:
        return _on_attr(look.get(w("firstRow")))
    return bool(int(look.get(w("val"), "04A0"), 16) & 0x0020)


def own_runs(p: etree._Element) -> list[etree._Element]:
    """Runs of a paragraph, including those in hyperlinks and tracked insertions, but not
    those of paragraphs nested inside it (text boxes)."""
    return [r for r in p.iter(w("r")) if next(r.iterancestors(w("p")), None) is p]


def table_context(p: etree._Element) -> TableContext | None:
    cell = next(p.iterancestors(w("tc")), None)
    if cell is None:
        return None
    row = cell.getparent()
    table = row.getparent() if row is not None else None
    if table is None or table.tag != w("tbl"):
        return None
    first = next(iter(table.iterchildren(w("tr"))), None)
    return TableContext(table, first is row, cell)
