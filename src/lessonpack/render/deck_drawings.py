"""Native, editable drawings placed into a layout's region: the mock live stream and the help
cards. Every colour is a theme colour so the brand reaches them too."""

from __future__ import annotations

import copy
from dataclasses import replace
from typing import Any

from pptx.dml.color import RGBColor
from pptx.enum.dml import MSO_THEME_COLOR
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.shapes.autoshape import Shape
from pptx.shapes.group import GroupShape
from pptx.shapes.shapetree import GroupShapes, SlideShapes
from pptx.slide import Slide
from pptx.util import Emu, Inches, Pt

from lessonpack.caches import BoundedCache
from lessonpack.content.brand import Brand
from lessonpack.kinds.scenario import StreamScreen
from lessonpack.plan.model import Signpost
from lessonpack.render.deck_text import escape_control
from lessonpack.render.ooxml import set_alt_text, set_lang
from lessonpack.render.textfit import count_lines, text_width

Box = tuple[int, int, int, int]
T = MSO_THEME_COLOR
LINE = 1.2  # line spacing factor used for height estimates
PAD = Inches(0.1)


# Shapes and text bodies already made, by everything that shapes their XML except position,
# size, id, name and the words: python-pptx takes some 0.3 ms per shape to build and style
# one, a copy of a made one a twentieth of that. The first of each kind is made by python-pptx
# itself, so a copy is exactly what python-pptx would have made (tests compare the bytes).
# Bounded (a few hundred looks of shape and text in all the built-in decks) and shared by
# threads: the kept XML is only copied, never changed.
_MADE_SHAPES: BoundedCache[tuple[object, ...], Any] = BoundedCache(2048)
_MADE_TEXT: BoundedCache[tuple[object, ...], Any] = BoundedCache(2048)
_C_NV_PR = f"{qn('p:nvSpPr')}/{qn('p:cNvPr')}"
_XFRM = f"{qn('p:spPr')}/{qn('a:xfrm')}"
_PRST = f"{qn('p:spPr')}/{qn('a:prstGeom')}"
_TX_BODY, _A_T = qn("p:txBody"), qn("a:t")


def _shape(shapes: SlideShapes | GroupShapes, kind: MSO_SHAPE, box: Box, fill: T | None,
           name: str, *, radius: float | None = None) -> Shape:
    key = (kind, fill, radius)
    made = _MADE_SHAPES.get(key)
    if made is None:
        shape = _new_shape(shapes, kind, box, fill, name, radius=radius)
        _MADE_SHAPES.put(key, copy.deepcopy(shape._element))
        return shape
    sp = copy.deepcopy(made)
    c_nv_pr = sp.find(_C_NV_PR)
    c_nv_pr.set("id", str(shapes._next_shape_id))
    c_nv_pr.set("name", name)
    xfrm = sp.find(_XFRM)
    xfrm[0].set("x", str(box[0]))
    xfrm[0].set("y", str(box[1]))
    xfrm[1].set("cx", str(box[2]))
    xfrm[1].set("cy", str(box[3]))
    shapes._spTree.insert_element_before(sp, "p:extLst")
    return shapes._shape_factory(sp)  # type: ignore[return-value]


def _new_shape(shapes: SlideShapes | GroupShapes, kind: MSO_SHAPE, box: Box, fill: T | None,
               name: str, *, radius: float | None = None) -> Shape:
    shape = shapes.add_shape(kind, *(Emu(v) for v in box))
    shape.name = name
    if fill is None:
        shape.fill.background()
    else:
        shape.fill.solid()
        shape.fill.fore_color.theme_color = fill
    shape.line.fill.background()
    # Drop the theme style reference: it adds shadows and outlines we do not want.
    style = shape._element.find(qn("p:style"))
    if style is not None:
        shape._element.remove(style)
    if radius is not None:
        shape.adjustments[0] = radius
    return shape


def _text(shape: Shape, parts: list[tuple[str, T, bool]], size: int, font: str, *,
          align: PP_ALIGN = PP_ALIGN.LEFT, anchor: MSO_ANCHOR = MSO_ANCHOR.MIDDLE,
          inset: int = 0) -> None:
    """Write runs (text, colour, bold) into one paragraph of a new shape."""
    sp = shape._element
    key = (sp.find(_PRST).get("prst"), tuple((c, b) for _, c, b in parts), size, font, align,
           anchor, inset)
    made = _MADE_TEXT.get(key)
    if made is None:
        _new_text(shape, parts, size, font, align=align, anchor=anchor, inset=inset)
        _MADE_TEXT.put(key, copy.deepcopy(sp.find(_TX_BODY)))
        return
    body = copy.deepcopy(made)
    for t, (text, _colour, _bold) in zip(body.iter(_A_T), parts, strict=True):
        t.text = escape_control(text)
    sp.replace(sp.find(_TX_BODY), body)


