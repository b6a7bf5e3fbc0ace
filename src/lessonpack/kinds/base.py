"""What a slide kind module declares, and what its filler may use while a slide is drawn.

Kept free of python-pptx: the planners import payloads from kind modules, and planning must
stay pure data (a kind's ``fill`` imports its drawing code when it runs).
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, Literal, Protocol, TypeVar

if TYPE_CHECKING:
    # Types only: kinds may import kinds (the payloads) and the layers below them, never the
    # renderer; python-pptx's Slide is named, not imported, at run time.
    from pptx.slide import Slide as PptxSlide
    from pptx.slide import SlideLayout

    from lessonpack.content.brand import Brand
    from lessonpack.content.picture_library import Picture
    from lessonpack.kinds.look import Look
    from lessonpack.plan.model import Slide, SlidePayload

Box = tuple[int, int, int, int]  # left, top, width, height in EMU

class Match(str, enum.Enum):
    """How a kind's layout is found by its placeholders in a template without our layout
    names: the shape of layout it needs (render/deck_match.py scores each)."""

    TITLE = "title"  # a title and a subtitle (or one text body), a title slide's look
    SECTION = "section"  # the same, looking unlike the title slide where the template allows
    TEXT = "text"  # a title and one main text body
    TALL_DRAWING = "tall drawing"  # a drawing area with text beside it (the live stream)
    FIGURES = "figures"  # a drawing area with a caption, best under its title (statistics)
    CARDS = "cards under an introduction"  # a drawing area below a line of introduction

# Placeholder idx of each role in our template's layouts (tools/build_pptx_template.py).
TITLE, SUBTITLE, BODY, KICKER, SIDE, REGION = 0, 1, 1, 13, 14, 15


@dataclass(frozen=True)
class LayoutSpec:
    """A layout of our template by name, and which placeholder idx holds each role."""

    name: str
    # role -> placeholder idx; roles in ``optional`` may be missing from a trainer's copy.
    slots: dict[str, int]
    optional: frozenset[str] = frozenset({"kicker"})

    @property
    def placeholders(self) -> frozenset[int]:
        return frozenset(self.slots.values())

    @property
    def required(self) -> dict[str, int]:
        return {r: i for r, i in self.slots.items() if r not in self.optional}


def layout(name: str, optional: tuple[str, ...] = (), **slots: int) -> LayoutSpec:
    """A layout with a title and an optional kicker line above it, plus ``slots``."""
    return LayoutSpec(name, {"title": TITLE, "kicker": KICKER, **slots},
                      frozenset({"kicker", *optional}))


class Drawing(Protocol):
    """The shared toolkit a kind may draw with besides text into its roles: ``filler.draw``
    (render/deck_draw.py offers each). It names no kind's payload, and holds only drawings
    two kinds or more use (tests/test_drawing_protocol.py): a drawing of one kind's own (its
    cards, its timeline, its cover art) is that kind's ``DrawingSlot``, supplied where the
    kind is (its module, or its package's drawing module), so a new kind's drawing never
    edits this list."""

    def grow_text(self, filler: Filler, role: str, look: Look, largest: int = 0) -> int: ...
    def centred(self, filler: Filler, role: str) -> None: ...
    def picture_beside(self, filler: Filler, role: str, picture: Picture, look: Look,
                       more: Sequence[Picture] = ()) -> None: ...
    def restack_title(self, filler: Filler, spec: Slide, subtitle: tuple[str, ...]
                      ) -> None: ...


D = TypeVar("D")  # a drawing's call signature: a Protocol in the kind's module


@dataclass(frozen=True, eq=False)
class DrawingSlot(Generic[D]):
    """A drawing of one kind's own, declared in its module with its call signature ``D``
    (a Protocol) and asked for by the slot itself, ``filler.drawing(SLOT)(filler, ...)``.
    The kind supplies it where it is, in a ``SUPPLIES = (supply(SLOT, function), ...)`` of
    its module or of its package's drawing module (render/kind_drawings.py finds them as
    kinds are found): mypy checks the kind's call and the drawing function against the same
    ``D``, and no list of drawings names it (kinds/base.Drawing is the shared toolkit).
    Compared and hashed by identity (``eq=False``): two kinds' slots of one name are two
    slots, so a name only says which in messages."""

    name: str


class EditsLayout(Protocol):
    """A kind's edit of its layout, made once per deck before any slide is drawn or reused,
    given the deck's slides of that kind (render/deck_layout_edits)."""

    def __call__(self, layout: SlideLayout, slides: Sequence[Slide]) -> None: ...


