"""A trainer's template whose title box sits in the lower part of a coloured band along the
slide's top (lo5 "blue-curve": a 0.7 in box in a 1 in band): a question's title of two lines
takes the band's height at a readable size, not the 0.7 in box shrunk to 20 pt, and its
reveal's title keeps the same box. A picture or panel behind the whole slide (KDE
"chalkboard") is no band: the title keeps its top and grows only into the free room over the
body."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE, PP_PLACEHOLDER
from pptx.util import Emu, Inches
from pydantic import BaseModel

from lessonpack import api
from lessonpack.build.look import prepare_look
from lessonpack.content.parts import QuizQuestion
from lessonpack.io.zipnorm import zip_time
from lessonpack.plan.pack import plan_pack
from lessonpack.render import slide_cache
from lessonpack.render.pptx import render_pptx

BAND = Inches(1.05)
TITLE = (Inches(0.6), Inches(0.35), Inches(12.1), Inches(0.7))


def _template(path: Path, band_height: int = BAND) -> Path:
    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    master = prs.slide_masters[0]
    scratch = Presentation()  # a master has no add_shape: drawn on a slide, moved over
    band = scratch.slides.add_slide(scratch.slide_layouts[6]).shapes.add_shape(
        MSO_SHAPE.RECTANGLE, 0, 0, prs.slide_width, band_height)
    band.fill.solid()
    band.fill.fore_color.rgb = RGBColor(0xCF, 0xE3, 0xF5)
    band.line.fill.background()
    master.shapes._spTree.insert(2, copy.deepcopy(band._element))  # behind the placeholders
    for holder in [master, *master.slide_layouts]:
        for ph in holder.placeholders:
            if ph.placeholder_format.type in (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE) \
                    and holder is not master.slide_layouts[0]:
                ph.left, ph.top, ph.width, ph.height = TITLE
            elif ph.placeholder_format.type == PP_PLACEHOLDER.BODY or \
                    ph.placeholder_format.type == PP_PLACEHOLDER.OBJECT:
                ph.top = Inches(1.6)
                ph.height = Inches(5.2)
    prs.save(str(path))
    return path


def _untitled(node: Any) -> Any:
    """The lesson with no quiz question's short ``title``: the built-in checks all have one,
    but another topic's may not, and such a question is set as a two-line slide title."""
    if isinstance(node, QuizQuestion):
        return node.model_copy(update={"title": None})
    if isinstance(node, BaseModel):
        return node.model_copy(update={name: _untitled(getattr(node, name))
                                       for name in type(node).model_fields})
    if isinstance(node, (list, tuple)):
        return type(node)(_untitled(n) for n in node)
    return node


def _question_titles(template: Path) -> list[tuple[str, tuple[int, int, int, int], float]]:
    index = api.load()
    look = prepare_look(brand_file=None, template=template)
    lesson = _untitled(index.items["live-streaming-ks2"].item)
    plan = plan_pack(lesson, index.facts, look.brand)
    slide_cache.forget()
    data = render_pptx(plan.decks[0], look.brand, look.templates.deck, zip_time(None),
                       custom=look.templates.custom_deck,
                       brand_theme=look.brand_in_template or not look.templates.custom_deck)
    out = template.with_name("deck.pptx")
    out.write_bytes(data)
    found = []
    for slide in Presentation(str(out)).slides:
        title = slide.shapes.title
        if title is None or "?" not in title.text_frame.text:
            continue
        sizes = [r.font.size.pt for p in title.text_frame.paragraphs for r in p.runs
                 if r.font.size is not None]
        box = tuple(int(Emu(v)) for v in (title.left, title.top, title.width, title.height))
        found.append((title.text_frame.text, box, min(sizes, default=44.0)))
    return found


def test_a_two_line_question_title_takes_its_band(tmp_path: Path) -> None:
    titles = _question_titles(_template(tmp_path / "band.pptx"))
    long = [t for t in titles if "Mei is nine" in t[0]]
    assert len(long) == 2  # the question and its reveal
    for _text, (_x, y, _w, h), size in long:
        assert y >= 0 and y + h <= BAND  # inside the band
        assert h > TITLE[3]  # taller than the template's box
        assert size >= 24  # not shrunk to the 0.7 in box
    assert long[0][1] == long[1][1]  # the click to the answer moves nothing


def test_a_shape_behind_the_whole_slide_is_no_band(tmp_path: Path) -> None:
    titles = _question_titles(_template(tmp_path / "board.pptx", Inches(7.5)))
    long = [t for t in titles if "Mei is nine" in t[0]]
    assert long
    for _text, (_x, y, _w, h), _size in long:
        # Not grown to the panel's height: the box keeps its top and takes no more than the
        # free room over the body (at most a line: deck_title_band._title_down).
        assert y == TITLE[1] and TITLE[3] <= h and y + h <= Inches(1.6)
