"""A teacher who opens the plan the night before can still teach tomorrow: a reading class's
sorts have a route with nothing cut (page one), and a name clash found that evening has a
next step (the names check), where the plan said only "print and cut (about 50 minutes)"
and "build again; never hand-edit"."""

from __future__ import annotations

import re
from pathlib import Path

import docx
from pptx import Presentation

YEAR_4 = "live-streaming-ks2-year-4"
YEAR_6 = "live-streaming-ks2-year-6"


def _paragraphs(path: Path) -> list[str]:
    return [p.text for p in docx.Document(str(path)).paragraphs]


def _titles(deck: Path) -> list[str]:
    return [s.shapes.title.text if s.shapes.title is not None else ""
            for s in Presentation(str(deck)).slides]


def test_a_card_sort_class_is_told_how_to_sort_with_nothing_cut(oakfield_all: Path) -> None:
    folder = oakfield_all / YEAR_4
    paragraphs = _paragraphs(folder / f"{YEAR_4}-lesson-plan.docx")
    running = paragraphs.index("Running sheet")
    (prep,) = [p for p in paragraphs[:running] if p.startswith("Preparing: ")]
    assert prep.startswith("Preparing: With no time to cut, sort as a class from the "
                            "slides"), prep
    assert "let tables call out its column" in prep
    # Each sort's slides are the deck's: Part 1's take in its cards slide, Part 2's the
    # close-up the clues are found on.
    titles = _titles(folder / f"{YEAR_4}-slides.pptx")
    spans = dict(re.findall(r"Part (\d) on slides (\d+–\d+)", prep))
    assert set(spans) == {"1", "2"}, prep
    shown = {part: titles[int(span.split("–")[0]) - 1:int(span.split("–")[1])]
             for part, span in spans.items()}
    assert "Comment sort: the cards" in shown["1"], shown
    assert any("close up" in t for t in shown["2"]), shown
    # Only the help cards are cut: their page of the cards file, and how many.
    assert "Then cut only the help cards, page 3, 8 copies" in prep


def test_a_class_that_sorts_on_its_sheet_has_no_such_line(oakfield_all: Path) -> None:
    paragraphs = _paragraphs(oakfield_all / YEAR_6 / f"{YEAR_6}-lesson-plan.docx")
    running = paragraphs.index("Running sheet")
    assert not [p for p in paragraphs[:running] if p.startswith("Preparing: ")]


def test_a_name_clash_found_the_night_before_has_a_next_step(oakfield_all: Path) -> None:
    paragraphs = _paragraphs(oakfield_all / YEAR_4 / f"{YEAR_4}-lesson-plan.docx")
    (names,) = [p for p in paragraphs if p.startswith("Names: before the letter home goes")]
    late = names[names.index("Found the night before?"):]
    # Spare names the stories do not use, to ask for by name, and the fallback that is not
    # a hand edit.
    assert "a spare name (Layla, Theo or Nadia, checked against the class too)" in late
    for spare in ("Layla", "Theo", "Nadia"):
        assert spare not in names[:names.index("Found the night before?")]
    # Not built again in time: said aloud, never a hand edit, never a safeguarding lesson
    # moved for a story's name.
    assert "Tell the class the character’s new name and say it aloud" in late
    assert "never edit the files by hand" in late and "move the lesson" not in late
