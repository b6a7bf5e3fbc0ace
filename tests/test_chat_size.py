"""A stream's chat as large as its screen holds: the comments, which the class reads and
sorts, were the smallest words on the slide at 18 pt and could not be read from the back
of a room. Each chat takes the largest size at which it keeps every comment, the stream's
title row, its reactions bar and its video's pictures; every chat in a deck at one size."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from pptx.util import Inches

from lessonpack.render.deck_drawings import CHAT_FLOOR


def _chats(deck: Path) -> list[tuple[int, list]]:
    """Each stream's slide number and its shapes (comment bubbles and the rest)."""
    found = []
    for n, slide in enumerate(Presentation(str(deck)).slides, 1):
        for group in slide.shapes:
            if group.name == "Mock live stream":
                found.append((n, list(group.shapes)))
    return found


def _comments(shapes: list) -> list:
    return [s for s in shapes if s.name.startswith("Comment ")
            and s.name.removeprefix("Comment ").isdigit()]


def _sizes(shapes: list) -> set[float]:
    return {r.font.size.pt for s in _comments(shapes) for p in s.text_frame.paragraphs
            for r in p.runs if r.font.size is not None}


def _deck(packs: Path, audience: str) -> Path:
    return packs / f"live-streaming-{audience}" / f"live-streaming-{audience}-slides.pptx"


@pytest.mark.parametrize("audience", ["ks2", "ks3", "ks4", "parents"])
def test_every_chat_in_a_deck_at_one_size(built_packs: Path, audience: str) -> None:
    chats = _chats(_deck(built_packs, audience))
    assert chats
    sizes = set().union(*(_sizes(shapes) for _n, shapes in chats))
    assert len(sizes) == 1, (audience, sizes)


@pytest.mark.parametrize("audience", ["ks4", "parents"])
def test_a_chat_with_room_is_set_larger(built_packs: Path, audience: str) -> None:
    """Ravi's and the parents' streams have room for larger words: above the floor, with
    the video's things still drawn large enough to be seen (0.8 in and more)."""
    chats = _chats(_deck(built_packs, audience))
    assert chats
    for n, shapes in chats:
        assert min(_sizes(shapes)) > CHAT_FLOOR, (audience, n)
        things = [s for s in shapes if s.name.startswith("In the video: ")]
        assert things and min(s.height for s in things) >= Inches(0.8), (audience, n)


def test_a_larger_chat_shows_every_comment(built_packs: Path) -> None:
    """Ravi's three comments, all of them, at the larger size."""
    from lessonpack.api import load

    item = load().items["live-streaming-ks4"].item
    written = [len(c.scenario.comments) for c in item.cycles
               if c.scenario is not None and c.scenario.comments]
    shown = [len(_comments(shapes)) for _n, shapes in _chats(_deck(built_packs, "ks4"))]
    assert written and shown == written, (shown, written)


@pytest.mark.parametrize("audience", ["ks2", "parents"])
def test_a_trainers_template_keeps_every_comment(brightpath_at_ashgrove: Path,
                                                 audience: str) -> None:
    """On the template's shorter area a larger chat is taken only where every comment
    still fits: each chat in the deck at one size, none dropped."""
    chats = _chats(_deck(brightpath_at_ashgrove, audience))
    assert chats
    assert len(set().union(*(_sizes(shapes) for _n, shapes in chats))) == 1
