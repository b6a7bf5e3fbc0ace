"""The brand's accent where it carries meaning, and the answer tick readable on its panel.

A brand's ``accent`` is its highlight for "the LIVE badge and call-out bars" (the field's own
description; Oakfield's brick red). The decks used it only for the drawn streams' badges:
the call-out bars were the secondary colour and KS1's LIVE picture a fixed red, so
Oakfield's decks read all green, its accent unseen. Now:

- call-out bars (the goal and key messages' "Message accent", the write-on and outcome
  panels' bars) take the accent when the brand chose one (a brand file naming ``accent``,
  or a trainer's template: its own accent), unless that accent is a warning colour (a red
  or orange: Oakfield's brick red on "Today's goal" read as an error bar), when they take
  the brand's secondary colour. lessonpack's own look keeps them in its secondary blue:
  its accent is the red kept for danger (LIVE, pop-ups, red flags). On lessonpack's
  template the bars name theme slot accent6, which the theme fills with that choice
  (deck_theme.scheme_colours), so a slide's XML stays the same for every brand (the
  slide cache's rule, tests/test_slide_cache_rule.py); on a trainer's template, whose
  accent6 is its own, they name accent2 or accent1 and kept slides are keyed by it;
- the library's LIVE badge picture (KS1's "what is live", the KS3 and KS4 covers) is drawn
  in LIVE_RED, the drawn streams' badge red, in every brand: LIVE is a real-world signal,
  and a badge in the brand's accent on one slide beside red ones on the next read as two
  different things;
- the answer tick (Fluent's bright green button, 1.8:1 on a pale panel: green on green on
  Oakfield) is a darker green where that reaches 3:1 on the deck's panel colour (WCAG's
  ratio for graphics), else the deck's secondary colour, which brand checks keep readable
  on the panels.

The pictures are recoloured once per deck, in the image part every slide shares, after the
slides are in (kept slides are keyed without brand colours: render/slide_cache.py).
"""

from __future__ import annotations

import io
from functools import lru_cache
from typing import Any

from PIL import Image
from pptx.enum.dml import MSO_THEME_COLOR
from pptx.oxml.ns import qn
from pptx.presentation import Presentation

from lessonpack.content.brand import Brand
from lessonpack.content.picture_library import builtin_library, picture_bytes
from lessonpack.contrast import contrast_ratio
from lessonpack.io.opc_members import pptx_parts
from lessonpack.render.deck_pictures import large_bytes
from lessonpack.render.deck_theme import read_theme
from lessonpack.render.ooxml import memo, set_part_bytes

# Shapes that are call-out bars: lessonpack's key-messages layout, and those drawn on slides.
CALLOUT_BARS = ("Message accent",)
GRAPHIC_RATIO = 3.0  # WCAG 1.4.11: a graphic that carries meaning against what is next to it
TICK_GREEN = "2E7D32"  # a "right" green dark enough for a white tick and a pale panel
LIVE_RED = "C8102E"  # a real stream's LIVE badge: the same red in every brand
# A pop-up that is a trap ("Don't tell your dad!", "You won a prize!") in an alarm red with
# white words, the same in every brand: the colour is part of the story, not decoration (a
# brand's brick or pink accent made it read as the school's own colour). White on it:
# 5.9:1, over WCAG's 4.5:1 for text (tests/test_alarm_colour.py checks the pair).
ALARM_RED = LIVE_RED
ALARM_TEXT = "FFFFFF"
# picture -> (its own colour and the white it blends into, both as drawn in the file)
THEMED = {"live-badge": ((214, 31, 38), (255, 255, 255)),
          "check": ((0, 210, 106), (244, 244, 244))}


