"""render/deck_back_link: a slide's "Back to …" kicker words become a jump to the slide the
plan names; a slide whose kicker has no such words gets no relationship and is not counted."""

from __future__ import annotations

from pptx import Presentation
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.util import Inches

from lessonpack.kinds.section import SectionSlide
from lessonpack.plan.model import Slide
from lessonpack.render.deck_back_link import link_back
from lessonpack.render.deck_kicker import KICKER_NAME

A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


def _deck(kickers: list[str]) -> Presentation:
    """A blank deck: one slide per kicker, each with a text box named as the kicker is."""
    prs = Presentation()
    for words in kickers:
        slide = prs.slides.add_slide(prs.slide_layouts[6])
        box = slide.shapes.add_textbox(Inches(1), Inches(1), Inches(6), Inches(1))
        box.name = KICKER_NAME
        box.text_frame.text = words
    return prs


def _slide_rels(prs: Presentation, index: int) -> list[object]:
    part = list(prs.slides)[index].part
    return [rel.target_part for rel in part.rels.values() if rel.reltype == RT.SLIDE]


def test_only_a_kicker_with_back_words_is_linked_and_counted() -> None:
    kickers = ["Take home", "Spare question · Back to Take home", "Spare question"]
    prs = _deck(kickers)
    plan = [Slide(title=k, notes="", payload=SectionSlide(), kicker=k,
                  back_to=0 if n == 0 else 1) for n, k in enumerate(kickers)]
    assert link_back(prs, plan) == 1
    take_home = prs.slides[0].part
    # The slide with the words: its tail run is a jump related to "Take home".
    assert _slide_rels(prs, 1) == [take_home]
    runs = list(prs.slides)[1].shapes[0].text_frame.paragraphs[0].runs
    assert [r.text for r in runs] == ["Spare question · ", "Back to Take home"]
    click = runs[1]._r.find(f".//{A}hlinkClick")
    assert click is not None and click.get("action") == "ppaction://hlinksldjump"
    assert list(prs.slides)[1].part.rels[click.get(f"{R}id")].target_part is take_home
    assert runs[0]._r.find(f".//{A}hlinkClick") is None
    # The slide without: no orphan relationship to "Take home", no click anywhere.
    assert _slide_rels(prs, 2) == []
    assert list(prs.slides)[2].shapes[0]._element.find(f".//{A}hlinkClick") is None


def test_on_a_template_the_kicker_shape_jumps_and_its_words_stay_plain() -> None:
    """A template's link colour is not chosen for its slides (LibreOffice's #0000FF on
    Fedora "bubbles"' slate, 1.1:1; PowerPoint draws a linked run in it whatever the run
    says): on a template the kicker shape is the click, so no run is a link."""
    kickers = ["Take home", "Spare question · Back to Take home"]
    prs = _deck(kickers)
    plan = [Slide(title=k, notes="", payload=SectionSlide(), kicker=k,
                  back_to=0 if n == 0 else 1) for n, k in enumerate(kickers)]
    assert link_back(prs, plan, on_shape=True) == 1
    shape = list(prs.slides)[1].shapes[0]
    assert [r.text for r in shape.text_frame.paragraphs[0].runs] == [kickers[1]]
    assert shape._element.find(f".//{A}r/{A}rPr/{A}hlinkClick") is None
    click = shape._element.find(f"./*/*/{A}hlinkClick")
    assert click is not None and click.getparent().tag.endswith("cNvPr")
    assert click.get("action") == "ppaction://hlinksldjump"
    assert list(prs.slides)[1].part.rels[click.get(f"{R}id")].target_part is \
        prs.slides[0].part
