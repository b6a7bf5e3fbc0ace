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
from lessonpack.render.deck_shown import slide_words, trim_notes, unshown
from lessonpack.render.deck_stream_place import place_stream as stream
from lessonpack.render.deck_task import draw_checklist as checklist
from lessonpack.render.deck_task import draw_task as task
from lessonpack.render.deck_timeline import draw_timeline as timeline
from lessonpack.render.deck_votes import draw_ticks as ticks
from lessonpack.render.deck_write_on import draw_write_on as write_on

if TYPE_CHECKING:
    from lessonpack.kinds.base import Box, Filler
    from lessonpack.kinds.scenario import StreamComment


# The drawing area's drawings, drawn by functions that return their misfits: recorded here.

def cards(filler: Filler, cards: Sequence[Any], *, box: Box | None = None,
          cols: int | None = None, name: str = "Card", like: Sequence[Any] = ()) -> None:
    """Rounded cards in ``box``, or the layout's drawing area (``filler.region()``)."""
    filler.misfits += draw_cards(filler.slide, box or filler.region(), cards, filler.brand,
                                 filler.look, cols=cols, name=name, like=like,
                                 said=filler.said)


def statistics(filler: Filler, stats: Sequence[Any]) -> None:
    """Each figure on its own tile in the drawing area; points already put beside them in a
    stand-in panel end where the tiles end."""
    filler.misfits += draw_statistics(filler.slide, filler.region(), stats, filler.brand,
                                      filler.look)
    _side_ends_with_tiles(filler)


def _side_ends_with_tiles(filler: Filler) -> None:
    """A trainer's layout has no caption panel: the points go in a stand-in panel ("Side",
    render/pptx.py) as tall as the area. It ends where the figures' tiles ("Statistic N",
    deck_cards) end, the source line under both (else the panel runs down to the footer)."""
    from pptx.util import Emu

    tiles = [sh for sh in filler.slide.shapes
             if sh.name.startswith("Statistic ") and sh.name.split()[-1].isdigit()]
    side = next((sh for sh in filler.slide.shapes if sh.name == "Side"
                 and not sh.is_placeholder), None)
    if not tiles or side is None:
        return
    bottom = max(sh.top + sh.height for sh in tiles)
    if side.top < bottom < side.top + side.height:
        side.height = Emu(bottom - side.top)


def signposts(filler: Filler, signposts: tuple[Any, ...]) -> None:
    """One card per service, as rows, in the drawing area."""
    filler.misfits += draw_signposts(filler.slide, filler.region(), signposts, filler.brand)


def shown_notes(filler: Filler, notes: str, comments: Sequence[StreamComment]) -> str:
    """``notes`` with the comments whose words are not on the slide left out of its list of
    comments for discussion (render/deck_shown)."""
    return trim_notes(notes, unshown(comments, slide_words(filler.slide.element)))


__all__ = ["answer_rows", "card_grid", "cards", "centred", "checklist", "cover_art",
           "grow_text", "outcome_panel",
           "picture_beside", "question", "question_large", "question_panel", "restack_title",
           "scale_under",
           "section_picture", "shown_notes", "signposts", "statistics", "stream", "task",
           "ticks", "timeline",
           "title_art", "write_on"]

