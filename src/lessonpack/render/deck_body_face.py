"""The deck's body font in a trainer's text placeholder, not its sample text's face.

A LibreOffice template keeps a placeholder's look on its sample paragraph ("Click to edit…"),
and deck_clone copies that look, face and all, into the slide's placeholder. lo-cft-hexagons'
sample text is in DejaVu Sans Light (a font only Linux has; its theme's body font is Arial),
so the one slide whose words sat in a text placeholder (KS4 42, "Remember") was in thin,
grey-looking strokes, its bold lead-ins barely bold, beside Arial on every card of the deck,
and its fit was measured in Arial. The placeholder's own face is set to the deck's body font.
"""

from __future__ import annotations

from lxml import etree
from pptx.oxml.ns import qn
from pptx.shapes.placeholder import SlidePlaceholder

from lessonpack.render.deck_fit import inherited_style
from lessonpack.render.ooxml.placeholders import level1_run_defaults

_LATIN = f"{qn('a:defRPr')}/{qn('a:latin')}"


def body_face(ph: SlidePlaceholder, family: str) -> None:
    """Set ``family`` as the face of the placeholder's text where it, its own list style, or
    (failing those) the level-1 style it inherits names another font; a theme reference
    ("+mn-lt") is left to the theme."""
    tx_body = ph.element.find(qn("p:txBody"))
    if tx_body is None:
        return
    own = list(tx_body.iter(qn("a:latin")))
    for latin in own:
        if _other(latin.get("typeface", ""), family):
            latin.set("typeface", family)
    if any(latin.getparent().tag == qn("a:defRPr") for latin in own):
        return  # the own style names its face (now the deck's)
    inherited = next((lvl.find(_LATIN) for lvl in inherited_style(ph)[0]
                      if lvl.find(_LATIN) is not None), None)
    if inherited is not None and _other(inherited.get("typeface", ""), family):
        face = etree.Element(qn("a:latin"), typeface=family)
        _insert_latin(level1_run_defaults(tx_body), face)


def _other(face: str, family: str) -> bool:
    return bool(face) and not face.startswith("+") and face != family


def _insert_latin(d_rpr: etree._Element, latin: etree._Element) -> None:
    """a:latin where the schema puts it in a:defRPr: after the line, fill, effect and
    highlight properties, before a:ea, a:cs, a:sym, hyperlinks and a:extLst."""
    after = {qn(t) for t in ("a:ea", "a:cs", "a:sym", "a:hlinkClick", "a:hlinkMouseOver",
                             "a:rtl", "a:extLst")}
    for n, child in enumerate(d_rpr):
        if child.tag in after:
            d_rpr.insert(n, latin)
            return
    d_rpr.append(latin)