def _new_text(shape: Shape, parts: list[tuple[str, T, bool]], size: int, font: str, *,
              align: PP_ALIGN, anchor: MSO_ANCHOR, inset: int) -> None:
    frame = shape.text_frame
    frame.word_wrap = True
    frame.vertical_anchor = anchor
    frame.margin_left = frame.margin_right = Emu(inset)
    frame.margin_top = frame.margin_bottom = Emu(0)
    para = frame.paragraphs[0]
    para.alignment = align
    for text, colour, bold in parts:
        run = para.add_run()
        run.text = text
        run.font.size = Pt(size)
        run.font.bold = bold
        run.font.name = font
        run.font.color.theme_color = colour
    set_lang(frame._txBody, "en-GB")


def _label(shapes: SlideShapes | GroupShapes, box: Box, parts: list[tuple[str, T, bool]],
           size: int, font: str, name: str, **kw: object) -> Shape:
    shape = _shape(shapes, MSO_SHAPE.RECTANGLE, box, None, name)
    _text(shape, parts, size, font, **kw)  # type: ignore[arg-type]
    return shape


def _group(slide: Slide, name: str, alt: str) -> GroupShape:
    group = slide.shapes.add_group_shape()
    group.name = name
    # python-pptx recomputes the group's extents after every shape added (quadratic in the
    # shape count); switch that off while drawing and do it once in _close_group.
    group.shapes._recalculate_extents = lambda: None  # type: ignore[method-assign]
    set_alt_text(group._element.nvGrpSpPr.cNvPr, alt)
    # Screen readers follow the shape tree: read the drawing right after the slide title,
    # before the text beside it that asks about it.
    title = slide.shapes.title
    if title is not None:
        title._element.addnext(group._element)
    return group


def _close_group(group: GroupShape) -> None:
    del group.shapes._recalculate_extents  # back to the class's method
    group.shapes._recalculate_extents()


def _pill(shapes: GroupShapes, box: Box, fill: T, text: str, font: str, name: str,
          alpha: int | None = None) -> Shape:
    pill = _shape(shapes, MSO_SHAPE.ROUNDED_RECTANGLE, box, fill, name, radius=0.5)
    if alpha is not None:
        _set_alpha(pill, alpha)
    _text(pill, [(text, T.BACKGROUND_1, True)], 18, font, align=PP_ALIGN.CENTER)
    return pill


def _set_alpha(shape: Shape, alpha: int) -> None:
    colour = shape.fill._xPr.find(
        "{http://schemas.openxmlformats.org/drawingml/2006/main}solidFill")[0]
    colour.append(colour.makeelement(
        "{http://schemas.openxmlformats.org/drawingml/2006/main}alpha", {"val": str(alpha)}))


def _count(n: int) -> str:
    return f"{n / 1000:.1f}k".replace(".0k", "k") if n >= 10_000 else f"{n:,}"


def _comment_heights(screen: StreamScreen, font: str, width: int, pad: int) -> list[int]:
    width_pt = (width - 2 * PAD) / 12700
    # Measured all in bold: the user name is bold, and bold is the wider of the two, so the
    # bubble is never too short for its text.
    return [int(Pt(18 * LINE * count_lines(f"{c.user}  {c.text}", font, 18, width_pt, True)))
            + pad for c in screen.comments]


