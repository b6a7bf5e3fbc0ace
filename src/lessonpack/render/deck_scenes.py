"""The two KS1 story scenes, drawn as the stories tell them, and the things in a stream's
video area (plan/scenes.py picks which).

A video call (Pip and Granny) shows the people on the call, the child and the grown-up beside
her, and no viewer count, likes or comment feed. Watching a show (Olly and Dad) shows the show
with its own star on the tablet and the watchers on the sofa in front of it. In both, what
pops up is a bright box with a picture, never drawn like a line of chat, so a child who
cannot read can point at it.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.util import Inches, Pt

from lessonpack.check.measure import count_lines, count_styled_lines, text_width
from lessonpack.geometry import EMU_PT
from lessonpack.plan.scenes import has_room
from lessonpack.render.deck_accent import ALARM_RED, ALARM_TEXT
from lessonpack.render.deck_body_text import box_of
from lessonpack.render.deck_clone import set_box
from lessonpack.render.deck_drawings import (
    Box,
    T,
    close_group,
    device,
    name_pill,
    new_group,
    new_label,
    new_shape,
    write_runs,
)
from lessonpack.render.deck_even_lines import break_at, evenest_cut
from lessonpack.render.deck_fit import needed_height
from lessonpack.render.deck_logo_room import clear_of, logo_boxes
from lessonpack.render.deck_pictures import add_picture
from lessonpack.render.deck_room import draw_room
from lessonpack.render.ooxml import next_shape_id
from lessonpack.render.ooxml.placeholders import placeholder

if TYPE_CHECKING:
    from pptx.shapes.group import GroupShape
    from pptx.shapes.shapetree import GroupShapes
    from pptx.slide import Slide

    from lessonpack.content.brand import Brand
    from lessonpack.content.picture_library import Picture
    from lessonpack.kinds.base import StreamsShown
    from lessonpack.kinds.payloads import StreamScreen

IN = int(Inches(1))
PT = EMU_PT


def _i(v: float) -> int:
    return int(v * IN)


def _cast(screen: StreamScreen, label: str) -> Picture | None:
    return next((p for name, p in screen.cast if name == label), None)


def _person(g: GroupShapes, picture: Picture | None, name: str, box: Box, font: str,
            pill_h: int = _i(0.45)) -> None:
    """A picture with its name on a pill under it (as wide as the name needs: "Grandad" on
    one line)."""
    x, y, w, h = box
    if picture is not None:
        add_picture(g, picture, (x, y, w, h - pill_h - _i(0.05)), f"Picture: {name}")
    named = int(text_width(name, font, 18, True) * PT * 1.05) + _i(0.22)  # + its insets
    pill_w = max(min(w, _i(0.35) + _i(0.17) * len(name)), named)
    name_pill(g, (x + (w - pill_w) // 2, y + h - pill_h, pill_w, pill_h), T.ACCENT_1, name, font,
          f"Name: {name}")


def _bubble(g: GroupShapes, box: Box, text: str, font: str, name: str) -> None:
    """What someone on the call says: a white speech bubble."""
    bubble = new_shape(g, MSO_SHAPE.ROUNDED_RECTANGULAR_CALLOUT, box, T.BACKGROUND_1, name)
    write_runs(bubble, [(text, T.TEXT_1, False)], 18, font, align=PP_ALIGN.CENTER, inset=_i(0.08))


def _pop_up(g: GroupShapes, box: Box, picture: Picture | None, parts: list[tuple[str, T, bool]],
            font: str) -> None:
    """The bright box that pops up: alarm red whatever the brand, a picture, the words
    beside it in white (their contrast on the red fixed too)."""
    x, y, w, h = box
    new_shape(g, MSO_SHAPE.ROUNDED_RECTANGLE, (x - _i(0.06), y - _i(0.06), w + _i(0.12),
                                               h + _i(0.12)), T.BACKGROUND_1, "Pop-up edge",
              radius=0.2)
    pop = new_shape(g, MSO_SHAPE.ROUNDED_RECTANGLE, box, T.ACCENT_2, "Pop-up", radius=0.2)
    # Not a brand colour, so it may be written into the slide (tests/test_slide_cache_rule).
    pop.fill.fore_color.rgb = RGBColor.from_string(ALARM_RED)
    text, bold = "".join(t for t, _c, _b in parts), any(b for _t, _c, b in parts)

    def need(pt: int, width: int) -> int:  # lines at ``pt``, as `check` measures them
        # A word wider than the box counts one line but is broken inside it ("ZoomZoo / m:"
        # in KS1's story, the sender's name bold at 24 pt): no size where one does not fit.
        if max((text_width(word, font, pt, bold) for word in text.split()), default=0) \
                > width / PT:
            return h + 1
        return int((count_lines(text, font, pt, width / PT, bold) * pt * 1.2 + 2) * PT)

    if w >= 2 * h:  # wide: the picture to the left of the words
        side = h - _i(0.2)
        pic_box = (x + _i(0.1), y + _i(0.1), side, side)
        words = (x + side + _i(0.2), y, w - side - _i(0.3), h)
        align = PP_ALIGN.LEFT
        pt = next((p for p in POP_PT if need(p, words[2]) <= h - _i(0.1)), POP_PT[-1])
    else:  # tall: the picture above the words, as big as the words leave room for
        words_w = w - _i(0.24)
        # The words at the largest size that leaves the picture a readable size: what
        # pops up is the point of the story, and at 18 pt it was the slide's smallest text.
        pt = next((p for p in POP_PT
                   if h - need(p, words_w) - _i(0.35) >= min(POP_PICTURE, int(h * 0.4))),
                  POP_PT[-1])
        side = max(0, min(int(w * 0.5), int(h * 0.4), h - need(pt, words_w) - _i(0.35)))
        pic_box = (x + (w - side) // 2, y + _i(0.15), side, side)
        words = (x + _i(0.12), y + side + _i(0.2), w - _i(0.24), h - side - _i(0.3))
        align = PP_ALIGN.CENTER
    if picture is not None and side >= _i(0.3):
        add_picture(g, picture, pic_box, "Pop-up picture")
    label = new_label(g, words, parts, pt, font, "Pop-up words", align=align)
    if align == PP_ALIGN.LEFT and len(parts) == 1:
        _two_even_lines(label, text, font, pt, words[2], bold)
    for para in label.text_frame.paragraphs:
        for run in para.runs:
            run.font.color.rgb = RGBColor.from_string(ALARM_TEXT)


def _two_even_lines(label: Any, text: str, font: str, pt: int, width: int, bold: bool) -> None:
    """A wide pop-up's two lines broken where a sentence ends ("You won a prize! / Tap
    here!"), not with one word left alone on the second."""
    if count_lines(text, font, pt, width / PT, bold) != 2:
        return
    cut = evenest_cut(text.split(), font, pt, width / PT, bold, sentences=True)
    if cut is not None:
        break_at(label.element.find(f".//{qn('a:r')}"), cut[1])


