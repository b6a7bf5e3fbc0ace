"""Renders a DeckPlan into a .pptx from the deck template, slide by slide."""

from __future__ import annotations

import datetime as dt
import functools
import io
from functools import cache
from pathlib import Path

from pptx import Presentation
from pptx.oxml.ns import qn
from pptx.shapes.placeholder import SlidePlaceholder
from pptx.slide import Slide as PptxSlide
from pptx.text.text import TextFrame, _Paragraph
from pptx.util import Pt

from lessonpack.brand import Brand
from lessonpack.plan.model import DeckPlan, Slide, SlideKind
from lessonpack.render import deck_drawings
from lessonpack.render.deck_fit import fit_placeholder
from lessonpack.render.deck_layouts import (
    BODY,
    KICKER,
    LEFT,
    LEFT_HEADING,
    REGION,
    RIGHT,
    RIGHT_HEADING,
    SIDE,
    SUBTITLE,
    resolve_layouts,
)
from lessonpack.render.deck_theme import apply_theme
from lessonpack.render.ooxml import set_lang

LANG = "en-GB"


@cache
def _template_bytes(path: Path) -> bytes:
    # Templates are read once per process; every deck parses its own copy of the bytes.
    return path.read_bytes()


def fill(frame: TextFrame, lines: tuple[str, ...] | list[str], *, bold_prefix: tuple[str, ...]
         = ()) -> None:
    """Put one paragraph per line into a text frame; an optional bold prefix per line."""
    frame.clear()
    plain = bool(bold_prefix) or len(lines) == 1  # numbered lines and lone lines need no bullet
    for i, line in enumerate(lines):
        para = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        if plain:
            no_bullet(para)
        if bold_prefix:
            lead = para.add_run()
            lead.text = bold_prefix[i]
            lead.font.bold = True
        run = para.add_run()
        run.text = line
    set_lang(frame._txBody, LANG)


def no_bullet(para: _Paragraph) -> None:
    ppr = para._p.get_or_add_pPr()
    ppr.set("marL", "0")
    ppr.set("indent", "0")
    for old in ppr.findall(qn("a:buNone")):
        ppr.remove(old)
    ppr.insert(0, ppr.makeelement(qn("a:buNone"), {}))


def _placeholder(slide: PptxSlide, idx: int) -> SlidePlaceholder | None:
    for ph in slide.placeholders:
        if ph.placeholder_format.idx == idx:
            return ph  # type: ignore[return-value]
    return None


def _set_text(slide: PptxSlide, idx: int, lines: tuple[str, ...] | list[str], *,
         family: str = "Arial", **kw: tuple[str, ...]) -> None:
    ph = _placeholder(slide, idx)
    if ph is not None and lines:
        fill(ph.text_frame, lines, **kw)
        fit_placeholder(ph, family)


def _fill_slide(slide: PptxSlide, spec: Slide, brand: Brand) -> None:
    _set = functools.partial(_set_text, family=brand.body_font)
    _set(slide, 0, [spec.title], family=brand.heading_font)
    if spec.kicker:
        _set(slide, KICKER, [spec.kicker])
    kind = spec.kind
    if kind in (SlideKind.TITLE, SlideKind.SECTION):
        _set(slide, SUBTITLE, [spec.subtitle] if spec.subtitle else [])
    elif kind in (SlideKind.BULLETS, SlideKind.KEY_MESSAGES):
        _set(slide, BODY, spec.bullets, bold_prefix=spec.bullet_leads)
    elif kind is SlideKind.TWO_COLUMN:
        left, right = spec.columns
        _set(slide, LEFT_HEADING, [left.heading])
        _set(slide, LEFT, left.bullets)
        _set(slide, RIGHT_HEADING, [right.heading])
        _set(slide, RIGHT, right.bullets)
    elif kind is SlideKind.QUIZ_QUESTION and spec.question:
        letters = tuple(f"{chr(65 + i)}   " for i in range(len(spec.question.options)))
        _set(slide, BODY, spec.question.options, bold_prefix=letters)
    elif kind is SlideKind.QUIZ_ANSWERS:
        _set(slide, BODY, [a.answer for a in spec.answers],
             bold_prefix=tuple(f"{a.number}.   " for a in spec.answers))
    elif kind is SlideKind.SCENARIO and spec.screen:
        _set(slide, SIDE, [spec.screen.question])
        deck_drawings.draw_stream(slide, _region(slide), spec.screen, brand)
    elif kind is SlideKind.SIGNPOSTING:
        _set(slide, BODY, [spec.subtitle] if spec.subtitle else [])
        deck_drawings.draw_signposts(slide, _region(slide), spec.signposts, brand)
    elif kind is SlideKind.CHART and spec.chart:
        _set(slide, SIDE, spec.bullets)
        deck_drawings.draw_chart(slide, _region(slide), spec.chart, brand)


def _region(slide: PptxSlide) -> tuple[int, int, int, int]:
    """The box of the layout's drawing-region placeholder; the placeholder itself is removed."""
    ph = _placeholder(slide, REGION)
    assert ph is not None, "resolve_layouts guarantees the region placeholder"
    box = (ph.left, ph.top, ph.width, ph.height)
    ph._element.getparent().remove(ph._element)
    return box


def _drop_empty_placeholders(slide: PptxSlide) -> None:
    # An empty placeholder shows "Click to add text" in PowerPoint: never leave one behind.
    for ph in list(slide.placeholders):
        if not ph.has_text_frame or not ph.text_frame.text.strip():
            ph._element.getparent().remove(ph._element)


def _set_notes(slide: PptxSlide, notes: str) -> None:
    frame = slide.notes_slide.notes_text_frame
    fill(frame, notes.split("\n"))
    for para in frame.paragraphs:
        for run in para.runs:
            run.font.size = Pt(12)


def _brand_master(prs: Presentation, footer: str) -> None:
    for master in prs.slide_masters:
        for shape in master.shapes:
            if shape.name == "LP Footer Text" and shape.has_text_frame:
                runs = shape.text_frame.paragraphs[0].runs
                if runs:
                    runs[0].text = footer
                    for extra in runs[1:]:
                        extra._r.getparent().remove(extra._r)


def render_pptx(plan: DeckPlan, brand: Brand, template: Path, timestamp: dt.datetime) -> bytes:
    prs = Presentation(io.BytesIO(_template_bytes(template)))
    layouts = resolve_layouts(prs, str(template))
    apply_theme(prs, brand)
    _brand_master(prs, plan.footer)
    for spec in plan.slides:
        slide = prs.slides.add_slide(layouts[spec.kind])
        _fill_slide(slide, spec, brand)
        _drop_empty_placeholders(slide)
        _set_notes(slide, spec.notes)
    core = prs.core_properties
    core.title, core.subject, core.author = plan.meta.title, plan.meta.subject, plan.meta.author
    core.keywords, core.language = plan.meta.keywords, plan.meta.language
    core.last_modified_by, core.comments, core.category = plan.meta.author, "", "Lesson deck"
    core.revision = 1
    core.created = core.modified = core.last_printed = timestamp
    out = io.BytesIO()
    prs.save(out)
    return out.getvalue()
