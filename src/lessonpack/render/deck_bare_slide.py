"""A slide of a layout with nothing on it: what a layout's own shapes are measured on
(check.pptx_shapes.slide_view) before any slide of it is drawn, or when the deck's slides
are kept parts from an earlier build (render/slide_cache), not python-pptx slides."""

from __future__ import annotations

from pptx.oxml import parse_xml
from pptx.slide import SlideLayout

from lessonpack.render.ooxml import A, P


class BareSlide:
    """Quacks as much of a python-pptx Slide as ``view_of`` reads: its layout, an empty
    ``p:sld`` and a part that reaches the package (the layout's own)."""

    def __init__(self, layout: SlideLayout) -> None:
        self.slide_layout = layout
        self.element = parse_xml(f'<p:sld xmlns:p="{P}" xmlns:a="{A}"><p:cSld><p:spTree/>'
                                 '</p:cSld></p:sld>')
        self.part = layout.part
