"""What finishes a slide on a trainer's template once its kind has filled it: named steps in
one order, each naming the steps whose work it reads.

Each step rewrites slide XML the next ones read (a panel changes the insets text is refitted
in; contrast may give the title a plate the kicker must then clear), so the order is the
contract. It is declared here rather than held by comments in render_pptx: ``in_order``
refuses, at import, a step placed before a step it names in ``after``, and
tests/test_trainer_finish.py shows that the output changes when two dependent steps swap.
A new step goes after every step whose result it measures or moves.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from lessonpack.errors import InternalError
from lessonpack.render.deck_accent import callout_colour
from lessonpack.render.deck_answer_outline import outline_right_answer
from lessonpack.render.deck_band_room import STRIP
from lessonpack.render.deck_contrast import fix_text_contrast, refit_text
from lessonpack.render.deck_fill_in_tint import deepen_fill_ins
from lessonpack.render.deck_icon_contrast import fix_icon_contrast
from lessonpack.render.deck_kicker import hug_kicker, unhide_kicker
from lessonpack.render.deck_line_spacing import open_tight_lines
from lessonpack.render.deck_reading_order import fix_reading_order
from lessonpack.render.deck_side import message_panel, points_beside_picture, points_panel
from lessonpack.render.deck_title_ink import deepen_grey_titles
from lessonpack.render.deck_title_shade import shade_title
from lessonpack.render.deck_titles import rebalance_title

if TYPE_CHECKING:
    from lessonpack.kinds.base import Filler, SlideKind


@dataclass
class Finishing:
    """One slide being finished: its filler and kind, and the lists the steps add to."""

    filler: Filler
    kind: SlideKind[Any]
    misfits: list[str]  # what still does not fit (LP131), this slide's
    unreadable: list[str]  # text no allowed colour makes readable (LP151), the deck's
    # The slide is an answer's reveal (SlideKind.reveals): its title keeps its
    # question's lines.
    reveal: bool = False
    # The deck carries the EXAMPLE band (deck_example_band): its kickers stay below the
    # strip at the top kept for it.
    banded: bool = False

    @property
    def slide(self) -> Any:
        return self.filler.slide

    @property
    def band_strip(self) -> int:
        """The height of the band's strip (deck_band_room.STRIP); 0 for a deck without."""
        return STRIP if self.banded else 0


@dataclass(frozen=True)
class Step:
    """A finishing step: its name, what it does, and the steps whose work it reads."""

    name: str
    run: Callable[[Finishing], object]  # what it returns is not used
    after: tuple[str, ...] = ()


def in_order(steps: Iterable[Step]) -> tuple[Step, ...]:
    """The steps, checked: every step runs after the steps it names (and they exist)."""
    steps = tuple(steps)
    names = [s.name for s in steps]
    done: set[str] = set()
    for step in steps:
        unknown = [a for a in step.after if a not in names]
        late = [a for a in step.after if a in names and a not in done]
        if unknown or late:
            raise InternalError(f"finishing step {step.name!r} reads the work of "
                                f"{unknown or late}, which "
                                + ("is no step" if unknown else "would run after it"))
        done.add(step.name)
    return steps


def _message_panel(f: Finishing) -> None:
    if f.kind.message_panel:  # the goal, the key messages: as in lessonpack's own layout
        message_panel(f.slide, callout_colour(f.slide))


def _refit_text(f: Finishing) -> None:
    f.misfits += refit_text(f.slide)


def _fix_text_contrast(f: Finishing) -> None:
    f.unreadable += fix_text_contrast(f.slide, f.kind.name)


TRAINER_FINISH: tuple[Step, ...] = in_order((
    # Several points beside a drawing in a stand-in box: a tinted, bulleted panel.
    Step("points panel", lambda f: points_panel(f.slide)),
    # The kind's text in a tinted panel with an accent bar (SlideKind.message_panel).
    Step("message panel", _message_panel),
    # One centre line for points and their picture; a slide with a panel keeps the panel's.
    Step("points beside picture", lambda f: points_beside_picture(f.slide),
         after=("message panel",)),
    # Lines a template set for display type (70 %) opened for sentences, before measuring.
    Step("open tight lines", lambda f: open_tight_lines(f.slide)),
    # Text shrunk to what the check measures, in the boxes and insets the panels left.
    Step("refit text", _refit_text,
         after=("points panel", "message panel", "points beside picture",
                "open tight lines")),
    # The title broken again at the size refit_text left it (not the size it was filled at).
    Step("rebalance title", lambda f: rebalance_title(f.filler, f.reveal),
         after=("refit text",)),
    # A title on a shaded bar at its dark end, on one line if two do not read there.
    Step("shade title", lambda f: shade_title(f.slide), after=("rebalance title",)),
    # The kicker beside the title's first line of text, as the title now breaks.
    Step("hug kicker", lambda f: hug_kicker(f.slide, f.band_strip),
         after=("rebalance title", "shade title")),
    # Every run recoloured for what it sits on, panels and the kicker's place included.
    Step("fix text contrast", _fix_text_contrast,
         after=("points panel", "message panel", "hug kicker")),
    # The right answer's outline in an accent that shows on its panel.
    Step("outline right answer", lambda f: outline_right_answer(f.slide)),
    # Fill-ins on a deeper yellow where the pale one is the template's own colour.
    Step("deepen fill-ins", lambda f: deepen_fill_ins(f.slide),
         after=("fix text contrast",)),
    # A title in a mid-grey on a light slide in the dark text colour (deck_title_ink).
    Step("deepen grey title", lambda f: deepen_grey_titles(f.slide),
         after=("fix text contrast",)),
    # One-colour icons that vanish on a dark card: in a colour that shows (deck_icon_contrast).
    Step("fix icon contrast", lambda f: fix_icon_contrast(f.slide),
         after=("points panel", "message panel")),
    # A kicker above a title that contrast gave a plate is moved clear of the plate.
    Step("unhide kicker", lambda f: unhide_kicker(f.slide, f.band_strip),
         after=("hug kicker", "fix text contrast")),
    # Reading order: the template's placeholder order and ours, once nothing moves.
    Step("fix reading order", lambda f: fix_reading_order(f.slide),
         after=("points beside picture", "unhide kicker")),
))


def finish_on_trainers_template(finishing: Finishing) -> None:
    for step in TRAINER_FINISH:
        step.run(finishing)
