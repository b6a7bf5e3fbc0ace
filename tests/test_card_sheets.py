"""The cards to print and cut out: an uncut sheet never reads as an answer key, and a file
holding a once-only page and a page for the class says each page's copies where the person
at the copier reads it."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.table import Table as DocxTable

from lessonpack.api import load
from lessonpack.plan.quotes import typographic
from lessonpack.plan.sort_cards import CLASS_SIZE, LIGHT_SETS
from lessonpack.plan.worksheet.sort import printed_order
from lessonpack.render.docx_cards import CUT_GREY
from lessonpack.render.docx_pictures import CARDS_LABEL, HEADINGS_LABEL
from lessonpack.render.docx_sort_grid import COLUMNS, LANDSCAPE, SPARE, card_need, sort_rows

A4_TWIPS = 9978  # the A4 text width, 17.6 cm
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


def test_a_sort_grid_is_two_columns_with_spares_filling_its_last_row() -> None:
    """Seven cards are four rows of two and one spare (the stepped 2, 2 and 3 had no cut
    running edge to edge); an even set has no spare; two columns keep a long card
    landscape for its words."""
    assert COLUMNS == 2
    assert sort_rows(7) == (4, 1) and sort_rows(6) == (3, 0) and sort_rows(8) == (4, 0)
    assert sort_rows(1) == (1, 1) and sort_rows(0) == (0, 0)
    for cards in range(1, 15):
        rows, spares = sort_rows(cards)
        assert rows * COLUMNS == cards + spares and 0 <= spares < COLUMNS, cards
    long = ["8.05pm: New viewer \u201cJess\u201d says she is his age and lives nearby."]
    width = A4_TWIPS // COLUMNS
    assert card_need(long, "Arial", 16, width, 170, 113) <= LANDSCAPE * width


def _grid_cells(grid) -> list[list]:
    return [row.findall(f"{W}tc") for row in grid._tbl.findall(f"{W}tr")]


def _text(tc) -> str:
    return "".join(t.text or "" for t in tc.iter(f"{W}t"))


@pytest.mark.parametrize("ks", ["ks2", "ks3", "ks4"])
def test_sort_cards_are_full_width_rows_whose_cuts_run_edge_to_edge(built_packs: Path,
                                                                    ks: str) -> None:
    """Every sort's cards are the first sort's form: two equal columns across the text
    width, every row full, each cell (a spare card too) framed in dashed lines on all four
    sides, so each cut runs from edge to edge of the grid (the stepped 2, 2 and 3 grid's
    cuts stopped at each row); no card taller than wide."""
    doc = Document(str(built_packs / f"live-streaming-{ks}" / f"live-streaming-{ks}-cards.docx"))
    sorts = [c.task.sort for c in _lesson(ks).cycles if c.task.sort]
    grids = [t for t in doc.tables if _caption(t) == "Cards to cut out"]
    assert len(grids) == len(sorts) and sorts, ks
    for grid, sort in zip(grids, sorts, strict=True):
        widths = [int(c.get(f"{W}w")) for c in grid._tbl.iter(f"{W}gridCol")]
        assert len(widths) == 2 and abs(widths[0] - widths[1]) <= 2, (ks, widths)
        assert abs(sum(widths) - A4_TWIPS) <= 20, (ks, widths)  # the full text width
        rows = _grid_cells(grid)
        assert all(len(cells) == 2 for cells in rows), (ks, [len(c) for c in rows])
        cells = [tc for row in rows for tc in row]
        assert all(tc.find(f"{W}tcPr/{W}gridSpan") is None for tc in cells), ks
        for tc in cells:
            sides = {b.tag: b.get(f"{W}val") for b in tc.findall(f"{W}tcPr/{W}tcBorders/*")}
            assert len(sides) == 4 and set(sides.values()) == {"dashed"}, (ks, sides)
        items = [typographic(i.text) for i in printed_order(sort)]
        texts = [_text(tc) for tc in cells]
        assert texts[:len(items)] == items, ks  # in the worksheet's order
        assert texts[len(items):] == [SPARE] * (len(cells) - len(items)), (ks, texts)
        assert len(cells) - len(items) < 2, ks  # at most the last row's one place
        for tr in grid._tbl.findall(f"{W}tr"):
            height = int(tr.find(f"{W}trPr/{W}trHeight").get(f"{W}val"))
            assert height < widths[0], (ks, height, widths)  # landscape


def test_a_spare_card_says_it_is_the_pupils_to_fill(built_packs: Path) -> None:
    """An odd set's last place is a spare card in grey italics, not an empty frame that
    reads as a card missing its words."""
    doc = Document(str(built_packs / "live-streaming-ks3" / "live-streaming-ks3-cards.docx"))
    grid = next(t for t in doc.tables if _caption(t) == "Cards to cut out")
    spare = _grid_cells(grid)[-1][-1]
    runs = list(spare.iter(f"{W}r"))
    assert _text(spare) == SPARE and runs
    assert all(r.find(f"{W}rPr/{W}i") is not None for r in runs)
    assert {r.find(f"{W}rPr/{W}color").get(f"{W}val") for r in runs} == {CUT_GREY}


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
            grid = body[label + 1][1]
            assert body[label + 1][0] == "t" and _caption(grid) == "Cards to cut out", ks
            texts = [[_text(tc) for tc in _cells(row)] for row in grid._tbl.findall(f"{W}tr")]
            cards = [text for row in texts for text in row if text and text != SPARE]
            assert sorted(cards) == sorted(typographic(i.text) for i in sort.items)


def _cells(row) -> list:
    return row.findall(f"{W}tc")


def test_cards_share_one_dashed_cut_line_between_neighbours(built_packs: Path) -> None:
    """Each set of cards is one table of dashed cells with no spacing between them: two
    cards meet on one line to cut (a table per card or per row printed two dashed lines
    about 2 mm apart: two cuts and a sliver), and a row never splits over a page."""
    for ks in ("ks1", "ks2", "ks3", "ks4"):
        doc = Document(str(built_packs / f"live-streaming-{ks}" /
                           f"live-streaming-{ks}-cards.docx"))
        grids = [t._tbl for t in doc.tables if _caption(t).endswith("to cut out")]
        assert grids, ks
        for tbl in grids:
            assert tbl.find(f"{W}tblPr/{W}tblCellSpacing") is None
            rows = tbl.findall(f"{W}tr")
            assert all(r.find(f"{W}trPr/{W}cantSplit") is not None for r in rows)
            sides = [b.get(f"{W}val") for tc in tbl.iter(f"{W}tc")
                     for b in tc.findall(f"{W}tcPr/{W}tcBorders/*")]
            assert "dashed" in sides and set(sides) <= {"dashed", "nil"}, (ks, set(sides))
        # Consecutive grids are whole pages apart, never rows of one set stacked as tables.
        body = list(doc.element.body.iterchildren())
        for first, then in itertools.pairwise(grids):
            between = body[body.index(first) + 1:body.index(then)]
            assert any(el.find(f"{W}pPr/{W}pageBreakBefore") is not None or
                       (el.find(f"{W}pPr/{W}pStyle") is not None and
                       "".join(t.text or "" for t in el.iter(f"{W}t"))) for el in between), ks


def test_rows_of_cards_leave_no_card_alone() -> None:
    from lessonpack.render.docx_cards import row_counts

    assert row_counts(7, 2) == (2, 2, 3) and row_counts(7, 3) == (3, 4)
    assert row_counts(5, 2) == (2, 3) and row_counts(6, 2) == (2, 2, 2)
    assert row_counts(9, 3) == (3, 3, 3) and row_counts(2, 3) == (2,)
    for cards in range(2, 20):
        for per_row in (2, 3, 4):
            counts = row_counts(cards, per_row)
            assert sum(counts) == cards and 1 not in counts, (cards, per_row)


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
    resources = "\n".join(p.text for p in plan.paragraphs)
    assert ("print live-streaming-ks1-cards.docx, pages 1 and 2 once and page 3 eight times"
            in resources)


def test_ks1_picture_cards_are_big_enough_to_hold_up_to_a_class(built_packs: Path) -> None:
    """One card across the page, its picture about 7 cm on a screen and its words at 28 pt
    beside it (two to a row, 9 cm wide, were too small for the carpet);
    two under the title, then three a page, as the subtitle's page numbers say."""
    from docx.shared import Cm, Pt

    from lessonpack.plan.sort_cards import STRIPS_A_PAGE, STRIPS_FIRST_PAGE

    doc = Document(str(built_packs / "live-streaming-ks1" / "live-streaming-ks1-cards.docx"))
    body = doc.element.body
    # A page's strips are one table, a strip a row: its picture cell, then its words.
    tables = [t for t in doc.tables if len(t.columns) == 2
              and t._tbl.find(f".//{{{PIC_NS}}}pic") is not None]
    assert [len(t.rows) for t in tables] == [STRIPS_FIRST_PAGE, STRIPS_A_PAGE]
    for table in tables:
        for row in table.rows:
            art, words = row.cells
            assert art._tc.find(f".//{{{PIC_NS}}}pic") is not None and not art.text.strip()
            assert words.text.strip() and all(r.font.size == Pt(28) for r in
                                              words.paragraphs[0].runs)
            assert art.width + words.width > Cm(17)  # across the text width
            extent = art._tc.find(f".//{{{WP_NS}}}extent")
            assert int(extent.get("cy")) >= Cm(6)
    # The page break the plan puts in: between the two pages of strips.
    order = list(body.iterchildren())
    first, then = (order.index(t._tbl) for t in tables)
    assert any(el.tag == qn("w:p") and el.find(f"{qn('w:pPr')}/{qn('w:pageBreakBefore')}")
               is not None for el in order[first:then])


