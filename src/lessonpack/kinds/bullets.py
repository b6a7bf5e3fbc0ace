"""A slide of points: ground rules, objectives, key words, tasks."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from lessonpack.kinds._shared import fill_points, points_with_picture
from lessonpack.kinds.base import BODY, Match, SlideKind, layout


@dataclass(frozen=True)
class BulletSlide:
    kind: ClassVar[str] = "bullets"
    bullets: tuple[str, ...]
    # Optional bold lead-in per bullet (a keyword, a number); empty or one per bullet.
    leads: tuple[str, ...] = ()
    # Statements to place on an agree-disagree line drawn under them (a starter, a look
    # back): render/deck_scale.py.
    scale: bool = False


KIND = SlideKind(
    "bullets", BulletSlide, layout("LP Bullets", body=BODY),
    "a title and content layout (title + one text box)", fill_points, match=Match.TEXT, order=20,
    decorate=points_with_picture)
