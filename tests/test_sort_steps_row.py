"""A sort's "Your turn" slide (KS2 "Spot the clues"): the timer tile shows the time and the
steps read as a row over the sort's key, not a narrow column beside the cards that wrapped
every two or three words."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation

from lessonpack.cli import main


def test_a_sorts_steps_are_a_row_over_its_key(tmp_path: Path) -> None:
    assert main(["build", "-a", "ks2", "--out", str(tmp_path), "--quiet"]) == 0
    deck = Presentation(str(next(tmp_path.rglob("*-slides.pptx"))))
    sorts = [s for s in deck.slides if any(sh.name.startswith("Sort key") for sh in s.shapes)
             and any(sh.name.startswith("Task step") for sh in s.shapes)]
    assert sorts, "KS2 has a sort with steps on its slide"
    for slide in sorts:
        shapes = {sh.name: sh for sh in slide.shapes}
        steps = [sh for name, sh in shapes.items() if name.startswith("Task step")]
        key_top = min(sh.top for name, sh in shapes.items() if name.startswith("Sort key"))
        tile = shapes["Task panel"]
        assert len(steps) == 3 and len({sh.top for sh in steps}) == 1  # one row
        assert all(sh.top + sh.height <= key_top for sh in steps)  # over the key
        assert all(sh.left >= tile.left + tile.width for sh in steps)  # not in the tile
        # Each step wider than the old panel's 0.3 of the slide's area was (about 2.5 in
        # of text): at most two lines at 18 pt.
        assert all(sh.width > 2.5 * 914400 for sh in steps)
        assert all(r.font.size.pt >= 18 for sh in steps for p in sh.text_frame.paragraphs
                   for r in p.runs)
