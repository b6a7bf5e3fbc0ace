"""Placeholders whose look lives only in sample text, as LibreOffice writes them.

LibreOffice saves a .pptx without text styles on the master: the font size, colour and
bullets of each placeholder sit on its sample paragraph ("Click to edit…"). PowerPoint only
inherits from list styles, so text we put in such a placeholder would fall back to 18 pt
black. ``materialise_style`` copies the sample's look into the slide placeholder's own list
style, where both programs find it. ``clone_placeholder`` puts a master placeholder (a
LibreOffice master holds a whole layout's placeholders) onto a slide with that look.
"""

from __future__ import annotations

import copy
from typing import Any

from lxml import etree
from pptx.oxml.ns import qn
from pptx.slide import Slide

from lessonpack.render.deck_geometry import Box
from lessonpack.render.ooxml import next_shape_id

_DROP_RPR = ("lang", "altLang", "dirty", "err", "smtClean", "noProof")


def sample_style(sp: Any) -> etree._Element | None:
    """A level-1 paragraph style built from the first sample paragraph of ``sp``."""
    tx_body = sp.find(qn("p:txBody"))
    para = tx_body.find(qn("a:p")) if tx_body is not None else None
    if para is None:
        return None
    rpr = para.find(f"{qn('a:r')}/{qn('a:rPr')}")
    if rpr is None:
        rpr = para.find(f"{qn('a:fld')}/{qn('a:rPr')}")
    if rpr is None:
        rpr = para.find(qn("a:endParaRPr"))
    if rpr is None or rpr.get("sz") is None:
        return None
    ppr = para.find(qn("a:pPr"))
    lvl = copy.deepcopy(ppr) if ppr is not None else etree.Element(qn("a:pPr"))
    lvl.tag = qn("a:lvl1pPr")
    lvl.attrib.pop("lvl", None)
    for old in lvl.findall(qn("a:defRPr")) + lvl.findall(qn("a:extLst")):
        lvl.remove(old)
    def_rpr = copy.deepcopy(rpr)
    def_rpr.tag = qn("a:defRPr")
    for attr in _DROP_RPR:
        def_rpr.attrib.pop(attr, None)
    lvl.append(def_rpr)  # defRPr is the last child but extLst, which was dropped
    no_picture_bullet(lvl)
    return lvl


_PICTURE_BULLET = (qn("a:buBlip"), qn("a:buSzPct"), qn("a:buSzPts"), qn("a:buSzTx"))


def no_picture_bullet(p_pr: etree._Element) -> None:
    """A picture bullet (``a:buBlip``) copied from a master left out, with the hanging
    indent it hung from: its picture is the master's part, so on a slide it names a
    relationship the slide does not have and draws nothing, while every wrapped line still
    stood indented under an empty bullet (klee2's "What this session covers")."""
    if p_pr.find(qn("a:buBlip")) is None:
        return
    for child in [c for c in p_pr if c.tag in _PICTURE_BULLET]:
        p_pr.remove(child)
    p_pr.set("marL", "0")
    p_pr.set("indent", "0")
    later = next((c for c in p_pr if c.tag in (qn("a:tabLst"), qn("a:defRPr"), qn("a:extLst"))),
                 None)
    mark = etree.Element(qn("a:buNone"))
    later.addprevious(mark) if later is not None else p_pr.append(mark)


def materialise_style(target: Any, source: Any) -> bool:
    """Give ``target`` (a slide placeholder element) the look of ``source``'s sample text;
    False when the source has none to give."""
    lvl = sample_style(source)
    tx_body = target.find(qn("p:txBody"))
    if lvl is None or tx_body is None:
        return False
    lst = tx_body.find(qn("a:lstStyle"))
    if lst is None:
        lst = etree.Element(qn("a:lstStyle"))
        body_pr = tx_body.find(qn("a:bodyPr"))
        body_pr.addnext(lst) if body_pr is not None else tx_body.insert(0, lst)
    for old in lst.findall(qn("a:lvl1pPr")):
        lst.remove(old)
    lst.insert(0, lvl)
    for level in lst:  # the master's own levels, copied with the placeholder
        no_picture_bullet(level)
    return True


def set_box(sp: Any, box: Box) -> None:
    sp_pr = sp.find(qn("p:spPr"))
    xfrm = sp_pr.find(qn("a:xfrm"))
    if xfrm is None:
        xfrm = etree.Element(qn("a:xfrm"))
        sp_pr.insert(0, xfrm)
    for child in list(xfrm):
        xfrm.remove(child)
    etree.SubElement(xfrm, qn("a:off"), x=str(box[0]), y=str(box[1]))
    etree.SubElement(xfrm, qn("a:ext"), cx=str(box[2]), cy=str(box[3]))


def element_box(sp: Any) -> Box | None:
    off = sp.find(f"{qn('p:spPr')}/{qn('a:xfrm')}/{qn('a:off')}")
    ext = sp.find(f"{qn('p:spPr')}/{qn('a:xfrm')}/{qn('a:ext')}")
    if off is None or ext is None:
        return None
    return int(off.get("x")), int(off.get("y")), int(ext.get("cx")), int(ext.get("cy"))


def clone_placeholder(slide: Slide, source: Any, idx: int, *, box: Box | None = None,
                      size_pt: int | None = None, bold: bool | None = None) -> None:
    """A copy of master placeholder ``source`` on ``slide``, numbered ``idx``, empty, with the
    source's position and look (PowerPoint inherits nothing from a master placeholder that
    its layout does not repeat). A copied title becomes a text body: one title per slide."""
    sp = copy.deepcopy(source)
    sp.find(f".//{qn('p:cNvPr')}").set("id", str(next_shape_id(slide.shapes)))
    ph = sp.find(f".//{qn('p:ph')}")
    ph.set("idx", str(idx))
    if ph.get("type") in ("title", "ctrTitle"):
        ph.set("type", "body")
    materialise_style(sp, source)
    if box is not None:
        set_box(sp, box)
    def_rpr = sp.find(f"{qn('p:txBody')}/{qn('a:lstStyle')}/{qn('a:lvl1pPr')}/{qn('a:defRPr')}")
    if def_rpr is not None and size_pt is not None:
        def_rpr.set("sz", str(size_pt * 100))
    if def_rpr is not None and bold is not None:
        def_rpr.set("b", "1" if bold else "0")
    tx_body = sp.find(qn("p:txBody"))
    for para in tx_body.findall(qn("a:p")):
        tx_body.remove(para)
    etree.SubElement(tx_body, qn("a:p"))
    slide.shapes.element.append(sp)
