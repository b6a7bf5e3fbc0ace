"""The lesson's key messages: a few short lines, set larger than a slide of points."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, ClassVar, Protocol

from lessonpack.kinds._shared import points_with_picture
from lessonpack.kinds.base import BODY, DrawingSlot, Filler, Match, SlideKind, layout

if TYPE_CHECKING:
    from lessonpack.content.picture_library import Picture
    from lessonpack.kinds.look import Look
    from lessonpack.plan.model import Slide


@dataclass(frozen=True)
class KeyMessagesSlide:
    kind: ClassVar[str] = "key_messages"
    bullets: tuple[str, ...]
    leads: tuple[str, ...] = ()

    @classmethod
    def led(cls, messages: Sequence[str], *, clause: bool = False) -> KeyMessagesSlide:
        """Messages each with a bold lead (up to its first full stop or colon) and the
        rest regular: every line in bold left nothing standing out. The goal (one
        sentence, the slide's point) is built without leads and stays bold. ``clause``: a
        message of one sentence leads with its first clause (up to a comma), so each of a
        lesson's closing messages has a lead. Leads only when every message has one: a
        panel where some lines lead in bold and others do not read as two lists (and the
        unled lines lost their bullets), so a mixed panel is all regular, bulleted."""
        leads = tuple(_lead(m, clause) for m in messages)
        return cls(tuple(messages), leads if all(leads) else tuple("" for _ in leads))


_LEAD_END = re.compile(r"[.:](?=\s)")
_CLAUSE_END = re.compile(r",(?=\s)")


def _lead(message: str, clause: bool) -> str:
    """``message`` up to its first full stop or colon that ends a phrase (not the dot of a
    web address), else (``clause``) its first comma; else no lead: all of it regular (a list
    of such lines in bold is the wall of bold this avoids)."""
    end = _LEAD_END.search(message) or (_CLAUSE_END.search(message) if clause else None)
    return "" if end is None else message[:end.end()]


class DrawsPanel(Protocol):
    def __call__(self, filler: Filler, pictures: Sequence[Picture], look: Look) -> None: ...


# The tinted panel and bar behind the text in a trainer's plain text layout:
# kinds/key_messages/drawing.py draws it (plain_layout_panel).
PANEL: DrawingSlot[DrawsPanel] = DrawingSlot("outcome_panel")


# The goal (one sentence) and the closing messages with no picture beside them: the panel
# is theirs, so the words are set as large as it holds, up to these sizes.
GOAL_PT, MESSAGES_PT = 40, 34
# The goal beside its picture (in a panel two-thirds as wide).
GOAL_BESIDE_PT = 32


def outcome_panel(filler: Filler, slide: Slide, payload: KeyMessagesSlide, look: Look) -> None:
    """Key messages and the lesson's goal: in our own layout its panel and bar are the
    layout's; in a trainer's plain text layout the renderer draws the same panel behind the
    text, so the goal reads as the slide's point, not as a caption."""
    if len(payload.bullets) == 1 and slide.pictures:
        # The goal's picture on the left in every look, as the youngest's: read first, then
        # the sentence beside it, where a picture at the right sat after the words. The
        # sentence a size up from body text where it has the room: the slide's point.
        look = replace(look, picture_first=True, body_pt=max(look.body_pt, GOAL_BESIDE_PT))
    if filler.resolved.how == "name" and not slide.pictures:
        filler.draw.grow_text(filler, "body", look,
                              GOAL_PT if len(payload.bullets) == 1 else MESSAGES_PT)
    elif filler.resolved.how == "name":
        points_with_picture(filler, slide, look)
    else:
        filler.drawing(PANEL)(filler, slide.pictures, look)
    if len(payload.bullets) == 1 and slide.pictures and look.plain_icons:
        filler.drawing(GOAL_DISC)(filler)


class DrawsGoalDisc(Protocol):
    def __call__(self, filler: Filler) -> None: ...


# 11-16s' goal icon (a line tick in a circle) on a disc of the brand's primary colour, the
# icon white on it: the thin navy line alone in a large tinted panel was the weakest slide
# of the secondary decks beside the primaries' yellow star.
# kinds/key_messages/drawing.py draws it.
GOAL_DISC: DrawingSlot[DrawsGoalDisc] = DrawingSlot("goal_disc")


def _fill(filler: Filler, _slide: Slide, payload: KeyMessagesSlide) -> None:
    # ``bullets`` stay whole (the outline and checks read them); a lead is drawn bold.
    if not payload.leads:
        filler.put("body", payload.bullets)
        return
    rests = [m[len(lead):] for m, lead in zip(payload.bullets, payload.leads, strict=True)]
    filler.put("body", rests, bold_prefix=payload.leads)


KIND = SlideKind(
    "key_messages", KeyMessagesSlide, layout("LP Key Messages", body=BODY),
    "a title and content layout (title + one text box)", _fill, match=Match.TEXT, order=70,
    decorate=outcome_panel, message_panel=True)
