"""The title slide: the lesson's title, a subtitle, and who and how long it is for."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from lessonpack.kinds._shared import fill_subtitle
from lessonpack.kinds.base import SUBTITLE, SlideKind, layout


@dataclass(frozen=True)
class TitleSlide:
    kind: ClassVar[str] = "title"
    subtitle: str = ""


KIND = SlideKind(
    "title", TitleSlide, layout("LP Title", subtitle=SUBTITLE),
    "a title slide layout (title + subtitle)", fill_subtitle, match="title", order=0)
