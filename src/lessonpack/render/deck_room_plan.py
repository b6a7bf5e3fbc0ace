"""The room of clues planned and placed: what is in it and where each thing stands.

The room is laid out by measure, not by fixed fractions: each thing's least size follows
from its words at 18 pt (readable from the back of a classroom), an arrangement is chosen
that fits the area (one row in a wide area, wall above desk in a squarer one), and the whole
scene grows with the area, words included, up to 28 pt. An area too small for the words at
18 pt is planned without words and says so (the close-up slide shows them all). Nothing is
drawn here: render/deck_room_draw.py and its neighbours draw the planned things.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from pptx.util import Inches

from lessonpack.check.measure import text_width
from lessonpack.plan.scenes import DISTRACTORS, ROOM_CLUES, TEEN_DISTRACTORS
from lessonpack.render.deck_drawings import Box
from lessonpack.render.deck_fit import TextMisfit
from lessonpack.render.deck_room_kitchen import KITCHEN_THINGS

if TYPE_CHECKING:
    from lessonpack.kinds.payloads import StreamScreen
    from lessonpack.plan.model import Picture

IN = int(Inches(1))
# What the room draws as its clues and fixtures; anything else in the scene is a harmless
# thing on the desk.
CLUE_THINGS = frozenset({*ROOM_CLUES, "parcel", "school-top", "moon", "cat"})
# The harmless things added only so that finding the clues takes a look: the room takes
# them while it has space. Anything else the story puts on the desk (Mei's paint palette)
# is drawn in every size of room, since a clue card may send pupils to look for it.
SPARE_THINGS = frozenset({*DISTRACTORS, *TEEN_DISTRACTORS})
BASE_PT = 18  # the words' size at scale 1: the least a class can read from the back
MAX_PT = 28
GAP = 0.25  # inches between things side by side at scale 1: room for a ring round each
GAP_V = 0.15  # inches between rows
DESK = 0.35  # inches: the desk's front, at scale 1
RING = 0.09  # inches from a clue's words to the ring round them
SKY_BESIDE = 0.2  # inches at scale 1 of the window's pane left of its street sign


def emu(v: float) -> int:
    """EMU of ``v`` inches."""
    return round(v * IN)


@dataclass
class Thing:
    """One thing in the room: its least size in inches at scale 1 and where it stands."""

    name: str  # the picture library's name (street-sign, certificate, school-top, parcel...)
    w: float
    h: float
    on_desk: bool  # stands on the desk (else hangs on the wall, or is the streamer)
    words: str = ""
    picture: Picture | None = None
    lines: tuple[str, ...] = ()  # the words as drawn, a line each
    hood: bool = False  # the streamer's top is a hoodie (drawn with its hood and cords)
    box: Box = (0, 0, 0, 0)  # placed, EMU
    # How much larger than the room's scale the thing is drawn: a close-up's streamer sits
    # nearer the camera than the wall behind her (deck_room_close_up).
    near: float = 1.0
    # Inches at scale 1 of the thing's top that may reach up past its row's top, into the
    # row above: a close-up's streamer's head between the window and the certificate.
    rise: float = 0.0


@dataclass
class Plan:
    scale: float
    rows: list[list[Thing]]
    desk: float  # the desk's height, inches at scale 1
    things: list[Thing] = field(default_factory=list)
    most_pt: int = MAX_PT  # the words' largest size
    # A close-up (the slide pupils search), arranged as its stream showed the room. Every
    # clue shows its words in both: the stream's question asks what a stranger could learn
    # from the room, and a blank sign and badge were readable only on the close-up.
    close: bool = False

    @property
    def pt(self) -> int:
        return int(min(self.most_pt, BASE_PT * self.scale))


def words_width(text: str, font: str) -> float:
    """Inches the words take in bold at 18 pt, with a margin for renderers that set glyphs a
    shade wider than they measure (LibreOffice)."""
    return text_width(text, font, BASE_PT, True) * 1.08 / 72


def _lines(words: str, font: str, widest: float) -> tuple[str, ...]:
    """The words on one line, or on two split where the lines come out most even when one
    line is wider than ``widest`` inches."""
    parts = words.split()
    if words_width(words, font) <= widest or len(parts) < 2:
        return (words,)
    cuts = [(" ".join(parts[:n]), " ".join(parts[n:])) for n in range(1, len(parts))]
    return min(cuts, key=lambda c: max(words_width(c[0], font), words_width(c[1], font)))


LINE_IN = BASE_PT * 1.2 / 72  # one line of words, inches at scale 1


def things(screen: StreamScreen, font: str, words: bool = True) -> tuple[list[Thing], Thing,
                                                                        list[Thing]]:
    """The clues and the story's own things (wall and desk), the streamer, and the spare
    harmless things, at their least sizes. ``words`` False: drawn without their words (an
    area too small to read them)."""
    said = {p.name: label for label, p in screen.cast if label and label != "on screen"}
    by_name = {p.name: p for _, p in screen.cast}
    clues: list[Thing] = []
    sign = said.get("street-sign", "") if words else ""
    if "street-sign" in by_name:
        plate = max(1.0, words_width(sign, font) + 0.3) if sign else 1.0
        # A window: its curtains are inside this box, over its frame (deck_room_window);
        # SKY_BESIDE of sky beside the sign, so the sign, its words readable in the stream
        # too, stands outside in the street rather than filling the pane like a caption.
        clues.append(Thing("street-sign", max(1.5, plate + 0.3 + SKY_BESIDE), 1.47, False,
                           sign,
                           by_name.get("moon"), (sign,) if sign else ()))
    cert = said.get("certificate", "") if words else ""
    if "certificate" in by_name:
        clues.append(Thing("certificate", max(1.3, words_width(cert, font) + 0.4), 1.45, False,
                           cert, None, (cert,) if cert else ()))
    label = said.get("parcel", "") if words else ""
    if "parcel" in by_name:
        clues.append(Thing("parcel", max(1.2, words_width(label, font) + 0.22), 1.0, True, label,
                           None, (label,) if label else ()))
    school = said.get("school-top", "") if words else ""
    lines = _lines(school, font, 1.5) if school else ()
    badge = max((words_width(line, font) for line in lines), default=0.6) + 0.25
    person = next((p for n, p in screen.cast if n == "on screen"), None)
    head = 1.0
    figure = Thing("school-top" if "school-top" in by_name else "person",
                   max(1.7, badge + 0.5), head * 0.88 + len(lines) * LINE_IN + 0.45, False,
                   school, person, lines,
                   hood=screen.hood)
    story, extras = _desk_things(screen)
    return [*clues, *story], figure, extras


def _desk_things(screen: StreamScreen) -> tuple[list[Thing], list[Thing]]:
    """The things on the desk that are no clue: the story's own (drawn always) and the
    spare ones (SPARE_THINGS, drawn while there is room)."""
    on_desk = [Thing(p.name, 0.6, 0.6, True, "", p) for label, p in screen.cast
               if p.name not in CLUE_THINGS and label != "on screen"]
    # A kitchen's kettle stands on its worktop (deck_room_kitchen), always drawn.
    kitchen = [Thing(name, w, h, True) for name, w, h in KITCHEN_THINGS] if screen.kitchen \
        else []
    return ([*[t for t in on_desk if t.name not in SPARE_THINGS], *kitchen],
            [t for t in on_desk if t.name in SPARE_THINGS])


def plan(w: int, h: int, screen: StreamScreen, font: str, words: bool = True,
         least_scale: float = 1.0, harmless: int | None = None) -> Plan | None:
    """The arrangement whose least size, scaled up as far as the area allows, is largest;
    None when none fits at ``least_scale`` (1: the words would be under 18 pt). Harmless
    things join the desk while the scene keeps most of its size (finding the clues should
    take a look); the first ``harmless`` of them where given (as many as another plan took)."""
    clues, figure, extras = things(screen, font, words)
    extras = extras[:harmless]  # all of them where None
    wall = [t for t in clues if not t.on_desk]
    desk = [t for t in clues if t.on_desk]
    options = [[[*wall, figure, *desk]], [wall, [*desk[:1], figure, *desk[1:]]]]
    best: Plan | None = None
    for rows in options:
        rows = [r for r in rows if r]
        scale = fit_scale(rows, w / IN, h / IN)
        if scale >= least_scale and (best is None or scale > best.scale):
            best = Plan(scale, rows, DESK)
    if best is None:
        return None
    least = max(1.0, min(best.scale, MAX_PT / BASE_PT) * 0.85)
    last = best.rows[-1]
    taken: list[Thing] = []
    for extra in extras:
        trial = [*best.rows[:-1], [*last, *taken, extra]]
        scale = fit_scale(trial, w / IN, h / IN)
        if scale < least:
            break
        taken.append(extra)
        best.scale = scale
    # Spread along the desk's row: one in each gap after the first thing, round and round.
    row = list(last)
    for n, extra in enumerate(taken):
        at = 1 + (n % len(last))
        row.insert(row.index(last[at - 1]) + 1, extra)
    best.rows[-1] = row
    best.scale = min(best.scale, MAX_PT / BASE_PT)
    return best


def fit_scale(rows: list[list[Thing]], w: float, h: float) -> float:
    """How far the rows can grow in a w x h in area (1: they just fit)."""
    wide = max(sum(t.w for t in row) + GAP * (len(row) - 1) + 0.2 for row in rows)
    tall = sum(max(t.h - t.rise for t in row) for row in rows) + GAP_V * len(rows) + DESK
    return min(w / wide, h / tall)


def place(p: Plan, box: Box) -> None:
    """Each thing's box where ``positions`` puts it, the things listed in drawing order."""
    for thing, at in positions(p, box):
        thing.box = at
        p.things.append(thing)


