"""A drawing made of slide shapes, copied into a Word document as one Word drawing group.

The slides' scenes (the room a stream shows, with its clues) are drawn once, as DrawingML
shapes in a slide's group (render/deck_room). A worksheet shows the same scene: rather than
draw it again for Word, the group's shapes are carried over: a slide's shape (p:sp) and
connector (p:cxnSp) become a Word drawing shape (wps:wsp) with the same DrawingML geometry,
fill and line; a picture (p:pic) keeps its image, added to the document's parts; a nested
group stays a group. Only a shape's words differ between the two formats (a slide's a:p
paragraphs, Word's w:p in a text box), so each of them is rewritten with its alignment,
size, weight, colour and face.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from lxml import etree

from lessonpack.errors import InternalError
from lessonpack.render.ooxml import A, P

if TYPE_CHECKING:
    from collections.abc import Callable

    from docx.document import Document

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
WPG = "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"
PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_NSMAP = {"w": W, "wp": WP, "wps": WPS, "wpg": WPG, "a": A, "pic": PIC, "r": R}

# A drawing id not given yet (``placed`` gives them).
_UNPLACED = "0"

# A slide paragraph's alignment, as Word names it.
_ALIGN = {"l": "left", "ctr": "center", "r": "right", "just": "both"}


def _el(ns: str, tag: str, parent: etree._Element | None = None,
        **attrs: str) -> etree._Element:
    made = (etree.SubElement(parent, f"{{{ns}}}{tag}", nsmap=_NSMAP) if parent is not None
            else etree.Element(f"{{{ns}}}{tag}", nsmap=_NSMAP))
    for key, value in attrs.items():
        made.set(key if ":" not in key else f"{{{_NSMAP[key.split(':')[0]]}}}{key.split(':')[1]}",
                 value)
    return made


def _copy_as(source: etree._Element, ns: str, tag: str,
             parent: etree._Element) -> etree._Element:
    """``source``'s attributes and children (DrawingML, the same in both formats) under a
    new element named ``tag`` in ``ns``."""
    made = _el(ns, tag, parent)
    for key, value in source.attrib.items():
        made.set(key, value)
    for child in source:
        made.append(_clone(child))
    return made


def _clone(element: etree._Element) -> etree._Element:
    return etree.fromstring(etree.tostring(element))


class _Copier:
    """Copies one slide group into Word's drawing group, its ids and pictures left for
    ``placed`` to give."""

    def children(self, source: etree._Element, target: etree._Element) -> None:
        for child in source:
            tag = etree.QName(child).localname
            if tag == "sp":
                self.shape(child, target, connector=False)
            elif tag == "cxnSp":
                self.shape(child, target, connector=True)
            elif tag == "pic":
                self.picture(child, target)
            elif tag == "grpSp":
                self.group(child, target)
            elif tag not in _GROUP_OWN:
                # A chart, table or other frame has no Word drawing shape to become: left
                # out, the printed picture would lack it and nobody would know.
                raise InternalError(f"a slide drawing's {tag!r} (in "
                                    f"{_name_of(source)!r}) cannot be copied into a Word "
                                    f"drawing: only shapes, lines, pictures and groups can")

    def group(self, source: etree._Element, parent: etree._Element) -> None:
        group = _el(WPG, "grpSp", parent)
        self._name(source, WPG, group)
        _el(WPG, "cNvGrpSpPr", group)
        _copy_as(source.find(f"{{{P}}}grpSpPr"), WPG, "grpSpPr", group)
        self.children(source, group)

    def _name(self, source: etree._Element, ns: str, parent: etree._Element) -> None:
        _el(ns, "cNvPr", parent, id=_UNPLACED, name=_name_of(source))

    def shape(self, source: etree._Element, parent: etree._Element, connector: bool) -> None:
        shape = _el(WPS, "wsp", parent)
        self._name(source, WPS, shape)
        _el(WPS, "cNvCnPr" if connector else "cNvSpPr", shape)
        _copy_as(source.find(f"{{{P}}}spPr"), WPS, "spPr", shape)
        style = source.find(f"{{{P}}}style")
        if style is not None:
            _copy_as(style, WPS, "style", shape)
        body = source.find(f"{{{P}}}txBody")
        words = body is not None and any((t.text or "").strip()
                                         for t in body.iter(f"{{{A}}}t"))
        if body is not None and words:
            box = _el(WPS, "txbx", shape)
            content = _el(W, "txbxContent", box)
            for paragraph in body.findall(f"{{{A}}}p"):
                content.append(_paragraph(paragraph))
        body_pr = body.find(f"{{{A}}}bodyPr") if body is not None else None
        if body_pr is not None:
            _copy_as(body_pr, WPS, "bodyPr", shape)
        else:
            _el(WPS, "bodyPr", shape)

    def picture(self, source: etree._Element, parent: etree._Element) -> None:
        pic = _el(PIC, "pic", parent)
        names = _el(PIC, "nvPicPr", pic)
        self._name(source, PIC, names)
        _el(PIC, "cNvPicPr", names)
        fill = source.find(f"{{{P}}}blipFill")
        _copy_as(fill, PIC, "blipFill", pic)  # its blip names the slide's image, for now
        _copy_as(source.find(f"{{{P}}}spPr"), PIC, "spPr", pic)


# A group's own properties, never drawn: its name and its frame, written by group().
_GROUP_OWN = {"nvGrpSpPr", "grpSpPr"}


def _name_of(source: etree._Element) -> str:
    found = source.find(f".//{{{P}}}cNvPr")
    return found.get("name", "") if found is not None else ""


def _paragraph(source: etree._Element) -> etree._Element:
    """A slide paragraph as Word's: its alignment and line spacing, no space around it (a
    document style's spacing would push a label out of its box), its runs and breaks."""
    paragraph = _el(W, "p")
    props = _el(W, "pPr", paragraph)
    p_pr = source.find(f"{{{A}}}pPr")
    spacing = _el(W, "spacing", props, **{"w:before": "0", "w:after": "0"})
    pct = p_pr.find(f"{{{A}}}lnSpc/{{{A}}}spcPct") if p_pr is not None else None
    spacing.set(f"{{{W}}}line", str(round(240 * int(pct.get("val", "100000")) / 100000))
                if pct is not None else "240")
    spacing.set(f"{{{W}}}lineRule", "auto")
    _el(W, "ind", props, **{"w:left": "0", "w:right": "0", "w:firstLine": "0"})
    align = p_pr.get("algn") if p_pr is not None else None
    _el(W, "jc", props, **{"w:val": _ALIGN.get(align or "l", "left")})
    end = source.find(f"{{{A}}}endParaRPr")
    if end is not None:
        props.append(_run_props(end))
    for child in source:
        tag = etree.QName(child).localname
        if tag == "r":
            run = _el(W, "r", paragraph)
            r_pr = child.find(f"{{{A}}}rPr")
            if r_pr is not None:
                run.append(_run_props(r_pr))
            _el(W, "t", run).text = child.findtext(f"{{{A}}}t") or ""
            run[-1].set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        elif tag == "br":
            _el(W, "br", _el(W, "r", paragraph))
    return paragraph


