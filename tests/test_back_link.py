"""A spare slide's "Back to Take home" is a jump to that slide (render/deck_back_link); a slide
whose kicker holds no "Back to" gets neither a click nor a relationship to the slide it would
have named (an orphan relationship, counted as a link, was left before)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from pptx import Presentation
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.util import Inches

from lessonpack.render.deck_back_link import JUMP, link_back
from lessonpack.render.deck_kicker import KICKER_NAME

A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


def _deck(kicker: str) -> tuple[Any, list[Any]]:
    """Two slides: "Take home", then a spare whose kicker says ``kicker``."""
    prs = Presentation()
    layout = prs.slide_layouts[6]
    for text in ("Take home", kicker):
        box = prs.slides.add_slide(layout).shapes.add_textbox(Inches(1), Inches(1), Inches(6),
                                                              Inches(1))
        box.name = KICKER_NAME
        box.text_frame.text = text
    plan = [SimpleNamespace(back_to=0, kicker="Take home"),
            SimpleNamespace(back_to=1, kicker=kicker)]
    return prs, plan


def _slide_links(slide: Any) -> list[Any]:
    return [rel for rel in slide.part.rels.values() if rel.reltype == RT.SLIDE]


def test_the_words_back_become_a_jump_to_the_slide() -> None:
    prs, plan = _deck("Spare question 1 · Back to Take home")
    assert link_back(prs, plan) == 1
    spare = prs.slides[1]
    (rel,) = _slide_links(spare)
    assert rel.target_part is prs.slides[0].part
    clicks = [(r.text, r._r.find(f"{A}rPr/{A}hlinkClick")) for p in
              spare.shapes[0].text_frame.paragraphs for r in p.runs]
    linked = [(text, click.get("action")) for text, click in clicks if click is not None]
    assert linked == [("Back to Take home", JUMP)]


def test_a_kicker_without_the_words_gets_no_relationship() -> None:
    prs, plan = _deck("Spare question 1")
    assert link_back(prs, plan) == 0
    assert _slide_links(prs.slides[1]) == []
    assert prs.slides[1].shapes[0].text_frame.text == "Spare question 1"
