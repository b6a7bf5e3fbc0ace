"""Slides laid out to read on a real Google Slides export (10 x 5.625 in; its body bulleted in
the layout's list style, its master's bullets black, its cards dark grey).

Three slides that were built but read badly there: the parents' "What this session covers"
points ran as one bold block (no gap, the bullets black on the dark panel); KS2's seven
"Spot the clues" cards ran over their cards' edges under a key drawn for a large slide; the
KS2 agree/disagree rows ran past the content area (tick columns 4.2 in wide, a statement on
three lines).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.oxml.ns import qn
from pptx.util import Pt

from built_decks import slides_file
from lessonpack.check import Options, check_file
from lessonpack.cli import main

FIXTURE = Path(__file__).parent / "fixtures" / "wild" / "google-slides-export.pptx"
# Overflow, hidden under a shape, off the slide: text that cannot be read.
UNREADABLE = ("LPC301", "LPC305", "LPC306")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Path], str]:
    out = tmp_path_factory.mktemp("google-layouts")
    import contextlib
    import io

    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = main(["build", "-a", "ks2", "-a", "parents", "-f", "pptx", "-q", "-j", "1",
                     "--out", str(out), "--template", str(FIXTURE)])
    assert code == 0, err.getvalue()[-3000:]
    return {a: out / f"live-streaming-{a}" / slides_file(a)
            for a in ("ks2", "parents")}, err.getvalue()


def _findings(deck: Path, number: int) -> list[str]:
    return [f"{f.code} {f.message}" for f in check_file(deck, Options())
            if f.code in UNREADABLE and re.match(rf"slide {number}\b", f.location)]


def test_panel_points_are_bulleted_in_their_colour_and_spaced(
        built: tuple[dict[str, Path], str]) -> None:
    decks, _err = built
    panels = 0
    for number, slide in enumerate(Presentation(str(decks["parents"])).slides, 1):
        if not any(sh.name == "Outcome panel" for sh in slide.shapes):
            continue
        body = next(ph for ph in slide.placeholders
                    if ph.placeholder_format.type == PP_PLACEHOLDER.BODY)
        points = [p for p in body.text_frame.paragraphs if p.text.strip()]
        if len(points) < 2:
            continue
        panels += 1
        for n, point in enumerate(points):
            p_pr = point._p.pPr
            runs = [r for r in point.runs if r.text]
            if len(runs) > 1 and runs[0].font.bold is not False and runs[1].font.bold is False:
                # A point with a lead (bold, or the panel's own weight) and regular words after
                # it stands apart by its
                # lead (the closing and section messages: a lead up to the first full stop).
                continue
            assert p_pr is not None and p_pr.find(qn("a:buChar")) is not None, (number, n)
            # The bullet in the text's colour (the master's is black, on a dark panel).
            assert p_pr.find(qn("a:buClrTx")) is not None, (number, n)
            if n:
                assert point.space_before is not None and point.space_before >= Pt(6), \
                    (number, n, point.space_before)
            assert all(r.font.size is None or r.font.size >= Pt(18) for r in point.runs)
        assert not _findings(decks["parents"], number)
    assert panels


def test_seven_sort_cards_fit_their_cards_under_the_key(
        built: tuple[dict[str, Path], str]) -> None:
    decks, err = built
    assert "Task card" not in err  # the build found no card's words over its edge
    deck = Presentation(str(decks["ks2"]))
    seen = 0
    for number, slide in enumerate(deck.slides, 1):
        shapes = {sh.name: sh for sh in slide.shapes}
        cards = [name for name in shapes if name.startswith("Task card ")
                 and name.removeprefix("Task card ").isdigit()]
        key = shapes.get("Sort key words")
        if len(cards) < 7 or key is None:
            continue
        seen += 1
        for name in cards:
            card, words = shapes[name], shapes[f"{name} text"]
            assert card.top >= key.top + key.height, (number, name)  # under the key
            assert card.top <= words.top and \
                words.top + words.height <= card.top + card.height, (number, name)
            assert all(r.font.size >= Pt(18) for p in words.text_frame.paragraphs
                       for r in p.runs if r.font.size), (number, name)
        assert not _findings(decks["ks2"], number), number
    assert seen


def test_agree_rows_stay_in_the_content_area(built: tuple[dict[str, Path], str]) -> None:
    decks, err = built
    assert "statements to tick" not in err.lower()
    deck = Presentation(str(decks["ks2"]))
    seen = 0
    for number, slide in enumerate(deck.slides, 1):
        rows = [sh for sh in slide.shapes if sh.name.startswith("Statement ")
                and sh.name.removeprefix("Statement ").isdigit()]
        if not rows:
            continue
        seen += 1
        body = next(ph for ph in slide.slide_layout.placeholders
                    if ph.placeholder_format.type == PP_PLACEHOLDER.BODY)
        foot = max(row.top + row.height for row in rows)
        assert foot <= body.top + body.height, (number, foot, body.top + body.height)
        for row in rows:
            words = next(sh for sh in slide.shapes if sh.name == f"{row.name} text")
            assert words.top + words.height <= row.top + row.height, (number, row.name)
        assert not _findings(decks["ks2"], number), number
    assert seen >= 2
