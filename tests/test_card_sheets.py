"""The cards to print and cut out: an uncut sheet never reads as an answer key, and a file
holding a once-only page and a page for the class says each page's copies where the person
at the copier reads it."""

from __future__ import annotations

import itertools
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn
from docx.table import Table as DocxTable

from lessonpack.api import load
from lessonpack.plan.quotes import typographic
from lessonpack.plan.sort_cards import CLASS_SIZE, LIGHT_SETS, card_columns
from lessonpack.render.docx_pictures import CARDS_LABEL, HEADINGS_LABEL

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
PIC_NS = "http://schemas.openxmlformats.org/drawingml/2006/picture"
WP_NS = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"


def _caption(table: DocxTable) -> str:
    found = table._tbl.find(f".//{W}tblCaption")
    return found.get(f"{W}val") if found is not None else ""


def _lesson(audience: str):
    return next(i.item for i in load(()).items.values() if i.item.audience.value == audience
                and i.item.kind == "lesson")


def _body(doc) -> list[tuple[str, object]]:
    """The body in order: ("p", text) and ("t", table)."""
    out: list[tuple[str, object]] = []
    tables = iter(doc.tables)
    for child in doc.element.body.iterchildren():
        if child.tag == f"{W}p":
            out.append(("p", "".join(t.text or "" for t in child.iter(f"{W}t"))))
        elif child.tag == f"{W}tbl":
            out.append(("t", next(tables)))
    return out


def test_no_column_of_cards_stands_under_a_heading_card() -> None:
    assert card_columns(2) == 3 and card_columns(3) == 2 and card_columns(4) == 2


def test_each_sort_prints_a_labelled_heading_strip_apart_from_its_cards(built_packs: Path
                                                                       ) -> None:
    for ks in ("ks2", "ks3", "ks4"):
        doc = Document(str(built_packs / f"live-streaming-{ks}" /
                           f"live-streaming-{ks}-cards.docx"))
        body = _body(doc)
        sorts = [c.task.sort for c in _lesson(ks).cycles if c.task.sort]
        strips = [i for i, (kind, item) in enumerate(body)
                  if kind == "t" and _caption(item) == "Sort headings to cut out"]
        assert len(strips) == len(sorts), ks
        for at, sort in zip(strips, sorts, strict=True):
            # The strip's label just above it, the cards' label after it, then the cards.
            assert body[at - 1] == ("p", HEADINGS_LABEL), (ks, body[at - 1])
            strip = body[at][1]
            assert [c.text for c in strip.rows[0].cells] == list(sort.columns)
            label = next(i for i in range(at + 1, len(body)) if body[i][0] == "p"
                         and body[i][1])
            assert body[label][1] == CARDS_LABEL, (ks, body[label])
            rows = [item for kind, item in body[label + 1:label + 1 + 8] if kind == "t"
                    and _caption(item) == "Cards to cut out"]
            # Never as many cards to a row as headings: nothing lines up under one.
            assert rows and all(len(r.columns) != len(sort.columns) for r in rows), ks
            assert len(rows[0].columns) == card_columns(len(sort.columns))
            printed = [c.text for r in rows for c in r.rows[0].cells if c.text]
            assert sorted(printed[:len(sort.items)]) == sorted(typographic(i.text)
                                                               for i in sort.items)


def test_ks1_cards_say_each_pages_copies(built_packs: Path) -> None:
    pack = built_packs / "live-streaming-ks1"
    doc = Document(str(pack / "live-streaming-ks1-cards.docx"))
    copies = -(-CLASS_SIZE // LIGHT_SETS)
    texts = [p.text for p in doc.paragraphs]
    subtitle = next(p.text for p in doc.paragraphs if p.style.name == "LP Subtitle")
    # Five picture cards, two under the title and three on the next page, then the lights.
    assert subtitle.endswith("Print pages 1 and 2 once and page 3 eight times.") and \
        copies == 8
    headings = [p for p in doc.paragraphs if p.style.name.startswith("LP Heading")]
    assert [h.text for h in headings] == ["Picture cards: print 1 copy",
                                          f"Traffic-light cards: print {copies} copies"]
    # The second starts a page of its own, so "page 3" in the subtitle is the traffic lights.
    assert headings[1].paragraph_format.page_break_before
    assert not any("print this page" in t for t in texts)
    plan = Document(str(pack / "live-streaming-ks1-lesson-plan.docx"))
    cells = "\n".join(c.text for t in plan.tables for r in t.rows for c in r.cells)
    assert ("print live-streaming-ks1-cards.docx, pages 1 and 2 once and page 3 eight times"
            in cells)


def test_ks1_picture_cards_are_big_enough_to_hold_up_to_a_class(built_packs: Path) -> None:
    """One card across the page, its picture about 7 cm on a screen and its words at 28 pt
    beside it (two to a row, 9 cm wide, were too small for the carpet);
    two under the title, then three a page, as the subtitle's page numbers say."""
    from docx.shared import Cm, Pt

    from lessonpack.plan.sort_cards import STRIPS_A_PAGE, STRIPS_FIRST_PAGE

    doc = Document(str(built_packs / "live-streaming-ks1" / "live-streaming-ks1-cards.docx"))
    body = doc.element.body
    strips = [t for t in doc.tables if len(t.columns) == 2
              and t._tbl.find(f".//{{{PIC_NS}}}pic") is not None]
    assert len(strips) == 5
    for table in strips:
        art, words = table.rows[0].cells
        assert table._tbl.find(f".//{{{PIC_NS}}}pic") is not None and not art.text.strip()
        assert words.text.strip() and all(r.font.size == Pt(28) for r in
                                          words.paragraphs[0].runs)
        assert art.width + words.width > Cm(17)  # across the text width
        extent = art._tc.find(f".//{{{WP_NS}}}extent")
        assert int(extent.get("cy")) >= Cm(6)
    # The page breaks the plan puts in: a break before the third card and the lights.
    order = list(body.iterchildren())
    breaks = [i for i, el in enumerate(order) if el.tag == qn("w:p")
              and el.find(f"{qn('w:pPr')}/{qn('w:pageBreakBefore')}") is not None]
    at = [order.index(t._tbl) for t in strips]
    between = [sum(1 for b in breaks if first < b < then)
               for first, then in itertools.pairwise(at)]
    assert len(strips) == STRIPS_FIRST_PAGE + STRIPS_A_PAGE
    assert between == [1 if n == STRIPS_FIRST_PAGE - 1 else 0 for n in range(len(at) - 1)]