@dataclass(frozen=True, eq=False)
class LayoutEdit:
    """A kind's edit of its own layout, declared in its module (``SlideKind.edit_layout``)
    and supplied where the kind is (``edits(EDIT, function)`` in a ``LAYOUT_EDITS`` of its
    module or package), as a ``DrawingSlot`` is, and found by identity as it is: no shared
    module lists the kinds that edit layouts."""

    name: str


@dataclass(frozen=True)
class Supplied:
    """A drawing slot or layout edit and the function that makes it, as a kind supplies it
    (``SUPPLIES``, ``LAYOUT_EDITS``); render/kind_drawings.py collects them. ``draw`` is the
    slot's type, checked where ``supply``/``edits`` is called: a table of several slots can
    only hold it as an object, and gives it back as the slot's type."""

    slot: DrawingSlot[Any] | LayoutEdit
    draw: object


def supply(slot: DrawingSlot[D], draw: D) -> Supplied:
    """``draw`` as the drawing ``slot`` declares (mypy checks it against the slot's type)."""
    return Supplied(slot, draw)


def edits(edit: LayoutEdit, function: EditsLayout) -> Supplied:
    """``function`` as the layout edit ``edit`` names (mypy checks it against EditsLayout)."""
    return Supplied(edit, function)


class Resolved(Protocol):
    """The slide's layout as it was found (render/deck_layouts.ResolvedLayout). A kind asks
    only ``how``: by our layout's name, or by its placeholders in a trainer's template (then
    the kind arranges what the template's layout lacks)."""

    @property
    def how(self) -> Literal["name", "placeholders"]: ...

    # What the renderer's drawings read besides (they take the filler as kinds do):
    @property
    def layout(self) -> SlideLayout: ...

    @property
    def boxes(self) -> Mapping[str, Box]:
        """role -> text box standing in where the layout has no placeholder."""
        ...

    @property
    def drawn_in(self) -> Mapping[str, Box]:
        """role -> where to draw when that placeholder's area is drawn, not filled."""
        ...


# How many harmless things each stream drawn so far in a deck showed in its room, by its
# scene (streamer, cast) and font: the stream's close-ups show the same room. One per deck
# being rendered (render/pptx.py), never kept between decks or processes.
StreamsShown = dict[tuple[str, tuple[str, ...], str], int]