def draw_stream(slide: Slide, box: Box, screen: StreamScreen, brand: Brand) -> list[str]:
    """A phone-style live stream: header, stream title, chat bubbles, likes and gifts.

    Returns what did not fit (empty when all is well). In a small drawing area (a trainer's
    template) the stream-title row goes first, then the chat tightens its spacing.
    """
    if screen.scene in ("call", "watch"):
        from lessonpack.render import deck_scenes

        draw = deck_scenes.draw_call if screen.scene == "call" else deck_scenes.draw_watch
        return draw(slide, box, screen, brand)
    x, y, w, h = box
    font = brand.body_font
    group = _group(slide, "Mock live stream", screen.alt_text)
    g = group.shapes
    _shape(g, MSO_SHAPE.ROUNDED_RECTANGLE, box, T.TEXT_2, "Screen", radius=0.04)
    inch = Inches(1)
    avatar = _shape(g, MSO_SHAPE.OVAL, (x + int(0.25 * inch), y + int(0.2 * inch),
                                        int(0.7 * inch), int(0.7 * inch)), T.ACCENT_1, "Avatar")
    _text(avatar, [(screen.streamer[:1].upper(), T.BACKGROUND_1, True)], 24, font,
          align=PP_ALIGN.CENTER)
    pills_w = int(3.0 * inch)
    # The name at 22 pt on one line; in a narrow drawing area at 18 pt, on two lines if
    # need be (the row below starts 1 in down, clear of a two-line name).
    name_w = w - int(1.3 * inch) - pills_w
    name_pt = 22 if count_lines(screen.streamer, font, 22, name_w / 12700, True) == 1 else 18
    name_lines = count_lines(screen.streamer, font, name_pt, name_w / 12700, True)
    name_h = max(int(0.5 * inch), int(Pt(name_pt * LINE * name_lines)) + int(0.05 * inch))
    _label(g, (x + int(1.1 * inch), y + int(0.3 * inch), name_w, name_h),
           [(screen.streamer, T.BACKGROUND_1, True)], name_pt, font, "Streamer name")
    live = _pill(g, (x + w - pills_w - int(0.1 * inch), y + int(0.34 * inch),
                     int(0.95 * inch), int(0.42 * inch)), T.ACCENT_2, "LIVE", font,
                 "LIVE badge")
    # Red in every brand, as on a real stream (a brand's accent may be pink or green).
    live.fill.fore_color.rgb = RGBColor(0xC8, 0x10, 0x2E)
    _pill(g, (x + w - int(2.0 * inch), y + int(0.34 * inch), int(1.8 * inch),
              int(0.42 * inch)), T.TEXT_1, f"{_count(screen.viewers)} watching", font,
          "Viewer count", alpha=55000)
    chat_w = w - int(0.6 * inch)
    bottom = h - int(0.8 * inch)  # the reactions bar sits below the chat
    pad, gap = int(Inches(0.14)), int(Inches(0.08))
    heights = _comment_heights(screen, font, chat_w, pad)
    top = int(1.55 * inch)
    if screen.cast:
        # The video is the stimulus (the clues to spot): it keeps at least two fifths of the
        # screen, and the oldest comments scroll off, as in a real chat, down to four.
        room = any(p.name in ("street-sign", "certificate") for _l, p in screen.cast)
        video = max(int(1.5 * inch), (bottom - top) * (11 if room else 8) // 20)
        # Three at the least in a short drawing area (a trainer's template).
        keep = 4 if bottom - top > int(3.6 * inch) else 3
        while (len(screen.comments) > keep
               and sum(heights) + gap * (len(heights) - 1) > bottom - top - video):
            gone = _scrolls_off(screen.comments)
            screen = replace(screen, comments=screen.comments[:gone] + screen.comments[gone + 1:])
            heights = heights[:gone] + heights[gone + 1:]
    if sum(heights) + gap * (len(heights) - 1) > bottom - top:
        top = int(1.05 * inch)  # no room for the stream title row
    else:
        _label(g, (x + int(0.3 * inch), y + int(1.0 * inch), chat_w, int(0.42 * inch)),
               [(screen.stream_title, T.BACKGROUND_1, False)], 18, font, "Stream title")
    if sum(heights) + gap * (len(heights) - 1) > bottom - top:
        pad, gap = int(Inches(0.06)), int(Inches(0.04))
        heights = _comment_heights(screen, font, chat_w, pad)
    needed = sum(heights) + gap * (len(heights) - 1)
    _draw_comments(g, (x + int(0.3 * inch), y + top, chat_w, bottom - top), screen, font,
                   heights, gap)
    free = bottom - top - needed - int(0.1 * inch)  # the video, above the chat
    if screen.cast and free >= int(0.4 * inch):
        from lessonpack.render.deck_scenes import draw_props

        draw_props(g, screen, (x + int(0.3 * inch), y + top, chat_w, free), font)
    elif screen.picture is not None and free >= int(0.8 * inch):
        from lessonpack.render.deck_pictures import add_picture

        add_picture(g, screen.picture, (x + int(0.3 * inch), y + top, chat_w, free),
                    f"Streamer: {screen.picture.name}")
    _draw_reactions(g, (x + int(0.3 * inch), y + h - int(0.72 * inch), chat_w,
                        int(0.5 * inch)), screen, font)
    _close_group(group)
    if needed > bottom - top:
        return [f"the live-stream comments need {needed / inch:.1f} in of height; the "
                f"template's drawing area leaves {(bottom - top) / inch:.1f} in"]
    return []


def _scrolls_off(comments: tuple[Any, ...]) -> int:
    """Which comment to leave out when the chat is short of room: the oldest neutral one,
    else the oldest of a kind shown more than once (a kind comment, an unkind one and a red
    flag all stay, for the class to sort), else the oldest."""
    kinds = [c.kind for c in comments]
    for n, kind in enumerate(kinds):
        if kind == "neutral":
            return n
    for n, kind in enumerate(kinds):
        if kinds.count(kind) > 1 and kind != "red-flag":
            return n
    for n, kind in enumerate(kinds):
        if kinds.count(kind) > 1:
            return n
    return 0


def _draw_comments(g: GroupShapes, box: Box, screen: StreamScreen, font: str,
                   heights: list[int], gap: int) -> None:
    x, y, w, h = box
    top = y + max(0, h - sum(heights) - gap * (len(heights) - 1))  # chat sits at the bottom
    for i, (comment, height) in enumerate(zip(screen.comments, heights, strict=True)):
        bubble = _shape(g, MSO_SHAPE.ROUNDED_RECTANGLE, (x, top, w, height), T.BACKGROUND_1,
                        f"Comment {i + 1}", radius=0.25)
        _text(bubble, [(comment.user + "  ", T.ACCENT_1, True), (comment.text, T.TEXT_1, False)],
              18, font, inset=PAD)
        top += height + gap


def _draw_reactions(g: GroupShapes, box: Box, screen: StreamScreen, font: str) -> None:
    x, y, w, h = box
    inch = Inches(1)
    box_w = int(1.6 * inch)
    bar = _shape(g, MSO_SHAPE.ROUNDED_RECTANGLE, (x, y, w - 2 * box_w - int(0.2 * inch), h),
                 T.BACKGROUND_1, "Comment box", radius=0.5)
    _set_alpha(bar, 22000)
    # The prompt on one line: shorter in a narrow drawing area, left out if even that wraps.
    inner = (w - 2 * box_w - int(0.2 * inch) - 2 * int(0.2 * inch)) / 12700
    prompt = next((p for p in ("Add a comment…", "Comment…")
                   # A margin for renderers that round glyph advances up (LibreOffice).
                   if count_lines(p, font, 18, inner) == 1
                   and text_width(p, font, 18) * 1.05 + 2 <= inner),
                  "")
    _text(bar, [(prompt, T.BACKGROUND_1, False)], 18, font, inset=int(0.2 * inch))
    for n, (shape_kind, count, label) in enumerate(
        ((MSO_SHAPE.HEART, screen.likes, "likes"), (MSO_SHAPE.STAR_5_POINT, screen.gifts,
                                                    "gifts"))):
        left = x + w - (2 - n) * box_w
        _shape(g, shape_kind, (left + int(0.1 * inch), y + int(0.06 * inch), int(0.4 * inch),
                               int(0.38 * inch)), T.ACCENT_2, f"{label.title()} icon")
        _label(g, (left + int(0.55 * inch), y, box_w - int(0.55 * inch), h),
               [(_count(count), T.BACKGROUND_1, True)], 18, font, f"{label.title()} count")


def draw_signposts(slide: Slide, box: Box, signposts: tuple[Signpost, ...], brand: Brand
                   ) -> list[str]:
    """One card per service: name, what it is for, how to reach it."""
    x, y, w, h = box
    inch = Inches(1)
    gap = int(0.12 * inch)
    usable = w - int(0.4 * inch) - 2 * int(0.3 * inch) - int(0.2 * inch)
    widths = (int(usable * 0.24), int(usable * 0.45), usable - int(usable * 0.24)
              - int(usable * 0.45))
    heights = []
    for s in signposts:
        text_pt = max(
            count_lines(s.name, brand.heading_font, 22, widths[0] / 12700, True) * 22,
            count_lines(s.blurb, brand.body_font, 18, widths[1] / 12700) * 18,
            count_lines(s.contact, brand.body_font, 18, widths[2] / 12700, True) * 18,
        ) * LINE
        heights.append(max(int(0.7 * inch), int(Pt(text_pt)) + int(0.2 * inch)))
    # Close the gaps up rather than run past the region when the cards are tall.
    gap = max(0, min(gap, (h - sum(heights)) // max(1, len(heights) - 1)))
    overflow = sum(heights) + gap * (len(heights) - 1) - h
    top = y
    for i, (s, height) in enumerate(zip(signposts, heights, strict=True)):
        card = _shape(slide.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, (x, top, w, height),
                      T.BACKGROUND_2, f"Help card {i + 1}", radius=0.12)
        card.text_frame.text = ""
        _shape(slide.shapes, MSO_SHAPE.RECTANGLE, (x, top, int(0.14 * inch), height), T.ACCENT_1,
               f"Help card {i + 1} accent")
        left = x + int(0.4 * inch)
        for j, (text, colour, bold, size, fnt) in enumerate((
            (s.name, T.TEXT_2, True, 22, brand.heading_font),
            (s.blurb, T.TEXT_1, False, 18, brand.body_font),
            (s.contact, T.ACCENT_1, True, 18, brand.body_font),
        )):
            _label(slide.shapes, (left, top, widths[j], height), [(text, colour, bold)], size,
                   fnt, f"Help card {i + 1} {('name', 'purpose', 'contact')[j]}")
            # Text boxes have no inner margin, so the last column keeps clear of the edge.
            left += widths[j] + int(0.3 * inch)
        top += height + gap
    if overflow > 0:
        return [f"the help cards run {overflow / inch:.1f} in past the template's drawing area"]
    return []
