"""A school's or trainer's logo that the audience cannot see (LPC309, LPC310).

The logo is how a class knows whose lesson it is. It is lost two ways: drawn on a background
it does not stand out from (a crest drawn for white paper on a dark template: LPC309,
measured by check/logo_seen), or covered by something drawn over it (a help card run down
into the corner the logo holds: LPC310). What covers is what can hide: a picture's or filled
shape's box, a text box's lines, a footer's words where they are shown.
"""

from __future__ import annotations

from lessonpack.check.findings import Finding, finding
from lessonpack.check.logo_seen import NON_TEXT, hard_to_see, is_logo, logos
from lessonpack.check.pptx_footer_rules import footer_lines, shape_reach
from lessonpack.check.pptx_shapes import FOOTER_TYPES, Box, DeckView, Item, SlideView

# Less of the logo than this covered is a shared edge, not a logo hidden.
COVERED = 0.05


def _area(a: Box, b: Box) -> int:
    w = min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0])
    h = min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1])
    return w * h if w > 0 and h > 0 else 0


def _hiding(view: SlideView, logo: Item, above: list[Item]) -> tuple[Item, float] | None:
    """What drawn over the logo covers most of it, and how much (0 to 1)."""
    whole = logo.box[2] * logo.box[3]
    worst: tuple[Item, float] | None = None
    for over in above:
        if is_logo(over) or whole <= 0:
            continue
        footer = over.ph is not None and over.ph.type in FOOTER_TYPES
        reach = footer_lines(over, view) if footer else shape_reach(over, view)
        share = _area(logo.box, reach) / whole if reach is not None else 0.0
        if share > COVERED and (worst is None or share > worst[1]):
            worst = (over, share)
    return worst


def logo_rules(deck: DeckView) -> list[Finding]:
    found = []
    for view in deck.slides:
        where = view.where
        for logo, below, above in logos(view):
            share = hard_to_see(view, logo, below)
            if share is not None:
                found.append(finding(
                    deck.path, where, "LPC309",
                    f"the logo {logo.label} is hard to see on what is behind it: "
                    f"{share:.0%} of it stands out at {NON_TEXT:g}:1",
                    "put it on a light panel, or use a version of the logo drawn for a "
                    "dark background", view.number))
            hiding = _hiding(view, logo, above)
            if hiding is not None:
                over, covered = hiding
                found.append(finding(
                    deck.path, where, "LPC310",
                    f"{over.label} is drawn over the logo {logo.label} "
                    f"({covered:.0%} of it covered)",
                    "move it clear of the logo's corner, or make it smaller", view.number))
    return found
