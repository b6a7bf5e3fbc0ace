"""The lesson's key messages: a few short lines, set larger than a slide of points."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from lessonpack.kinds._shared import fill_points, outcome_panel
from lessonpack.kinds.base import BODY, Match, SlideKind, layout


@dataclass(frozen=True)
class KeyMessagesSlide:
    kind: ClassVar[str] = "key_messages"
    bullets: tuple[str, ...]
    leads: tuple[str, ...] = ()


KIND = SlideKind(
    "key_messages", KeyMessagesSlide, layout("LP Key Messages", body=BODY),
    "a title and content layout (title + one text box)", fill_points, match=Match.TEXT, order=70,
    decorate=outcome_panel, message_panel=True)
