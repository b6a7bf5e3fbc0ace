"""An older class's check with its story's still beside the answer panels: tried at the
largest width where the panels read as large as they would without it, else left out.

The still is worth less than the words: answers under 22 pt, or a reveal's reason set
smaller to make room for a picture, cost more from the back of the room than the picture
gives; a reason sent to a slide of its own for a picture's sake cost the hour a slide."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lessonpack.kinds.base import Filler
from lessonpack.kinds.payloads import Question
from lessonpack.render.deck_body_text import INCH
from lessonpack.render.deck_card_fit import GAP, fit_size
from lessonpack.render.deck_geometry import Box
from lessonpack.render.deck_options import OPTION_PT, STRIP_PT
from lessonpack.render.deck_scene_still import MOUNT, draw_still

if TYPE_CHECKING:
    from pptx.slide import Slide

# The still's widths to try, as a share of the panels' area, largest first.
STILL_SHARES = (0.24, 0.2, 0.16)


def _still_beside(filler: Filler, region: Box, question: Question, share: float,
                  drawn: list[object]) -> None:
    """The story's room at the right of ``region``, beside the panels ``drawn`` there:
    from their top to the strip under them (or their foot), in a white mount."""
    assert question.scene is not None
    x, y, w, _h = region
    mount = int(MOUNT * INCH)
    named = {getattr(s, "name", ""): s for s in drawn}
    strip = named.get("Answer explanation panel") or named.get("How to answer panel")
    if strip is not None:
        foot = int(strip.top) - GAP  # type: ignore[attr-defined]
    else:
        foot = max(int(s.top) + int(s.height) for n, s in named.items()  # type: ignore[attr-defined]
                   if n.endswith(" panel"))
    side = int(w * share) - 2 * mount
    draw_still(filler.slide, (x + w - side - mount, y + mount, side, foot - y - 2 * mount),
               question.scene, question.after_stream, filler.brand.body_font)


def _sizes(shape: object) -> list[float]:
    return [r.font.size.pt for p in shape.text_frame.paragraphs  # type: ignore[attr-defined]
            for r in p.runs if r.font.size is not None]


def _reads_as_large(filler: Filler, drawn: list[object], question: Question) -> bool:
    """Whether the panels just drawn set the answers at OPTION_PT or more and leave the
    reason's strip room for it at the look's floor (a question's strip is sized to its
    reveal's reason, so the question and its reveal agree)."""
    named = {getattr(s, "name", ""): s for s in drawn}
    answers = [pt for name, s in named.items() if name.startswith("Answer ")
               and len(name.split()) == 2 and name != "Answer explanation"
               for pt in _sizes(s)]
    if not answers or min(answers) < OPTION_PT:
        return False
    strip = named.get("Answer explanation") or named.get("How to answer")
    if strip is None or not question.explanation:
        return True
    w, h = int(strip.width), int(strip.height)  # type: ignore[attr-defined]
    most = min(filler.look.card_pt, STRIP_PT, int(min(answers)))
    return fit_size([(question.explanation, filler.brand.body_font, False, 0)], w, h,
                    most) >= filler.look.floor_pt


def with_still(filler: Filler, region: Box, question: Question,
               panels: Callable[[Box, int], list[str]]) -> bool:
    """The panels drawn beside the story's still at the largest width where they read as
    large as without it; False (nothing drawn) where none does."""
    slide: Slide = filler.slide  # type: ignore[assignment]
    tree = slide.shapes.element
    before = set(tree)  # a drawing's group goes in after the title, not last
    x, y, w, h = region
    for share in STILL_SHARES:
        # The panels narrowed, the strip under them as wide as the area (a reason in a
        # narrowed strip took the panels' height), then the still beside the panels.
        misfits = panels((x, y, w - int(w * share) - GAP, h), w)
        drawn: list[object] = [s for s in slide.shapes if s.element not in before]
        if not misfits and _reads_as_large(filler, drawn, question):
            _still_beside(filler, region, question, share, drawn)
            return True
        for shape in [s for s in tree if s not in before]:
            tree.remove(shape)
    return False
