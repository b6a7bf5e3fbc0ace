"""A learning cycle's big ideas as cards that fill the slide: each idea a picture of what it
says, a short bold lead and its line. Made from the cycle's ``big_ideas`` (its schema part:
content/kind_parts/idea_cards.py), it claims the big ideas the planner offers
(kinds/offers.BIG_IDEAS), so no planner names it: a cycle whose ideas are written as lines
keeps the numbered rows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, Protocol

from lessonpack.content.picture_library import Picture, builtin_library
from lessonpack.kinds.base import (
    BODY,
    DrawingSlot,
    Filler,
    Match,
    SlideKind,
    claim,
    layout,
)
from lessonpack.kinds.offers import BIG_IDEAS, BigIdeasOffered

if TYPE_CHECKING:
    from lessonpack.plan.model import Slide


@dataclass(frozen=True)
class Idea:
    lead: str  # bold, above the line: "Red flag"
    line: str  # the idea itself
    picture: Picture  # carries the idea; its alt text is read for it


@dataclass(frozen=True)
class IdeaCardsSlide:
    kind: ClassVar[str] = "idea_cards"
    ideas: tuple[Idea, ...]


def line_after_lead(lead: str, line: str) -> str:
    """The line as its card shows it under the lead: a line written "Red flag: asks for…"
    (as the numbered rows show it) loses the lead it repeats."""
    head, sep, rest = line.partition(":")
    if sep and head.strip().casefold() == lead.strip().casefold() and rest.strip():
        rest = rest.strip()
        return rest[:1].upper() + rest[1:]
    return line


def _made_from(offered: BigIdeasOffered) -> IdeaCardsSlide | None:
    """The cycle's big ideas, a card each, where content writes them with their cards
    (``big_ideas``, content/kind_parts/idea_cards.py); None (the planner's numbered rows)
    where it writes lines."""
    library = offered.library or builtin_library()
    ideas = []
    for idea in offered.cycle.big_ideas:
        picture = library.get(idea.picture)
        if picture is None:  # validate names it (LP113); the rows still say every idea
            return None
        ideas.append(Idea(idea.lead, line_after_lead(idea.lead, idea.line), picture))
    return IdeaCardsSlide(tuple(ideas)) if ideas else None


class DrawsIdeaCards(Protocol):
    def __call__(self, filler: Filler, ideas: Sequence[Idea]) -> bool: ...


# The cards in the body area, laid out by their count and the area's shape: drawing.py.
CARDS: DrawingSlot[DrawsIdeaCards] = DrawingSlot("idea_cards")


def _fill(filler: Filler, _slide: Slide, payload: IdeaCardsSlide) -> None:
    if not filler.drawing(CARDS)(filler, payload.ideas):
        # A trainer's layout with no body area to draw in: the ideas as text.
        filler.put("body", [i.line for i in payload.ideas],
                   bold_prefix=tuple(f"{i.lead}: " for i in payload.ideas))


KIND = SlideKind(
    "idea_cards", IdeaCardsSlide, layout("LP Bullets", body=BODY),
    "a title and content layout (title + one text box)", _fill, match=Match.TEXT,
    claims=claim(BIG_IDEAS, _made_from))
