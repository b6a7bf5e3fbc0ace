"""A title on a shaded bar reads at 4.5:1 on every line.

LibreOffice's "smooth black" paints its title bar grey at the top and black at the foot (in
its background picture). Two-line titles, centred in their box, put the first line on the
light grey: white on about #8F8F8F, 3.2:1. Measured as ``check`` measures it, against the
part of the picture the lines cover, every title now reaches 4.5:1: anchored at the bar's
dark end, on one line where two would not read.
"""

from __future__ import annotations

from pathlib import Path

from lessonpack import contrast
from lessonpack.check.pptx_shapes import TITLE_TYPES, open_deck
from lessonpack.check.pptx_text import text_frame
from lessonpack.check.pptx_text_rules import backdrop
from squeezed_template import slides_on

SMOOTH_BLACK = Path(__file__).resolve().parent / "fixtures" / "wild" / "lo-cft-smooth-black.pptx"
# Titles the reader found on two lines, their first on the light grey.
TWO_LINE_TITLES = ("Big ideas: Good attention, bad attention",
                   "Which comment gives good attention?",
                   "Exit quiz: ring A, B or C")


def _titles(deck: Path) -> dict[int, tuple[str, int, float, int]]:
    """Slide number -> (title text, lines, worst contrast on what its lines cover, number
    of colours under them)."""
    found = {}
    for view in open_deck(deck, "wild").slides:
        for index, item in enumerate(view.items):
            if item.tag != "sp" or item.ph is None or item.ph.type not in TITLE_TYPES:
                continue
            frame = text_frame(item, view)
            if frame is None or not frame.text.strip():
                continue
            colours = backdrop(view, item, [*view.beneath, *view.items[:index]]) or []
            worst = min((contrast.ratio(run.colour[0], c) for p in frame.paras
                         for run in p.runs if run.text.strip() and run.colour
                         for c in colours), default=99.0)
            lines = frame.text.count("\n") + frame.text.count("\v") + 1
            found[view.number] = (" ".join(frame.text.split()), lines, worst, len(colours))
    return found


def test_titles_on_the_shaded_bar_read_at_4_5(tmp_path: Path) -> None:
    deck = slides_on(tmp_path, "ks2", SMOOTH_BLACK)
    titles = _titles(deck)
    shaded = {n: t for n, t in titles.items() if t[3] > 1}
    assert len(shaded) > 20, titles  # the bar is measured as a picture, light and dark
    faint = {n: t for n, t in shaded.items() if t[2] < 4.5}
    assert not faint, faint
    by_text = {t[0]: t for t in titles.values()}
    for text in TWO_LINE_TITLES:
        assert by_text[text][1] == 1, by_text[text]  # made one line to read at the dark end


def test_a_title_reading_on_its_backdrop_keeps_its_place(tmp_path: Path) -> None:
    """The cover's title, on the black under the bar, keeps its two lines and its size."""
    deck = slides_on(tmp_path, "ks2", SMOOTH_BLACK)
    text, lines, worst, _colours = _titles(deck)[1]
    assert text.startswith("Live streams") and lines == 2 and worst >= 4.5
