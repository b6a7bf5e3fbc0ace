"""A template's own sample text where lessonpack puts its text.

LibreOffice templates carry sample text on their masters as plain text boxes, not
placeholders: "Your Name", "Course Name / More Description About the Course", "2005-12-31"
on the title master of chtsai-impress/klee2. Every slide of that master shows them, so
lessonpack's title and subtitle were drawn over "More Description About the Course". Text
boxes on a layout or master that lie under text or a drawing lessonpack put on a slide are
taken out of the built deck (never out of the trainer's file). The template's other text (a
credit line, a name clear of lessonpack's text) stays; `check` reports it as the template's.
"""

from __future__ import annotations

from typing import Any

from lxml import etree
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pptx.oxml.ns import qn

from lessonpack.render.deck_geometry import FOOTER_TYPES, FOOTER_XML_TYPES, Box, box_of, xfrm_box
from lessonpack.render.ooxml import slide_id_list
from lessonpack.render.ooxml.slides import layout_of
from lessonpack.sample_text import is_sample_text

# A template text box counts as under lessonpack's text when this share of it is covered.
COVERED = 0.25


def _covered(text: Box, ours: list[Box]) -> bool:
    area = text[2] * text[3]
    if area <= 0:
        return False
    for box in ours:
        w = min(text[0] + text[2], box[0] + box[2]) - max(text[0], box[0])
        h = min(text[1] + text[3], box[1] + box[3]) - max(text[1], box[1])
        if w > 0 and h > 0 and w * h >= COVERED * area:
            return True
    return False


def _our_boxes(slide: Any) -> list[Box]:
    """Where lessonpack put text or a drawing on a finished slide (not the footer: the
    template's own footer text is what it is for)."""
    boxes = []
    for shape in slide.shapes:
        if shape.is_placeholder and shape.placeholder_format.type in FOOTER_TYPES:
            continue
        if shape.shape_type == MSO_SHAPE_TYPE.GROUP or (
                shape.has_text_frame and shape.text_frame.text.strip()):
            box = box_of(shape)
            if box is not None:
                boxes.append(box)
    return boxes


def _text_boxes(tree: Any) -> list[tuple[etree._Element, Box]]:
    """Plain text boxes (not placeholders) with words in them, on a layout or master."""
    found = []
    for shape in tree.shapes:
        el = shape.element
        if el.tag != qn("p:sp") or shape.is_placeholder or not shape.has_text_frame:
            continue
        if not shape.text_frame.text.strip():
            continue
        box = box_of(shape)
        if box is not None:
            found.append((el, box))
    return found


def _slides(prs: Any) -> list[tuple[Any, Any]]:
    """(layout, slide or XML root) of every slide: a slide copied from an earlier build
    (render/slide_cache) is a plain part whose XML has not been parsed."""
    out = []
    for sld_id in slide_id_list(prs):
        part = prs.part.related_part(sld_id.rId)
        layout = layout_of(part)
        out.append((layout, part.slide if hasattr(part, "slide") else part))
    return out


def _kept_slide_boxes(part: Any, layout: Any) -> tuple[bool, list[Box]]:
    """(shows master shapes, boxes of text and drawings) of a slide kept as bytes."""
    root = etree.fromstring(part.blob)
    by_idx = {ph.placeholder_format.idx: ph for ph in layout.placeholders}
    boxes = []
    for el in root.find(f"{qn('p:cSld')}/{qn('p:spTree')}"):
        ph = el.find(f"./*/{qn('p:nvPr')}/{qn('p:ph')}")
        if ph is not None and ph.get("type") in FOOTER_XML_TYPES:
            continue
        has_text = "".join(t.text or "" for t in el.iter(qn("a:t"))).strip()
        if el.tag != qn("p:grpSp") and not has_text:
            continue
        own = xfrm_box(el)
        if own is not None:
            boxes.append(own)
        elif ph is not None and int(ph.get("idx", "0")) in by_idx:
            box = box_of(by_idx[int(ph.get("idx", "0"))])
            if box is not None:
                boxes.append(box)
    return root.get("showMasterSp", "1") not in ("0", "false"), boxes


def drop_covered_template_text(prs: Any) -> list[str]:
    """Take the template's sample text boxes that lessonpack's text on some slide covers out
    of the built deck's layouts and masters; returns the texts taken out (40 characters).
    Run on the finished deck, so slides copied from earlier builds count the same."""
    dropped: list[str] = []
    template_text: dict[Any, list[tuple[etree._Element, Box]]] = {}
    for layout, slide in _slides(prs):
        key = layout.part.partname
        if key not in template_text:
            trees = [layout]
            if layout.element.get("showMasterSp", "1") not in ("0", "false"):
                trees.append(layout.slide_master)
            template_text[key] = [found for tree in trees for found in _text_boxes(tree)]
        if not template_text[key]:
            continue
        if hasattr(slide, "shapes"):
            shows_master = slide.element.get("showMasterSp", "1") not in ("0", "false")
            ours = _our_boxes(slide)
        else:
            shows_master, ours = _kept_slide_boxes(slide, layout)
        if not shows_master:
            continue
        for el, box in template_text[key]:
            if el.getparent() is not None and _covered(box, ours):
                dropped.append("".join(t.text or "" for t in el.iter(qn("a:t")))[:40])
                el.getparent().remove(el)
        template_text[key] = [(el, box) for el, box in template_text[key]
                              if el.getparent() is not None]
    return dropped


def drop_sample_template_text(prs: Any) -> list[str]:
    """Take text boxes whose words are the template's sample wording ("Your Name", "1st Line
    of Your Organization": ``lessonpack.sample_text``) out of the built deck's masters and
    layouts, covered or not: lessonpack never fills them, and on klee2's title master they
    stood beside the lesson's title. Returns the texts taken out, paragraphs joined by " / "."""
    dropped: list[str] = []
    for master in prs.slide_masters:
        for tree in (master, *master.slide_layouts):
            for el, _box in _text_boxes(tree):
                words = "\n".join("".join(t.text or "" for t in para.iter(qn("a:t")))
                                  for para in el.iter(qn("a:p")))
                if is_sample_text(words):
                    dropped.append(" / ".join(words.split("\n")))
                    el.getparent().remove(el)
    return dropped


class SampleTextLeftOut(str):
    """A build warning naming the sample text left out of a deck (LP133, not a misfit)."""


def sample_text_warning(dropped: list[str]) -> list[str]:
    """One line for a template whose sample text was left out, naming it: the trainer may
    have meant a box for their own words, and its master still holds it."""
    if not dropped:
        return []
    named = "; ".join(f'"{quote_short(d)}"' for d in dropped)
    return [SampleTextLeftOut(
        f"left out the template's sample text {named}: lessonpack does not fill it; delete "
        "it on the template's slide master (View > Slide Master) to stop this warning")]


def quote_short(text: str, width: int = 90) -> str:
    """``text`` cut to ``width`` characters, with an ellipsis when cut."""
    return text if len(text) <= width else text[:width - 1].rstrip() + "…"
