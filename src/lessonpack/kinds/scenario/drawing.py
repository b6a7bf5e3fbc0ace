"""The scenario kind's drawings: the live stream beside its question, and the notes that name
only the comments the stream had room to show."""

from __future__ import annotations

from collections.abc import Sequence

from lessonpack.kinds.base import Filler, supply
from lessonpack.kinds.payloads import StreamComment
from lessonpack.kinds.scenario import QUESTION_LARGE, QUESTION_PANEL, SHOWN_NOTES, STREAM
from lessonpack.render.deck_body_text import question_large
from lessonpack.render.deck_scenes import question_panel
from lessonpack.render.deck_shown import slide_words, trim_notes, unshown
from lessonpack.render.deck_stream_place import place_stream


def shown_notes(filler: Filler, notes: str, comments: Sequence[StreamComment]) -> str:
    """``notes`` with the comments whose words are not on the slide left out of its list of
    comments for discussion (render/deck_shown)."""
    return trim_notes(notes, unshown(comments, slide_words(filler.slide.element)))


SUPPLIES = (supply(STREAM, place_stream), supply(SHOWN_NOTES, shown_notes),
            supply(QUESTION_PANEL, question_panel), supply(QUESTION_LARGE, question_large))
