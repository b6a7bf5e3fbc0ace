"""Which comment scrolls off a room of clues' short chat first: one rule, wherever the stream
is drawn (render/deck_room_stream.scrolls_off, which deck_drawings' full-size stream calls
too). The red flags are what the class discusses, so they stay longest: the full-size
stream's own copy of the rule dropped a repeated red flag before a lone kind comment."""

from __future__ import annotations

from lessonpack.kinds.payloads import StreamComment
from lessonpack.render.deck_room_stream import scrolls_off


def _chat(*kinds: str) -> tuple[StreamComment, ...]:
    return tuple(StreamComment(f"viewer_{n}", "Nice room!", kind) for n, kind in enumerate(kinds))


def test_the_oldest_neutral_comment_goes_first() -> None:
    assert scrolls_off(_chat("red-flag", "kind", "neutral", "neutral")) == 2


def test_then_kind_then_unkind_and_red_flags_last() -> None:
    assert scrolls_off(_chat("red-flag", "unkind", "red-flag", "kind")) == 3
    assert scrolls_off(_chat("red-flag", "unkind", "red-flag")) == 1
    # A lone kind comment goes before either of two red flags (the clues stay).
    assert scrolls_off(_chat("kind", "unkind", "red-flag", "red-flag")) == 0
    assert scrolls_off(_chat("red-flag", "red-flag")) == 0

