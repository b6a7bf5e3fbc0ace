"""An outline of a pack from its plan: every slide (title, what is on it) and every document's
headings by page, as plain data the page shows when there are no thumbnails (and always, as
text a screen reader can read)."""

from __future__ import annotations

import dataclasses
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

MAX_LINES = 4  # lines shown per slide: enough to recognise it, not a copy of the deck


def outline(plan: PackPlan) -> list[dict[str, Any]]:
    return [*(_deck(d) for d in plan.decks), *(_document(d) for d in plan.documents)]


def _deck(deck: DeckPlan) -> dict[str, Any]:
    slides = [{"number": n, "title": s.title, "kicker": s.kicker, "lines": _slide_lines(s)}
              for n, s in enumerate(deck.slides, 1)]
    return {"file": deck.filename, "title": deck.meta.title, "kind": "Slides",
            "slides": slides, "pages": [], "thumbnails": []}


def _slide_lines(slide: Slide) -> list[str]:
    """What is on a slide, from its payload's text, whatever its kind: a kind added to the
    registry later is outlined too. A nested item (a question, a help card, a comment) is one
    line; numbers (viewer counts, chart values) are left out."""
    lines: list[str] = []
    payload = slide.payload
    for item in dataclasses.fields(payload):
        if item.name not in _SKIP:
            lines += _texts(getattr(payload, item.name))
    if len(lines) > MAX_LINES:
        lines = [*lines[:MAX_LINES - 1], f"… and {len(lines) - MAX_LINES + 1} more"]
    return lines


_SKIP = {"kind", "leads", "widths"}


def _texts(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value] if value.strip() else []
    if isinstance(value, (tuple, list)):
        return [line for item in value for line in _texts(item)]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        parts = ["; ".join(_texts(getattr(value, f.name))) for f in dataclasses.fields(value)
                 if f.name not in _SKIP and not f.name.endswith("alt_text")]
        joined = " — ".join(p for p in parts if p)
        return [joined] if joined else []
    return []


def what_document(doc: DocPlan) -> str:
    """"Pupil worksheet", "Facilitator notes": what the document is, from its title property
    ("Live streaming: pupil worksheet")."""
    what = doc.meta.title.rsplit(": ", 1)[-1].strip() or doc.kind.replace("_", " ")
    return what[:1].upper() + what[1:]


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
    return {"file": doc.filename, "title": doc.title, "kind": what_document(doc),
            "slides": [], "pages": [p for p in pages if p], "thumbnails": []}
