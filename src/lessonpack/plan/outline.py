"""An outline of a pack from its plan: every slide (title, what is on it) and every document's
headings by page, as plain data the page shows when there are no thumbnails (and always, as
text a screen reader can read)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from lessonpack.plan.model import (
    ActionCards,
    BulletList,
    Callout,
    Checklist,
    CircleChoice,
    CompactTable,
    CutLine,
    DeckPlan,
    DocPlan,
    FlyerFacts,
    HandOutline,
    Heading,
    HelpCards,
    IconLines,
    Letterhead,
    MultipleChoice,
    PackPlan,
    PageBreak,
    Paragraph,
    PictureCards,
    Questions,
    QuizGrid,
    Reach,
    SideBySide,
    Slide,
    SmileyScale,
    SortCards,
    StepTable,
    StoryPicture,
    Table,
    TickPanel,
    WriteOnLine,
    WritingLines,
)

MAX_LINES = 4  # lines shown per slide: enough to recognise it, not a copy of the deck

# What each kind of document block adds to a document's outline: PAGE starts a new page, a
# function gives the line that names a part (or None), CONTINUED marks a page that opens
# mid-part with "(continued)", and None adds nothing. Every plan.model.Block is listed
# (tests/test_extension_points.py), so a new block is a decision here, not an omission.
PAGE, CONTINUED = "page", "continued"
_OUTLINE: dict[type, str | Callable[[Any], str | None] | None] = {
    PageBreak: PAGE,
    Heading: lambda block: block.text if block.level <= 2 else None,
    Callout: lambda block: block.title,
    BulletList: CONTINUED, Checklist: CONTINUED, Table: CONTINUED, WritingLines: CONTINUED,
    Questions: CONTINUED,
    MultipleChoice: CONTINUED, SortCards: CONTINUED, HelpCards: CONTINUED,
    # Text, pictures, a letter's parts and a quiz grid under its own heading: nothing more.
    Paragraph: None, QuizGrid: None, CircleChoice: None, HandOutline: None,
    PictureCards: None, StoryPicture: None, SmileyScale: None, Letterhead: None,
    WriteOnLine: None, CutLine: None, SideBySide: None,
    # A leaflet's cards, agreement panel and tables, each under a heading of its own (the
    # cards under the title).
    ActionCards: None, TickPanel: CONTINUED, CompactTable: CONTINUED,
    # A plan's step table under its heading.
    StepTable: CONTINUED,
    # A flyer's when and where, and its offers, under its headline.
    FlyerFacts: None, IconLines: None,
}


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
    payload: Any = slide.payload  # a kind's frozen dataclass (kinds/registry checks it)
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
    if isinstance(value, Reach):  # a contact line as printed, its label before it
        return _texts(value.line)
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
        does = _OUTLINE[type(block)]
        if does == PAGE:
            pages.append([])
        elif does == CONTINUED:
            if not pages[-1]:
                pages[-1].append("(continued)")
        elif callable(does):
            line = does(block)
            if line:
                pages[-1].append(line)
    return {"file": doc.filename, "title": doc.title, "kind": what_document(doc),
            "slides": [], "pages": [p for p in pages if p], "thumbnails": []}
