"""An outline of a pack from its plan: every slide (title, what is on it) and every document's
headings by page, as plain data the page shows when there are no thumbnails (and always, as
text a screen reader can read)."""

from __future__ import annotations

from typing import Any

from lessonpack.plan.model import (
    BulletList,
    Callout,
    Checklist,
    DeckPlan,
    DocPlan,
    Heading,
    MultipleChoice,
    PackPlan,
    PageBreak,
    Slide,
    Table,
    WritingLines,
)

DOC_KINDS = {"worksheet": "Worksheet", "lesson_plan": "Lesson plan", "letter": "Letter home",
             "handout": "Handout"}
MAX_LINES = 4  # lines shown per slide: enough to recognise it, not a copy of the deck


def outline(plan: PackPlan) -> list[dict[str, Any]]:
    return [*(_deck(d) for d in plan.decks), *(_document(d) for d in plan.documents)]


def _deck(deck: DeckPlan) -> dict[str, Any]:
    slides = [{"number": n, "title": s.title, "kicker": s.kicker, "lines": _slide_lines(s)}
              for n, s in enumerate(deck.slides, 1)]
    return {"file": deck.filename, "title": deck.meta.title, "kind": "Slides",
            "slides": slides, "pages": [], "thumbnails": []}


def _slide_lines(slide: Slide) -> list[str]:
    lines: list[str] = []
    if slide.subtitle:
        lines.append(slide.subtitle)
    if slide.question is not None:
        lines.append(slide.question.text)
        lines += [f"{chr(65 + i)}. {o}" for i, o in enumerate(slide.question.options)]
    if slide.screen is not None:
        lines.append(f"A mock live stream: {slide.screen.question}")
    lines += [f"{a.number}. {a.answer}" for a in slide.answers]
    lines += list(slide.bullets)
    for column in slide.columns:
        lines.append(f"{column.heading}: {'; '.join(column.bullets)}")
    lines += [f"{s.name}: {s.contact}" for s in slide.signposts]
    if slide.chart is not None:
        lines.append(f"Chart: {slide.chart.title}")
    if len(lines) > MAX_LINES:
        lines = [*lines[:MAX_LINES - 1], f"… and {len(lines) - MAX_LINES + 1} more"]
    return lines


def _document(doc: DocPlan) -> dict[str, Any]:
    """Headings page by page, as far as the plan knows pages (its explicit page breaks)."""
    pages: list[list[str]] = [[doc.title]]
    for block in doc.blocks:
        if isinstance(block, PageBreak):
            pages.append([])
        elif isinstance(block, Heading) and block.level <= 2:
            pages[-1].append(block.text)
        elif isinstance(block, Callout):
            pages[-1].append(block.title)
        elif not pages[-1] and isinstance(block, (BulletList, Checklist, Table, WritingLines,
                                                  MultipleChoice)):
            pages[-1].append("(continued)")
    return {"file": doc.filename, "title": doc.title, "kind": DOC_KINDS.get(doc.kind, doc.kind),
            "slides": [], "pages": [p for p in pages if p], "thumbnails": []}
