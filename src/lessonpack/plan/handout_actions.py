"""The four things a family does, at the top of the parents' handout's first side.

A family reads the sheet on the fridge, not at a desk: it opens with what to do, each a
short heading under the line icon the workshop's slides showed, before the lists that say
it in full (the agreement, the steps if something happens). A card is shown only while the
workshop's own slides still teach it (a point with its words, in whichever phase's version
the school gets): a card whose point a school's own content no longer has is left out
rather than claimed.
"""

from __future__ import annotations

from lessonpack.content.parents_model import ParentSession
from lessonpack.content.picture_library import PictureLibrary
from lessonpack.plan import pictures as pics
from lessonpack.plan.model import ActionCards

# (heading, words any one of which finds the slide point, icon, its alt text). The icons
# are the parents' deck's line icons: a cartoon emoji was the wrong register for adults.
ACTIONS: tuple[tuple[str, tuple[str, ...], str, str], ...] = (
    ("Shared rooms", ("shared family", "shared room", "same room"), "plain-sofa",
     "A sofa: live video in a shared family room"),
    ("Talk little and often", ("small chats",), "plain-talk",
     "A person talking: small chats, often"),
    ("Never the child's fault", ("fault",), "plain-heart-hands",
     "A heart: it is never the child's fault"),
    ("Save messages, not images", ("screenshot",), "plain-mobile-phone",
     "A phone: screenshot the chat, never an image"),
)
# Fewer than this many found (a school's own content reworded them): no row at all, as a
# row of one or two cards reads as something missing.
LEAST = 3


def action_cards(session: ParentSession, library: PictureLibrary | None) -> ActionCards | None:
    """The cards for ``session`` (already the school's phase), or None when too few of
    their points are in it."""
    points = [p for s in session.sections for p in s.points]
    cards = []
    for heading, words, icon, alt in ACTIONS:
        point = next((p for p in points if any(w in p.lower() for w in words)), None)
        picture = pics.get(library, icon, alt)
        if point is None or picture is None:
            continue
        cards.append((heading, picture))
    return ActionCards(tuple(cards)) if len(cards) >= LEAST else None

