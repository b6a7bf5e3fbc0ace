"""No shape on a slide with a zero or negative size.

On a trainer's template whose body area is too small for what a slide holds, a drawing's
arithmetic can leave a box less than nothing (a task card 0.2 in shorter than its padding,
a picture beside words that took all the width). PowerPoint calls such a file damaged and
repairs it. The misfit is already a build warning; what is drawn stays valid: a shape with
words keeps them in a box at least 1 EMU each way (the words still show, as they overflow),
and one without words (a card's panel, a picture) is left out, as it had no room to show.
"""

from __future__ import annotations

from pptx.oxml.ns import qn
from pptx.slide import Slide

# Where each kind of shape keeps its own size.
_OWN_EXT = {qn(tag): path for tag, path in (
    ("p:sp", "p:spPr/a:xfrm/a:ext"), ("p:pic", "p:spPr/a:xfrm/a:ext"),
    ("p:cxnSp", "p:spPr/a:xfrm/a:ext"), ("p:grpSp", "p:grpSpPr/a:xfrm/a:ext"),
    ("p:graphicFrame", "p:xfrm/a:ext"))}
_NS = {"a": "http://schemas.openxmlformats.org/drawingml/2006/main",
       "p": "http://schemas.openxmlformats.org/presentationml/2006/main"}


def no_empty_extents(slide: Slide) -> int:
    """Mend every shape of ``slide`` sized zero or less (see the module); how many."""
    mended = 0
    tree = slide.shapes.element
    for shape in [s for s in tree.iter(*_OWN_EXT) if s is not tree]:
        ext = shape.find(_OWN_EXT[shape.tag], _NS)
        if ext is None or min(int(ext.get("cx", "1")), int(ext.get("cy", "1"))) > 0:
            continue
        mended += 1
        if "".join(t.text or "" for t in shape.iter(qn("a:t"))).strip():
            ext.set("cx", str(max(1, int(ext.get("cx", "1")))))
            ext.set("cy", str(max(1, int(ext.get("cy", "1")))))
        else:
            shape.getparent().remove(shape)
    return mended
