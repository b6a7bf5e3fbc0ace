"""Where a header band painted into a template's background picture ends.

A template may draw its title band into the picture behind every slide instead of as a
shape (LibreOffice's "Smooth black": a grey gradient fading into black over the top third
of a 4:3 slide). No shape tells where it ends, so drawn content started inside it, the
band's lower edge cutting across a timer panel and the first step. The picture is read
instead: down its left, middle and right, the band is the rows at the top that differ from
the slide's body colour (the picture's middle row); its bottom edge is where all three
columns have faded to within FADED of that colour. Read once per layout while a template's
layouts are matched (the picture's thumbnail is kept on its part).
"""

from __future__ import annotations

from typing import Any

from pptx.slide import SlideLayout

from lessonpack.check.picture_colour import thumb_of

A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
R_EMBED = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}embed"

# A band lies in the top part of the slide: a picture whose colour changes lower than this
# share of its height is a scene or a photo, not a header band.
BAND_MOST = 0.4
# Share of the band's strongest difference from the body colour under which a row reads as
# the body. Only the gradient's last twenty-fifth passes for the slide's black: at a fifth
# (a grey of 28 on black) content began where the band's lower grey still showed, its
# edge cutting across the panels under the title.
FADED = 0.04
# Channel steps (0-255) under which a row is the body colour whatever the band's contrast.
FADED_LEAST = 6
COLUMNS = (0.2, 0.5, 0.8)  # shares of the width read: a band spans the slide


def _background_blip(layout: SlideLayout) -> tuple[Any, Any] | None:
    """The stretched picture behind ``layout``'s slides (its own background, else its
    master's) and the part that holds it; None for any other background."""
    for owner in (layout, layout.slide_master):
        bg = owner.element.find(f"{{{P}}}cSld/{{{P}}}bg")
        if bg is None:
            continue
        fill = bg.find(f"{{{P}}}bgPr/{{{A}}}blipFill")
        if fill is None or fill.find(f"{{{A}}}tile") is not None:
            return None  # a colour, a gradient or a tiled pattern: no band to read
        blip = fill.find(f"{{{A}}}blip")
        rid = blip.get(R_EMBED) if blip is not None else None
        if not rid or fill.find(f"{{{A}}}srcRect") is not None:
            return None
        return fill, owner.part.related_part(rid)
    return None


def _gap(a: tuple[int, ...], b: tuple[int, ...]) -> int:
    return max(abs(a[i] - b[i]) for i in range(3))


def band_share(layout: SlideLayout) -> float | None:
    """The share of the slide's height, from the top, the background picture's header
    band takes; None when the background is no picture or has no band at its top."""
    found = _background_blip(layout)
    if found is None:
        return None
    thumb = thumb_of(found[1])
    if thumb is None:
        return None
    width, height = thumb.size
    if width < 3 or height < 8:
        return None
    picture = thumb.convert("RGB")
    xs = [min(width - 1, int(share * width)) for share in COLUMNS]
    body = [picture.getpixel((x, height // 2)) for x in xs]
    top = int(BAND_MOST * height)
    gaps = [min(_gap(picture.getpixel((x, y)), colour) for x, colour in zip(xs, body, strict=True))
            for y in range(top + 1)]
    strongest = max(gaps)
    faded = max(FADED_LEAST, int(FADED * strongest))
    if strongest <= faded:
        return None
    # Upwards from BAND_MOST: the first row that still differs is the band's last.
    last = next((y for y in range(top, -1, -1) if gaps[y] > faded), None)
    if last is None or last >= top:
        return None  # still differing at BAND_MOST: a picture, not a band
    return (last + 1) / height
