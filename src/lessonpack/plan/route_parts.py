"""A lesson with the Part its class's year teaches instead (``route_cycles``) in place.

Built for a class in a route Part's years (a Year 6 class: Amara's group call where Year 4
keep Kofi's baking show), the Part stands in the replaced one's place, and every sentence the
route lists under ``instead`` is said its way wherever the lesson says it (plan, notes,
letter). Nothing else is rewritten: the model has already refused a route whose pack would
still name the replaced story's people (content/route_cycles.names_left). No class year, or
a year no route Part covers: the lesson as written.
"""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel

from lessonpack.content.model import LearningCycle, Lesson, RouteCycle, RouteWords
from lessonpack.content.route_cycles import NOT_PROSE, said_instead

M = TypeVar("M", bound=BaseModel)

# Fields left as written: ids and picture names (as a name check reads them), the summary (a
# listing's description of the lesson as written, every route's story; printed in no pack)
# and the route Parts themselves.
_KEEP = NOT_PROSE | {"summary", "route_cycles"}


def for_year(lesson: Lesson, year: int | None) -> Lesson:
    """``lesson`` as a class of ``year`` is taught it: each route Part covering the year in
    its Part's place and its ``instead`` words said; as written for None."""
    if year is None or not lesson.route_cycles:
        return lesson
    chosen = [r for r in lesson.route_cycles if covers(r, year)]
    instead = [words for route in chosen for words in route.instead]
    # The lesson's own words said the route's way (Mei's age in Part 2 too); the route
    # Parts themselves are the author's, as written.
    fitted = _Said(instead).model(lesson) if instead else lesson
    cycles = list(fitted.cycles)
    for route in chosen:
        # The Part's own fields, as loaded and checked (a dump and reload would check the
        # plan's copy again against budgets already met).
        cycles[route.replaces - 1] = LearningCycle.model_construct(**{
            name: getattr(route, name) for name in LearningCycle.model_fields})
    return fitted.model_copy(update={"cycles": cycles, "route_cycles": []})


def covers(route: RouteCycle, year: int) -> bool:
    """Whether ``route``'s years take in a class of ``year``."""
    first, _, last = route.years.partition("-")
    return int(first) <= year <= int(last or first)


class _Said:
    """The ``instead`` words said in every prose field of a model and the models inside it."""

    def __init__(self, instead: list[RouteWords]) -> None:
        self._instead = instead

    def model(self, model: M) -> M:
        update: dict[str, Any] = {}
        for name in type(model).model_fields:
            value = getattr(model, name)
            if name in _KEEP or value is None:
                continue
            new = self._value(value)
            if new != value:
                update[name] = new
        return model.model_copy(update=update) if update else model

    def _value(self, value: Any) -> Any:
        if isinstance(value, str):
            return said_instead(value, self._instead)
        if isinstance(value, BaseModel):
            return self.model(value)
        if isinstance(value, list):
            return [self._value(v) for v in value]
        if isinstance(value, dict):
            return {k: self._value(v) for k, v in value.items()}
        return value