def test_ks1_picture_cards_keep_their_carpet_size_over_one_page(built_packs: Path) -> None:
    """Decided: the five picture cards print on two pages at the carpet's size,
    not squeezed onto one. They are held up to a class sitting on the carpet, the back row
    some 3 m away: on one page under the title each card would be about 4.3 cm tall, its
    picture under 4 cm (two to a row with 4.5 cm pictures were already too small), while a
    second page costs one sheet, printed once. Decided again: all five one
    height, a page's share of three. The title's page once grew its two cards to fill it
    (10 cm beside the next page's 8.3 cm): the designer found the cut set came out in two
    sizes, and one size for a set held up side by side reads as one set; that page's foot
    is left blank under the title's two."""
    from lessonpack.plan.sort_cards import STRIPS_A_PAGE, STRIPS_FIRST_PAGE, picture_pages
    from lessonpack.render.docx_pictures import A4_TEXT_CM, STRIP_LEAST_CM, STRIP_PICTURE_CM

    # The rule: a 6 cm picture at least, so five cards (a lesson's) never share one page.
    assert STRIP_PICTURE_CM >= 6 and 5 * STRIP_LEAST_CM > A4_TEXT_CM
    assert picture_pages(5) == 2 and STRIPS_FIRST_PAGE + STRIPS_A_PAGE == 5
    doc = Document(str(built_packs / "live-streaming-ks1" / "live-streaming-ks1-cards.docx"))
    first, second = ([int(h.get(f"{W}val")) / 567 for h in t._tbl.iter(f"{W}trHeight")]
                     for t in doc.tables if _caption(t) == "Cards to cut out"
                     and t._tbl.find(f".//{{{PIC_NS}}}pic") is not None)
    # Every card of the set one size, at a full page's share of three (not the least).
    assert len({*first, *second}) == 1, (first, second)
    assert second[0] > STRIP_LEAST_CM and second[0] * STRIPS_A_PAGE <= A4_TEXT_CM


