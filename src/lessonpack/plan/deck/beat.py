"""One learning cycle being planned: what each of its slide groups (plan/deck/cycle.py,
task.py, feedback.py) needs to know."""

from __future__ import annotations

from dataclasses import dataclass

from lessonpack.content.brand import Brand
from lessonpack.content.model import Audience, LearningCycle
from lessonpack.content.picture_library import PictureLibrary
from lessonpack.plan import running_clock
from lessonpack.plan.casting import Casting


@dataclass(frozen=True)
class Beat:
    """One learning cycle being planned, and what each of its slide groups needs."""

    n: int
    cycle: LearningCycle
    brand: Brand
    readers: bool  # False: children who cannot read yet (pictures, sayings, words aloud)
    library: PictureLibrary | None
    audience: Audience
    casting: Casting | None = None  # who plays whom: figures by age and gender (plan/casting)
    start: int = 0  # minutes into the lesson when the cycle starts (its notes' clock)
    # The Parts on the class's own sheet (plan/class_fit.class_sheet_parts); empty: all.
    on_sheet: tuple[int, ...] = ()
    # Titles of slides the deck's template has no room for on one slide (the build found
    # their text overflowing at 18 pt): a timeline or task planned over two slides instead.
    split: frozenset[str] = frozenset()
    # True: the class sorts on its worksheet's card tables, not on cut-out cards
    # (plan/sort_cards.sorts_on_cards; cut-out cards for a support group only count as
    # none), so no slide sends it to cards it does not have.
    sheet_sort: bool = False

    @property
    def label(self) -> str:
        # Kickers are for pupils: no minutes (they invite watching the clock; timings are
        # in the notes), and children who cannot read see the parts of the story.
        return f"Learning cycle {self.n}" if self.readers else f"Part {self.n}"

    @property
    def timing(self) -> str:
        return f"{running_clock.section_timing(self.start, self.cycle.minutes)}."