def _run_props(source: etree._Element) -> etree._Element:
    """A slide run's face, weight, slant, colour and size as a Word run's."""
    props = _el(W, "rPr")
    face = source.find(f"{{{A}}}latin")
    if face is not None and face.get("typeface"):
        _el(W, "rFonts", props, **{"w:ascii": face.get("typeface", ""),
                                   "w:hAnsi": face.get("typeface", ""),
                                   "w:cs": face.get("typeface", "")})
    if source.get("b") in ("1", "true"):
        _el(W, "b", props)
    if source.get("i") in ("1", "true"):
        _el(W, "i", props)
    colour = source.find(f"{{{A}}}solidFill/{{{A}}}srgbClr")
    if colour is not None:
        _el(W, "color", props, **{"w:val": colour.get("val", "000000")})
    size = source.get("sz")
    if size:
        half_points = str(round(int(size) / 50))
        _el(W, "sz", props, **{"w:val": half_points})
        _el(W, "szCs", props, **{"w:val": half_points})
    return props


def group_drawing(group: etree._Element, doc: Document, blob: Callable[[str], bytes],
                  new_id: Callable[[], int], alt: str, size: tuple[int, int]
                  ) -> etree._Element:
    """A w:drawing holding slide group ``group`` as Word's drawing group, inline, ``size``
    (EMU wide, high) across; ``blob``: a picture's bytes by its slide relationship id;
    ``alt``: the drawing's description for a screen reader."""
    return placed(word_drawing(group, alt, size), doc, blob, new_id)


def word_drawing(group: etree._Element, alt: str, size: tuple[int, int]) -> etree._Element:
    """``group`` as a Word drawing not yet placed in a document: every drawing id 0, each
    picture still naming its image by the slide's relationship id (``placed`` gives both
    the document's). The same for every document it goes into, so it can be kept."""
    cx, cy = size
    drawing = _el(W, "drawing")
    inline = _el(WP, "inline", drawing, distT="0", distB="0", distL="0", distR="0")
    _el(WP, "extent", inline, cx=str(cx), cy=str(cy))
    _el(WP, "effectExtent", inline, l="0", t="0", r="0", b="0")
    _el(WP, "docPr", inline, id=_UNPLACED, name="Drawing", descr=alt)
    _el(WP, "cNvGraphicFramePr", inline)
    graphic = _el(A, "graphic", inline)
    data = _el(A, "graphicData", graphic, uri=WPG)
    root = _el(WPG, "wgp", data)
    _el(WPG, "cNvGrpSpPr", root)
    props = _copy_as(group.find(f"{{{P}}}grpSpPr"), WPG, "grpSpPr", root)
    frame = props.find(f"{{{A}}}xfrm")
    if frame is not None:  # placed by the paragraph it sits in, not by the slide's corner
        frame.find(f"{{{A}}}off").set("x", "0")
        frame.find(f"{{{A}}}off").set("y", "0")
        frame.find(f"{{{A}}}ext").set("cx", str(cx))
        frame.find(f"{{{A}}}ext").set("cy", str(cy))
    _Copier().children(group, root)
    return drawing


# Where a drawing's ids are given (the drawing's own, then each shape's, in document order)
# and where its pictures name their images.
_IDS = (f"{{{WP}}}docPr", f"{{{WPG}}}cNvPr", f"{{{WPS}}}cNvPr", f"{{{PIC}}}cNvPr")
_EMBED = f"{{{R}}}embed"


def placed(drawing: etree._Element, doc: Document, blob: Callable[[str], bytes],
           new_id: Callable[[], int]) -> etree._Element:
    """``drawing`` (from ``word_drawing``) made the document's: each id one ``new_id``
    gives, in document order, and each picture's bytes (``blob``, by the slide's
    relationship id) added to ``doc``, named by the document's relationship id."""
    for named in drawing.iter(*_IDS):
        named.set("id", str(new_id()))
    for blip in drawing.iter(f"{{{A}}}blip"):
        if blip.get(_EMBED) is not None:
            r_id, _image = doc.part.get_or_add_image(io.BytesIO(blob(blip.get(_EMBED, ""))))
            blip.set(_EMBED, str(r_id))
    return drawing
