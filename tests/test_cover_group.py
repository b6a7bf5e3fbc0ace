"""Our title slide reads as one group: kicker, title and subtitle a fixed gap apart whatever
the title's length, centred on the cover, and a school's logo plate 0.3 in clear of the
slide's edge and of the kicker (the kicker floated ~2 in above a
one-line title; Oakfield's plate sat 0.13 in from the top edge)."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from pptx.util import Inches

from built_decks import built_deck
from lessonpack.cli import main
from lessonpack.render.deck_cover_group import CLEAR, GAP, SLACK

OAKFIELD = "examples/brands/oakfield-primary/brand.yml"


def _words(deck: object) -> list[tuple[int, int]]:
    """(top, bottom) of the kicker, title and subtitle boxes' words (slack taken off the side
    that grows), top to bottom."""
    cover = deck.slides[0]  # type: ignore[attr-defined]
    assert cover.slide_layout.name == "LP Title"
    phs = sorted((p for p in cover.placeholders if p.text_frame.text.strip()),
                 key=lambda p: p.top)
    assert len(phs) == 3
    spans = []
    for ph in phs:
        top, bottom = int(ph.top), int(ph.top) + int(ph.height)
        anchor = ph.element.txBody.bodyPr.get("anchor")
        spans.append((top + SLACK, bottom) if anchor == "b" else (top, bottom - SLACK))
    return spans


def _check_group(deck: object) -> list[tuple[int, int]]:
    spans = _words(deck)
    for (_t, upper_bottom), (lower_top, _b) in itertools.pairwise(spans):
        assert lower_top - upper_bottom == GAP
    return spans


@pytest.mark.parametrize("audience", ["ks1", "ks3", "parents"])
def test_default_cover_is_one_group(built_packs: Path, audience: str) -> None:
    deck = built_deck(built_packs, audience)
    spans = _check_group(deck)
    middle = (spans[0][0] + spans[-1][1]) // 2
    shapes = {s.name: s for s in deck.slides[0].slide_layout.shapes}
    stripe = shapes["Accent stripe"]
    # The slot left for the school's logo (deck_logo_slot: no brand, no logo), under the
    # draft strip's 0.6 in, and the words CLEAR of it, as of a school's logo plate.
    slot = shapes["Logo slot"]
    assert int(slot.top) >= Inches(0.6) and slot.text_frame.text == "[School logo]"
    assert spans[0][0] - (int(slot.top) + int(slot.height)) >= CLEAR
    # centred in the cover above its stripe (within rounding), not pinned near the top,
    # unless the slot above pushes them down: then only as far as it must
    centred = abs(middle - int(stripe.top) // 2) < Inches(0.05)
    pushed = spans[0][0] - (int(slot.top) + int(slot.height)) == CLEAR
    assert centred or pushed, (middle, spans)


@pytest.fixture(scope="module")
def oakfield(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("oak")
    assert main(["build", "-a", "ks1", "-a", "parents", "--brand", OAKFIELD,
                 "--out", str(out), "--quiet"]) == 0
    return out


@pytest.mark.parametrize("audience", ["ks1", "parents"])
def test_logo_plate_clear_of_edge_and_kicker(oakfield: Path, audience: str) -> None:
    deck = built_deck(oakfield, audience)
    spans = _check_group(deck)
    plate = next(s for s in deck.slides[0].slide_layout.shapes if s.name == "Logo panel")
    assert int(plate.top) >= Inches(0.3)
    # The school's logo is there: no slot for one.
    assert not any(s.name == "Logo slot" for s in deck.slides[0].slide_layout.shapes)
    assert spans[0][0] - (int(plate.top) + int(plate.height)) >= CLEAR
