"""Resolves what each run of slide text really looks like, by walking PowerPoint's inheritance.

A run's size, weight, font and colour come from the first place that sets them:
run ``a:rPr`` → the shape's own ``a:lstStyle`` (for the paragraph's level) → for placeholders
the layout placeholder's and the master placeholder's ``a:lstStyle`` → the master's
``p:txStyles`` (titleStyle for titles, otherStyle for date/footer/slide number, bodyStyle for
every other placeholder) → for other shapes the shape style's ``a:fontRef`` colour → the
presentation's ``p:defaultTextStyle`` → PowerPoint's built-ins (18 pt, regular, minor font,
tx1). Paragraph spacing and indents, and the text frame's insets, wrap and autofit, inherit
along the same chain.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

from lxml import etree

from lessonpack.check.colour import RGB, Theme, first_colour
from lessonpack.check.pptx_shapes import FOOTER_TYPES, NS, TITLE_TYPES, Item, SlideView
from lessonpack.geometry import EMU_PT

A = "http://schemas.openxmlformats.org/drawingml/2006/main"
DEFAULT_SIZE = 18.0
DEFAULT_INSETS = (7.2, 3.6, 7.2, 3.6)  # points: 0.1 in left/right, 0.05 in top/bottom


@dataclass(frozen=True)
class Run:
    text: str
    size: float  # points, as set (autofit scaling is on the frame)
    bold: bool
    font: str  # a real family name, theme fonts resolved
    colour: tuple[RGB, float] | None  # None when no colour can be resolved
    caps: bool = False  # shown in capitals (cap="all" or "small"), which are wider
    # A highlight (LibreOffice writes a:highlight for character background) is drawn behind
    # the run's own text: that text is read on it, not on the shape.
    highlight: tuple[RGB, float] | None = None

    @property
    def shown(self) -> str:
        return self.text.upper() if self.caps else self.text


@dataclass(frozen=True)
class Para:
    runs: tuple[Run, ...]
    indent: float  # left margin (marL) in points
    space_before: float  # points
    line_factor: float  # multiple of single spacing (spcPct); 1.0 when unset
    line_points: float | None  # exact line pitch (spcPts), overrides line_factor
    empty_size: float  # size of the paragraph mark, for empty paragraphs
    space_after: float = 0.0  # points (LibreOffice writes its paragraph spacing as spcAft)

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


@dataclass(frozen=True)
class Frame:
    paras: tuple[Para, ...]
    insets: tuple[float, float, float, float]  # left, top, right, bottom in points
    wrap: bool
    autofit: str  # "none", "shrink" (normAutofit) or "resize" (spAutoFit)
    font_scale: float
    line_reduction: float
    vertical: bool

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.paras)


def _style_root(item: Item, view: SlideView) -> etree._Element | None:
    """The master text style a placeholder falls back to."""
    if view.master_styles is None or item.ph is None:
        return None
    if item.ph.type in TITLE_TYPES:
        tag = "titleStyle"
    elif item.ph.type in FOOTER_TYPES:
        tag = "otherStyle"
    else:
        tag = "bodyStyle"
    return view.master_styles.find(f"p:{tag}", NS)


class _Chain:
    """The list styles a shape inherits from, most specific first."""

    def __init__(self, item: Item, view: SlideView, tx_body: etree._Element | None) -> None:
        self.theme: Theme = view.theme
        self.clr_map = view.clr_maps.get(item.layer, view.clr_map)
        lists: list[etree._Element | None] = []
        if tx_body is not None:
            lists.append(tx_body.find("a:lstStyle", NS))
        if item.tag == "sp":
            lists += [b.find("p:txBody/a:lstStyle", NS) for b in item.bases]
            lists.append(_style_root(item, view))
        self.font_ref = None if item.ph is not None else item.el.find("p:style/a:fontRef", NS)
        self.lists = [el for el in lists if el is not None]
        self.default = view.default_style
        self.bodies = [b for b in ([tx_body.find("a:bodyPr", NS)] if tx_body is not None
                                   else []) if b is not None]
        if item.tag == "sp":
            self.bodies += [b.find("p:txBody/a:bodyPr", NS) for b in item.bases
                            if b.find("p:txBody/a:bodyPr", NS) is not None]

    def levels(self, level: int) -> tuple[list[etree._Element], list[etree._Element]]:
        """Paragraph property sets for a level: (the shape's own and inherited list styles,
        most specific first; the presentation defaults)."""
        own = [el.find(f"a:lvl{level + 1}pPr", NS) for el in self.lists]
        fallback = []
        if self.default is not None:
            fallback = [self.default.find(f"a:lvl{level + 1}pPr", NS),
                        self.default.find("a:defPPr", NS)]
        return ([el for el in own if el is not None], [el for el in fallback if el is not None])

    def font(self, face: str) -> str:
        if face.startswith("+mj"):
            return self.theme.major_font
        if face.startswith("+mn"):
            return self.theme.minor_font
        return face


def _attr(elements: list[etree._Element | None], name: str) -> str | None:
    for el in elements:
        if el is not None and el.get(name) is not None:
            return el.get(name)
    return None


def _child(elements: list[etree._Element | None], path: str) -> etree._Element | None:
    for el in elements:
        if el is not None:
            found = el.find(path, NS)
            if found is not None:
                return found
    return None


def _spacing(elements: list[etree._Element], tag: str) -> tuple[float | None, float | None]:
    """(points, fraction of the font size) of a spacing element such as a:spcBef."""
    found = _child(list(elements), f"a:{tag}")
    if found is None:
        return None, None
    pts, pct = found.find("a:spcPts", NS), found.find("a:spcPct", NS)
    if pts is not None:
        return int(pts.get("val", "0")) / 100, None
    if pct is not None:
        return None, int(pct.get("val", "100000")) / 100000
    return None, None


def _colour(sources: list[etree._Element | None], chain: _Chain) -> tuple[RGB, float] | None:
    for source in sources:
        fill = source.find("a:solidFill", NS) if source is not None else None
        if fill is not None:
            return first_colour(fill, chain.theme, chain.clr_map)
    return None


def _run(r: etree._Element, text: str, own: list[etree._Element | None],
         fallback: list[etree._Element | None], chain: _Chain) -> Run:
    rpr = r.find("a:rPr", NS)
    sources = [rpr, *own, *fallback]
    size = int(_attr(sources, "sz") or DEFAULT_SIZE * 100) / 100
    bold = (_attr(sources, "b") or "0") in ("1", "true")
    latin = _child(sources, "a:latin")
    font = chain.font(latin.get("typeface", "+mn-lt") if latin is not None else "+mn-lt")
    # A shape style's font colour (white text on a default blue shape) beats the
    # presentation defaults but not the shape's own or inherited list styles.
    colour = _colour([rpr, *own], chain)
    if rpr is not None and rpr.find("a:hlinkClick", NS) is not None:
        # PowerPoint draws links in the theme's hyperlink colour, whatever the run says.
        colour = _colour([_scheme("hlink")], chain)
    if colour is None and chain.font_ref is not None:
        colour = first_colour(chain.font_ref, chain.theme, chain.clr_map)
    if colour is None:
        colour = _colour([*fallback, _scheme("tx1")], chain)
    caps = (_attr(sources, "cap") or "none") != "none"
    mark = rpr.find("a:highlight", NS) if rpr is not None else None
    highlight = first_colour(mark, chain.theme, chain.clr_map) if mark is not None else None
    return Run(text, size, bold, font, colour, caps, highlight)


def _scheme(slot: str) -> etree._Element:
    holder = etree.Element(f"{{{A}}}defRPr")
    fill = etree.SubElement(holder, f"{{{A}}}solidFill")
    etree.SubElement(fill, f"{{{A}}}schemeClr", val=slot)
    return holder


def paragraphs(tx_body: etree._Element, chain: _Chain) -> tuple[Para, ...]:
    result = []
    for p in tx_body.findall("a:p", NS):
        ppr = p.find("a:pPr", NS)
        level = int(ppr.get("lvl", "0")) if ppr is not None else 0
        own_levels, fallback_levels = chain.levels(level)
        levels = own_levels + fallback_levels
        own = [lv.find("a:defRPr", NS) for lv in own_levels]
        fallback = [lv.find("a:defRPr", NS) for lv in fallback_levels]
        runs = []
        for child in p:
            name = etree.QName(child).localname
            if name in ("r", "fld"):
                text = "".join(t.text or "" for t in child.findall("a:t", NS))
                runs.append(_run(child, text, own, fallback, chain))
            elif name == "br":
                runs.append(_run(child, "\n", own, fallback, chain))
        end = p.find("a:endParaRPr", NS)
        empty_size = int(_attr([end, *own, *fallback], "sz") or DEFAULT_SIZE * 100) / 100
        sources = [ppr, *levels]
        size = max((r.size for r in runs), default=empty_size)
        before_pts, before_pct = _spacing([s for s in sources if s is not None], "spcBef")
        line_pts, line_pct = _spacing([s for s in sources if s is not None], "lnSpc")
        after_pts, after_pct = _spacing([s for s in sources if s is not None], "spcAft")
        result.append(Para(
            tuple(runs),
            int(_attr(sources, "marL") or "0") / EMU_PT,
            before_pts if before_pts is not None else (before_pct or 0.0) * size * 1.2,
            line_pct if line_pct is not None else 1.0,
            line_pts,
            empty_size,
            after_pts if after_pts is not None else (after_pct or 0.0) * size * 1.2,
        ))
    return tuple(result)


def text_frame(item: Item, view: SlideView) -> Frame | None:
    """Resolved text of a shape with a text body; None for shapes without one."""
    tx_body = item.tx_body
    if tx_body is None:
        return None
    chain = _Chain(item, view, tx_body)
    bodies = chain.bodies
    insets = tuple(
        int(value) / EMU_PT if (value := _attr(list(bodies), key)) is not None else default
        for key, default in zip(("lIns", "tIns", "rIns", "bIns"), DEFAULT_INSETS, strict=True)
    )
    autofit, scale, reduction = "none", 1.0, 0.0
    for body in bodies:
        norm, grow = body.find("a:normAutofit", NS), body.find("a:spAutoFit", NS)
        if norm is not None:
            autofit = "shrink"
            scale = int(norm.get("fontScale", "100000")) / 100000
            reduction = int(norm.get("lnSpcReduction", "0")) / 100000
            break
        if grow is not None:
            autofit = "resize"
            break
        if body.find("a:noAutofit", NS) is not None:
            break
    vert = _attr(list(bodies), "vert") or "horz"
    return Frame(paragraphs(tx_body, chain), insets,  # type: ignore[arg-type]
                 (_attr(list(bodies), "wrap") or "square") != "none", autofit, scale,
                 reduction, vert != "horz")


def cell_frames(item: Item, view: SlideView) -> list[Frame]:
    """Text of every cell of a table frame; cells inherit from the presentation defaults."""
    chain = _Chain(item, view, None)
    frames = []
    for tc in item.el.iter(f"{{{A}}}tc"):
        body = tc.find("a:txBody", NS)
        if body is not None:
            frames.append(Frame(paragraphs(body, chain), DEFAULT_INSETS, True, "none", 1.0, 0.0,
                                False))
    return frames


def colour_origin(item: Item, view: SlideView, p_el: etree._Element,
                  r_el: etree._Element) -> etree._Element:
    """A copy of the ``a:solidFill`` a run's colour comes from, found as ``_run`` finds it
    (the run, the shape's and inherited list styles, a shape style's font colour, the
    presentation defaults, tx1). The build writes it onto runs of the text boxes it adds:
    PowerPoint, LibreOffice and ``check`` each walk a different chain for a text box with no
    colour of its own (LibreOffice's "automatic" colour turns white on a dark slide)."""
    chain = _Chain(item, view, item.tx_body)
    ppr = p_el.find("a:pPr", NS)
    own_levels, fallback_levels = chain.levels(int(ppr.get("lvl", "0")) if ppr is not None
                                               else 0)
    own = [r_el.find("a:rPr", NS), *(lv.find("a:defRPr", NS) for lv in own_levels)]
    for source in own:
        fill = source.find("a:solidFill", NS) if source is not None else None
        if fill is not None:
            return copy.deepcopy(fill)
    if chain.font_ref is not None and len(chain.font_ref):
        fill = etree.Element(f"{{{A}}}solidFill")
        fill.extend(copy.deepcopy(c) for c in chain.font_ref)
        return fill
    for source in (lv.find("a:defRPr", NS) for lv in fallback_levels):
        fill = source.find("a:solidFill", NS) if source is not None else None
        if fill is not None:
            return copy.deepcopy(fill)
    return _scheme("tx1")[0]


def alignments(item: Item, view: SlideView) -> list[str]:
    """Each paragraph's horizontal alignment ("l", "ctr", "r", "just", …) as the shape's own
    and inherited list styles set it; "l" where nothing does."""
    tx_body = item.tx_body
    if tx_body is None:
        return []
    chain = _Chain(item, view, tx_body)
    found = []
    for p in tx_body.findall("a:p", NS):
        p_pr = p.find("a:pPr", NS)
        level = int(p_pr.get("lvl", "0")) if p_pr is not None else 0
        own, fallback = chain.levels(level)
        found.append(_attr([p_pr, *own, *fallback], "algn") or "l")
    return found
