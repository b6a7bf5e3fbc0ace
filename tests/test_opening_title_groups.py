"""A cover's and a section's titles are evened by what each slide is, never by where its
title stands (render/deck_title_sizes): a cover is a heading apart from the sections on
one layout (klee2's cover, stacked low in its navy band at 36 pt, was once set at its
sections' 24 pt), and sections are one heading wherever their titles stand (Google's,
a line taller or shorter, stood a little apart and came out at 56, 38 and 56 pt). The
distance that once told them apart (0.75 in) was tuned to those two templates."""

from __future__ import annotations

from pptx import Presentation
from pptx.util import Inches, Pt

from lessonpack.kinds.base import Match
from lessonpack.render.deck_title_sizes import even_titles
from lessonpack.render.ooxml.slides import slides_xml


def _deck(*slides: tuple[str, int, float]) -> Presentation:
    """Slides of one layout, each (title, size in points, title top in inches)."""
    prs = Presentation()
    layout = next(lay for lay in prs.slide_layouts if lay.name == "Title Only")
    for text, size, top in slides:
        title = prs.slides.add_slide(layout).shapes.title
        title.top = Inches(top)
        title.text_frame.text = text
        title.text_frame.paragraphs[0].runs[0].font.size = Pt(size)
    return prs


def _sizes(prs: Presentation) -> list[float]:
    return [s.shapes.title.text_frame.paragraphs[0].runs[0].font.size.pt for s in prs.slides]


def test_a_cover_and_sections_on_one_layout_are_evened_apart() -> None:
    # The cover's title low in its band, the sections' at the top, as klee2's; then the
    # sections a little apart (a line taller), as Google's; a content slide among them.
    prs = _deck(("Live streaming", 36, 3.0), ("Part 1", 24, 0.4),
                ("Staying safe", 30, 1.0), ("Part 2: telling", 20, 0.2),
                ("Part 3", 24, 3.0))
    openings = frozenset({(0, Match.TITLE), (1, Match.SECTION), (3, Match.SECTION),
                          (4, Match.SECTION)})
    changed = even_titles(slides_xml(prs), openings=openings)
    # The cover keeps its size; the three sections take the least of theirs, the third
    # too, though its title stands where the cover's does; the content slide is its own.
    assert _sizes(prs) == [36, 20, 30, 20, 20]
    assert changed == {1, 4}


def test_without_openings_the_cover_joins_its_layouts_titles() -> None:
    """The check can fail: told nothing of openings, the cover's title is one of its
    layout's titles and is set at theirs."""
    prs = _deck(("Live streaming", 36, 3.0), ("Part 1", 30, 0.4))
    even_titles(slides_xml(prs))
    assert _sizes(prs) == [30, 30]