class Filler(Protocol):
    """The slide being filled, as a kind's ``fill`` and ``decorate`` see it (render/pptx.py's
    _SlideFiller): its text roles, its drawing area and what may be drawn in it.

    The one contract between kinds and the renderer: the kinds are written against it, the
    render/deck_*.py drawings take it, and mypy checks that render/pptx.py's _SlideFiller
    satisfies it (tests/test_types.py has both in its list)."""

    slide: PptxSlide
    brand: Brand
    misfits: list[str]  # what could not be made to fit, even at the 18 pt floor
    kicker_placed: bool  # the slide's kicker found a placeholder or box of its own
    streamed: StreamsShown  # what the deck's streams showed, for their close-ups
    look: Look  # the deck's look for its audience
    slots: dict[str, int]  # role -> placeholder idx on this slide
    # Words a drawing had no room to show (help cards' purposes): the notes say them.
    said: list[str]

    @property
    def resolved(self) -> Resolved:
        """How the layout was found; read-only (a kind never swaps the layout)."""
        ...

    @property
    def draw(self) -> Drawing:
        """What may be drawn (render/deck_draw.py); read-only: a kind never swaps it."""
        ...

    def drawing(self, slot: DrawingSlot[D]) -> D:
        """A kind's own drawing, as the kind supplies it (render/kind_drawings.py: an
        InternalError names a slot nothing supplies)."""
        ...

    def put(self, role: str, lines: Sequence[str], *, bold_prefix: tuple[str, ...] = (),
            lead: bool = False) -> bool:
        """Text into the role's placeholder or stand-in box; False when the layout has
        neither (a trainer's layout may lack an optional role)."""
        ...

    def region(self, clear: bool = True) -> Box:
        """The layout's drawing area (its region placeholder is removed); in our own layouts
        kept clear of the footer band unless ``clear=False``."""
        ...

    def text_box(self, role: str, box: Box, lines: Sequence[str], family: str) -> None:
        """A text box standing in for the role's placeholder, in ``box``."""
        ...


S = TypeVar("S")  # what a planner hands over with a part of a deck it offers


@dataclass(frozen=True, eq=False)
class Offer(Generic[S]):
    """A part of a deck a planner places (where it goes, its title, kicker and notes) and
    offers to any kind to draw: the planner asks ``registry.claimed(OFFER, source)`` and keeps
    its own payload when no kind claims it. A kind claims it in its ``KIND``
    (``claims=claim(OFFER, make)``), so a new way to show that part is one kind package, its
    content and its tests, and no planner line (docs/adding-a-slide-kind.md). The offers
    themselves are declared in kinds/offers.py.

    Compared by identity (``eq=False``), as drawing slots are: an offer is claimed by the
    object, so two offers that happen to share a name stay two offers. ``name`` is for
    messages only."""

    name: str


@dataclass(frozen=True)
class Claim(Generic[S]):
    """A kind's claim on an offered part of a deck: ``make`` returns its payload from what
    the planner hands over, or None where the content gives it nothing to draw (the planner's
    own payload then stands). One kind at most claims an offer (registry refuses two)."""

    offer: Offer[S]
    make: Callable[[S], SlidePayload | None]


def claim(offer: Offer[S], make: Callable[[S], SlidePayload | None]) -> Claim[S]:
    """``make`` as the maker of ``offer``'s payload (mypy checks it takes what is offered)."""
    return Claim(offer, make)


P = TypeVar("P")  # a kind's payload: its fill is checked against the payload it declares


# The groups a Part's planner makes its slides in (plan/deck/cycle.py), and "answer", the
# slot its last check's answer is: a kind placed in a Part is a group of its own, so its name
# may not be one of these.
CYCLE_GROUPS = ("open", "explain", "sayings", "story", "check", "answer", "task", "feedback")


@dataclass(frozen=True)
class CyclePlace:
    """Where a kind's slides go in a Part (a learning cycle), which orders its slides by the
    timed steps in its notes ("Say (1 min): …", "Task (5 min): …"; plan/cycle_steps.py).

    ``step``: the step's name, lower case, as its first word ("think" for "Think, pair,
    share (4 min): …"): that step's paragraph goes in the notes of the kind's first slide.
    ``made``: the kind's slides, from what plan/deck/beat.Beat gives (the cycle, readers or
    not, its library); none where the cycle's content has nothing for them. ``after``: the
    group the slides follow when their step is taught before the big ideas are explained
    ("story": the class talks about the story first, and the story then comes before the
    big ideas); otherwise they come after everything taught, just before the checks.
    """

    step: str
    made: Callable[[Any], Sequence[Slide]]
    after: str = "story"
    # The cycle's content field the slides are made from, and whether children who cannot
    # read yet get none: ``lessonpack validate`` warns (LP184) of the step in a Part where
    # no slide is made, whose notes would go on the slide before.
    field: str = ""
    readers_only: bool = False


