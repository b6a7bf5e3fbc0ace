"""A mock live stream's chat as rows of one rhythm: every bubble sized to its words with the
same room above and below them, the same gap between every two bubbles, and more of both
where the screen has room ("chat rows uneven where a comment wraps";
the chat drew 0.03 in over and under each comment's words and 0.04 in between)."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest
from pptx.util import Inches, Pt

from built_decks import slides_file, stream_bubbles
from lessonpack.check.measure import LINE


def _chats(deck: Path) -> list[tuple[int, list]]:
    return [(n, bubbles) for n, _group, bubbles in stream_bubbles(deck) if len(bubbles) >= 2]


def _line(bubble: object) -> int:
    """A comment's line, as the stream measures it, at the size its words are drawn."""
    size = next(r.font.size.pt for p in bubble.text_frame.paragraphs  # type: ignore[attr-defined]
                for r in p.runs if r.font.size is not None)
    return int(Pt(size * LINE))


def _rhythm(bubbles: list) -> tuple[set[int], set[int]]:
    """The padding of each bubble (its height less its lines) and the gaps between them."""
    pads = {b.height - _line(b) * (b.height // _line(b)) for b in bubbles}
    gaps = {later.top - (b.top + b.height) for b, later in pairwise(bubbles)}
    return pads, gaps


def _check(deck: Path, least: float = 0.08) -> int:
    chats = _chats(deck)
    for n, bubbles in chats:
        pads, gaps = _rhythm(bubbles)
        assert len(pads) == 1 and len(gaps) == 1, (deck.name, n, pads, gaps)
        # Room over and under the words (``least`` in both together), a clear gap between.
        assert pads.pop() >= Inches(least) - 1 and gaps.pop() >= Inches(0.04) - 1, \
            (deck.name, n)
    return len(chats)


@pytest.mark.parametrize("audience", ["ks2", "ks3", "ks4", "parents"])
def test_chat_rows_share_one_padding_and_one_gap(built_packs: Path, audience: str) -> None:
    deck = built_packs / f"live-streaming-{audience}" / slides_file(audience)
    assert _check(deck)


def test_chat_rows_breathe_where_the_screen_has_room(built_packs: Path) -> None:
    """Ravi's stream (three comments, a 7.9 x 5 in screen): more than the tight 0.06 in of
    padding and 0.04 in gaps the chat had. At 18 pt its comments were a line each and it
    held 0.15 and 0.08 in; at 20 pt (read from the back of the room) two of them take two
    lines, and the chat's spare room goes first to the video (its football, game and Ravi
    at a size seen from the back: deck_drawings.plan_stream). 0.15 and 0.08 in would take
    about 0.24 in from that video, so the floor held here is what is left: 0.08 and
    0.05 in (drawn 0.087 and 0.055)."""
    deck = built_packs / "live-streaming-ks4" / "live-streaming-ks4-slides.pptx"
    n, bubbles = _chats(deck)[0]
    pads, gaps = _rhythm(bubbles)
    assert min(pads) >= Inches(0.08) and min(gaps) >= Inches(0.05), n


@pytest.mark.parametrize("audience", ["ks2", "parents"])
def test_a_trainers_template_keeps_the_rhythm(brightpath_at_ashgrove: Path,
                                              audience: str) -> None:
    deck = (brightpath_at_ashgrove / f"live-streaming-{audience}"
            / slides_file(audience, "primary"))
    # The template's shorter area: the chat at its tightest (0.06 in of padding) where
    # every comment and the video's pictures must fit, still one padding and one gap.
    assert _check(deck, least=0.06)


@pytest.mark.parametrize("audience", ["ks2", "ks3", "ks4", "parents"])
def test_every_stream_of_a_deck_sets_names_inline(built_packs: Path, audience: str) -> None:
    """One chat style a deck: each comment one paragraph, its bold name first and its
    words after it (Kai's first stream had set each name on a paragraph of its own above
    the words while his next two ran them inline, as two different apps)."""
    deck = built_packs / f"live-streaming-{audience}" / slides_file(audience)
    streams = stream_bubbles(deck)
    assert streams
    for n, _group, bubbles in streams:
        for bubble in bubbles:
            paragraphs = bubble.text_frame.paragraphs
            assert len(paragraphs) == 1, (deck.name, n, bubble.text_frame.text)
            runs = paragraphs[0].runs
            assert runs[0].font.bold and len(runs) >= 2 and not runs[1].font.bold, \
                (deck.name, n, bubble.text_frame.text)