def positions(p: Plan, box: Box) -> list[tuple[Thing, Box]]:
    """Where each thing of ``p`` stands in ``box`` (EMU), row by row, without placing it: the
    rows stacked down the wall, the last row on the desk, each row's things spread evenly
    across the width (a row a streamer's head rises into: parted round it, _lefts)."""
    _x, y, _w, h = box
    s = p.scale
    desk_h = emu(p.desk * s)
    desk_top = y + h - desk_h
    heights = [emu(max(t.h - t.rise for t in row) * s) for row in p.rows]
    gap_y = (desk_top - y - sum(heights)) // (len(p.rows) + 1)
    top = y + gap_y
    found: list[tuple[Thing, Box]] = []
    head = _head_span(p, box)
    for row, row_h in zip(p.rows, heights, strict=True):
        widths = [emu(t.w * s) for t in row]
        last = row is p.rows[-1]
        for thing, tw, left in zip(row, widths, _lefts(widths, box, head, s, last),
                                   strict=True):
            th = emu(thing.h * s)
            if thing.on_desk:  # stands on the desk's top
                ty = desk_top + desk_h // 5 - th
            elif thing.name in ("school-top", "person") and last:
                ty = desk_top - th  # sits behind the desk, seen from the waist up
            else:
                ty = top + (row_h - th) // 2
            found.append((thing, (left, ty, tw, th)))
        top += row_h + gap_y
    return found