@dataclass(frozen=True)
class SlideKind(Generic[P]):
    """One kind of slide, as its module declares it.

    ``match`` says how a trainer's template without our layout names is searched for a
    layout by its placeholders (``Match``; render/deck_match.py scores layouts for each).
    ``fallback`` makes the layout optional: a template with neither our named layout nor a
    match uses the layout of the kind named, and ``fill`` must then cope with that layout's
    roles. Without a fallback the layout is required, and a template lacking it is refused
    (LP130) with ``needs`` in the message.
    """

    name: str
    payload: type[P]
    layout: LayoutSpec
    needs: str
    fill: Callable[[Filler, Slide, P], None]
    match: Match | None = None
    fallback: str | None = None
    # Where the kind comes in lists of kinds (layouts are resolved in this order, LP130
    # messages and `lessonpack list` name kinds in it): a section slide is matched to a
    # layout unlike the title slide's, so "title" goes first. Kinds with a fallback always
    # come after every kind without one.
    order: int = 100
    # What the kind adds once its text is in (a picture beside it, text grown to its room, a
    # title restacked in a trainer's layout), before the deck's shared finish (kicker and
    # title balanced): render/deck_after_fill.after_fill calls it with the slide being filled,
    # the slide's plan, its payload (typed as ``fill``'s) and the deck's look. None: nothing.
    decorate: Callable[[Filler, Slide, P, Look], None] | None = None
    # The speaker notes, once the slide is drawn, when the kind's differ from the plan's
    # (a stream's notes leave out the comments its drawing had no room for). None: the plan's.
    notes: Callable[[Filler, Slide, P], str] | None = None
    # On a trainer's template, the kind's text is drawn in a tinted panel with an accent bar
    # down its left, as lessonpack's own layout for it is (the goal, the key messages):
    # render/deck_side.message_panel.
    message_panel: bool = False
    # The drawing is read before the text beside it (the figures before the points about
    # them, which sit to their right): the renderer moves that text after the drawing in the
    # reading order. False: the text beside a drawing is read first only where it sits left
    # of it (render/pptx.py, _SlideFiller).
    drawing_read_first: bool = False
    # Drawn shapes, by name, read after everything else on the slide: a line that runs on
    # under the text beside the drawing (the figures' shared source line).
    read_last: tuple[str, ...] = ()
    # What the kind's slides change on their layout, once per deck before any slide is
    # drawn (a slide kept from an earlier build is never drawn again, so an edit made while
    # drawing would be lost): render/deck_layout_edits.edit_layouts. None: nothing.
    edit_layout: LayoutEdit | None = None
    # Whether a slide of the kind reveals the answer to the slide before it, which it
    # follows under the same title (a quiz question's reveal): on a trainer's template its
    # title keeps the question's size, and a title that shrank is matched to its
    # question's (render/deck_finish, render/deck_reveal_titles). None: never.
    reveals: Callable[[P], bool] | None = None
    # The part of a deck a planner offers that this kind draws when its content allows
    # (``Offer``; ``registry.claimed``): the kind is planned without a planner line.
    claims: Claim[Any] | None = None
    # A slide of the kind may be planned again over two slides when a template has no room
    # for it on one (build/parallel.split_names; its planner splits a slide named in
    # ``split``). False: a crowded slide of the kind is drawn as it is, with its warning.
    splittable: bool = False
    # The made-up contacts in the kind's speaker notes are marked as examples, as the lesson
    # plan's "Fill in first" box lists them (plan/fill_in_first): the title slide's notes give
    # the number to ring mid-lesson. False: the notes are set as written.
    notes_mark_examples: bool = False
    # The kind's slides inside a Part (a learning cycle), made where a timed step of its name
    # is taught (``CyclePlace``). None: a cycle's planner never makes one.
    in_cycle: CyclePlace | None = None

