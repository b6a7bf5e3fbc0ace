"""The starter's statements and the look back at them. KS2-KS4 tick them privately on the
worksheet, so their deck shows the sheet's rows (a row per statement, the answers' marks
under the sheet's columns, never an empty box to tick on a screen) on one slide, with no
thumbs, hands or faces to show; KS1 votes with thumbs, one statement a slide."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from pptx import Presentation

from built_decks import slides_file
from lessonpack.check.measure import count_lines
from lessonpack.kinds.vote_rows.drawing import COLUMNS
from lessonpack.plan.quotes import typographic
from lessonpack.render.deck_nobreak import keep_whole
from squeezed_template import squeezed_default

ROOT = Path(__file__).resolve().parents[1]
CONTENT = ROOT / "content" / "live-streaming"


def _tick_slides(built_packs: Path, audience: str) -> list[Any]:
    deck = Presentation(str(built_packs / f"live-streaming-{audience}" /
                            slides_file(audience)))
    return [s for s in deck.slides if any(sh.name == "Ticks caption" for sh in s.shapes)]


@pytest.mark.parametrize("audience", ["ks2", "ks3", "ks4"])
def test_readers_tick_all_statements_on_one_slide_at_start_and_end(built_packs: Path,
                                                                    audience: str) -> None:
    lesson = yaml.safe_load((CONTENT / f"{audience}.yml").read_text(encoding="utf-8"))
    statements = [s["text"] for s in lesson["starter"]["statements"]]
    slides = _tick_slides(built_packs, audience)
    assert len(slides) == 2, audience  # the starter and the look back, nothing in between
    captions = []
    for slide in slides:
        shapes = {sh.name: sh for sh in slide.shapes}
        captions.append(shapes["Ticks caption"].text_frame.text)
        assert [shapes[f"Ticks column {n}"].text_frame.text for n in (1, 2, 3)] == list(COLUMNS)
        for n, text in enumerate(statements, 1):
            shown = shapes[f"Statement {n} text"].text_frame.text.replace("\v", " ")
            assert shown == keep_whole(typographic(text))
            boxes = [shapes[f"Statement {n} choice: {word}"] for word in COLUMNS]
            # Each answer's mark (a drawn tick, cross, question mark: never an empty box
            # nobody can tick on a screen) under its column's word, in its statement's row.
            assert [bool(b.text_frame.text) for b in boxes] == [False, False, True]
            assert shapes[f"Statement {n} choice: Agree mark"].shape_type == 5  # freeform
            assert shapes[f"Statement {n} choice: Disagree mark"].shape_type == 5
            # No outlined shape at all (an empty box's outline was what made it a box).
            assert not [sh.name for sh in slide.shapes
                        if sh.shape_type == 1 and sh.line.fill.type == 1], audience
            row = shapes[f"Statement {n}"]
            for box, word in zip(boxes, COLUMNS, strict=True):
                column = next(sh for name, sh in shapes.items()
                              if name.startswith("Ticks column") and sh.text_frame.text == word)
                assert abs((box.left + box.width / 2) - (column.left + column.width / 2)) < 5000
                assert row.top <= box.top and box.top + box.height <= row.top + row.height
            # The words never on the row's edge: padding above and below them.
            words = shapes[f"Statement {n} text"]
            assert words.top - row.top >= 0.15 * 914400
            assert row.top + row.height - (words.top + words.height) >= 0.15 * 914400
        # Nothing to hold up: no pictures on the slide (no thumbs, hands or faces).
        assert not [sh for sh in slide.shapes if sh.shape_type == 13], audience
    assert "Start" in captions[0] and "End" in captions[1]


def test_readers_rows_are_one_height(built_packs: Path) -> None:
    """Rows of one height; where the room under a one-line title lets the words stay at the
    look's size only in rows sized to them (KS2: statement 3 takes three lines), each row
    is as tall as its words plus the same padding, and the words share one size."""
    for audience in ("ks2", "ks3", "ks4"):
        for slide in _tick_slides(built_packs, audience):
            shapes = {sh.name: sh for sh in slide.shapes}
            rows = [sh for name, sh in shapes.items()
                    if name.startswith("Statement ") and name.split()[-1].isdigit()]
            sizes = {r.font.size for sh in slide.shapes if sh.name.endswith(" text")
                     for p in sh.text_frame.paragraphs for r in p.runs}
            assert len(sizes) == 1, audience
            # Rows with as many lines of words are as tall; a taller row has more lines.
            (size,) = sizes
            lines = {row.name: count_lines(shapes[f"{row.name} text"].text_frame.text, "Arial",
                                           size.pt, shapes[f"{row.name} text"].width / 12700)
                     for row in rows}
            for a in rows:
                for b in rows:
                    if lines[a.name] == lines[b.name]:
                        assert a.height == b.height, (audience, a.name, b.name)
                    elif a.height > b.height:
                        assert lines[a.name] > lines[b.name], (audience, a.name, b.name)


def test_worksheet_columns_match_the_slide(built_packs: Path) -> None:
    """The slide copies the sheet's order: a pupil ticks the box in the same place."""
    from docx import Document

    for audience in ("ks2", "ks3", "ks4"):
        sheet = Document(str(built_packs / f"live-streaming-{audience}" /
                             f"live-streaming-{audience}-worksheet.docx"))
        heads = [[c.text for c in t.rows[0].cells] for t in sheet.tables
                 if t.rows and t.rows[0].cells[0].text == "Statement"]
        assert heads and heads[0][-3:] == list(COLUMNS), audience


def test_ks1_keeps_its_thumbs(built_packs: Path) -> None:
    """Children who cannot read vote with their thumbs: their rows show the thumbs
    pictures, never the sheet's tick, cross and question mark."""
    slides = _tick_slides(built_packs, "ks1")
    assert len(slides) == 2
    for slide in slides:
        names = {sh.name for sh in slide.shapes}
        assert not [n for n in names if n.endswith((" mark", "choice: Agree"))], names
        assert "Statement 3 choice: Not sure" in names


def test_statements_to_tick_stay_in_a_short_content_area(tmp_path: Path) -> None:
    """A 10 x 5.625 in template's content area is short: the calm rows put statement 3 past
    it and off the slide (LPC306). Compact rows keep all three inside the area the
    layout gives, at 18 pt or more, with no warning."""
    from lessonpack.cli import main

    template = squeezed_default(tmp_path / "short.pptx", 5.625)
    out = tmp_path / "out"
    assert main(["build", "-k", "ks4", "--out", str(out), "-q", "-j", "1",
                 "--template", str(template)]) == 0
    deck = Presentation(str(out / "live-streaming-ks4" / "live-streaming-ks4-slides.pptx"))
    slides = [s for s in deck.slides if any(sh.name == "Ticks caption" for sh in s.shapes)]
    assert len(slides) == 2
    for slide in slides:
        area = max(ph.top + ph.height for ph in slide.slide_layout.placeholders
                   if ph.placeholder_format.type not in (1, 3, 13, 15, 16))  # not titles/footers
        shapes = {sh.name: sh for sh in slide.shapes}
        for n in (1, 2, 3):
            row, text = shapes[f"Statement {n}"], shapes[f"Statement {n} text"]
            assert row.top + row.height <= area, (n, row.top + row.height, area)
            assert text.top >= row.top and text.top + text.height <= row.top + row.height
            assert text.text_frame.paragraphs[0].runs[0].font.size.pt >= 18
