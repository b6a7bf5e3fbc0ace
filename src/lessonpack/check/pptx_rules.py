"""Structural checks of a deck: alt text, slide titles, reading order, table headers, empty
placeholders and document properties. Each rule is a pure function of a DeckView/SlideView."""

from __future__ import annotations

from typing import Any

from lxml import etree

from lessonpack.check.alttext import alt_text_problem
from lessonpack.check.findings import Finding, finding, metadata_findings, quote
from lessonpack.check.pptx_shapes import (
    NS,
    TITLE_TYPES,
    Box,
    DeckView,
    SlideView,
    c_nv_pr_of,
    groups_of,
    is_decorative,
    shape_text,
)

A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
# Reading order: shapes this close (0.1 in) still count as "above" or "left of" each other,
# so boxes that touch or overlap by a hair do not decide the order.
ORDER_TOLERANCE = 91440
# Two shapes sit in one row when they overlap vertically by half the taller one's height;
# a short label beside a tall column is then neither before nor after it.
SAME_ROW = 0.5
_GRAPHIC_KINDS = {
    "http://schemas.openxmlformats.org/drawingml/2006/chart": "chart",
    "http://schemas.openxmlformats.org/drawingml/2006/diagram": "SmartArt diagram",
    "http://schemas.openxmlformats.org/drawingml/2006/table": "table",
}


def _where(view: SlideView) -> str:
    return view.where


def document_rules(deck: DeckView) -> list[Finding]:
    return metadata_findings(deck.path, "presentation", deck.title,
                             bool(deck.language or deck.run_languages))


# ------------------------------------------------------------------ alt text

def _graphic_kind(el: etree._Element) -> str:
    data = el.find("a:graphic/a:graphicData", NS)
    uri = data.get("uri", "") if data is not None else ""
    return _GRAPHIC_KINDS.get(uri, "object")


def _alt(el: etree._Element) -> str:
    c_nv_pr = c_nv_pr_of(el)
    return c_nv_pr.get("descr", "") if c_nv_pr is not None else ""


def alt_text(path: str, view: SlideView, tree_groups: list[etree._Element]) -> list[Finding]:
    """Pictures, charts, diagrams and pure drawings (groups without text) need alt text
    unless marked decorative; a group's meaningful alt text covers what is inside it."""
    found = []
    covered: set[int] = set()
    targets: list[tuple[etree._Element, str]] = []
    for group in tree_groups:
        if any(id(a) in covered for a in group.iterancestors()):
            continue
        if is_decorative(group) or alt_text_problem(_alt(group)) is None:
            covered.add(id(group))
            continue
        if _alt(group).strip() or not shape_text(group).strip():
            targets.append((group, "group"))
    for item in view.items:
        if item.decorative or (item.group is not None and _in_covered(item.el, covered)):
            continue
        if item.tag == "pic":
            targets.append((item.el, "picture"))
        elif item.tag == "graphicFrame" and _graphic_kind(item.el) != "table":
            targets.append((item.el, _graphic_kind(item.el)))
    for el, kind in targets:
        problem = alt_text_problem(_alt(el))
        if problem:
            name = c_nv_pr_of(el).get("name", "")  # type: ignore[union-attr]
            found.append(finding(path, _where(view), "LPC101", f'{kind} "{name}" {problem}',
                                 "describe it in Alt Text (what it shows and why it matters), "
                                 "or mark it as decorative", view.number))
    return found


def _in_covered(el: etree._Element, covered: set[int]) -> bool:
    return any(id(a) in covered for a in el.iterancestors())


# ------------------------------------------------------------------ titles

def slide_title(view: SlideView) -> str | None:
    """The slide's title text; None when it has no title placeholder."""
    titles = [i for i in view.items if i.ph is not None and i.ph.type in TITLE_TYPES]
    if not titles:
        return None
    return " ".join(" ".join(i.text.split()) for i in titles).strip()


def titles(path: str, view: SlideView, seen: dict[str, int]) -> list[Finding]:
    title = slide_title(view)
    hint = ("add a short title in the slide's title placeholder (it can sit off the slide if "
            "the design shows none)")
    if title is None:
        return [finding(path, _where(view), "LPC102", "slide has no title placeholder", hint,
                        view.number)]
    if not title:
        return [finding(path, _where(view), "LPC102", "slide title is empty", hint,
                        view.number)]
    key = title.casefold()
    if key in seen:
        return [finding(path, _where(view), "LPC103",
                        f"title {quote(title)} is also the title of slide {seen[key]}",
                        "give every slide a unique title, e.g. add (2 of 3)", view.number)]
    seen[key] = view.number
    return []


# ------------------------------------------------------------------ reading order

def group_box(group: etree._Element) -> Box:
    """A group shape's box (EMU) as its own transform places it on the slide."""
    xfrm = group.find("p:grpSpPr/a:xfrm", NS)
    off = xfrm.find("a:off", NS) if xfrm is not None else None
    ext = xfrm.find("a:ext", NS) if xfrm is not None else None
    if off is None or ext is None:
        return (0, 0, 0, 0)
    return (int(off.get("x", "0")), int(off.get("y", "0")), int(ext.get("cx", "0")),
            int(ext.get("cy", "0")))


