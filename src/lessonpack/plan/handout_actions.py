"""The things a family does, at the top of the parents' handout's first side.

A family reads the sheet on the fridge, not at a desk: it opens with what to do, each a
short heading under the line icon the workshop's slides showed, before the lists that say
it in full (the agreement, the steps if something happens). The cards are content
(``handout.actions`` in parents.yml); each names the slide points it sums up, and is shown
only where the school's version of the workshop teaches one of them. The content check
(content/parents_model.py) refuses a point no section has, and a phase left with fewer than
``LEAST_ACTIONS`` cards, so a row here is dropped only when a picture is missing.
"""

from __future__ import annotations

from lessonpack.content.parents_model import LEAST_ACTIONS, ParentSession, actions_taught
from lessonpack.content.picture_library import PictureLibrary
from lessonpack.plan import pictures as pics
from lessonpack.plan.model import ActionCards


def action_cards(session: ParentSession, library: PictureLibrary | None) -> ActionCards | None:
    """The cards for ``session`` (already the school's phase), or None when fewer than
    ``LEAST_ACTIONS`` of them have their point in it."""
    cards = []
    for action in actions_taught(session):
        picture = pics.get(library, action.picture, action.alt)
        if picture is not None:
            cards.append((action.heading, picture))
    return ActionCards(tuple(cards)) if len(cards) >= LEAST_ACTIONS else None
