"""An older child's group video call drawn as a call: a tile for each person in it.

Years 5–6's Amara is on a class video call (content ``video_call``), drawn in the stream's
frame with no LIVE badge, likes or gifts (deck_drawings). Its video showed her alone, as a
stream shows its streamer, so the slide read as Amara broadcasting. Here the video is a row
of tiles as a call shows them: the story's child on camera, and each other person who
writes in the chat with their camera off (their initial in a disc, as the call's header
shows the account's), so a class sees at a glance that others are in the call too.
"""

from __future__ import annotations

from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import PP_ALIGN
from pptx.shapes.shapetree import GroupShapes
from pptx.util import Inches

from lessonpack.kinds.payloads import StreamScreen
from lessonpack.render.deck_drawings import Box, T, new_shape, set_alpha, write_runs
from lessonpack.render.deck_pictures import add_picture

# At most this many tiles in a row: the child's and three more (a call of nine shows a few).
MOST_TILES = 4
# A tile's width to its height, as a call's video tiles are (wider than tall).
TILE_SHAPE = 1.3


def others_in_call(screen: StreamScreen) -> list[str]:
    """Who else writes in the call's chat, in the order they first write (each once)."""
    seen: list[str] = []
    for comment in screen.comments:
        if comment.user not in seen:
            seen.append(comment.user)
    return seen[:MOST_TILES - 1]


def not_shown(screen: StreamScreen) -> int:
    """How many in the call have no tile of their own (the header's "9 in the call" less
    the tiles drawn): one more tile says "+5", or a class asks where the other five are."""
    return max(0, screen.viewers - 1 - len(others_in_call(screen)))


def draw_call_tiles(g: GroupShapes, screen: StreamScreen, box: Box, font: str) -> None:
    """The call's tiles centred in ``box``: the child's picture in the first, each other
    person's initial in the rest, and a last tile with how many more are in the call."""
    x, y, w, h = box
    gap = int(Inches(0.1))
    names = others_in_call(screen)
    more = not_shown(screen)
    count = 1 + len(names) + (1 if more else 0)
    tile_h = min(h, int((w - gap * (count - 1)) / count / TILE_SHAPE))
    tile_w = int(tile_h * TILE_SHAPE)
    left = x + (w - count * tile_w - (count - 1) * gap) // 2
    top = y + (h - tile_h) // 2
    for i in range(count):
        at = left + i * (tile_w + gap)
        tile = new_shape(g, MSO_SHAPE.ROUNDED_RECTANGLE, (at, top, tile_w, tile_h),
                         T.BACKGROUND_1, f"Call tile {i + 1}", radius=0.12)
        set_alpha(tile, 18000)
        if i == 0:
            picture = screen.cast[0][1] if screen.cast else screen.picture
            if picture is not None:
                side = tile_h - tile_h // 8
                add_picture(g, picture, (at + (tile_w - side) // 2, top + tile_h // 16, side,
                                         side), "Call tile 1 picture")
            continue
        if i > len(names):  # everyone else in the call, counted
            label = new_shape(g, MSO_SHAPE.RECTANGLE, (at, top, tile_w, tile_h), None,
                              "Call tile more")
            write_runs(label, [(f"+{more}", T.BACKGROUND_1, True)], 20, font,
                       align=PP_ALIGN.CENTER)
            continue
        side = min(tile_h - tile_h // 4, int(Inches(0.55)))
        disc = new_shape(g, MSO_SHAPE.OVAL, (at + (tile_w - side) // 2,
                                             top + (tile_h - side) // 2, side, side),
                         T.ACCENT_1, f"Call tile {i + 1} initial")
        write_runs(disc, [(names[i - 1][:1].upper(), T.BACKGROUND_1, True)], 20, font,
                   align=PP_ALIGN.CENTER)
