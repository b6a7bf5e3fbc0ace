"""The drawing slide kinds ask for through their filler (``filler.draw.card_grid(...)``):
kinds say what a slide holds, the renderer how it is drawn, and kinds never import the
renderer (the layers run content → kinds → plan → render; tests/test_layers.py).

Each name here is one entry of lessonpack.kinds.base.Drawing; a new kind that needs a new
drawing adds its function to a render module, names it here and declares it there.
"""

from __future__ import annotations

from lessonpack.render.deck_cards import draw_cards as cards
from lessonpack.render.deck_cards import draw_statistics as statistics
from lessonpack.render.deck_design import draw_answer_rows as answer_rows
from lessonpack.render.deck_design import draw_card_grid as card_grid
from lessonpack.render.deck_design import draw_question as question
from lessonpack.render.deck_design import (
           grow_text,
           picture_beside,
           restack_title,
           section_picture,
           title_art,
)
from lessonpack.render.deck_drawings import draw_signposts as signposts
from lessonpack.render.deck_scale import outcome_panel, scale_under
from lessonpack.render.deck_scenes import question_panel
from lessonpack.render.deck_stream_place import place_stream as stream
from lessonpack.render.deck_task import draw_checklist as checklist
from lessonpack.render.deck_task import draw_task as task
from lessonpack.render.deck_timeline import draw_timeline as timeline

__all__ = ["answer_rows", "card_grid", "cards", "checklist", "grow_text", "outcome_panel",
           "picture_beside", "question", "question_panel", "restack_title", "scale_under",
           "section_picture", "signposts", "statistics", "stream", "task", "timeline",
           "title_art"]
