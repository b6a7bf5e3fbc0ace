"""A template whose text styles set lines at 70 % and 80 % (shana/talks "pixelscamp": a
condensed display face at 56 pt) gave lessonpack's sentences lines that touched. Text on a
slide that inherits spacing under 90 % is set at single spacing (a title at 90 %); spacing a
paragraph sets itself is left alone."""

from __future__ import annotations

from lxml import etree
from pptx import Presentation
from pptx.util import Inches

from lessonpack.render.deck_line_spacing import open_tight_lines

A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


def _tighten(level1: etree._Element, pct: str) -> None:
    for old in level1.findall(f"{A}lnSpc"):
        level1.remove(old)
    line = etree.Element(f"{A}lnSpc")
    etree.SubElement(line, f"{A}spcPct").set("val", pct)
    level1.insert(0, line)


def _slide() -> tuple[object, object]:
    prs = Presentation()
    master = prs.slide_masters[0].element
    _tighten(master.find(f".//{{*}}bodyStyle/{A}lvl1pPr"), "70000")
    _tighten(prs.element.find(f"{{*}}defaultTextStyle/{A}lvl1pPr"), "80000")
    slide = prs.slides.add_slide(prs.slide_layouts[1])  # Title and Content
    slide.shapes.title.text = "Steps to get there"
    body = slide.placeholders[1].text_frame
    body.text = "Explain why live streams are fun to watch, and what good attention looks like."
    kept = body.add_paragraph()
    kept.text = "A line spaced by its own setting."
    kept.line_spacing = 0.75
    box = slide.shapes.add_textbox(Inches(1), Inches(5), Inches(4), Inches(1))
    box.text_frame.text = "A card's words in a text box of lessonpack's."
    return slide, box


def _spacing(paragraph: object) -> str | None:
    found = paragraph._p.find(f"{A}pPr/{A}lnSpc/{A}spcPct")  # type: ignore[attr-defined]
    return None if found is None else found.get("val")


def test_text_inheriting_tight_lines_is_set_single() -> None:
    slide, box = _slide()
    assert open_tight_lines(slide) == 3
    body = slide.placeholders[1].text_frame.paragraphs  # type: ignore[attr-defined]
    assert _spacing(body[0]) == "100000"
    assert _spacing(box.text_frame.paragraphs[0]) == "100000"  # type: ignore[attr-defined]


def test_a_title_gets_ninety_and_own_spacing_is_left_alone() -> None:
    slide, _box = _slide()
    open_tight_lines(slide)
    body = slide.placeholders[1].text_frame.paragraphs  # type: ignore[attr-defined]
    assert _spacing(body[1]) == "75000"
    # python-pptx's title style sets no spacing: the deck's 80 % default reaches it.
    title = slide.shapes.title.text_frame.paragraphs[0]  # type: ignore[attr-defined]
    assert _spacing(title) == "90000"


def test_a_template_at_single_spacing_is_untouched() -> None:
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[1])
    slide.placeholders[1].text_frame.text = "Explain why live streams are fun to watch."
    assert open_tight_lines(slide) == 0
