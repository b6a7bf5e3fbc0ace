"""A template whose own slides all paint over its master's background: the deck follows
the slides, and says so.

A deck is built from the template's masters and layouts; its example slides are dropped.
A template whose master is dark grey while every one of its slides sets a white background
(LibreOffice's "FireRed": white slides, dark-red words) gave a flat grey deck the trainer
did not recognise as theirs. So before the slides go, the masters take the background they
share and the slides' text colour where the masters' colours would not read on it
(``follow_slides``); the build says so in one note, naming the template.
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


def shared_override(prs: Any) -> tuple[str, str] | None:
    """The one solid background every slide of ``prs`` sets and its master's, as RGB hex,
    where they differ as light from dark (APART); None otherwise."""
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
    return colour, master


def follow_slides(prs: Any) -> None:
    """Every master of ``prs`` (the template, its example slides still in it) given the
    background its slides share, before they are dropped: the deck then looks like the
    trainer's slides, and the text colours lessonpack sets are chosen against it."""
    shared = shared_override(prs)
    if shared is None:
        return
    background = hex_rgb(shared[0])
    ink = _slides_ink(prs, shared[0])
    for master in prs.slide_masters:
        for fill in master.element.xpath("./p:cSld/p:bg/p:bgPr/a:solidFill/a:srgbClr"):
            fill.set("val", shared[0])
        if ink is None or background is None:
            continue
        # The master's and layouts' text colours set for the old background (FireRed's
        # white) take the slides' text colour (its dark red): lessonpack's text follows.
        for owner in (master, *master.slide_layouts):
            for colour in owner.element.xpath(".//p:sp//p:txBody//a:solidFill/a:srgbClr"):
                rgb = hex_rgb(str(colour.get("val", "")).upper())
                if rgb is not None and ratio(rgb, background) < READABLE:
                    colour.set("val", ink)


# The contrast text needs on its background (WCAG AA for body text).
READABLE = 4.5


def _slides_ink(prs: Any, background: str) -> str | None:
    """The colour most of the slides' own words are set in, where it reads on
    ``background``; None when they set none that does."""
    back = hex_rgb(background)
    counts: dict[str, int] = {}
    for slide in prs.slides:
        for run in slide.element.xpath(".//a:r"):
            for val in run.xpath("./a:rPr/a:solidFill/a:srgbClr/@val"):
                rgb = hex_rgb(str(val).upper())
                if back is not None and rgb is not None and ratio(rgb, back) >= READABLE:
                    counts[str(val).upper()] = counts.get(str(val).upper(), 0) + len(
                        "".join(run.xpath("./a:t/text()")))
    return max(counts, key=lambda c: counts[c]) if counts else None


def background_note(prs: Any, shown: str) -> str | None:
    """What to tell the trainer when every slide of ``prs`` (the template, its example
    slides still in it) sets one solid background far from its master's: the deck follows
    the slides (``follow_slides``), not the master; None otherwise."""
    shared = shared_override(prs)
    if shared is None:
        return None
    colour, master = shared
    return (f"{shown}: its slides have a #{colour} background but its slide master has "
            f"#{master}; the deck follows your slides (#{colour}, their text colour for "
            "titles). To use the master's instead, delete the slides' own background "
            "(PowerPoint: Design > Format Background > Reset Background)")
