"""The built-in lessons, loaded once per test process: for tests that plan from a lesson."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from functools import cache

from pydantic import BaseModel

from lessonpack.content.loader import ContentIndex, load_content
from lessonpack.content.model import Audience, Lesson
from lessonpack.content.parts import Scenario


@cache
def content_index() -> ContentIndex:
    return load_content()


def lesson_for(audience: Audience) -> Lesson:
    """The built-in lesson for ``audience``."""
    return next(x.item for x in content_index().items.values()
                if isinstance(x.item, Lesson) and x.item.audience is audience)


def plan_strings(value: object, skip: frozenset[str] = frozenset()) -> Iterator[str]:
    """Every string in a plan (dataclasses, lists and tuples of them), in order; fields
    named in ``skip`` (such as "notes") left out."""
    if isinstance(value, str):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            if field.name not in skip:
                yield from plan_strings(getattr(value, field.name), skip)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from plan_strings(item, skip)


def scenarios_in(found: object) -> list[Scenario]:
    """Every scenario in ``found`` (an item, its cycles, sections, variants), however deep."""
    if isinstance(found, Scenario):
        return [found]
    if isinstance(found, BaseModel):
        return [s for name in type(found).model_fields for s in scenarios_in(getattr(found, name))]
    if isinstance(found, (list, tuple)):
        return [s for each in found for s in scenarios_in(each)]
    return []
