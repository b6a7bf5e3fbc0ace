"""The cards to print and cut out: an uncut sheet never reads as an answer key, and a file
holding a once-only page and a page for the class says each page's copies where the person
at the copier reads it."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.table import Table as DocxTable

from lessonpack.api import load
from lessonpack.plan.sort_cards import CLASS_SIZE, LIGHT_SETS, card_columns
from lessonpack.render.docx_pictures import CARDS_LABEL, HEADINGS_LABEL

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


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
            assert sorted(printed[:len(sort.items)]) == sorted(i.text for i in sort.items)


def test_ks1_cards_say_each_pages_copies(built_packs: Path) -> None:
    pack = built_packs / "live-streaming-ks1"
    doc = Document(str(pack / "live-streaming-ks1-cards.docx"))
    copies = -(-CLASS_SIZE // LIGHT_SETS)
    texts = [p.text for p in doc.paragraphs]
    subtitle = next(p.text for p in doc.paragraphs if p.style.name == "LP Subtitle")
    assert subtitle.endswith("Print page 1 once and page 2 eight times.") and copies == 8
    headings = [p for p in doc.paragraphs if p.style.name.startswith("LP Heading")]
    assert [h.text for h in headings] == ["Picture cards: print 1 copy",
                                          f"Traffic-light cards: print {copies} copies"]
    # The second starts page 2, so "page 2" in the subtitle is the traffic lights.
    assert headings[1].paragraph_format.page_break_before
    assert not any("print this page" in t for t in texts)
    plan = Document(str(pack / "live-streaming-ks1-lesson-plan.docx"))
    cells = "\n".join(c.text for t in plan.tables for r in t.rows for c in r.cells)
    assert ("print live-streaming-ks1-cards.docx, page 1 once and page 2 eight times"
            in cells)
