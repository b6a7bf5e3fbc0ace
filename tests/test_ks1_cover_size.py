"""KS1's cover fills its slide as the other ages' do: a title set larger than the deck's
cover size, and the two characters as large as the others' picture discs' pictures."""

from __future__ import annotations

from pathlib import Path

from pptx.util import Inches, Pt

from built_decks import built_deck
from lessonpack.render.deck_titles import COVER_PT


def test_ks1_cover_title_and_characters_are_large(built_packs: Path) -> None:
    cover = built_deck(built_packs, "ks1").slides[0]
    title = cover.shapes.title
    sizes = {run.font.size for p in title.text_frame.paragraphs for run in p.runs}
    assert sizes and all(size is not None and size > Pt(COVER_PT) for size in sizes)
    characters = [sh for sh in cover.shapes if sh.name.startswith("Picture: ")]
    assert len(characters) == 2
    assert all(sh.width >= Inches(2.4) for sh in characters)
    # Clear of the title's column, and of each other's middles.
    assert all(sh.left >= title.left + title.width for sh in characters)
