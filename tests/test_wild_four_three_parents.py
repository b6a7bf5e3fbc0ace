"""The parents' deck on a trainer's 4:3 template (Coreoz, klee2): the slides parents most
need to remember keep their words readable.

Before this rule, "If something happens" on a 4:3 slide
was four narrow columns of one to three words a line ("Talk / of / self-harm?").
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from pptx.presentation import Presentation as Deck
from pptx.util import Inches

from lessonpack.cli import main

WILD = Path(__file__).parent / "fixtures" / "wild"


@pytest.fixture(scope="module", params=["coreoz-ppt-templates", "klee2-libreoffice"])
def deck(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Deck:
    out = tmp_path_factory.mktemp(request.param)
    assert main(["build", "-a", "parents", "-f", "pptx", "--out", str(out), "-q", "-j", "1",
                 "--template", str(WILD / f"{request.param}.pptx")]) == 0
    built = Presentation(str(next(out.glob("live-streaming-parents/*-slides.pptx"))))
    assert built.slide_width / built.slide_height < 1.5  # a 4:3 deck, as the template
    return built


def _titled(deck: Deck, start: str) -> list:
    return [s for s in deck.slides if s.shapes.title is not None
            and s.shapes.title.text_frame.text.startswith(start)]


def test_four_steps_go_two_by_two(deck: Deck) -> None:
    slide = _titled(deck, "If something happens")[0]
    cards = [sh for sh in slide.shapes if sh.name in {f"Step {n}" for n in (1, 2, 3, 4)}]
    assert len(cards) == 4
    # Two columns and two rows, read across then down; no arrows between columns.
    assert len({c.left for c in cards}) == 2 and len({c.top for c in cards}) == 2
    assert not [sh for sh in slide.shapes if sh.name.endswith(" arrow")]
    for n in (1, 2, 3, 4):
        words = next(sh for sh in slide.shapes if sh.name == f"Step {n} text")
        # Room for whole phrases a line: over 3 in where the columns were 1.47 in.
        assert words.width >= Inches(3), (n, words.width)
        size = words.text_frame.paragraphs[0].runs[0].font.size
        assert size is not None and size.pt >= 20, (n, size)


def test_first_help_slide_keeps_every_card_whole(deck: Deck) -> None:
    """On 4:3 the icons went first, then 2-4 pt of type, before any card lost what it is for:
    NSPCC had shown only its number (no advice line, no email), CEOP and Police their
    contact alone."""
    slide = _titled(deck, "Where to get help (1 of 2)")[0]
    shapes = {sh.name: sh.text_frame.text for sh in slide.shapes if sh.has_text_frame}
    headings = {shapes[f"Help card {n} heading"]: n for n in (1, 2, 3, 4)}
    assert set(headings) >= {"NSPCC Helpline", "CEOP Safety Centre", "Police"}, headings
    for n in headings.values():
        assert shapes.get(f"Help card {n} text", "").strip(), (n, shapes)
    nspcc = headings["NSPCC Helpline"]
    assert "help@nspcc.org.uk" in shapes[f"Help card {nspcc} contact"]
    assert "anonymous" in shapes[f"Help card {nspcc} text"]
    # Not below the slides' floor to do it.
    sizes = [r.font.size.pt for sh in slide.shapes if sh.name.startswith("Help card")
             and sh.has_text_frame for p in sh.text_frame.paragraphs for r in p.runs
             if r.font.size is not None]
    assert sizes and min(sizes) >= 18


def test_second_help_slide_says_what_each_service_is_for(deck: Deck) -> None:
    """Where a card is not whole even at 20 pt (Childline on Coreoz, 0.01 in short), each
    card keeps at least its first sentence, in rows re-divided by need, before any card is
    cut to its name and contact: it had shown contacts alone, and the run's evening then set
    it at the first slide's smaller type for nothing."""
    first, second = (_titled(deck, f"Where to get help ({n} of 2)")[0] for n in (1, 2))
    shapes = {sh.name: sh.text_frame.text for sh in second.shapes if sh.has_text_frame}
    headings = {shapes[f"Help card {n} heading"]: n for n in (1, 2, 3, 4)}
    assert set(headings) >= {"Childline", "Report Remove", "Take It Down"}, headings
    for n in headings.values():
        assert shapes.get(f"Help card {n} text", "").strip(), (n, shapes)
    assert "confidential" in shapes[f"Help card {headings['Childline']} text"]
    assert "nude image" in shapes[f"Help card {headings['Report Remove']} text"]

    def sizes(slide: object, part: str) -> set[float]:
        return {r.font.size.pt for sh in slide.shapes  # type: ignore[attr-defined]
                if sh.name.startswith("Help card") and sh.name.endswith(part)
                for p in sh.text_frame.paragraphs for r in p.runs if r.font.size is not None}

    # One size for the run's names and words, at the slides' floor or above.
    for part in ("heading", "text"):
        assert sizes(first, part) == sizes(second, part), part
        assert min(sizes(second, part)) >= 18
