"""What a slide gets once its kind's usual text is in: the kind's own ``decorate``, then
what every slide gets, whatever its kind."""

from __future__ import annotations

from lessonpack.kinds.base import Filler, SlideKind
from lessonpack.kinds.look import Look
from lessonpack.plan.model import Slide
from lessonpack.render.deck_cover_group import compose_cover
from lessonpack.render.deck_fill_ins import mark_fill_ins
from lessonpack.render.deck_kicker import align_kicker
from lessonpack.render.deck_title_breaks import balance_title
from lessonpack.render.deck_title_room import kicker_on_title


def after_fill(filler: Filler, spec: Slide, kind: SlideKind, look: Look) -> None:
    """What is added once the kind's usual text is in: what the kind adds itself (its
    ``decorate``: a picture beside the text, grown text, title art), then what every slide
    gets (the kicker aligned, the title balanced). Nothing here depends on which kind the
    slide is: a kind's own look is its ``decorate`` (tests/test_render_kind_names.py)."""
    if kind.decorate is not None:
        kind.decorate(filler, spec, spec.payload, look)
    align_kicker(filler)
    kicker_on_title(filler)  # over a title hanging from its box's foot (cover, section)
    balance_title(filler)
    compose_cover(filler)
    mark_fill_ins(filler.slide.element, filler.brand)