def test_card_rows_grow_to_fill_their_page(built_packs: Path) -> None:
    """Rows share out the page's room (within a card's least and most height): the sort
    pages were a third empty with cards at their least (paper wasted, cards small), and the
    two picture cards under the title left a quarter of that page blank."""
    from lessonpack.render.docx_pictures import (
        SORT_CARD_CM,
        SORT_CARD_MOST_CM,
        STRIP_LEAST_CM,
        STRIP_MOST_CM,
    )

    def heights(ks: str, caption: str) -> list[list[float]]:
        doc = Document(str(built_packs / f"live-streaming-{ks}" /
                           f"live-streaming-{ks}-cards.docx"))
        return [[int(h.get(f"{W}val")) / 567 for h in t._tbl.iter(f"{W}trHeight")]
                for t in doc.tables if _caption(t) == caption]

    strips = [g for g in heights("ks1", "Cards to cut out") if len(g) != 4]
    assert all(STRIP_LEAST_CM <= h <= STRIP_MOST_CM + 0.01 for g in strips for h in g)
    # Grown past their least to a page's share of three: the title's two at that size too.
    assert len({h for g in strips for h in g}) == 1 and strips[0][0] > STRIP_LEAST_CM
    for ks in ("ks2", "ks3", "ks4"):
        grids = heights(ks, "Cards to cut out")
        # Every row within a card's least and most; a set whose rows are not all at the
        # least grew into its page (four rows of cards under a title may only just fit).
        assert grids and all(SORT_CARD_CM <= h <= SORT_CARD_MOST_CM + 0.01
                             for g in grids for h in g), (ks, grids)
        assert all(g[0] > SORT_CARD_CM + 0.2 for g in grids), (ks, grids)


