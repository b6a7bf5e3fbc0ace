"""One title size for a deck's content slides, one for its sections, on trainers' templates.

- LibreOffice's Smooth black sets its title size only in its sample text. Its content titles
  were evened to 34 pt layout by layout, and the stream and help slides, on a layout of
  their own whose titles were all short, kept the template's 44 pt: clicking from "Zainab is
  live" to "Big ideas" the heading shrank by a quarter. Titles are now grouped by the size
  the template gives them, covers and sections apart from content slides.
- Hexagons' section titles were measured for their box in the brand's face, one line tall,
  then broken onto two lines in the wider face drawn here, and shrank to 25 pt under a
  31 pt "I can..." line; the third section, measured at two lines, kept 38.6 pt. Google
  Slides' export set its three sections at 56, 38 and 56 pt.
- Google's content titles were its theme's dark 2, #424242, 30 pt and not bold: the
  faintest titles of eight templates from the back of a room. A mid-grey title on a light
  slide is now set in lessonpack's dark text colour.
- KS4 "Who can help (1 of 3)" leaves the school card's "They keep you safe..." off the
  slide to fit: its notes said the lead's names again, so the reassurance was nowhere.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pptx import Presentation
from pptx.oxml.ns import qn

from lessonpack import contrast
from lessonpack.check.colour import rgb_hex
from lessonpack.check.pptx_shapes import TITLE_TYPES, open_deck
from lessonpack.check.pptx_text import text_frame
from lessonpack.cli import main

pytestmark = pytest.mark.integration

WILD = Path(__file__).parent / "fixtures" / "wild"
_LVL1 = f"{qn('a:lstStyle')}/{qn('a:lvl1pPr')}/{qn('a:defRPr')}"


def _build(out: Path, template: str, *stages: str) -> dict[str, Any]:
    args = ["build", "-f", "pptx", "--out", str(out), "-q", "-j", "1",
            "--template", str(WILD / f"{template}.pptx")]
    for stage in stages:
        args += ["-k", stage]
    assert main(args) == 0
    return {s: Presentation(str(out / f"live-streaming-{s}" / f"live-streaming-{s}-slides.pptx"))
            for s in stages}


def _size(shape: Any) -> float | None:
    """The text's size as the slide sets it: its runs', else its own list style's."""
    sizes = {r.font.size.pt for p in shape.text_frame.paragraphs for r in p.runs
             if r.text.strip() and r.font.size is not None}
    if sizes:
        return min(sizes)
    own = shape.text_frame._txBody.find(_LVL1)
    return int(own.get("sz")) / 100 if own is not None and own.get("sz") else None


def _titles(prs: Any) -> dict[str, float | None]:
    return {s.shapes.title.text_frame.text.replace("\v", " "): _size(s.shapes.title)
            for s in prs.slides if s.shapes.title is not None}


# KS2's learning cycles, as content/live-streaming names them.
SECTIONS = ("Good attention, bad attention", "Private things stay private",
            "Tricks, pressure and what to do")


def _sections(prs: Any, any_title: bool = False) -> list[tuple[str, float | None, float | None]]:
    """Each section slide's title, its size and the size of the line under it (KS2's, or
    with ``any_title`` any slide's with an "I can" line under its title: KS4's parts)."""
    found = []
    for slide in prs.slides:
        # A section says what pupils will be able to do ("I can...") under its title.
        under = [sh for sh in slide.placeholders if sh.has_text_frame
                 and sh.placeholder_format.idx != 0 and "I can " in sh.text_frame.text]
        title = slide.shapes.title
        if under and title is not None and (
                any_title or " ".join(title.text_frame.text.split()) in SECTIONS):
            found.append((title.text_frame.text, _size(title), _size(under[0])))
    return found


def test_smooth_black_stream_and_help_titles_match_the_rest(tmp_path: Path) -> None:
    decks = _build(tmp_path, "lo-cft-smooth-black", "ks2", "ks4")
    for stage, streams in (("ks2", ("Zainab is live", "Who can help (1 of 2)")),
                           ("ks4", ("Ravi is live", "Who can help (1 of 3)"))):
        titles = _titles(decks[stage])
        openings = {" ".join(title.split())
                    for title, _size, _under in _sections(decks[stage], any_title=True)}
        content = {t: s for n, (t, s) in enumerate(titles.items()) if n and
                   t not in openings
                   and t != "Before you teach: fill these in"}
        assert len(set(content.values())) == 1, content
        assert all(content[t] is not None and content[t] < 40 for t in streams), content

    # The reassurance left off the school's card is what the notes say, not the names again.
    slide = next(s for s in decks["ks4"].slides
                 if s.shapes.title.text_frame.text == "Who can help (1 of 3)")
    shown = " ".join(sh.text_frame.text for sh in slide.shapes if sh.has_text_frame)
    notes = slide.notes_slide.notes_text_frame.text
    said = next((line for line in notes.split("\n") if line.startswith("Say what each is for")),
                "")
    if "They keep you safe" in shown:  # the card whole (4:3 cards keep their words first)
        assert "Our safeguarding lead" not in said, said  # nothing left off to say
    else:
        assert "Our safeguarding lead: They keep you safe: talk to them about any worry." in \
            said, said
        assert "[DSL's name]" not in said


def test_hexagons_sections_one_size_over_their_objective(tmp_path: Path) -> None:
    sections = _sections(_build(tmp_path, "lo-cft-hexagons", "ks2")["ks2"])
    assert len(sections) == 3, sections
    assert len({size for _t, size, _u in sections}) == 1, sections
    for title, size, under in sections:
        assert size is not None and under is not None and size > under, (title, size, under)


def _title_inks(deck: Path) -> dict[str, int]:
    """Each colour the deck's titles are shown in, and how many runs."""
    inks: dict[str, int] = {}
    for view in open_deck(deck, "wild").slides:
        for item in view.items:
            frame = text_frame(item, view) if item.tag == "sp" and item.ph is not None \
                and item.ph.type in TITLE_TYPES else None
            for run in [r for p in frame.paras for r in p.runs] if frame else []:
                if run.text.strip() and run.colour is not None:
                    ink = rgb_hex(run.colour[0])
                    inks[ink] = inks.get(ink, 0) + 1
    return inks


def test_google_sections_one_size_and_titles_in_dark_ink(tmp_path: Path) -> None:
    sections = _sections(_build(tmp_path, "google-slides-export", "ks2")["ks2"])
    # The content titles in the dark text colour, not the theme's mid-grey; the white
    # section titles on the pink band kept.
    inks = _title_inks(tmp_path / "live-streaming-ks2" / "live-streaming-ks2-slides.pptx")
    assert "#424242" not in inks, inks
    assert inks.get(contrast.TEXT_DARK.upper(), 0) >= 30 and inks.get("#FFFFFF", 0) >= 3, inks
    assert len(sections) == 3, sections
    assert len({size for _t, size, _u in sections}) == 1, sections
    for title, size, under in sections:
        assert size is not None and under is not None and size > under, (title, size, under)