POP_PT = (26, 24, 22, 20, 18)  # a pop-up's words: the largest that fits, down to 18 pt
POP_PICTURE = _i(0.45)  # its picture above the words, at least (or two fifths of it)


def _short(h: int) -> bool:
    """Whether a scene's area is too short for the default's tablet over a row of people
    (a trainer's content area under its title rule, Google's 10 x 5.625 in): the faces on
    the call would come out under an inch."""
    return int(h * 0.66) - _i(0.5) - _i(1.85) < _i(1.0)


BESIDE_GAP = _i(0.2)  # between the tablet and the family standing beside it
FACE_LEAST = _i(1.0)  # a face on the call, beside: the arrangement is not worth less
POP_SHARE = {"call": 0.34, "watch": 0.42}  # of the screen's width, the pop-up's
# The call's pop-up, beside: a band across the top of the full-height screen, its words
# beside its picture on two lines (a third of the screen's width, beside the callers, set
# "You won a prize! Tap here!" on four lines in a narrow red column); the callers' tiles
# take the screen's width under it.
BESIDE_BAND = _i(0.9)
BAND_GAP = _i(0.12)  # around the band, inside the screen
BESIDE_PAD = _i(0.2)  # a caller's tile's margin, beside (0.3 in below the tablet)
POP_TALL = _i(2.8)  # a pop-up on a full-height screen: a box that pops up, not a column


