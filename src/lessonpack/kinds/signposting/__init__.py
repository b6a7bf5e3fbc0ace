"""Who can help: a card per service (name, what it is for, how to reach it) under a line of
introduction; on a worksheet, the same services in a help box."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, Protocol

from lessonpack.content.fill_ins import MAIL
from lessonpack.geometry import CARD_GAP, EMU_INCH
from lessonpack.kinds.base import BODY, REGION, Box, DrawingSlot, Filler, Match, SlideKind, layout
from lessonpack.plan.model import Callout, Signpost

if TYPE_CHECKING:
    from lessonpack.kinds.look import Look
    from lessonpack.plan.model import Slide


@dataclass(frozen=True)
class SignpostingSlide:
    kind: ClassVar[str] = "signposting"
    signposts: tuple[Signpost, ...]
    intro: str = ""
    # Cards a slide holds in this deck's run of help slides (0: this slide alone). A slide
    # with fewer sets its cards at the run's card width, centred (card_room).
    slots: int = 0
    # Every card of the run of help slides this one belongs to: each slide sets its cards
    # at the size that fits all of them, so the run reads as one set.
    series: tuple[Signpost, ...] = ()
    # Rows of cards on each slide of the run: 2 where one row a slide took more than two
    # slides (plan/deck/help); ``slots`` then counts both rows.
    rows: int = 1


def help_box(title: str, signposts: tuple[Signpost, ...]) -> Callout:
    """The document counterpart: one line per service in a help-toned box."""
    return Callout(title, tuple(f"{s.name}: {s.blurb} {s.contact}" for s in signposts), "help")


# Help cards side by side (icon, name, what for, contact) up to this many; more as rows.
AS_CARDS = 4

def holds_email(s: Signpost) -> bool:
    """Whether the card's words or contact hold an email address (or its fill-in): the
    school's card that does is drawn across the slide's width (render/deck_cards), so its
    slide has room for two cards more, not three."""
    return bool(MAIL.search(f"{s.blurb}\n{s.contact}"))


def card_room(region: Box, count: int, slots: int, *, wide: bool = False, rows: int = 1
              ) -> tuple[Box, int]:
    """Where ``count`` help cards go, and in how many columns, on a slide of a run whose
    fullest slide holds ``slots``: in one row, the icon on top as on every pupils' help
    slide; ``wide`` (adults' longer descriptions), four as two by two, three of four as two
    with one under them. A slide with fewer than a row sets its cards at the run's card
    width, centred: shared out over the whole width, two cards after a row of three were
    very wide with empty middles (the run keeps one text size: render/deck_help). In two
    ``rows``, the run's columns are half its fullest slide's cards (rounded up), and each
    slide's cards are shared between its rows (five: three over two; four: two over two at
    the run's card width, centred; two: one a row, across the width)."""
    if rows > 1:
        cols = -(-slots // rows)
        if count <= rows < slots:
            # One card a row: each across the whole width, at the run's row height, as the
            # odd card of a slide of three is (in one column of the run's width, two cards
            # stood narrow in the middle of an empty slide, the last one pupils see).
            return region, 1
        return _columns(region, cols, -(-count // rows)), -(-count // rows)
    cols = 2 if slots == 4 and wide else slots
    if count >= cols:
        return region, cols
    return _columns(region, cols, count), count


def _columns(region: Box, cols: int, used: int) -> Box:
    """The part of ``region`` that ``used`` of ``cols`` equal columns take, centred."""
    x, y, w, h = region
    card = (w - (cols - 1) * CARD_GAP) // cols
    narrow = used * card + (used - 1) * CARD_GAP
    return (x + (w - narrow) // 2, y, narrow, h)


KS1_CLEAR = int(0.3 * EMU_INCH)


class DrawsSignposts(Protocol):
    def __call__(self, filler: Filler, signposts: tuple[Signpost, ...]) -> None: ...


# One row per service in the drawing area, where there are too many for cards:
# kinds/signposting/drawing.py.
SIGNPOSTS: DrawingSlot[DrawsSignposts] = DrawingSlot("signposts")


def _fill(filler: Filler, _slide: Slide, payload: SignpostingSlide) -> None:
    from lessonpack.kinds.cards import CARDS
    from lessonpack.kinds.payloads import Card

    filler.put("body", [payload.intro] if payload.intro else [])
    count = len(payload.signposts)
    if count <= AS_CARDS or payload.rows > 1:
        def card(s: Signpost) -> Card:
            return Card(s.name, f"{s.blurb}\n{s.contact}" if s.blurb else s.contact, s.picture,
                        s.is_school, s.ways, s.kept)

        cards = [card(s) for s in payload.signposts]
        region = filler.region()
        if filler.look.name == "ks1" and filler.resolved.how == "name":
            # KS1's line above the cards is grown after they are placed (_decorate): the
            # cards start lower, clear of its larger type.
            x, y, w, h = region
            region = (x, y + KS1_CLEAR, w, h - KS1_CLEAR)
        box, cols = card_room(region, count, max(count, payload.slots),
                              wide=filler.look.long_help_cards, rows=payload.rows)
        filler.drawing(CARDS)(filler, cards, box=box, cols=cols, name="Help card",
                          like=[card(s) for s in payload.series])
        return
    filler.drawing(SIGNPOSTS)(filler, payload.signposts)


def _decorate(filler: Filler, _slide: Slide, _payload: SignpostingSlide, look: Look
              ) -> None:
    """KS1's line above the cards is read aloud to the class: large."""
    if look.name == "ks1" and filler.resolved.how == "name":
        filler.draw.grow_text(filler, "body", look)


KIND = SlideKind(
    "signposting", SignpostingSlide,
    layout("LP Signposting", ("body",), body=BODY, region=REGION),
    "a title only layout with an empty area for the help cards", _fill, match=Match.CARDS, order=80,
    decorate=_decorate)
