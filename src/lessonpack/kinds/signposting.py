"""Who can help: a card per service (name, what it is for, how to reach it) under a line of
introduction; on a worksheet, the same services in a help box."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from lessonpack.kinds.base import BODY, REGION, Filler, Match, SlideKind, layout
from lessonpack.plan.model import Callout, Signpost

if TYPE_CHECKING:
    from lessonpack.plan.model import Slide


@dataclass(frozen=True)
class SignpostingSlide:
    kind: ClassVar[str] = "signposting"
    signposts: tuple[Signpost, ...]
    intro: str = ""


def help_box(title: str, signposts: tuple[Signpost, ...]) -> Callout:
    """The document counterpart: one line per service in a help-toned box."""
    return Callout(title, tuple(f"{s.name}: {s.blurb} {s.contact}" for s in signposts), "help")


# Help cards side by side (icon, name, what for, contact) up to this many; more as rows.
AS_CARDS = 4


def _fill(filler: Filler, _slide: Slide, payload: SignpostingSlide) -> None:
    from lessonpack.kinds.cards import Card

    filler.put("body", [payload.intro] if payload.intro else [])
    if len(payload.signposts) <= AS_CARDS:
        cards = [Card(s.name, f"{s.blurb}\n{s.contact}" if s.blurb else s.contact, s.picture)
                 for s in payload.signposts]
        filler.draw.cards(filler, cards, name="Help card")
        return
    filler.draw.signposts(filler, payload.signposts)


KIND = SlideKind(
    "signposting", SignpostingSlide,
    layout("LP Signposting", ("body",), body=BODY, region=REGION),
    "a title only layout with an empty area for the help cards", _fill, match=Match.CARDS, order=80)
