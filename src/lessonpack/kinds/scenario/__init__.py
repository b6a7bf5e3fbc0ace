"""The live-stream scenario: a mock stream screen drawn from native shapes (so teachers can
edit it), with the question for the class beside it; on the worksheet, the story and comments
in a box."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from lessonpack.content.picture_library import Picture
from lessonpack.kinds.base import REGION, SIDE, Box, DrawingSlot, Filler, Match, SlideKind, layout
from lessonpack.kinds.payloads import StreamComment, StreamScreen
from lessonpack.plan.model import Block, Callout, Paragraph

if TYPE_CHECKING:
    from lessonpack.content.model import Scenario
    from lessonpack.kinds.look import Look
    from lessonpack.plan.model import Slide


def screen(sc: Scenario, picture: Picture | None = None, scene: str = "stream",
           cast: tuple[tuple[str, Picture], ...] = ()) -> StreamScreen:
    # The room a stream is drawn in (``setting``, ``night``) is the plan's to choose
    # (plan/scenes.py ``with_setting``): a kind does not read the story.
    return StreamScreen(sc.character, sc.stream_title, sc.viewers, sc.likes, sc.gifts,
                        tuple(StreamComment(c.user, c.text, c.kind) for c in sc.comments),
                        sc.question,
                        sc.picture_alt, picture, scene, cast, sc.video_call,
                        sc.school_top == "hoodie", sc.room == "kitchen")


def worksheet_blocks(sc: Scenario, chat_column: bool = True) -> list[Block]:
    """The document counterpart: the story and the stream's comments in a box, then the
    question to talk about. ``chat_column``: a comment a line with the user's name in bold,
    as in a chat (Years 3-4 could not tell where run-on comments ended); else one line of
    them (a secondary sheet's four sides have no lines to spare)."""
    comments = tuple(f"{c.user}: “{c.text}”" for c in sc.comments)
    lines = comments if chat_column else (f"Comments: {'   '.join(comments)}",)
    # The title in quotes, not after a colon: a title with a colon of its own ("Mei draws:
    # cute cats!") read as two headings.
    # A video call is not a stream (Years 5–6's Amara on a class call): named as the slide
    # names it.
    kind = "video call" if sc.video_call else "live stream"
    return [Callout(f"{sc.character}'s {kind}, “{sc.stream_title}”",
                    (sc.story, *lines), chat_lines=len(comments) if chat_column else 0),
            Paragraph(sc.question, label="Talk with a partner:")]


class DrawsStream(Protocol):
    def __call__(self, filler: Filler, screen: StreamScreen) -> Box: ...


class ShownNotes(Protocol):
    def __call__(self, filler: Filler, notes: str, comments: Sequence[StreamComment]) -> str: ...


# The stream and the question beside it (returns the stream's box); and the notes with only
# the comments the stream had room to show: kinds/scenario/drawing.py.
STREAM: DrawingSlot[DrawsStream] = DrawingSlot("stream")
SHOWN_NOTES: DrawingSlot[ShownNotes] = DrawingSlot("shown_notes")


class DrawsQuestionPanel(Protocol):
    def __call__(self, filler: Filler, region: Box) -> None: ...


class DrawsQuestionLarge(Protocol):
    def __call__(self, filler: Filler, look: Look) -> None: ...


# The question beside the stream: a panel for it on a trainer's layout (render/deck_scenes),
# and in ours grown to its panel (render/deck_body_text): kinds/scenario/drawing.py.
QUESTION_PANEL: DrawingSlot[DrawsQuestionPanel] = DrawingSlot("question_panel")
QUESTION_LARGE: DrawingSlot[DrawsQuestionLarge] = DrawingSlot("question_large")


def _fill(filler: Filler, _slide: Slide, payload: StreamScreen) -> None:
    # The question beside the stream, or above it where a trainer's small layout needs that;
    # then, on a trainer's layout, a panel behind a question beside it.
    filler.drawing(QUESTION_PANEL)(filler, filler.drawing(STREAM)(filler, payload))


def _decorate(filler: Filler, _slide: Slide, _payload: StreamScreen, look: Look) -> None:
    """In our layout, the question beside the stream as large as its panel allows, centred
    down it (left at the template's size it filled only the panel's top third)."""
    if filler.resolved.how == "name":
        filler.drawing(QUESTION_LARGE)(filler, look)


def _notes(filler: Filler, slide: Slide, payload: StreamScreen) -> str:
    """The notes' comments "for discussion" are only those the stream had room to show (a
    small area lets the oldest scroll off): the class is never asked about one it cannot see."""
    return filler.drawing(SHOWN_NOTES)(filler, slide.notes, payload.comments)


KIND = SlideKind(
    "scenario", StreamScreen, layout("LP Scenario", ("side",), side=SIDE, region=REGION),
    "a title only layout with an empty area for the mock live stream", _fill,
    match=Match.TALL_DRAWING, order=40, decorate=_decorate, notes=_notes)
