"""A trainer's slide title in a mid-grey on a light slide, set in lessonpack's dark ink.

Google Slides' export sets its titles in its theme's dark 2, #424242, not bold: they pass
4.5:1 by far (10:1 on white), yet from the back of a room they were the faintest titles of
eight templates. A title in a neutral grey that reaches less than DEEP on backdrops all
lighter than it is set in lessonpack's dark text colour (#1A1A1A): a grey title still, read
from the back. A coloured title (a brand's red or navy), a near-black one and a light title
on a dark band are the template's look and are kept.
"""

from __future__ import annotations

from typing import Any

from lessonpack import contrast
from lessonpack.check.colour import RGB
from lessonpack.check.pptx_shapes import NS, TITLE_TYPES
from lessonpack.check.pptx_text import text_frame
from lessonpack.check.pptx_text_rules import backdrop
from lessonpack.render.deck_contrast import set_run_colour, view_of
from lessonpack.render.ooxml import A

DEEP = 12.0  # the contrast a grey title reaches on its backdrop to be left as it is
NEUTRAL = 0.06  # the most spread between a colour's channels (0 to 1) that reads as grey
_RUNS = {f"{{{A}}}r", f"{{{A}}}fld", f"{{{A}}}br"}


def _grey_on_light(rgb: RGB, colours: list[RGB]) -> bool:
    """Whether ``rgb`` is a neutral grey darker than every backdrop colour, short of DEEP."""
    if max(rgb) - min(rgb) > NEUTRAL:
        return False
    ink = contrast.luminance(rgb)
    return all(contrast.luminance(c) > ink and contrast.ratio(rgb, c) < DEEP for c in colours)


def deepen_grey_titles(slide: Any) -> None:
    """The slide's title runs in a mid-grey on a light backdrop set in the dark text colour."""
    view = view_of(slide)
    for index, item in enumerate(view.items):
        if item.tag != "sp" or item.ph is None or item.ph.type not in TITLE_TYPES \
                or item.tx_body is None:
            continue
        frame = text_frame(item, view)
        if frame is None or not frame.text.strip():
            continue
        colours = backdrop(view, item, [*view.beneath, *view.items[:index]])
        if colours:
            _deepen(item.tx_body, frame, colours)


def _deepen(tx_body: Any, frame: Any, colours: list[RGB]) -> None:
    """The frame's runs in a grey on ``colours`` (``_grey_on_light``) in the dark ink."""
    for p_el, para in zip(tx_body.findall("a:p", NS), frame.paras, strict=True):
        runs = [c for c in p_el if c.tag in _RUNS]
        for r_el, run in zip(runs, para.runs, strict=True):
            if run.text.strip() and run.colour is not None and run.colour[1] >= 0.999 \
                    and _grey_on_light(run.colour[0], colours):
                set_run_colour(r_el, contrast.TEXT_DARK.lstrip("#"))