def test_a_picture_cards_words_keep_clear_of_the_cut_line(built_packs: Path) -> None:
    """"Your friend from class" ran up to the dashed line on its right (the cell's margin
    only): a child cutting along it cut against the letters. Each
    card's words end a gap short of it."""
    from lessonpack.render.docx_pictures import STRIP_WORDS_PAD_MM

    doc = Document(str(built_packs / "live-streaming-ks1" / "live-streaming-ks1-cards.docx"))
    strips = [t for t in doc.tables if _caption(t) == "Cards to cut out"
              and t._tbl.find(f".//{{{PIC_NS}}}pic") is not None]
    words = [row.cells[1].paragraphs[0] for t in strips for row in t.rows]
    assert words and STRIP_WORDS_PAD_MM >= 3
    for p in words:
        assert p.text.strip(), "a card with no words"
        indent = p.paragraph_format.right_indent
        assert indent is not None and abs(indent.mm - STRIP_WORDS_PAD_MM) < 0.1, p.text


@pytest.mark.parametrize("stage", ["ks2", "ks3", "ks4"])
def test_each_sort_page_names_the_worksheet_part_it_is_for(built_packs: Path,
                                                            stage: str) -> None:
    """A cards file whose first page is Part 2 (Part 1 has no cards) read as pages missing:
    each sort page says it is the cards for that worksheet part, and the worksheet has a
    part of that number and title."""
    pack = built_packs / f"live-streaming-{stage}"
    cards = Document(str(pack / f"live-streaming-{stage}-cards.docx"))
    sheet = Document(str(pack / f"live-streaming-{stage}-worksheet.docx"))
    parts = {p.text for p in sheet.paragraphs if p.style.name == "LP Heading 2"
             and p.text.startswith("Part ")}
    headings = [p.text for p in cards.paragraphs if p.style.name == "LP Heading 2"
                and not p.text.startswith("Help cards")]
    assert headings
    for heading in headings:
        assert heading.startswith("Cards for worksheet Part "), heading
        assert heading.removeprefix("Cards for worksheet ") in parts, (heading, parts)


def test_a_year_4_classs_cards_name_its_own_sheets_parts(tmp_path: Path) -> None:
    """A class's own year's sheet heads its Parts by the cycle's title ("Part 2: Private
    things stay private"), and names Part 1, done on the cards, in a line: the cards name
    each Part as that sheet does."""
    from lessonpack.cli import main

    root = Path(__file__).resolve().parent.parent
    assert main(["build", "-k", "ks2", "-f", "docx", "-q", "--out", str(tmp_path),
                 "--brand", str(root / "examples/brands/oakfield-primary/brand.yml")]) == 0
    pack = tmp_path / "live-streaming-ks2-year-4"
    cards = Document(str(pack / "live-streaming-ks2-year-4-cards.docx"))
    sheet = [p.text for p in Document(
        str(pack / "live-streaming-ks2-year-4-worksheet.docx")).paragraphs]
    headings = [p.text for p in cards.paragraphs if p.style.name == "LP Heading 2"
                and p.text.startswith("Cards for")]
    assert len(headings) == 2
    for heading in headings:
        part = heading.removeprefix("Cards for worksheet ")
        assert any(t.startswith(part) for t in sheet), (part, sheet)
