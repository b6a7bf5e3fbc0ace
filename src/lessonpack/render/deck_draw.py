"""The drawing slide kinds ask for through their filler (``filler.draw.card_grid(...)``):
kinds say what a slide holds, the renderer how it is drawn, and kinds never import the
renderer (the layers run content → kinds → plan → render; tests/test_layers.py).

Each name here is one entry of lessonpack.kinds.base.Drawing; a new kind that needs a new
drawing adds its function to a render module, names it here and declares it there. One
calling convention for all: a drawing takes the filler first and records what it could not fit
on ``filler.misfits`` itself (reported as LP131), so a kind can never drop a misfit by
forgetting a return value (tests/test_drawing_protocol.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from lessonpack.render.deck_cards import draw_cards, draw_statistics
from lessonpack.render.deck_cover import cover_art
from lessonpack.render.deck_design import (
    centred,
    grow_text,
    picture_beside,
    question_large,
    restack_title,
    section_picture,
    title_art,
)
from lessonpack.render.deck_design import draw_answer_rows as answer_rows
from lessonpack.render.deck_design import draw_card_grid as card_grid
from lessonpack.render.deck_design import draw_question as question
from lessonpack.render.deck_drawings import draw_signposts
from lessonpack.render.deck_scale import outcome_panel, scale_under
from lessonpack.render.deck_scenes import question_panel
from lessonpack.render.deck_stream_place import place_stream as stream
from lessonpack.render.deck_task import draw_checklist as checklist
from lessonpack.render.deck_task import draw_task as task
from lessonpack.render.deck_timeline import draw_timeline as timeline

if TYPE_CHECKING:
    from lessonpack.kinds.base import Box, Filler


# The drawing area's drawings, drawn by functions that return their misfits: recorded here.

def cards(filler: Filler, cards: Sequence[Any], *, box: Box | None = None,
          cols: int | None = None, name: str = "Card", like: Sequence[Any] = ()) -> None:
    """Rounded cards in ``box``, or the layout's drawing area (``filler.region()``)."""
    filler.misfits += draw_cards(filler.slide, box or filler.region(), cards, filler.brand,
                                 filler.look, cols=cols, name=name, like=like,
                                 said=filler.said)


def statistics(filler: Filler, stats: Sequence[Any]) -> None:
    """Each figure on its own tile in the drawing area."""
    filler.misfits += draw_statistics(filler.slide, filler.region(), stats, filler.brand,
                                      filler.look)


def signposts(filler: Filler, signposts: tuple[Any, ...]) -> None:
    """One card per service, as rows, in the drawing area."""
    filler.misfits += draw_signposts(filler.slide, filler.region(), signposts, filler.brand)

__all__ = ["answer_rows", "card_grid", "cards", "centred", "checklist", "cover_art",
           "grow_text", "outcome_panel",
           "picture_beside", "question", "question_large", "question_panel", "restack_title",
           "scale_under",
           "section_picture", "signposts", "statistics", "stream", "task", "timeline",
           "title_art"]