def _spread(widths: list[int], x: int, w: int) -> list[int]:
    """Left edges of things this wide spread evenly across ``w`` from ``x``."""
    spare = (w - sum(widths)) // (len(widths) + 1)
    lefts, left = [], x + spare
    for tw in widths:
        lefts.append(left)
        left += tw + spare
    return lefts


def _lefts(widths: list[int], box: Box, head: tuple[int, int] | None, s: float,
           last: bool) -> list[int]:
    """A row's left edges: spread evenly; in a row above a streamer whose head rises into it
    (``head``: its left and right, EMU, clear of rings), those left of her head moved in
    beside it on the left, the others beside it on the right, as near as the stream had
    them; evenly spread where that leaves a thing off the wall."""
    x, _y, w, _h = box
    even = _spread(widths, x, w)
    if head is None or last:
        return even
    mid = (head[0] + head[1]) // 2
    gap = emu(GAP * s)
    side = [left + tw // 2 < mid for left, tw in zip(even, widths, strict=True)]
    lefts = list(even)
    edge = head[0]
    for n in reversed([n for n, on_left in enumerate(side) if on_left]):
        edge = min(edge, even[n] + widths[n])
        lefts[n] = edge - widths[n]
        edge = lefts[n] - gap
    edge = head[1]
    for n in [n for n, on_left in enumerate(side) if not on_left]:
        edge = max(edge, even[n])
        lefts[n] = edge
        edge += widths[n] + gap
    inside = all(x <= left and left + tw <= x + w
                 for left, tw in zip(lefts, widths, strict=True))
    return lefts if inside else even


def _head_span(p: Plan, box: Box) -> tuple[int, int] | None:
    """The left and right (EMU) of a streamer's head that rises into the row above hers, a
    ring's margin and the chair's edge each side; None where none rises."""
    row = p.rows[-1]
    figure = next((t for t in row if t.rise), None)
    if figure is None or len(p.rows) < 2:
        return None
    x, _y, w, _h = box
    s = p.scale
    widths = [emu(t.w * s) for t in row]
    n = row.index(figure)
    centre = _spread(widths, x, w)[n] + widths[n] // 2
    half = emu(figure.near * s) // 2 + emu((0.12 * figure.near + 2 * RING) * s)
    return centre - half, centre + half



# The room drawn without its clues' words: on the close-up a misfit to report (the task
# reads them); in the story's stream, where the close-up follows with them, not a loss.
ROOM_WORDS_LEFT = TextMisfit("the text of the clues in the room (drawn without it) does not "
                             "fit its box at 18 pt")


def room_plan(w: int, h: int, screen: StreamScreen, font: str, harmless: int | None
              ) -> tuple[Plan, list[str]]:
    """The room's plan with its words; else without them (said in the misfit)."""
    p = plan(w, h, screen, font, harmless=harmless)
    if p is not None:
        return p, []
    misfits: list[str] = [ROOM_WORDS_LEFT]
    p = plan(w, h, screen, font, words=False)
    if p is None:
        # Smaller than its least size: the whole room, Mei too, at its own proportions
        # (scaled alike both ways), as large as the area allows.
        p = plan(w, h, screen, font, words=False, least_scale=0.0)
        assert p is not None  # no least scale: some arrangement is always best
    return p, misfits

