"""The payloads render's shared scenes draw, below both the kinds that hand them and the
renderer: the stream's screen and its comments (the scenario kind's payload, which the task
and section kinds draw too, and the room, call and close-up scenes in render), a card (the
cards and help slides, sized in render), a quiz question and an answer (the quiz kinds and
the exit quiz, whose panels and rows render lays out). Plain frozen data: a kind declares
which it takes, and render imports them from here, never from a kind's module
(tests/test_render_kind_names.py)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from lessonpack.content.picture_library import Picture

if TYPE_CHECKING:
    from lessonpack.plan.model import Kept, Reach


@dataclass(frozen=True)
class StreamComment:
    user: str
    text: str
    kind: str = "neutral"  # kind, unkind, red-flag or neutral: which may scroll off first


@dataclass(frozen=True)
class StreamScreen:
    """The slide's payload: what the mock stream shows."""

    kind: ClassVar[str] = "scenario"
    streamer: str
    stream_title: str
    viewers: int
    likes: int
    gifts: int
    comments: tuple[StreamComment, ...]
    question: str
    alt_text: str
    # Who is streaming, drawn in the stream's video area (KS1's Pip the rabbit).
    picture: Picture | None = None
    # What is drawn (plan/scenes.py): "stream" (a public live stream), "call" (a video call
    # with family) or "watch" (a child watching a show beside a grown-up).
    scene: str = "stream"
    # The scene's people and things, (label, picture): the callers, the grown-up beside the
    # child, the show's star, the pop-up's picture; in a stream, what its video area shows.
    cast: tuple[tuple[str, Picture], ...] = ()
    # A group video call drawn in the stream's frame (an older child's call with classmates):
    # no LIVE badge, no audience count, no likes or gifts, which say "public broadcast".
    call: bool = False
    # The streamer's school top is a hoodie (the story's ``school_top``): its hood is drawn.
    hood: bool = False
    # The stream is from a kitchen (the story's ``room``): tiles, a worktop, a kettle.
    kitchen: bool = False
    # What an older class's or a parents' stream is drawn doing in a room (the content's
    # ``activity``, through plan/scenes.py ``setting``: gaming, drawing, music, desk), "" for
    # a row of pictures; and whether it is night outside its window (``night``).
    setting: str = ""
    night: bool = False


@dataclass(frozen=True)
class Card:
    """A key word, ground rule or help card: a heading, text and a picture. A text of
    several lines ends with a bold one (a help card's contact)."""

    heading: str
    text: str = ""
    picture: Picture | None = None
    # The school's own card (Signpost.is_school): its contacts are said as the lead's and
    # the deputy's (render/deck_help_words).
    is_school: bool = False
    # A help card's ways to reach the service, each marked with whom it reaches
    # (Signpost.ways; printed as the text's last line): the notes say whose a left-off
    # number is by the mark.
    ways: tuple[Reach, ...] = ()
    # The sentences of its words a card cut to fit keeps, marked by the planner
    # (Signpost.kept): render/deck_help_words reads the marks, never the words.
    kept: tuple[Kept, ...] = ()


@dataclass(frozen=True)
class Answer:
    number: int
    question: str
    answer: str
    explanation: str
    letter: str = ""  # the right answer's letter on the question slide ("B")


@dataclass(frozen=True)
class Question:
    number: int
    text: str
    options: tuple[str, ...]
    # One per option, for children who cannot read yet (empty: words only).
    pictures: tuple[Picture, ...] = ()
    # On an answer-reveal slide: the right option's index (outlined and ticked, the others
    # dimmed) and why it is right. Why is given to the question slide before a reveal too:
    # shown only on the reveal, but the strip under the panels is sized to it on both.
    answer: int | None = None
    explanation: str = ""
    # On the question slide: how to answer ("Show 1, 2 or 3 fingers."), in the strip where
    # the reveal puts its reason, so the reveal only adds a layer (nothing moves). A reveal
    # carries it too, unshown: both strips are sized to the longer of it and the reason.
    prompt: str = ""
    # The answers of every quiz question in the deck: the panels' words at the size the
    # longest of them allows, one size for the role across the deck (sized one by one,
    # a deck set one question's answers at 32 pt and the rest at 25 pt).
    like: tuple[tuple[str, ...], ...] = ()
    # The whole question, asked above the panels where the slide's title is a short one
    # (content's ``title``), the same on the question and its reveal; empty: the title asks.
    asked: str = ""
