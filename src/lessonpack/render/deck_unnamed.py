"""Shapes a template's masters and layouts draw without their id and name (p:cNvPr, which
the schema requires): ONLYOFFICE's Greek "new.pptx" has such a placeholder on a layout.
python-pptx refuses to read a shape's name without it, so the build stopped with an
internal error; each is given one, an id unused in its part and a name like PowerPoint's.
"""

from __future__ import annotations

from typing import Any

from lxml import etree
from pptx.oxml.ns import qn

_NON_VISUAL = tuple(qn(f"p:{tag}") for tag in ("nvSpPr", "nvPicPr", "nvGrpSpPr", "nvCxnSpPr",
                                                 "nvGraphicFramePr"))


def name_unnamed_shapes(prs: Any) -> int:
    """Give every master and layout shape lacking a p:cNvPr one; how many were given."""
    given = 0
    for master in prs.slide_masters:
        for part in (master, *master.slide_layouts):
            given += _name_in(part.element)
    return given


def _name_in(root: etree._Element) -> int:
    missing = [nv for nv in root.iter(*_NON_VISUAL) if nv.find(qn("p:cNvPr")) is None]
    if not missing:
        return 0
    used = [int(el.get("id", "0")) for el in root.iter(qn("p:cNvPr"))
            if el.get("id", "").isdigit()]
    next_id = max(used, default=1) + 1
    for nv in missing:
        c_nv_pr = etree.Element(qn("p:cNvPr"), id=str(next_id), name=f"Shape {next_id}")
        nv.insert(0, c_nv_pr)
        next_id += 1
    return len(missing)
