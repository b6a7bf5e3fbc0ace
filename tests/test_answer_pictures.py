"""KS1 answer pictures drawn as the story draws its people: Pip the rabbit's Mum a rabbit,
Olly the owl's Dad an owl; "Tap ..." shows the prize box to tap, not one raised finger
(children answer by showing fingers)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from pptx import Presentation

from lessonpack.content.picture_library import builtin_library


def _answers(built_packs: Path) -> dict[str, str]:
    deck = Presentation(str(built_packs / "live-streaming-ks1" / "live-streaming-ks1-slides.pptx"))
    return {sh._element.nvPicPr.cNvPr.get("descr"): hashlib.sha1(sh.image.blob).hexdigest()
            for s in deck.slides for sh in s.shapes
            if sh.shape_type == 13 and sh.name.startswith("Answer")}


def test_story_families_on_answer_pictures(built_packs: Path) -> None:
    library = builtin_library()
    answers = _answers(built_packs)
    mum = next(sha for alt, sha in answers.items() if "Show Mum" in alt)
    dad = next(sha for alt, sha in answers.items() if "Show Dad" in alt)
    assert mum == library.pictures["rabbit-mum"].sha1
    assert dad == library.pictures["owl-dad"].sha1


def test_tap_shows_what_is_tapped(built_packs: Path) -> None:
    library = builtin_library()
    taps = [sha for alt, sha in _answers(built_packs).items() if alt.startswith("Tap")]
    assert taps and set(taps) == {library.pictures["gift"].sha1}
