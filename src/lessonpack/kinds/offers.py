"""The parts of a deck a planner offers to any kind to draw (``base.Offer``), each with what
the planner hands over with it. An offer is one object: a kind claims it by that object, not
by a name, so two offers can never be mixed up by spelling.

Kept apart from ``base`` (the contract every kind shares): what a planner hands over names
the content model, and each new offer adds its own type here, not to every kind's contract.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from lessonpack.kinds.base import Offer

if TYPE_CHECKING:
    from lessonpack.content.model import LearningCycle
    from lessonpack.content.picture_library import PictureLibrary


@dataclass(frozen=True)
class BigIdeasOffered:
    """A readers' learning cycle's big ideas as the planner offers them (plan/deck/cycle.py):
    the cycle (its big ideas and whatever fields a kind makes its slide from) and the picture
    library the plan chooses from."""

    cycle: LearningCycle
    library: PictureLibrary | None


# The big ideas of a readers' learning cycle (Key Stages 2-4); the youngest's are never
# offered: their big ideas are the picture-and-sayings panel children who cannot read follow.
BIG_IDEAS: Offer[BigIdeasOffered] = Offer("big_ideas")
