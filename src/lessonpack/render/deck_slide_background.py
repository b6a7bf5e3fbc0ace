"""A note when a template's own slides all paint over its master's background.

A deck is built from the template's masters and layouts; its example slides are dropped.
A template whose master is dark grey while every one of its slides sets a white background
(LibreOffice's "FireRed") gives a dark deck the trainer does not recognise as theirs. The
build keeps to the master (its text colours are set for it) and says so, naming the
template and what to change in it.
"""

from __future__ import annotations

from typing import Any

from lessonpack.check.colour import hex_rgb
from lessonpack.contrast import ratio

# The slides' background and the master's differ as light from dark: text set for one is
# hard to read on the other.
APART = 3.0


def _solid(element: Any) -> str | None:
    """An element's background as a solid RGB hex ("FFFFFF"), or None for any other."""
    # python-pptx's elements know the "p" and "a" prefixes.
    found = element.xpath("./p:cSld/p:bg/p:bgPr/a:solidFill/a:srgbClr/@val")
    return str(found[0]).upper() if found else None


def background_note(prs: Any, shown: str) -> str | None:
    """What to tell the trainer when every slide of ``prs`` (the template, its example
    slides still in it) sets one solid background far from its master's; None otherwise."""
    slides = list(prs.slides)
    if not slides:
        return None
    own = {_solid(slide.element) for slide in slides}
    master = _solid(slides[0].slide_layout.slide_master.element)
    if len(own) != 1 or None in own or master is None:
        return None
    colour = own.pop()
    ours, theirs = hex_rgb(colour or ""), hex_rgb(master)
    if colour is None or ours is None or theirs is None or ratio(ours, theirs) < APART:
        return None
    return (f"{shown}: its slides have a #{colour} background but its slide master has "
            f"#{master}; the deck follows the master, so it will not look like your slides. "
            f"To change that, set the master's background to #{colour} (PowerPoint: View > "
            "Slide Master > Format Background; Impress: Slide > Slide Properties in the "
            "master view) and check its text colours read on it")
