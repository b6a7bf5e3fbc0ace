"""A read-only view of a deck for the checks: every slide's shapes flattened in z-order with
their absolute boxes, the placeholders they inherit from, and the layers drawn beneath them
(layout and master decorations, backgrounds).

Works on the XML of any .pptx (python-pptx only opens the package and walks the parts), so
files made by PowerPoint, Google Slides or LibreOffice are read the same way as ours.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from lxml import etree

from lessonpack.check.colour import (
    DEFAULT_CLR_MAP,
    NO_FILL,
    Paint,
    Theme,
    background_ref_fill,
    clr_map_of,
    fill_of,
    first_colour,
    parse_theme,
)

A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
DECORATIVE = "{http://schemas.microsoft.com/office/drawing/2017/decorative}decorative"
NS = {"a": A, "p": P}
SHAPE_TAGS = {f"{{{P}}}{t}" for t in ("sp", "pic", "graphicFrame", "cxnSp", "grpSp")}
TITLE_TYPES = frozenset({"title", "ctrTitle"})
# Placeholders PowerPoint puts in the footer area; exempt from the minimum font size.
FOOTER_TYPES = frozenset({"ftr", "sldNum", "dt", "hdr"})

Box = tuple[int, int, int, int]  # x, y, width, height in EMU


@dataclass(frozen=True)
class Placeholder:
    type: str  # "body" when the XML leaves it out, as the spec says
    idx: int


@dataclass
class Item:
    """One drawn shape (groups are flattened; ``group`` is the outermost group it sits in)."""

    el: etree._Element
    box: Box
    layer: str  # "slide", "layout" or "master"
    ph: Placeholder | None
    decorative: bool
    group: etree._Element | None = None
    bases: list[etree._Element] = field(default_factory=list)  # layout ph, master ph

    @property
    def tag(self) -> str:
        return etree.QName(self.el).localname

    @property
    def name(self) -> str:
        c_nv_pr = c_nv_pr_of(self.el)
        return c_nv_pr.get("name", "") if c_nv_pr is not None else ""

    @property
    def label(self) -> str:
        """The shape as a message names it: its name in quotes, or, where the template left
        the name empty (LibreOffice's master text boxes), what it is and where, so it can be
        found in the Selection pane or on the slide."""
        if self.name.strip():
            return f'"{self.name}"'
        what = {"sp": "text box" if self.tx_body is not None else "shape", "pic": "picture",
                "graphicFrame": "table or chart", "cxnSp": "line", "grpSp": "group"}
        left, top = (round(v / 914400, 2) for v in self.box[:2])
        return (f"an unnamed {what.get(self.tag, 'shape')} {left:g} in from the left, "
                f"{top:g} in down")

    @property
    def tx_body(self) -> etree._Element | None:
        return self.el.find("p:txBody", NS)

    @property
    def text(self) -> str:
        return shape_text(self.el)


@dataclass
class SlideView:
    number: int
    name: str  # layout name, for messages
    theme: Theme
    clr_maps: dict[str, dict[str, str]]  # per layer: "slide", "layout", "master"
    items: list[Item]  # slide shapes, bottom first
    beneath: list[Item]  # layout and (if shown) master decorations, bottom first
    background: Paint
    master_styles: etree._Element | None  # p:txStyles
    default_style: etree._Element | None  # presentation's p:defaultTextStyle
    tree: etree._Element | None = None  # the slide's spTree
    size: tuple[int, int] = (12192000, 6858000)  # the slide's, EMU: a background's box
    # The python-pptx part of each layer's XML root (by id): where a picture's bytes are.
    parts: dict[int, Any] = field(default_factory=dict)
    # Hidden in slide show: the audience never sees it, but the teacher reads it to prepare,
    # so its text must be as readable as a shown slide's.
    hidden: bool = False
    # The speaker notes' words: what a presenter is told to say that the slide does not show.
    notes: str = ""

    @property
    def where(self) -> str:
        """How a finding names the slide: "slide 4", or "hidden slide 39"."""
        return f"{'hidden ' if self.hidden else ''}slide {self.number}"

    def part_of(self, el: etree._Element) -> Any:
        return self.parts.get(id(el.getroottree().getroot()))

    @property
    def clr_map(self) -> dict[str, str]:
        return self.clr_maps["slide"]


@dataclass
class DeckView:
    path: str
    title: str
    language: str
    run_languages: bool  # some run, paragraph default or style names a language
    slides: list[SlideView]
    size: tuple[int, int] = (12192000, 6858000)  # slide width and height, EMU

    @property
    def shown(self) -> list[SlideView]:
        """The slides a slide show projects, in order (hidden ones left out)."""
        return [view for view in self.slides if not view.hidden]


# ------------------------------------------------------------------ small XML helpers

def c_nv_pr_of(el: etree._Element) -> etree._Element | None:
    return el.find("./*/p:cNvPr", NS)


def is_decorative(el: etree._Element) -> bool:
    c_nv_pr = c_nv_pr_of(el)
    if c_nv_pr is None:
        return False
    mark = c_nv_pr.find(f"./a:extLst/a:ext/{DECORATIVE}", NS)
    return mark is not None and mark.get("val", "1") in ("1", "true")


def placeholder_of(el: etree._Element) -> Placeholder | None:
    ph = el.find("./*/p:nvPr/p:ph", NS)
    if ph is None:
        return None
    return Placeholder(ph.get("type", "body"), int(ph.get("idx", "0")))


def shape_text(el: etree._Element) -> str:
    """Text of a shape, or of a table's cells, one line per paragraph."""
    return "\n".join("".join(t.text or "" for t in p.iter(f"{{{A}}}t"))
                     for p in el.iter(f"{{{A}}}p"))


def text_anchor(item: Item) -> str:
    """Where a shape's text sits in its box ("t", "ctr", "b"): its own bodyPr's anchor, else
    the nearest placeholder it inherits from, else the top (OOXML's default). The checker
    places text by it and render/deck_kicker.py moves a kicker by it."""
    for el in (item.el, *item.bases):
        body = el.find("p:txBody/a:bodyPr", NS)
        if body is not None and body.get("anchor"):
            return str(body.get("anchor"))
    return "t"


def _own_box(el: etree._Element) -> Box | None:
    xfrm = el.find("./p:spPr/a:xfrm", NS)
    if xfrm is None:
        xfrm = el.find("./p:xfrm", NS)  # graphic frames
    if xfrm is None:
        xfrm = el.find("./p:grpSpPr/a:xfrm", NS)
    if xfrm is None:
        return None
    off, ext = xfrm.find("a:off", NS), xfrm.find("a:ext", NS)
    if off is None or ext is None:
        return None
    return (int(off.get("x", "0")), int(off.get("y", "0")), int(ext.get("cx", "0")),
            int(ext.get("cy", "0")))


def _children(tree: etree._Element) -> Iterator[etree._Element]:
    """Shape elements of a tree in z-order, looking inside markup-compatibility wrappers."""
    for child in tree:
        if child.tag in SHAPE_TAGS:
            yield child
        elif child.tag == f"{{{MC}}}AlternateContent":
            # Office draws the first Choice it understands; that is what carries the alt text.
            branch = child.find(f"{{{MC}}}Choice")
            if branch is None:
                branch = child.find(f"{{{MC}}}Fallback")
            if branch is not None:
                yield from _children(branch)


Transform = Callable[[Box], Box]


def _group_transform(group: etree._Element, outer: Transform) -> Transform:
    xfrm = group.find("./p:grpSpPr/a:xfrm", NS)
    if xfrm is None:
        return outer
    vals = {}
    for tag, keys in (("off", "xy"), ("ext", ("cx", "cy")), ("chOff", "xy"),
                      ("chExt", ("cx", "cy"))):
        node = xfrm.find(f"a:{tag}", NS)
        vals[tag] = tuple(int(node.get(k, "0")) if node is not None else 0 for k in keys)
    (ox, oy), (ew, eh) = vals["off"], vals["ext"]
    (cx, cy), (cw, ch) = vals["chOff"], vals["chExt"]
    sx, sy = (ew / cw if cw else 1.0), (eh / ch if ch else 1.0)

    def inner(box: Box) -> Box:
        x, y, w, h = box
        return outer((round(ox + (x - cx) * sx), round(oy + (y - cy) * sy), round(w * sx),
                      round(h * sy)))

    return inner


def flatten(tree: etree._Element, layer: str,
            bases: Callable[[Placeholder], list[etree._Element]]) -> list[Item]:
    """Every drawn shape of an spTree, bottom first; group children get absolute boxes."""
    items: list[Item] = []

    def walk(parent: etree._Element, transform: Transform, decorative: bool,
             group: etree._Element | None) -> None:
        for el in _children(parent):
            c_nv_pr = c_nv_pr_of(el)
            if c_nv_pr is not None and c_nv_pr.get("hidden") in ("1", "true"):
                continue
            dec = decorative or is_decorative(el)
            if el.tag == f"{{{P}}}grpSp":
                walk(el, _group_transform(el, transform), dec, group if group is not None
                     else el)
                continue
            ph = placeholder_of(el)
            chain = bases(ph) if ph is not None else []
            box = _own_box(el)
            for base in chain:
                if box is not None:
                    break
                box = _own_box(base)
            items.append(Item(el, transform(box or (0, 0, 0, 0)), layer, ph, dec, group,
                              chain))

    walk(tree, lambda box: box, False, None)
    return items


def groups_of(tree: etree._Element) -> Iterator[etree._Element]:
    """Every group shape in a tree, outermost first."""
    for el in _children(tree):
        c_nv_pr = c_nv_pr_of(el)
        if el.tag == f"{{{P}}}grpSp" and (c_nv_pr is None or c_nv_pr.get("hidden") not in
                                          ("1", "true")):
            yield el
            yield from groups_of(el)


# ------------------------------------------------------------------ placeholders and fills

def _master_type(ph_type: str) -> str:
    if ph_type in TITLE_TYPES:
        return "title"
    if ph_type in FOOTER_TYPES:
        return ph_type
    return "body"


def _find_ph(tree: etree._Element | None, want: Placeholder, by_idx: bool
             ) -> etree._Element | None:
    if tree is None:
        return None
    candidates = [(el, ph) for el in _children(tree) if (ph := placeholder_of(el)) is not None]
    if by_idx:
        for el, ph in candidates:
            if ph.idx == want.idx and (want.idx != 0 or _master_type(ph.type)
                                       == _master_type(want.type)):
                return el
    for el, ph in candidates:
        if _master_type(ph.type) == _master_type(want.type):
            return el
    return None


def shape_fill(item: Item, theme: Theme, clr_map: dict[str, str]) -> Paint:
    """What a shape paints behind its text: its own fill, else the fill its placeholder
    inherits, else its style's fill reference; pictures and frames are unknown paint."""
    if item.tag == "pic":
        return Paint(unknown=True, picture=item.el.find("p:blipFill", NS))
    if item.tag == "graphicFrame":
        return Paint(unknown=True)
    for el in (item.el, *item.bases):
        found = fill_of(el.find("p:spPr", NS), theme, clr_map)
        if found is not None:
            return found
    ref = item.el.find("./p:style/a:fillRef", NS)
    if ref is not None and ref.get("idx", "0") != "0":
        colour = first_colour(ref, theme, clr_map)
        return Paint((colour[0],), colour[1]) if colour else Paint(unknown=True)
    return NO_FILL


def _background(c_sld: etree._Element | None, theme: Theme, clr_map: dict[str, str]
                ) -> Paint | None:
    bg = c_sld.find("p:bg", NS) if c_sld is not None else None
    if bg is None:
        return None
    bg_pr = bg.find("p:bgPr", NS)
    if bg_pr is not None:
        return fill_of(bg_pr, theme, clr_map)
    return background_ref_fill(bg.find("p:bgRef", NS), theme, clr_map)


# ------------------------------------------------------------------ opening a deck

def _languages(parts: list[etree._Element]) -> bool:
    for root in parts:
        for tag in ("rPr", "endParaRPr", "defRPr"):
            for el in root.iter(f"{{{A}}}{tag}"):
                if el.get("lang"):
                    return True
    return False


def master_theme(master: Any) -> Theme:
    """The theme of a slide master (a python-pptx SlideMaster); empty when it has none."""
    from pptx.opc.constants import RELATIONSHIP_TYPE as RT

    try:
        return parse_theme(master.part.part_related_by(RT.THEME).blob)
    except KeyError:
        return Theme({})


def slide_view(slide: Any, number: int, theme: Theme, default_style: etree._Element | None
               ) -> SlideView:
    """What is drawn on one slide (a python-pptx Slide), layer by layer, with the colour maps
    and background that decide its colours. The build uses it too, to choose text colours
    that pass the contrast rule on what the text really sits on."""
    layout = slide.slide_layout
    master = layout.slide_master
    s_el, l_el, m_el = slide.element, layout.element, master.element
    master_map = clr_map_of(m_el.find("p:clrMap", NS), DEFAULT_CLR_MAP)
    layout_map = clr_map_of(l_el.find("p:clrMapOvr", NS), master_map)
    # A slide's a:masterClrMapping (what python-pptx and PowerPoint write) keeps the map its
    # layout uses: a dark section layout that swaps bg1 and tx1 swaps them on its slides too,
    # as PowerPoint and LibreOffice draw them.
    slide_map = clr_map_of(s_el.find("p:clrMapOvr", NS), layout_map)
    l_tree = l_el.find("p:cSld/p:spTree", NS)
    m_tree = m_el.find("p:cSld/p:spTree", NS)

    def slide_bases(ph: Placeholder) -> list[etree._Element]:
        found = [_find_ph(l_tree, ph, by_idx=True), _find_ph(m_tree, ph, by_idx=False)]
        return [el for el in found if el is not None]

    def layout_bases(ph: Placeholder) -> list[etree._Element]:
        found = _find_ph(m_tree, ph, by_idx=False)
        return [found] if found is not None else []

    beneath: list[Item] = []
    show_master = (l_el.get("showMasterSp", "1") not in ("0", "false")
                   and s_el.get("showMasterSp", "1") not in ("0", "false"))
    if show_master and m_tree is not None:
        beneath += [i for i in flatten(m_tree, "master", lambda _ph: []) if i.ph is None]
    if l_tree is not None:
        beneath += [i for i in flatten(l_tree, "layout", layout_bases) if i.ph is None]
    background = (_background(s_el.find("p:cSld", NS), theme, slide_map)
                  or _background(l_el.find("p:cSld", NS), theme, layout_map)
                  or _background(m_el.find("p:cSld", NS), theme, master_map)
                  or Paint(((1.0, 1.0, 1.0),)))
    s_tree = s_el.find("p:cSld/p:spTree", NS)
    items = flatten(s_tree, "slide", slide_bases) if s_tree is not None else []
    maps = {"slide": slide_map, "layout": layout_map, "master": master_map}
    prs = slide.part.package.presentation_part.presentation
    size = (int(prs.slide_width or 12192000), int(prs.slide_height or 6858000))
    parts = {id(s_el): slide.part, id(l_el): layout.part, id(m_el): master.part}
    return SlideView(number, layout.name, theme, maps, items, beneath, background,
                     m_el.find("p:txStyles", NS), default_style, s_tree, size, parts)


def open_deck(path: Path | IO[bytes], label: str) -> DeckView:
    """Read a .pptx into a DeckView; raises on files python-pptx cannot open."""
    from pptx import Presentation

    prs = Presentation(path if not isinstance(path, Path) else str(path))
    default_style = prs.element.find("p:defaultTextStyle", NS)
    themes: dict[int, Theme] = {}
    slides: list[SlideView] = []
    roots: list[etree._Element] = []
    for number, slide in enumerate(prs.slides, start=1):
        master = slide.slide_layout.slide_master
        if id(master) not in themes:
            themes[id(master)] = master_theme(master)
        roots.append(slide.element)
        view = slide_view(slide, number, themes[id(master)], default_style)
        view.hidden = slide.element.get("show") in ("0", "false")
        if slide.has_notes_slide and slide.notes_slide.notes_text_frame is not None:
            view.notes = slide.notes_slide.notes_text_frame.text
        slides.append(view)
    core = prs.core_properties
    masters = [m.element for m in prs.slide_masters]
    return DeckView(label, (core.title or "").strip(), (core.language or "").strip(),
                    _languages([*roots, *masters, prs.element]), slides,
                    (int(prs.slide_width or 12192000), int(prs.slide_height or 6858000)))
