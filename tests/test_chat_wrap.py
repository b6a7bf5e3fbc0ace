"""A stream's chat comments broken into lines once, by the measure their bubbles are sized
by, in the font and size they are drawn in, and written with those breaks: "Pixel_Pal  Ooh,
/ a purple cat!" broke where "Ooh, a" fitted, "NovaSkies  Dare for / a mega gift" where "a"
did, and a bubble sized for two lines held one."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx.util import Pt

from built_decks import slides_file, stream_bubbles
from lessonpack.check.measure import LINE, text_width
from lessonpack.geometry import EMU_PT
from lessonpack.render.chat_wrap import NAME_GAP, chat_lines
from lessonpack.render.deck_drawings import BUBBLE_TEXT_INSET

FONT = "Arial"


def _room(*parts: tuple[str, bool], spare: float = 2.0) -> float:
    """Points that hold ``parts`` (text, bold) on one line with ``spare`` over."""
    return sum(text_width(text, FONT, 20, bold) for text, bold in parts) + spare


def test_a_line_takes_every_word_that_fits() -> None:
    room = _room(("Pixel_Pal" + NAME_GAP, True), ("Ooh, a", False))
    assert chat_lines("Pixel_Pal", "Ooh, a purple cat! Love it", FONT, 20, room) == \
        ["Ooh, a", "purple cat! Love it"]
    room = _room(("NovaSkies" + NAME_GAP, True), ("Dare for a", False))
    assert chat_lines("NovaSkies", "Dare for a mega gift", FONT, 20, room)[0] == "Dare for a"


def test_a_last_word_alone_only_where_the_line_above_would_be_left_short() -> None:
    # "…just for / me": the line above stays well filled without "for", which goes down.
    text = "Kofi you're the funniest! Dare you to type a joke, just for me"
    room = _room(("StarFan_J" + NAME_GAP, True), (text.removesuffix(" me"), False))
    assert chat_lines("StarFan_J", text, FONT, 20, room) == \
        ["Kofi you're the funniest! Dare you to type a joke, just", "for me"]
    # "this whole / stream haha" left a short middle line where "this whole stream" fitted.
    room = _room(("ClipMaster" + NAME_GAP, True), ("I recorded", False))
    assert chat_lines("ClipMaster", "I recorded this whole stream haha", FONT, 20, room) == \
        ["I recorded", "this whole stream", "haha"]


def test_a_one_letter_word_is_never_alone_beside_the_name() -> None:
    room = _room(("ClipMaster" + NAME_GAP, True), ("I", False))
    lines = chat_lines("ClipMaster", "I recorded this whole stream haha", FONT, 20, room)
    assert lines[0] == "" and lines[1].startswith("I recorded")


def _bubble_xml(draw: str) -> object:
    """One bubble whose first word does not fit beside the name, written by ``draw``: the
    stream's chat (deck_drawings) or a room's inline chat (deck_room_stream)."""
    from pptx import Presentation
    from pptx.util import Inches

    from lessonpack.kinds.payloads import StreamComment, StreamScreen
    from lessonpack.render import deck_drawings, deck_room_stream

    user, text, width = "new_viewer_x", "Supercalifragilistic stream today", int(Inches(3.2))
    assert chat_lines(user, text, FONT, 20, deck_room_stream._words_width(width))[0] == ""
    prs = Presentation()
    group = prs.slides.add_slide(prs.slide_layouts[6]).shapes.add_group_shape()
    box = (0, 0, width, int(Inches(2)))
    if draw == "stream":
        screen = StreamScreen(streamer="Kofi", stream_title="", viewers=1, likes=0, gifts=0,
                              comments=(StreamComment(user, text),), question="",
                              alt_text="")
        deck_drawings._draw_comments(group.shapes, box, screen, FONT, [box[3]], 0)
    else:
        deck_room_stream._comment(group.shapes, box, user, text, FONT, "Comment 1",
                                  inline=True)
    return group.shapes[0].text_frame._txBody  # type: ignore[attr-defined]


@pytest.mark.parametrize("draw", ["stream", "room"])
def test_a_name_alone_on_its_line_is_the_name_then_a_break(draw: str) -> None:
    """Where a comment's words start under its name, the bubble holds the name's run, a
    break, then the words' runs: no empty run, which was written one way as drawn and
    another once the slide cache read the kept slide back (two byte forms of one deck)."""
    from pptx.oxml.ns import qn

    body = _bubble_xml(draw)
    (para,) = body.findall(qn("a:p"))
    parts = [("br", "") if child.tag == qn("a:br") else ("r", child.find(qn("a:t")).text)
             for child in para if child.tag in (qn("a:r"), qn("a:br"))]
    assert parts == [("r", "new_viewer_x"), ("br", ""), ("r", "Supercalifragilistic"),
                     ("br", ""), ("r", "stream today")], parts


def _drawn_lines(bubble: object) -> list[list[tuple[str, float, bool, str]]]:
    """A bubble's lines as written: each its runs (text, size, bold, font), split at its
    paragraphs and line breaks."""
    from pptx.oxml.ns import qn

    lines: list[list[tuple[str, float, bool, str]]] = []
    for para in bubble.text_frame._txBody.findall(qn("a:p")):  # type: ignore[attr-defined]
        lines.append([])
        for child in para:
            if child.tag == qn("a:br"):
                lines.append([])
            elif child.tag == qn("a:r"):
                props = child.find(qn("a:rPr"))
                latin = props.find(qn("a:latin"))
                lines[-1].append((child.find(qn("a:t")).text or "", int(props.get("sz")) / 100,
                                  props.get("b") == "1", latin.get("typeface")))
    return lines


@pytest.mark.parametrize("audience", ["ks2", "ks3", "parents"])
def test_each_bubble_is_as_tall_as_the_lines_written_in_it(built_packs: Path,
                                                           audience: str) -> None:
    """Every comment's lines are written with their breaks (the renderer wraps nothing
    more), each fits its bubble's text width at its own font and size, and every bubble of
    a chat is its lines' height and one padding: none sized for a line it does not hold."""
    deck = built_packs / f"live-streaming-{audience}" / slides_file(audience)
    chats = 0
    for n, _group, bubbles in stream_bubbles(deck):
        pads = set()
        for bubble in bubbles:
            assert not bubble.text_frame.word_wrap, (n, bubble.name)
            lines = _drawn_lines(bubble)
            assert all(text for line in lines for text, *_ in line), (n, bubble.name, lines)
            frame = bubble.text_frame
            room = (bubble.width - frame.margin_left - frame.margin_right
                    - 2 * BUBBLE_TEXT_INSET) / EMU_PT
            for line in lines:
                width = sum(text_width(text, font, size, bold) for text, size, bold, font in line)
                assert width <= room + 0.01, (n, bubble.name, line, room)
            size = max(size for line in lines for _t, size, _b, _f in line)
            pads.add(bubble.height - len(lines) * int(Pt(size * LINE)))
        if len(bubbles) >= 2:
            chats += 1
            assert len(pads) == 1, (n, pads)
    assert chats
