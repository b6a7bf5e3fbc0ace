"""A layout the template lacks, made from its title-only layout (issue #14, "derive, don't refuse").

A template with a "Title Only" layout but no "Title and Content" or "Title Slide" (a designer
kept only what their own decks use) was refused (LP130). Such a layout is now added to the
deck: a copy of the title-only layout, its decorations and its title kept, with a real
placeholder of the master's text style where lessonpack's text goes (a text body in the area
under the title, clear of the title rule and footers; a subtitle under a title slide's title).
Being a real layout with real placeholders, every slide kind fills it as it fills a template's
own (text grown and centred, bullets in the master's style, a vote slide's text moved aside),
and the trainer can restyle it in PowerPoint (View > Slide Master). Its name says it was made
("… (lessonpack)"), and the build warns once per deck which slides use it.
"""

from __future__ import annotations

import copy
from typing import Any

from lxml import etree
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.parts.slide import SlideLayoutPart
from pptx.slide import SlideLayout

from lessonpack.render.deck_geometry import Box
from lessonpack.render.ooxml import A, P

R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
SUFFIX = " (lessonpack)"  # the name of a layout lessonpack made


def add_layout(base: SlideLayout, name: str, parts: dict[str, Box]) -> SlideLayout:
    """A copy of ``base`` (a title-only or a blank layout) named ``name``, with a placeholder
    for each role in ``parts`` ("title", "body" or "subtitle") at its box, added to its
    master after it."""
    master_part = base.slide_master.part
    package = master_part.package
    partname = package.next_partname("/ppt/slideLayouts/slideLayout%d.xml")
    element = copy.deepcopy(base.element)
    part = SlideLayoutPart(partname, base.part.content_type, package, element)
    # The copy's relationships (its master, its pictures), renumbered as the new part gives
    # them: every r:id/r:embed/r:link in the copied XML follows.
    renamed = {}
    for rid, rel in sorted(base.part.rels.items()):
        renamed[rid] = (part.rels.get_or_add_ext_rel(rel.reltype, rel.target_ref)
                        if rel.is_external else part.relate_to(rel.target_part, rel.reltype))
    for el in element.iter():
        for attr, value in el.attrib.items():
            if attr.startswith(f"{{{R}}}") and value in renamed:
                el.set(attr, renamed[value])
    c_sld = element.find(f"{{{P}}}cSld")
    c_sld.set("name", name)
    element.attrib.pop("type", None)  # not PowerPoint's "titleOnly" any more
    element.set("preserve", "1")
    tree = c_sld.find(f"{{{P}}}spTree")
    for role, box in parts.items():
        tree.append(_placeholder(tree, role, box))
    rid = master_part.relate_to(part, RT.SLIDE_LAYOUT)
    master = base.slide_master.element
    ids = master.find(f"{{{P}}}sldLayoutIdLst")
    if ids is None:
        ids = etree.SubElement(master, f"{{{P}}}sldLayoutIdLst")
    entry = etree.SubElement(ids, f"{{{P}}}sldLayoutId")
    entry.set("id", str(_next_id(package)))
    entry.set(f"{{{R}}}id", rid)
    return next(lay for lay in base.slide_master.slide_layouts if lay.part is part)


def _placeholder(tree: Any, role: str, box: Box) -> Any:
    """An empty placeholder (no text of its own: the master's text style rules it)."""
    used = [int(el.get("id", "0")) for el in tree.iter(f"{{{P}}}cNvPr")]
    kind, shown, idx = {"subtitle": ("subTitle", "Subtitle", ' idx="1"'),
                        "title": ("title", "Title", ""),
                        "body": ("body", "Text", ' idx="1"')}[role]
    x, y, w, h = box
    xml = (
        f'<p:sp xmlns:p="{P}" xmlns:a="{A}"><p:nvSpPr>'
        f'<p:cNvPr id="{max(used, default=1) + 1}" name="{shown} Placeholder (lessonpack)"/>'
        f'<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>'
        f'<p:nvPr><p:ph type="{kind}"{idx}/></p:nvPr></p:nvSpPr>'
        f'<p:spPr><a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{w}" cy="{h}"/></a:xfrm></p:spPr>'
        f'<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="en-GB"/></a:p></p:txBody>'
        "</p:sp>")
    return etree.fromstring(xml)


def _next_id(package: Any) -> int:
    """A slide layout id unused by every master (ids share one range with the masters')."""
    prs = package.presentation_part.presentation
    used = [int(el.get("id", "0")) for el in prs.element.iter(f"{{{P}}}sldMasterId")]
    for master in prs.slide_masters:
        used += [int(el.get("id", "0")) for el in master.element.iter(f"{{{P}}}sldLayoutId")]
    return max([2147483648, *used]) + 1
