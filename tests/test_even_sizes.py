"""One type size for the same part of the same kind of slide across a deck (quiz answers
at 27 pt on one slide and 22 pt on another, help cards at 18, 20 and 21 pt on three slides
in a row). Sizes of one part differ only by more than a fifth: a different use of it, not
drift."""

from __future__ import annotations

import itertools
from collections import defaultdict
from pathlib import Path

import pytest
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pptx.oxml.ns import qn

from built_decks import built_deck
from lessonpack.render.deck_sizes import DRIFT, KEPT_PARTS, part_of

AUDIENCES = ("ks1", "ks2", "ks3", "ks4", "parents")


def _drawn(shapes: object) -> list[object]:
    found = []
    for shape in shapes:  # type: ignore[attr-defined]
        if shape.shape_type == MSO_SHAPE_TYPE.GROUP:
            found += _drawn(shape.shapes)
        elif not shape.is_placeholder and shape.has_text_frame:
            found.append(shape)
    return found


@pytest.mark.parametrize("audience", AUDIENCES)
def test_no_part_drifts_in_size(built_packs: Path, audience: str) -> None:
    sizes: dict[tuple[str, str], set[int]] = defaultdict(set)
    slides: dict[tuple[str, str], set[int]] = defaultdict(set)
    for number, slide in enumerate(built_deck(built_packs, audience).slides, 1):
        for shape in _drawn(slide.shapes):
            got = [int(r.get("sz")) for r in shape.element.iter(qn("a:rPr")) if r.get("sz")]
            if got:
                part = part_of(slide.slide_layout.name, shape.name)
                sizes[part].add(max(got))
                slides[part].add(number)
    # A stream's chat is sized with its bubbles, stream by stream (deck_sizes.KEPT_PARTS).
    repeated = [part for part in sizes if len(slides[part]) > 1 and part[1] not in KEPT_PARTS]
    assert repeated, audience
    for part in repeated:
        ordered = sorted(sizes[part], reverse=True)
        for bigger, smaller in itertools.pairwise(ordered):
            assert smaller < bigger * DRIFT, (audience, part, ordered)


def test_quiz_answers_share_one_size(built_packs: Path) -> None:
    for audience in ("ks2", "ks3", "ks4"):
        sizes = {int(r.get("sz")) for slide in built_deck(built_packs, audience).slides
                 for shape in _drawn(slide.shapes)
                 if part_of(slide.slide_layout.name, shape.name)
                 == ("LP Quiz Question", "Answer @")
                 for r in shape.element.iter(qn("a:rPr")) if r.get("sz")}
        assert len(sizes) == 1, (audience, sizes)


def test_lettered_and_numbered_parts_are_apart() -> None:
    """A quiz's "Answer A" panels and the exit quiz's "Answer 1" rows are different parts,
    though a trainer's template draws both on one layout."""
    assert part_of("Title Only", "Answer A") == part_of("Title Only", "Answer C")
    assert part_of("Title Only", "Answer 1") == part_of("Title Only", "Answer 4")
    assert part_of("Title Only", "Answer A") != part_of("Title Only", "Answer 1")
    assert part_of("Title Only", "Answer B letter") != part_of("Title Only", "Answer 2 letter")