def _column_w(h: int) -> int:
    """The width of the family's column beside the tablet: two people stacked in the area's
    height, each picture as tall as half of it leaves above the name pill."""
    each = (h - _i(0.15)) // 2
    return min(_i(1.7), each - _i(0.4))


def _bubble_lines(words: str, font: str, width: int) -> int:
    """Lines a speech bubble ``width`` wide needs; 99 when a word is wider than it (broken
    mid-word, as the Google Slides export showed). Measured a tenth narrower than the
    bubble's insets leave: LibreOffice wraps a callout's words inside its outline."""
    inner = (width - _i(0.16)) * 0.9 / PT
    if any(text_width(word, font, 18) > inner for word in words.split()):
        return 99
    return count_lines(words, font, 18, inner)


def beside_fits(box: Box, screen: StreamScreen, font: str) -> bool:
    """Whether the family can stand in a column beside a full-height tablet in ``box`` (a
    short area), the scene keeping what the default's shows: the callers' words in bubbles
    of at most two lines with no word broken, their faces an inch or more; the show's star
    an inch or more beside its pop-up. In a short area that puts every person at least as
    large as a row under the tablet would, and the child at the size of the default's."""
    _x, _y, w, h = box
    if not _short(h) or screen.scene not in POP_SHARE:
        return False
    tablet_w = w - _column_w(h) - BESIDE_GAP
    bezel = min(_i(0.25), int(h * 0.08))
    sw = tablet_w - 2 * bezel
    pop = next((c for c in screen.comments if c.user.lower() in ("pop-up", "popup")), None)
    if screen.scene == "watch":
        return sw - int(sw * POP_SHARE["watch"]) - _i(1.9) >= FACE_LEAST
    said = {c.user: c.text for c in screen.comments}
    callers = [n for n, _p in screen.cast if n in said and n != "pop-up"][:2]
    tile_w = sw // max(1, len(callers))
    pad = BESIDE_PAD
    bubble_w = tile_w - 2 * (pad // 3)
    lines = max([_bubble_lines(said[n], font, bubble_w) for n in callers] or [1])
    band = _band(pop is not None)
    return lines <= 2 and _beside_face(tile_w, h - 2 * bezel - band, lines) >= FACE_LEAST


def _band(pop: bool) -> int:
    """The height a beside call's pop-up band takes from the top of its screen."""
    return BESIDE_BAND + BAND_GAP if pop else 0


def _beside_face(tile_w: int, screen_h: int, lines: int) -> int:
    """A caller's face on a full-height screen: its tile's width less the margins, or what
    the screen's height leaves under a bubble of ``lines`` and over the name pill."""
    bubble_h = int((lines * 18 * 1.2 + 4) * PT) + _i(0.16)
    return min(tile_w - 2 * BESIDE_PAD,
               screen_h - _i(0.2) - bubble_h - _i(0.25) - _i(0.05) - _i(0.45))


def _column(g: GroupShapes, box: Box, people: list[tuple[str, Picture | None]],
            font: str) -> None:
    """The family stacked in a column in ``box``, each half its height."""
    x, y, w, h = box
    gap = _i(0.15)
    each = (h - gap) // 2
    for i, (name, face) in enumerate(people[:2]):
        _person(g, face, name, (x, y + i * (each + gap), w, each), font)


def _pop_words_fit(w: int, h: int, parts: list[tuple[str, T, bool]], font: str,
                   pt: int = 18, picture: int = 0) -> bool:
    """Whether a pop-up ``w`` x ``h`` holds its words at ``pt``, its picture left out if
    need be (as ``_pop_up`` lays it out); ``picture``: the height a tall pop-up keeps for
    its picture over the words."""
    pieces = [(t, (font, float(pt), b)) for t, _c, b in parts]
    if w >= 2 * h:  # wide: the words beside a picture as high as the box
        lines = count_styled_lines(pieces, (w - h - _i(0.1)) / PT)
        return (lines * pt * 1.2 + 2) * PT <= h
    lines = count_styled_lines(pieces, (w - _i(0.24)) / PT)
    return (lines * pt * 1.2 + 2) * PT <= h - _i(0.35) - picture


def _tablet(slide: Slide, box: Box, screen: StreamScreen, name: str, share: float,
            fill: T | None) -> tuple[GroupShape, Box, int]:
    """The scene's group, with a tablet across the top ``share`` of the box: the group, the
    tablet's screen box and the tablet's height."""
    x, y, w, h = box
    group = new_group(slide, name, screen.alt_text)
    tab_h = int(h * share)
    device(group.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, (x, y, w, tab_h), "Tablet", radius=0.06)
    bezel = min(_i(0.25), int(tab_h * 0.08))  # thinner on a short tablet: room for the faces
    inner = (x + bezel, y + bezel, w - 2 * bezel, tab_h - 2 * bezel)
    if fill is None:  # a show on the screen: a dark screen in every brand
        device(group.shapes, MSO_SHAPE.RECTANGLE, inner, "The show")
    else:
        new_shape(group.shapes, MSO_SHAPE.RECTANGLE, inner, fill,
                  "Tablet screen" if name == "Video call" else "The show")
    return group, inner, tab_h


def draw_call(slide: Slide, box: Box, screen: StreamScreen, brand: Brand) -> list[str]:
    """A tablet on a video call: the family on screen, each with what they say; the child
    and the grown-up beside her in front; the pop-up over the screen's corner."""
    x, y, w, h = box
    font = brand.body_font
    # A short area with width to spare (a trainer's layout under its title rule): the
    # tablet the full height, the child and the grown-up in a column beside it.
    beside = beside_fits(box, screen, font)
    column = (x + w - _column_w(h), y, _column_w(h), h)
    # Each caller's words in a bubble 0.9 in high, the face under it. Where that would leave
    # the faces under an inch (a short area: Google's 10 x 5.625 in, a trainer's layout), the
    # tablet takes more of the height, its frame and the name pills are slimmer, the bubble
    # is only as high as two lines need and the margins shrink with the tile.
    compact = _short(h) and not beside
    tablet = (x, y, w - column[2] - BESIDE_GAP, h) if beside else box
    group, (sx, sy, sw, sh), tab_h = _tablet(slide, tablet, screen, "Video call",
                                             1.0 if beside else 0.7 if compact else 0.66,
                                             T.BACKGROUND_2)
    g = group.shapes
    said = {c.user: c.text for c in screen.comments}
    # The family on the call are the cast who speak on it (the grown-up beside the child
    # does not; the pop-up is drawn on its own).
    callers = [(name, p) for name, p in screen.cast if name in said and name != "pop-up"][:2]
    # The family on the call, side by side, each with their words above them.
    pop = next((c for c in screen.comments if c.user.lower() in ("pop-up", "popup")), None)
    pop_w = int(sw * POP_SHARE["call"]) if pop is not None and not beside else 0
    tile_w = (sw - pop_w) // max(1, len(callers))
    bubble_h, pad, tail, pill_h = _i(0.9), _i(0.3), _i(0.25), _i(0.45)
    if beside:
        pad = BESIDE_PAD
    if compact:
        pad, tail, pill_h = min(pad, tile_w // 12), _i(0.18), _i(0.38)
        words_w = (tile_w - 2 * (pad // 3) - _i(0.16)) / PT
        lines = max([count_lines(said.get(n, ""), font, 18, words_w) for n, _p in callers]
                    or [1])
        bubble_h = min(bubble_h, int((lines * 18 * 1.2 + 4) * PT) + _i(0.16))
    top, face = sy + _i(0.1), 0
    if beside:
        # A tall screen: each bubble as high as its lines, the face under it no wider
        # than its tile, the three together in the screen's middle (not a face adrift
        # between its words and its name).
        lines = max([_bubble_lines(said.get(n, ""), font, tile_w - 2 * (pad // 3))
                     for n, _p in callers] or [1])
        bubble_h = int((lines * 18 * 1.2 + 4) * PT) + _i(0.16)
        band = _band(pop is not None)
        face = _beside_face(tile_w, sh - band, lines)
        block = bubble_h + tail + face + _i(0.05) + pill_h
        top = sy + band + max(_i(0.1), (sh - band - block) // 2)
    for i, (name, picture) in enumerate(callers):
        tx = sx + i * tile_w
        words = said.get(name, "")
        face_y = top + bubble_h + tail  # under the bubble's tail
        foot = face_y + face + _i(0.05) + pill_h if beside else sy + sh - _i(0.1)
        _person(g, picture, name, (tx + pad, face_y, tile_w - 2 * pad, foot - face_y), font,
                pill_h)
        if words:
            _bubble(g, (tx + pad // 3, top, tile_w - 2 * (pad // 3), bubble_h),
                    words, font, f"{name} says")
    # In front of the tablet: the child (the one on the call) and the grown-up beside her.
    child = screen.picture
    grown = [(n, p) for n, p in screen.cast if n in ("Mum", "Dad")]
    row_y, row_h = y + tab_h + _i(0.1), h - tab_h - _i(0.1)
    person_w = min(_i(1.9), row_h + _i(0.2))
    names = [(screen.streamer.split()[0], child), *grown[:1]]
    if beside:
        _column(g, column, names, font)
    for i, (name, pic) in enumerate([] if beside else names):
        _person(g, pic, name, (x + _i(0.3) + i * (person_w + _i(0.3)), row_y, person_w,
                               row_h), font)
    if pop is not None:  # on the screen: across its top, beside; else over its right side
        pop_box = ((sx + BAND_GAP, sy + BAND_GAP, sw - 2 * BAND_GAP, BESIDE_BAND) if beside
                   else (sx + sw - pop_w + _i(0.1), sy + _i(0.35), pop_w - _i(0.3),
                         sh - _i(0.7)))
        _pop_up(g, pop_box, _cast(screen, "pop-up"), [(pop.text, T.BACKGROUND_1, True)], font)
    close_group(group)
    return []


def _watch_pop(sw: int, heights: tuple[int, int], name_right: int,
               words: list[tuple[str, T, bool]], font: str) -> tuple[float, int]:
    """The show's pop-up: its share of the screen's width and its height, as narrow as
    holds its words (its left edge clear of the show's name, ``name_right``) at 22 pt
    where the screen allows (the message is the story's point: at 18 pt it was the slide's
    smallest text), else at 18 pt."""
    return next(((f / 100, tall) for pt in (22, 18)
                 for f in range(int(POP_SHARE["watch"] * 100), 61, 2)
                 for tall in heights
                 if sw - int(sw * f / 100) + _i(0.1) >= name_right
                 and _pop_words_fit(int(sw * f / 100) - _i(0.3), tall, words, font,
                                    pt, POP_PICTURE if pt > 18 else 0)),
                (POP_SHARE["watch"], heights[0]))


def draw_watch(slide: Slide, box: Box, screen: StreamScreen, brand: Brand) -> list[str]:
    """A tablet showing a show whose star is someone else; the child and the grown-up on the
    sofa in front of it; a message from a name the child does not know popping up."""
    x, y, w, h = box
    font = brand.body_font
    # A short area with width to spare: the watchers in a column beside a full-height
    # tablet (under it they were 0.8 in tall in Brightpath's area).
    beside = beside_fits(box, screen, font)
    column = (x + w - _column_w(h), y, _column_w(h), h)
    tablet = (x, y, w - column[2] - BESIDE_GAP, h) if beside else box
    group, (sx, sy, sw, sh), tab_h = _tablet(slide, tablet, screen, "Watching a show",
                                             1.0 if beside else 0.6, None)
    g = group.shapes
    # A short screen's show name at the least size: the message's pop-up needs the width.
    name_pt = 18 if _short(h) and not beside else 20
    new_label(g, (sx + _i(0.2), sy + _i(0.1), sw - _i(0.4), _i(0.5)),
              [(screen.streamer, T.BACKGROUND_1, True)], name_pt, font, "Show name")
    # On a full-height screen (beside) the moon and the star sit in its middle, not at the
    # top of an empty screen.
    drop = max(0, (sh - _i(0.65) - max(_i(1.3), min(_i(2.2), sh - _i(0.75), sw - int(
        sw * POP_SHARE["watch"]) - _i(1.9)))) // 2) if beside else 0
    moon = _cast(screen, "moon")
    if moon is not None:
        add_picture(g, moon, (sx + _i(0.3), sy + _i(0.7) + drop, _i(1.3), _i(1.3)),
                    "Picture: moon")
    # The pop-up sits inside the screen, on its right (as on the video call): the show
    # keeps the rest, the star left of the pop-up (it ran over the frame).
    label, sender = next(((n, n.split(":", 1)[1]) for n, _ in screen.cast
                          if n.startswith("message:")), ("", screen.comments[-1].user))
    message = next(c for c in reversed(screen.comments) if c.user == sender)
    words = [(message.user + ": ", T.BACKGROUND_1, True), (message.text, T.BACKGROUND_1, False)]
    pop_h = min(sh - _i(0.5), POP_TALL) if beside else sh - _i(0.5)
    # As wide and high as its words need at 18 pt (Google's short screen: at 0.42 of it the
    # message ran out of its box, LPC301), its left edge clear of the show's name.
    name_right = _i(0.35) + int(text_width(screen.streamer, font, name_pt, True) * PT)
    share, pop_h = _watch_pop(sw, (pop_h, sh - _i(0.2)), name_right, words, font)
    pop_w = int(sw * share)
    star = _cast(screen, screen.streamer)
    side = min(_i(2.2), sh - _i(0.75), sw - pop_w - _i(1.9))
    if star is not None and side >= _i(0.4):
        add_picture(g, star, (sx + (sw - pop_w) // 2 + _i(0.4) - side // 2,
                              sy + _i(0.65) + drop, side, side), "Picture: the show's star")
    # The watchers side by side in front of the tablet. No sofa: a pale rounded box cut
    # across their bodies and read as nothing.
    sofa_y = y + tab_h + _i(0.15)
    sofa_h = h - tab_h - _i(0.15)
    sofa_w = int(w * 0.55)
    x += (w - sofa_w) // 2 - _i(0.1)  # centred under the tablet
    child = (screen.picture.alt.split() or [""])[0] if screen.picture else ""
    watchers = [(child or screen.question.split()[0], screen.picture),
                *[(n, p) for n, p in screen.cast if n in ("Mum", "Dad")][:1]]
    person_w = (sofa_w - _i(0.4)) // 2
    if beside:
        _column(g, column, watchers, font)
    for i, (name, picture) in enumerate([] if beside else watchers):
        _person(g, picture, name, (x + _i(0.3) + i * person_w, sofa_y, person_w - _i(0.1),
                                   sofa_h), font)
    # The message that pops up: the one the story tells, from a name the child does not know.
    _pop_up(g, (sx + sw - pop_w + _i(0.1), sy + (sh - pop_h) // 2, pop_w - _i(0.3), pop_h),
            _cast(screen, label), words, font)
    close_group(group)
    return []


def draw_props(g: GroupShapes, screen: StreamScreen, box: Box, font: str = "Arial",
               circled: bool = False, as_streamed: bool = False,
               streamed: StreamsShown | None = None) -> list[str]:
    """What the stream's video shows. With clues to spot, a room (render/deck_room.py) whose
    clues carry their words (a street name, a full name, an address), laid out as the
    stream showed it where ``as_streamed`` (a close-up; ``streamed``, the deck's record of
    what its streams showed: deck_room); else the things in a row. Returns what did not
    fit."""
    x, y, w, h = box
    items = [p for _, p in screen.cast]
    if not items:
        return []
    if has_room(screen.cast):
        return draw_room(g, screen, box, font, circled, as_streamed, streamed)
    tagged = video_tags(screen.cast)
    words = tagged if h >= _i(1.3) else [""] * len(items)
    # A word under a picture (Dad, Mum) goes below it, not across the figure's chin.
    tag_h = _i(0.42) if any(words) else 0
    side = min(h - tag_h, w // len(items))
    left = x + (w - side * len(items)) // 2
    for i, picture in enumerate(items):
        add_picture(g, picture, (left + i * side + side // 12, y + (h - tag_h - side) // 2,
                                 side - side // 6, side), f"In the video: {picture.name}")
        _tag(g, words[i], (left + i * side, y + h - _i(0.42), side), font, picture.name)
    return tags_left_off(tagged, words, h)


def tags_left_off(tagged: Sequence[str], drawn: Sequence[str], height: int) -> list[str]:
    """The warning for name tags the video had no room to show: who is who ("Zainab",
    "Dad") is what the slide's question asks about, never dropped unreported."""
    lost = [word for word, shown in zip(tagged, drawn, strict=True) if word and not shown]
    if not lost:
        return []
    return [f"the live stream's video has no room for its name tags ({', '.join(lost)}): it "
            f"is {height / _i(1):.2f} in high (they need 1.3 in); type them back or say who "
            "is who"]


ON_SCREEN = "on screen"


def video_tags(cast: Sequence[tuple[str, Picture]]) -> list[str]:
    """The word under each picture in the video: its label (Dad, Mum, a clue's words), and
    where another is tagged, the child streaming by name ("Owen", from the figure's alt
    text "Owen, on screen"). With "Mum" alone under two faces, a class could not tell
    which one was Owen; a Year 2 scene names everyone in it."""
    said = ["" if label == ON_SCREEN else label for label, _ in cast]
    if not any(said):
        return said
    return [p.alt.removesuffix(f", {ON_SCREEN}") if label == ON_SCREEN
            and p.alt.endswith(f", {ON_SCREEN}") else words
            for (label, p), words in zip(cast, said, strict=True)]


def _tag(g: GroupShapes, words: str, where: tuple[int, int, int], font: str, name: str
         ) -> None:
    """What a clue says, on a white pill 18 pt bold (readable from the back of a room),
    as wide as its words: rounded like the stream's other name pills, not a sharp box."""
    if not words:
        return
    x, y, w = where
    text = int(text_width(words, font, 18, True) * EMU_PT * 1.1)
    # Within its picture's width where the words allow, a gap between two tags side by side
    # ("Zainab" beside "Dad": at full padding their pills touched).
    width = min(text + _i(0.4), max(text + _i(0.16), w - _i(0.1)))
    tag = new_shape(g, MSO_SHAPE.ROUNDED_RECTANGLE, (x + (w - width) // 2, y, width, _i(0.38)),
                    T.BACKGROUND_1, f"Clue words: {name}", radius=0.5)
    write_runs(tag, [(words, T.TEXT_1, True)], 18, font, align=PP_ALIGN.CENTER)


LAYOUT_TAB = "Think, pair, share"  # our scenario layout's tab (tools/build_pptx_template.py)


def tab_words(look: str) -> str:
    """The tab over the question: a classroom's routine for pupils; adults at a parents'
    evening are asked to talk at their tables ("Think, pair, share" read as
    patronising to adults). Five-year-olds answer the story's feelings question with their
    faces, not in pairs."""
    return {"parents": "Discuss at your table", "ks1": "Show me with your face"}.get(
        look, LAYOUT_TAB)


def _tab(slide: Slide) -> Any:
    """The slide's own question tab where it has one (a stream widened into the panel drew
    it narrower: deck_stream_widen), else the layout's; None without either."""
    for shapes in (slide.shapes, slide.slide_layout.shapes):
        tab = next((sh for sh in shapes if sh.name == "Question tab"), None)
        if tab is not None:
            return tab
    return None


def _retab(slide: Slide, tab: Any, words: str) -> None:
    """The layout's tab drawn again on the slide, over it, with other words; the slide's own
    tab given them."""
    own = tab.element.getparent() is slide.shapes.element
    sp = tab.element if own else copy.deepcopy(tab.element)
    if not own:
        sp.find(f"{qn('p:nvSpPr')}/{qn('p:cNvPr')}").set("id", str(next_shape_id(slide.shapes)))
    texts = list(sp.iter(qn("a:t")))
    texts[0].text = words
    for extra in texts[1:]:
        extra.text = ""
    if not own:
        slide.shapes.element.insert_element_before(sp, "p:extLst")


def question_panel(filler: Any, region: Box) -> None:
    """On a trainer's layout without our question panel, the question for the class gets
    one: a tinted panel down to the foot of the stream, under a "Think, pair, share" tab in
    the brand's colour, so the question does not float beside the stream."""
    slide = filler.slide
    words = tab_words(filler.look.name)
    if any(sh.name == "Question panel" for sh in slide.slide_layout.shapes):
        tab = _tab(slide)
        if tab is not None and words != LAYOUT_TAB:
            _retab(slide, tab, words)
        return
    # The question's placeholder, else the stand-in text box made for it.
    ph = placeholder(slide, filler.slots.get("side")) or next(
        (sh for sh in slide.shapes if sh.name == "Side" and not sh.is_placeholder), None)
    if ph is None:
        return
    x, y, w, _h = box_of(ph)
    if x < region[0] + region[2]:
        return  # the question sits above the stream (a small layout), not beside it
    # The default's two-column grid: the panel down to the drawing's foot, the question in
    # it at the default's size, centred. A panel cut to a one-line question (the earlier fix
    # for an empty panel) set it at 24 pt in a small box with dead space under it.
    tab_h = _i(0.5)
    pad = _i(0.2)
    bottom = max(y + tab_h + _i(1.0), region[1] + region[3])  # level with the drawing's foot
    # Over the brand's logo in the footer row (klee2's, before its drawn page number): the
    # panel stops short of it, as drawn areas do (deck_logo_room).
    cleared = clear_of((x, y, w, bottom - y), logo_boxes(slide.slide_layout))
    if cleared[2] == w:  # cut from below, the panel's width kept
        bottom = cleared[1] + cleared[3]
    size = _question_size(ph, w - 2 * pad, bottom - y - tab_h - 2 * pad,
                          filler.brand.body_font)
    panel = new_shape(slide.shapes, MSO_SHAPE.RECTANGLE, (x, y, w, bottom - y), T.BACKGROUND_2,
                      "Question panel")
    panel.text_frame.text = ""
    tab = new_shape(slide.shapes, MSO_SHAPE.RECTANGLE, (x, y, w, tab_h), T.ACCENT_1,
                    "Question tab")
    write_runs(tab, [(words, T.BACKGROUND_1, True)], 18, filler.brand.body_font,
               align=PP_ALIGN.CENTER)
    # Behind the question, which moves below the tab with a margin inside the panel.
    ph.element.addprevious(panel.element)
    ph.element.addprevious(tab.element)
    set_box(ph.element, (x + pad, y + tab_h + pad, w - 2 * pad, bottom - y - tab_h - 2 * pad))
    frame = ph.text_frame
    frame.vertical_anchor = MSO_ANCHOR.MIDDLE
    for para in frame.paragraphs:
        for run in para.runs:
            run.font.size = Pt(size)


QUESTION_PT = (28, 24)  # the question's size in the panel: the default's, down to its least


def _question_size(shape: Any, width: int, height: int, family: str) -> int:
    """The largest size in QUESTION_PT whose lines fit ``width`` x ``height`` (EMU) with the
    box's 6 pt space before each paragraph; the least when none does."""
    paragraphs = [(p.text, False) for p in shape.text_frame.paragraphs]
    for size in range(QUESTION_PT[0], QUESTION_PT[1] - 1, -1):
        if needed_height(paragraphs, family, size, width / PT, True, 6) * PT <= height:
            return size
    return QUESTION_PT[1]
