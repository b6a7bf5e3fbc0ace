"""The built-in lessons, loaded once per test process: for tests that plan from a lesson."""

from __future__ import annotations

from functools import cache

from lessonpack.content.loader import ContentIndex, load_content
from lessonpack.content.model import Audience, Lesson


@cache
def content_index() -> ContentIndex:
    return load_content()


def lesson_for(audience: Audience) -> Lesson:
    """The built-in lesson for ``audience``."""
    return next(x.item for x in content_index().items.values()
                if isinstance(x.item, Lesson) and x.item.audience is audience)
