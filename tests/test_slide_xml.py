"""SlideXml reads a slide's layout and whether it is shown the same way for a slide made in
this build and for one added as a kept slide's saved bytes (render/slide_cache): the passes
over the finished deck (title sizes, the Draft strip, app.xml's hidden count) meet both."""

from __future__ import annotations

from pptx import Presentation
from pptx.opc.constants import CONTENT_TYPE as CT
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.package import Part

from lessonpack.render.ooxml.slides import SlideXml, layout_of


def test_a_made_and_a_saved_slide_read_alike() -> None:
    prs = Presentation()
    layouts = list(prs.slide_layouts)
    shown = prs.slides.add_slide(layouts[1])
    hidden = prs.slides.add_slide(layouts[5])
    hidden.element.set("show", "0")
    saved = Part(prs.part.package.next_partname("/ppt/slides/slide%d.xml"), CT.PML_SLIDE,
                 prs.part.package, hidden.part.blob)
    saved.relate_to(layouts[5].part, RT.SLIDE_LAYOUT)
    made = [SlideXml(shown.part), SlideXml(hidden.part), SlideXml(saved)]
    assert [s.made for s in made] == [True, True, False]
    assert [s.shown for s in made] == [True, False, False]
    assert [s.slide_layout.name for s in made] == [layouts[1].name, layouts[5].name,
                                                   layouts[5].name]
    assert [s.layout for s in made] == [s.slide_layout.name for s in made]
    assert layout_of(saved) == layouts[5]