def _text_units(view: SlideView) -> list[tuple[str, Box, bool]]:
    """Text-bearing shapes in spTree order as (label, box, is title); a group with text is
    read as one unit at the group's box."""
    units: list[tuple[str, Box, bool]] = []
    seen_groups: set[int] = set()
    for item in view.items:
        if item.decorative or item.tag != "sp" or not item.text.strip():
            continue
        if item.group is None:
            is_title = item.ph is not None and item.ph.type in TITLE_TYPES
            units.append((f'{item.label} {quote(item.text, 30)}', item.box, is_title))
        elif id(item.group) not in seen_groups:
            seen_groups.add(id(item.group))
            name = c_nv_pr_of(item.group).get("name", "")  # type: ignore[union-attr]
            units.append((f'group "{name}"', group_box(item.group), False))
    return with_overline(units)


OVERLINE_GAP = 274320  # 0.3 in: a line this close above the title is the title's overline


def with_overline(units: list[tuple[Any, Box, bool]]) -> list[tuple[Any, Box, bool]]:
    """The line read just before the title that sits right on top of it (an overline or
    kicker: "LEARNING CYCLE 1" over "Big ideas") is read as part of the title, wherever the
    title is: on a template with its title at the foot of the slide, the slide still reads
    kicker, title, content."""
    out = list(units)
    for t, (_label, (tx, ty, tw, th), is_title) in enumerate(units):
        if not is_title or t == 0:
            continue
        label, (bx, by, bw, bh), _ = units[t - 1]
        above = by + bh / 2 < ty + th / 2 and ty - OVERLINE_GAP <= by + bh <= ty + th
        if above and min(bx + bw, tx + tw) > max(bx, tx):
            out[t - 1] = (label, (bx, by, bw, bh), True)
    return out


def visually_before(b: Box, a: Box) -> str | None:
    """How box ``b`` comes before box ``a`` when read top to bottom, left to right."""
    bx, by, bw, bh = b
    ax, ay, aw, ah = a
    x_overlap = min(ax + aw, bx + bw) - max(ax, bx)
    y_overlap = min(ay + ah, by + bh) - max(ay, by)
    if by + bh <= ay + ORDER_TOLERANCE and x_overlap > ORDER_TOLERANCE:
        return "above"
    if y_overlap >= SAME_ROW * max(ah, bh) and bx + bw <= ax + ORDER_TOLERANCE:
        return "to the left of"
    return None


def reading_order(path: str, view: SlideView) -> list[Finding]:
    """Screen readers follow the spTree; flag the first pair read against the layout. Only
    clear cases count: shapes in one column read top down, shapes in one row left to right;
    the title may always be read first."""
    units = _text_units(view)
    for i, (a_name, a_box, a_title) in enumerate(units):
        if a_title:
            continue
        for b_name, b_box, _ in units[i + 1:]:
            how = visually_before(b_box, a_box)
            if how:
                return [finding(path, _where(view), "LPC104",
                                f"{a_name} is read before {b_name}, which sits {how} it",
                                "reorder the shapes in the Reading Order (or Selection) pane "
                                "so text is read top to bottom, left to right", view.number)]
    return []


# ------------------------------------------------------------------ tables and placeholders

def table_headers(path: str, view: SlideView) -> list[Finding]:
    found = []
    for item in view.items:
        tbl = item.el.find("a:graphic/a:graphicData/a:tbl", NS) if item.tag == "graphicFrame" \
            else None
        if tbl is None:
            continue
        rows = tbl.findall("a:tr", NS)
        columns = tbl.findall("a:tblGrid/a:gridCol", NS)
        pr = tbl.find("a:tblPr", NS)
        header = pr is not None and pr.get("firstRow") in ("1", "true")
        # One row or one column is a layout box rather than data; it needs no header row.
        if not header and len(rows) >= 2 and len(columns) >= 2:
            found.append(finding(path, _where(view), "LPC105",
                                 f'table {item.label} has no header row',
                                 "tick Header Row in Table Design (firstRow) and put column "
                                 "headings in the first row", view.number))
    return found


def empty_placeholders(path: str, view: SlideView) -> list[Finding]:
    found = []
    for item in view.items:
        if item.tag != "sp" or item.ph is None or item.ph.type in TITLE_TYPES:
            continue  # an empty title is reported as a missing title
        if not item.text.strip():
            found.append(finding(path, _where(view), "LPC302",
                                 f'placeholder {item.label} ({item.ph.type}) is empty',
                                 'delete it or fill it: empty placeholders show a "Click to add" '
                                 "prompt while editing and are announced as blank",
                                 view.number))
    return found


def structure_rules(deck: DeckView) -> list[Finding]:
    found = document_rules(deck)
    seen: dict[str, int] = {}
    for view in deck.slides:
        groups = list(groups_of(view.tree)) if view.tree is not None else []
        found += alt_text(deck.path, view, groups)
        found += titles(deck.path, view, seen)
        found += reading_order(deck.path, view)
        found += table_headers(deck.path, view)
        found += empty_placeholders(deck.path, view)
    return found