def set_callout(prs: Presentation, brand: Brand, custom: bool) -> MSO_THEME_COLOR:
    """Decide the deck's call-out colour (a theme slot) once, for ``callout_colour``, and
    put the layouts' bars in it."""
    if not custom:
        slot = MSO_THEME_COLOR.ACCENT_6  # holds the brand's choice (deck_theme)
    elif "accent" in brand.model_fields_set:  # a trainer's template keeps its own accent
        slot = MSO_THEME_COLOR.ACCENT_2
    else:
        slot = MSO_THEME_COLOR.ACCENT_1
    memo(prs.part.package, "callout")["slot"] = slot
    value = _SLOT_NAMES[slot]
    for master in prs.slide_masters:
        for layout in master.slide_layouts:
            for shape in layout.shapes:
                if shape.name in CALLOUT_BARS:
                    for clr in shape.element.iter(qn("a:schemeClr")):
                        if clr.get("val") == "accent1":
                            clr.set("val", value)
    return slot


def callout_colour(slide: Any) -> MSO_THEME_COLOR:
    """The theme colour of a call-out bar on ``slide`` (``set_callout`` decided it)."""
    return memo(slide.part.package, "callout").get("slot", MSO_THEME_COLOR.ACCENT_1)


_SLOT_NAMES = {MSO_THEME_COLOR.ACCENT_1: "accent1", MSO_THEME_COLOR.ACCENT_2: "accent2",
               MSO_THEME_COLOR.ACCENT_6: "accent6"}


def tick_colour(panel: str, secondary: str, text: str = "000000") -> str:
    """The answer tick's colour on a ``panel`` (RRGGBB): green when it reads, else the
    secondary colour (the right answer's outline), else the text colour: the first of them
    at 3:1 or more against the panel (the text colour always is, or nothing on it reads)."""
    for colour in (TICK_GREEN, secondary):
        if contrast_ratio(f"#{colour}", f"#{panel}") >= GRAPHIC_RATIO:
            return colour
    return text


def theme_pictures(prs: Presentation) -> None:
    """The library's LIVE badge in the streams' red and its tick in a colour that reads
    on the panels, in the image parts the slides share. Last thing before saving."""
    colours, _heading, _body = read_theme(prs.slide_masters[0])
    if not {"accent1", "accent2"} <= colours.keys():
        return
    wanted = {"live-badge": LIVE_RED,
              "check": tick_colour(colours.get("lt2", "FFFFFF"), colours["accent1"],
                                  colours.get("dk1", "000000"))}
    sources = _sources()
    sizes = {len(data) for data in sources.values()}
    for part in pptx_parts(prs.part.package):
        if not str(part.partname).startswith("/ppt/media/") or len(part.blob) not in sizes:
            continue  # most images: not one of these (their length says so without a hash)
        key = next((k for k, data in sources.items() if data == part.blob), None)
        if key is not None:
            set_part_bytes(part, recoloured(*key, wanted[key[0]]))


@lru_cache(maxsize=1)
def _sources() -> dict[tuple[str, bool], bytes]:
    """(picture, large copy?) -> the library's bytes, for each picture recoloured here."""
    found = {}
    for name in THEMED:
        found[(name, False)] = picture_bytes(builtin_library().pictures[name])
        large = large_bytes(f"{name}.png")
        if large is not None:
            found[(name, True)] = large
    return found


@lru_cache(maxsize=64)
def recoloured(name: str, large: bool, colour: str) -> bytes:
    """The library picture ``name`` with its own colour turned to ``colour`` (RRGGBB) and
    every blend of it with its white blended the same way (antialiased edges, the badge's
    letters), alpha unchanged."""
    (own, white) = THEMED[name]
    image = Image.open(io.BytesIO(_sources()[(name, large)])).convert("RGBA")
    # The channel where the colour and its white differ most says how far a pixel is
    # from white towards the colour: each output channel is a table of that one.
    k = max(range(3), key=lambda c: abs(white[c] - own[c]))
    target = tuple(int(colour[i:i + 2], 16) for i in (0, 2, 4))
    span = own[k] - white[k]

    def table(c: int) -> list[int]:
        out = []
        for v in range(256):
            t = min(1.0, max(0.0, (v - white[k]) / span))
            out.append(round(white[c] + t * (target[c] - white[c])))
        return out

    channel = image.getchannel(k)
    bands = [channel.point(table(c)) for c in range(3)]
    result = Image.merge("RGBA", (*bands, image.getchannel("A")))
    out = io.BytesIO()
    result.save(out, "PNG", optimize=True)
    return out.getvalue()

